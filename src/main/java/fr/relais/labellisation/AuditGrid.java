package fr.relais.labellisation;

import fr.relais.forms.FieldView;
import java.util.List;
import java.util.Locale;

/**
 * The audit checklist as the auditor's grid: one row per criterion, grouped by category, the criteria a previous
 * audit found non-compliant first. Built by {@link AuditGrids} from the form as rendered, so each row carries its
 * fields' names, values and errors.
 *
 * @param list the checklist's dynamic list, whose own error (a criterion missing...) shows above the rows
 */
public record AuditGrid(FieldView list, List<Section> sections, int total) {

  public AuditGrid {
    sections = List.copyOf(sections);
  }

  public int answered() {
    return (int) sections.stream().flatMap(section -> section.rows().stream()).filter(Row::answered).count();
  }

  /** A re-audit: rows show the previous result, and the ones it found compliant can be confirmed at once. */
  public boolean reaudit() {
    return sections.stream().flatMap(section -> section.rows().stream()).anyMatch(row -> row.previousResult() != null);
  }

  /** @param revisit the criteria the previous audit found non-compliant */
  public record Section(String id, String title, boolean revisit, List<Row> rows) {

    public Section {
      rows = List.copyOf(rows);
    }
  }

  /** @param previousResult what the previous audit found, null on a first audit */
  public record Row(String code, String label, String requirement, FieldView result, FieldView comment,
      String previousResult, String previousComment) {

    /** The criterion's code travels with its result: the row's own name beside {@code criteria[3].result}. */
    public String codeName() {
      return result.name().substring(0, result.name().lastIndexOf('.')) + ".code";
    }

    public boolean answered() {
      return result.value() != null && !result.value().isBlank();
    }

    public boolean failedBefore() {
      return CriterionResult.NON_COMPLIANT.equals(previousResult);
    }

    public String previousResultLabel() {
      return previousResult == null ? null : result.options().stream()
          .filter(option -> option.value().equals(previousResult))
          .map(option -> option.label().toLowerCase(Locale.FRENCH))
          .findFirst().orElse(previousResult);
    }
  }
}
