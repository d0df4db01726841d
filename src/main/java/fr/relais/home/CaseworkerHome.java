package fr.relais.home;

import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A referent's or an escalation pool's referrals to answer: how many are late, how many are due within a day. */
@Component
@Order(2)
class CaseworkerHome implements HomeSection {

  private final HomeTasks tasks;

  CaseworkerHome(HomeTasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public Optional<HomePanel> panelFor(RelaisUser user) {
    if (!user.hasRole(Role.REFERENT) && !user.hasRole(Role.ESCALATION)) {
      return Optional.empty();
    }
    return Optional.of(new HomePanel("home/caseworker", Map.of(
        "pool", user.hasRole(Role.ESCALATION),
        "tasks", tasks.digest(user, HomeTasks.any()))));
  }
}
