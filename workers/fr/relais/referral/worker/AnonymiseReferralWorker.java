package fr.relais.referral.worker;

import fr.relais.referral.ReferralProcess;
import fr.relais.referral.ReferralService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Removes the citizen's personal data once the retention period after closing is over. */
@Component
public class AnonymiseReferralWorker {

  private final ReferralService referrals;

  AnonymiseReferralWorker(ReferralService referrals) {
    this.referrals = referrals;
  }

  @JobWorker(type = ReferralProcess.ANONYMISE_REFERRAL)
  public void handle(@Variable String referralId) {
    referrals.anonymise(UUID.fromString(referralId));
  }
}
