package fr.relais.home;

import fr.relais.labellisation.LabellisationProcess;
import fr.relais.referral.ReferralDelays;
import fr.relais.referral.ReferralProcess;
import fr.relais.referral.ReferralService;
import fr.relais.referral.RoutingGap;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The nation for ANCT: agreements waiting, how late referrals are, and where no referent receives them. */
@Component
@Order(4)
class AnctHome implements HomeSection {

  private static final int GAPS_SHOWN = 5;

  private final ReferralService referrals;
  private final ReferralDelays delays;
  private final HomeTasks tasks;

  AnctHome(ReferralService referrals, ReferralDelays delays, HomeTasks tasks) {
    this.referrals = referrals;
    this.delays = delays;
    this.tasks = tasks;
  }

  @Override
  public Optional<HomePanel> panelFor(RelaisUser user) {
    if (!user.hasRole(Role.ANCT)) {
      return Optional.empty();
    }
    List<RoutingGap> gaps = referrals.routingGaps(Optional.empty());
    return Optional.of(new HomePanel("home/anct", Map.of(
        "agreements", tasks.digest(user, HomeTasks.at(LabellisationProcess.NATIONAL_AGREEMENT_TASK)),
        "referralTasks", tasks.digest(user, task -> ReferralProcess.ID.equals(task.processId())),
        "delays", delays.national(),
        "gapCount", gaps.size(),
        "gaps", gaps.stream().limit(GAPS_SHOWN).toList())));
  }
}
