package fr.relais.home;

import fr.relais.labellisation.LabellisationProcess;
import fr.relais.labellisation.StructureService;
import fr.relais.labellisation.StructureStatus;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An auditor's audits to do: the structures waiting for them with each audit's date, and the audit tasks. */
@Component
@Order(5)
class AuditorHome implements HomeSection {

  private final StructureService structures;
  private final HomeTasks tasks;

  AuditorHome(StructureService structures, HomeTasks tasks) {
    this.structures = structures;
    this.tasks = tasks;
  }

  @Override
  public Optional<HomePanel> panelFor(RelaisUser user) {
    if (!user.hasRole(Role.AUDITOR)) {
      return Optional.empty();
    }
    return Optional.of(new HomePanel("home/auditor", Map.of(
        "structures", structures.search(user, null, StructureStatus.AUDIT_PENDING),
        "tasks", tasks.digest(user, HomeTasks.at(LabellisationProcess.AUDIT_TASK)))));
  }
}
