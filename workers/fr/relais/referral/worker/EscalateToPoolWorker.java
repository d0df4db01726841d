package fr.relais.referral.worker;

import fr.relais.referral.ReferralProcess;
import fr.relais.referral.ReferralService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The answer deadline passed, or nobody was there to route to: the operator's escalation pool takes over. */
@Component
public class EscalateToPoolWorker {

  private final ReferralService referrals;

  EscalateToPoolWorker(ReferralService referrals) {
    this.referrals = referrals;
  }

  @JobWorker(type = ReferralProcess.ESCALATE_TO_POOL)
  public Map<String, Object> handle(@Variable String referralId) {
    return Map.of("escalationLevel", 1,
        "escalationDueAt", referrals.escalateToPool(UUID.fromString(referralId)).toString());
  }
}
