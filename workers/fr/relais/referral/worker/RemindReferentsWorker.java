package fr.relais.referral.worker;

import fr.relais.referral.ReferralProcess;
import fr.relais.referral.ReferralService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reminds the referents before the answer deadline. */
@Component
public class RemindReferentsWorker {

  private final ReferralService referrals;

  RemindReferentsWorker(ReferralService referrals) {
    this.referrals = referrals;
  }

  @JobWorker(type = ReferralProcess.REMIND_REFERENTS)
  public void handle(@Variable String referralId) {
    referrals.remindReferents(UUID.fromString(referralId));
  }
}
