package fr.relais.referral;

import fr.relais.forms.FormOptions;
import fr.relais.history.CaseRef;
import fr.relais.structure.ReferenceData;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskContext;
import fr.relais.tasks.TaskForm;
import fr.relais.web.Countdown;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The referral steps in the task list: each page shows the case (subject, description, citizen, documents, history),
 * and a withdrawn step says what became of the case. Re-routing a case to the operator it is already with would loop,
 * so the case's current operator is not offered.
 */
@Component
class ReferralTaskForm implements TaskForm {

  private final ReferenceData referenceData;
  private final ReferralService referrals;
  private final ReferralRequestForm requestForm;
  private final Clock clock;

  ReferralTaskForm(ReferenceData referenceData, ReferralService referrals, ReferralRequestForm requestForm,
      Clock clock) {
    this.referenceData = referenceData;
    this.referrals = referrals;
    this.requestForm = requestForm;
    this.clock = clock;
  }

  @Override
  public boolean handles(Task task) {
    return ReferralProcess.ID.equals(task.processId());
  }

  @Override
  public Optional<CaseRef> historyCase(Task task) {
    return referralId(task).map(id -> new CaseRef(ReferralProcess.CASE_TYPE, id));
  }

  @Override
  public FormOptions options(Task task) {
    Object current = task.variables().get("operator");
    return FormOptions.of("operators", referenceData.operatorOptions().stream()
        .filter(option -> !Objects.equals(option.value(), current))
        .toList());
  }

  @Override
  public Optional<TaskContext> context(Task task) {
    return referralId(task).map(id -> {
      ReferralView referral = referrals.viewForTask(id);
      Map<String, Object> facts = new HashMap<>();
      facts.put("referral", referral);
      // Facts hold no nulls (TaskContext copies them): an anonymised case may have lost its situation.
      Optional.ofNullable(referral.lifeSituation()).ifPresent(code -> facts.put("lifeSituation",
          requestForm.definition().optionLabels("lifeSituation").getOrDefault(code, code)));
      Optional.ofNullable(referral.deadline())
          .ifPresent(due -> facts.put("deadline", Countdown.of(due, clock.instant())));
      return new TaskContext("referral/task-context", facts);
    });
  }

  @Override
  public Optional<String> whyWithdrawn(Task task) {
    return referralId(task).map(referrals::viewForTask).flatMap(referral -> {
      if (referral.status() == ReferralStatus.CLOSED) {
        return Optional.of(switch (task.elementId()) {
          case ReferralProcess.PROVIDE_INFORMATION_TASK ->
              "Le complément n'a pas été apporté dans le délai : la saisine a été close.";
          case ReferralProcess.REVIEW_ANSWER_TASK ->
              "Le délai pour prendre connaissance de la réponse est passé : la saisine a été close automatiquement.";
          default -> "La saisine a été close.";
        });
      }
      if (ReferralProcess.ANSWER_TASK.equals(task.elementId()) && referral.escalationLevel() >= 1) {
        return Optional.of("Le délai de réponse est passé : la saisine a été transmise au pôle d'escalade "
            + referral.operatorName() + ".");
      }
      if (ReferralProcess.ANSWER_ESCALATED_TASK.equals(task.elementId()) && referral.escalationLevel() >= 2) {
        return Optional.of("Le délai du pôle d'escalade est passé : l'ANCT a pris la saisine en charge.");
      }
      return Optional.empty();
    });
  }

  private static Optional<UUID> referralId(Task task) {
    return Optional.ofNullable(task.businessKey()).map(UUID::fromString);
  }
}
