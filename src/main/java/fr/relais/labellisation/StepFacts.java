package fr.relais.labellisation;

import fr.relais.criteria.Criterion;
import fr.relais.criteria.Referentials;
import fr.relais.history.CaseHistory;
import fr.relais.history.HistoryEntry;
import fr.relais.tasks.TaskContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What each labellisation step shows above its form (template {@code labellisation/context}): the structure, and what
 * the step decides on — the declaration and the previous audit's results for the auditor, the audit's outcome for
 * ANCT, the audit's outcome and ANCT's opinion for the prefect's label decision, the failed criteria for the upgrade
 * and the decision after a failure.
 */
@Component
class StepFacts {

  static final String TEMPLATE = "labellisation/context";

  private final Audits audits;
  private final Referentials referentials;
  private final CaseHistory history;

  StepFacts(Audits audits, Referentials referentials, CaseHistory history) {
    this.audits = audits;
    this.referentials = referentials;
    this.history = history;
  }

  Optional<TaskContext> of(String step, Structure structure) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("structure", StructureView.summary(structure));
    switch (step) {
      case LabellisationProcess.AUDIT_TASK -> {
        facts.put("declaration", structure.declaration());
        audits.before(structure.id(), structure.auditRound())
            .ifPresent(audit -> putAudit(facts, audit, "Audit précédent"));
      }
      case LabellisationProcess.NATIONAL_AGREEMENT_TASK -> {
        facts.put("declaration", structure.declaration());
        lastAudit(structure).ifPresent(audit -> putAudit(facts, audit, "Résultat de l'audit"));
      }
      case LabellisationProcess.LABEL_DECISION_TASK -> {
        lastAudit(structure).ifPresent(audit -> putAudit(facts, audit, "Résultat de l'audit"));
        anctOpinion(structure).ifPresent(opinion -> facts.put("anctOpinion", opinion));
      }
      case LabellisationProcess.RECORD_UPGRADE_TASK, LabellisationProcess.DECIDE_AFTER_FAILURE_TASK -> {
        lastAudit(structure).ifPresent(audit -> putAudit(facts, audit, "Audit non concluant"));
        facts.put("failedAudits", structure.failedAudits());
        Optional.ofNullable(structure.upgradeDueAt()).ifPresent(due -> facts.put("upgradeDueAt", due));
      }
      default -> { }
    }
    return Optional.of(new TaskContext(TEMPLATE, facts));
  }

  private Optional<Audit> lastAudit(Structure structure) {
    return audits.find(structure.id(), structure.auditRound());
  }

  /** The audit and the wording of its criteria, so a non-compliant one reads "FS-18 Espace confidentiel". */
  private void putAudit(Map<String, Object> facts, Audit audit, String heading) {
    facts.put("audit", audit);
    facts.put("auditHeading", heading);
    List<Criterion> criteria = referentials.version(audit.referentialVersion()).orElseThrow().criteria();
    facts.put("criterionLabels", criteria.stream().collect(Collectors.toMap(Criterion::code, Criterion::label)));
  }

  /** ANCT's agreement as it was given: its reason is kept in the case's history. */
  private Optional<HistoryEntry> anctOpinion(Structure structure) {
    return history.of(LabellisationProcess.CASE_TYPE, structure.id()).stream()
        .filter(entry -> "NATIONAL_AGREEMENT_GIVEN".equals(entry.event()))
        .reduce((first, latest) -> latest);
  }
}
