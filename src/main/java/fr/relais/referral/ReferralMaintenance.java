package fr.relais.referral;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Starts the processes of cases stored while the engine was away. */
@Component
class ReferralMaintenance {

  private final ReferralService referrals;

  ReferralMaintenance(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Scheduled(fixedDelayString = "${relais.referral.start-retry-interval:PT30S}")
  void startPending() {
    referrals.startPending();
  }
}
