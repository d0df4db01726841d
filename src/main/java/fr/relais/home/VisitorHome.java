package fr.relais.home;

import fr.relais.quality.QualityProcess;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A mystery visitor's visits to do. */
@Component
@Order(7)
class VisitorHome implements HomeSection {

  private final HomeTasks tasks;

  VisitorHome(HomeTasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public Optional<HomePanel> panelFor(RelaisUser user) {
    if (!user.hasRole(Role.VISITOR)) {
      return Optional.empty();
    }
    return Optional.of(new HomePanel("home/visitor",
        Map.of("tasks", tasks.digest(user, HomeTasks.at(QualityProcess.VISIT_TASK)))));
  }
}
