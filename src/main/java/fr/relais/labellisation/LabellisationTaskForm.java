package fr.relais.labellisation;

import java.util.Optional;
import fr.relais.history.CaseRef;
import fr.relais.criteria.Referential;
import fr.relais.criteria.Referentials;
import fr.relais.forms.DeferredDate;
import fr.relais.forms.FormOptions;
import fr.relais.structure.ReferenceData;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskContext;
import fr.relais.tasks.TaskForm;
import fr.relais.web.Countdown;
import fr.relais.web.InvalidInputException;
import fr.relais.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The labellisation steps in the task list: the declaration to complete opens filled with what was declared, the
 * audit checklist with every criterion of the structure's référentiel version (a re-audit with what the previous
 * audit found), shown as a grid; each step shows the facts it decides on; each decision is checked beyond its
 * schema and recorded on the case, with who made it and why, when it is submitted.
 */
@Component
class LabellisationTaskForm implements TaskForm {

  private static final String CRITERIA = "criteria";
  /** How far back a label may take effect: the prefect formalises a decision taken at the start of the month. */
  private static final int EFFECTIVE_DAYS_BACK = 31;

  private final Structures structures;
  private final Audits audits;
  private final LabellisationService labellisation;
  private final StepFacts facts;
  private final ProposalForm proposalForm;
  private final Referentials referentials;
  private final ReferenceData referenceData;
  private final Clock clock;

  LabellisationTaskForm(Structures structures, Audits audits, LabellisationService labellisation, StepFacts facts,
      ProposalForm proposalForm, Referentials referentials, ReferenceData referenceData, Clock clock) {
    this.structures = structures;
    this.audits = audits;
    this.facts = facts;
    this.labellisation = labellisation;
    this.proposalForm = proposalForm;
    this.referentials = referentials;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  @Override
  public boolean handles(Task task) {
    return LabellisationProcess.ID.equals(task.processId()) && task.businessKey() != null;
  }

  /** Every decision form opens empty: earlier decisions' variables ({@code reason}...) must not fill it. */
  @Override
  public Map<String, Object> openingValues(Task task) {
    return switch (task.elementId()) {
      case LabellisationProcess.COMPLETE_DECLARATION_TASK -> declarationToComplete(structureOf(task));
      case LabellisationProcess.AUDIT_TASK -> Map.of(CRITERIA, checklist(structureOf(task)));
      default -> Map.of();
    };
  }

  private static Map<String, Object> declarationToComplete(Structure structure) {
    Map<String, Object> values = new LinkedHashMap<>(ProposalForm.valuesOf(structure.proposal()));
    values.put("gapsToCorrect", String.join("\n", structure.gaps().stream().map(DeclarationGap::message).toList()));
    return values;
  }

  /** A re-audit's rows also carry what the previous audit found, for the auditor to confirm or judge again. */
  private List<Map<String, Object>> checklist(Structure structure) {
    Map<String, CriterionResult> previous = audits.before(structure.id(), structure.auditRound())
        .map(audit -> audit.results().stream().collect(Collectors.toMap(CriterionResult::code, result -> result)))
        .orElse(Map.of());
    return referentialOf(structure).criteria().stream()
        .map(criterion -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("code", criterion.code());
          row.put("label", criterion.label() + " (" + criterion.category() + ") : " + criterion.requirement());
          Optional.ofNullable(previous.get(criterion.code())).ifPresent(before -> {
            row.put("previousResult", before.result());
            Optional.ofNullable(before.comment()).ifPresent(comment -> row.put("previousComment", comment));
          });
          return row;
        })
        .toList();
  }

  @Override
  public FormOptions options(Task task) {
    // Only the declaration to complete lists operators; they are marked by the référentiel the case is judged by.
    if (!LabellisationProcess.COMPLETE_DECLARATION_TASK.equals(task.elementId())) {
      return FormOptions.none();
    }
    return FormOptions.of("operators", ProposalForm.operatorOptions(referenceData.operatorOptions(),
        referentialOf(structureOf(task)).mandatoryOperators()));
  }

  @Override
  public Map<String, String> check(Task task, Map<String, Object> values) {
    return switch (task.elementId()) {
      case LabellisationProcess.COMPLETE_DECLARATION_TASK -> proposalProblems(values);
      case LabellisationProcess.AUDIT_TASK -> auditProblems(structureOf(task), values);
      case LabellisationProcess.LABEL_DECISION_TASK -> labelDecisionProblems(values);
      default -> Map.of();
    };
  }

  @Override
  public Map<String, String> worded(Task task, Map<String, String> errors) {
    return LabellisationProcess.AUDIT_TASK.equals(task.elementId())
        ? AuditChecklist.worded(referentialOf(structureOf(task)), errors) : errors;
  }

  @Override
  public Optional<TaskContext> context(Task task) {
    return facts.of(task.elementId(), structureOf(task));
  }

  @Override
  public Optional<String> fieldsTemplate(Task task) {
    return LabellisationProcess.AUDIT_TASK.equals(task.elementId())
        ? Optional.of("labellisation/audit-checklist") : Optional.empty();
  }

  private Map<String, String> auditProblems(Structure structure, Map<String, Object> values) {
    return AuditChecklist.problems(structure, referentialOf(structure), values, today());
  }

  private Map<String, String> proposalProblems(Map<String, Object> values) {
    try {
      proposalForm.validate(values);
      return Map.of();
    } catch (InvalidInputException e) {
      return e.errors();
    }
  }

  private Map<String, String> labelDecisionProblems(Map<String, Object> values) {
    LocalDate today = today();
    Map<String, String> errors = new LinkedHashMap<>();
    if (values.get("effectiveDate") instanceof String effective) {
      LocalDate date = LocalDate.parse(effective);
      if (date.isBefore(today.minusDays(EFFECTIVE_DAYS_BACK)) || date.isAfter(today.plusDays(DeferredDate.DAYS_AHEAD))) {
        errors.put("effectiveDate", "La date d'effet est comprise entre le "
            + today.minusDays(EFFECTIVE_DAYS_BACK).format(LabellisationTexts.DATE) + " et le "
            + today.plusDays(DeferredDate.DAYS_AHEAD).format(LabellisationTexts.DATE) + ".");
      }
    }
    if (!DeferredDate.isAcceptable(values.get("postponeUntil"), today)) {
      errors.put("postponeUntil", "La décision est reportée à une date future, dans l'année.");
    }
    return errors;
  }

  @Override
  public boolean recordsOnSubmit(Task task) {
    return true;
  }

  @Override
  public void accept(Task task, String username, Map<String, Object> values) {
    UUID id = UUID.fromString(task.businessKey());
    switch (task.elementId()) {
      case LabellisationProcess.COMPLETE_DECLARATION_TASK ->
          labellisation.reviseDeclaration(id, proposalForm.validate(values), username);
      case LabellisationProcess.AUDIT_TASK -> labellisation.recordAudit(id,
          LocalDate.parse((String) values.get("visitDate")), AuditChecklist.results(values),
          (String) values.get("remarks"), username);
      case LabellisationProcess.RECORD_UPGRADE_TASK ->
          labellisation.recordUpgrade(id, (String) values.get("corrections"), username);
      case LabellisationProcess.DECIDE_AFTER_FAILURE_TASK -> labellisation.decideAfterFailure(id,
          (String) values.get("decision"), (String) values.get("reason"), username);
      case LabellisationProcess.NATIONAL_AGREEMENT_TASK -> labellisation.recordNationalAgreement(id,
          (String) values.get("agreement"), (String) values.get("reason"), username);
      case LabellisationProcess.LABEL_DECISION_TASK -> labellisation.decideLabel(id, (String) values.get("decision"),
          date(values.get("effectiveDate")), date(values.get("postponeUntil")), (String) values.get("reason"),
          username);
      default -> throw new IllegalStateException("no labellisation step " + task.elementId());
    }
  }

  @Override
  public Optional<CaseRef> historyCase(Task task) {
    return Optional.of(new CaseRef(LabellisationProcess.CASE_TYPE, UUID.fromString(task.businessKey())));
  }

  @Override
  public String caseLink(Task task) {
    return "/structures/" + task.businessKey();
  }

  private static LocalDate date(Object value) {
    return value instanceof String text ? LocalDate.parse(text) : null;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Countdown.PARIS));
  }

  private Structure structureOf(Task task) {
    return structures.find(UUID.fromString(task.businessKey()))
        .orElseThrow(() -> new NotFoundException("Structure introuvable."));
  }

  private Referential referentialOf(Structure structure) {
    return referentials.version(structure.referentialVersion()).orElseThrow();
  }
}
