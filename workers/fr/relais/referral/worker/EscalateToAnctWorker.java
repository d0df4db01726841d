package fr.relais.referral.worker;

import fr.relais.referral.ReferralProcess;
import fr.relais.referral.ReferralService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The escalation pool's deadline passed as well: ANCT takes over. */
@Component
public class EscalateToAnctWorker {

  private final ReferralService referrals;

  EscalateToAnctWorker(ReferralService referrals) {
    this.referrals = referrals;
  }

  @JobWorker(type = ReferralProcess.ESCALATE_TO_ANCT)
  public Map<String, Object> handle(@Variable String referralId) {
    referrals.escalateToAnct(UUID.fromString(referralId));
    return Map.of("escalationLevel", 2);
  }
}
