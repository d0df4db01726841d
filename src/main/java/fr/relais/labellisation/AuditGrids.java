package fr.relais.labellisation;

import fr.relais.criteria.Criterion;
import fr.relais.criteria.Referentials;
import fr.relais.forms.FieldView;
import fr.relais.forms.FormView;
import fr.relais.forms.ItemView;
import fr.relais.tasks.Task;
import fr.relais.web.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds the audit task's grid for {@code labellisation/audit-checklist} (called there as {@code @auditGrids}). */
@Component("auditGrids")
public class AuditGrids {

  private final Structures structures;
  private final Referentials referentials;

  AuditGrids(Structures structures, Referentials referentials) {
    this.structures = structures;
    this.referentials = referentials;
  }

  /**
   * The checklist's rows in the order of the structure's référentiel, which is the order the form opened with and the
   * one a submission must keep; only their display is regrouped.
   */
  public AuditGrid of(FormView view, Task task) {
    Structure structure = structures.find(UUID.fromString(task.businessKey()))
        .orElseThrow(() -> new NotFoundException("Structure introuvable."));
    List<Criterion> criteria = referentials.version(structure.referentialVersion()).orElseThrow().criteria();
    FieldView list = view.field("criteria").orElseThrow();
    List<AuditGrid.Row> revisit = new ArrayList<>();
    Map<String, List<AuditGrid.Row>> byCategory = new LinkedHashMap<>();
    for (int i = 0; i < criteria.size() && i < list.items().size(); i++) {
      Criterion criterion = criteria.get(i);
      AuditGrid.Row row = row(criterion, list.items().get(i));
      if (row.failedBefore()) {
        revisit.add(row);
      } else {
        byCategory.computeIfAbsent(criterion.category(), category -> new ArrayList<>()).add(row);
      }
    }
    List<AuditGrid.Section> sections = new ArrayList<>();
    if (!revisit.isEmpty()) {
      sections.add(new AuditGrid.Section("audit-section-revisit", "À revoir : non conformes lors de l'audit précédent",
          true, revisit));
    }
    byCategory.forEach((category, rows) -> sections.add(
        new AuditGrid.Section("audit-section-" + (sections.size() + 1), category, false, rows)));
    return new AuditGrid(list, sections, criteria.size());
  }

  private static AuditGrid.Row row(Criterion criterion, ItemView item) {
    return new AuditGrid.Row(criterion.code(), criterion.label(), criterion.requirement(),
        field(item, "result").orElseThrow(), field(item, "comment").orElseThrow(),
        field(item, "previousResult").map(FieldView::value).filter(value -> !value.isBlank()).orElse(null),
        field(item, "previousComment").map(FieldView::value).filter(value -> !value.isBlank()).orElse(null));
  }

  private static Optional<FieldView> field(ItemView item, String key) {
    return item.rows().stream().flatMap(row -> row.fields().stream())
        .filter(field -> key.equals(field.key())).findFirst();
  }
}
