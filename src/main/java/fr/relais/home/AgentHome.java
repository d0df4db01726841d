package fr.relais.home;

import fr.relais.referral.ReferralService;
import fr.relais.referral.ReferralStatus;
import fr.relais.referral.ReferralView;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An agent's referrals by where they stand (theirs to complete first), its tasks, and the way to a new one. */
@Component
@Order(1)
class AgentHome implements HomeSection {

  private final ReferralService referrals;
  private final HomeTasks tasks;

  AgentHome(ReferralService referrals, HomeTasks tasks) {
    this.referrals = referrals;
    this.tasks = tasks;
  }

  @Override
  public Optional<HomePanel> panelFor(RelaisUser user) {
    if (!user.hasRole(Role.AGENT)) {
      return Optional.empty();
    }
    List<ReferralView> mine = referrals.visibleTo(user);
    return Optional.of(new HomePanel("home/agent", Map.of(
        "awaitingInformation", in(mine, Set.of(ReferralStatus.AWAITING_INFORMATION)),
        "open", in(mine, Set.of(ReferralStatus.OPEN, ReferralStatus.ESCALATED)),
        "answered", in(mine, Set.of(ReferralStatus.ANSWERED)),
        "tasks", tasks.digest(user, HomeTasks.any()))));
  }

  private static List<ReferralView> in(List<ReferralView> referrals, Set<ReferralStatus> statuses) {
    return referrals.stream().filter(referral -> statuses.contains(referral.status())).toList();
  }
}
