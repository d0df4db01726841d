package fr.relais.referral;

import fr.relais.history.CaseRef;
import java.util.Optional;
import java.util.UUID;
import fr.relais.forms.FormOptions;
import fr.relais.structure.ReferenceData;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskForm;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The operators a referral step offers. Re-routing a case to the operator it is already with would loop, so the
 * case's current operator is not offered.
 */
@Component
class ReferralTaskForm implements TaskForm {

  private final ReferenceData referenceData;

  ReferralTaskForm(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  @Override
  public boolean handles(Task task) {
    return ReferralProcess.ID.equals(task.processId());
  }

  @Override
  public Optional<CaseRef> historyCase(Task task) {
    return Optional.ofNullable(task.businessKey())
        .map(key -> new CaseRef(ReferralProcess.CASE_TYPE, UUID.fromString(key)));
  }

  @Override
  public FormOptions options(Task task) {
    Object current = task.variables().get("operator");
    return FormOptions.of("operators", referenceData.operatorOptions().stream()
        .filter(option -> !Objects.equals(option.value(), current))
        .toList());
  }
}
