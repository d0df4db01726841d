package fr.relais.tasks;

import fr.relais.forms.FormOptions;
import fr.relais.structure.ReferenceData;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The data-driven option lists of task forms. Re-routing a case to the operator it is already with
 * would loop, so the case's current operator is not offered.
 */
@Component
class TaskFormOptions {

  private final ReferenceData referenceData;

  TaskFormOptions(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  FormOptions forTask(Task task) {
    Object current = task.variables().get("operator");
    return FormOptions.of("operators", referenceData.operatorOptions().stream()
        .filter(option -> !Objects.equals(option.value(), current))
        .toList());
  }
}
