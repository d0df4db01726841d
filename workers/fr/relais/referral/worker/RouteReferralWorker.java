package fr.relais.referral.worker;

import fr.relais.referral.ReferralProcess;
import fr.relais.referral.ReferralService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Routes the case to its operator's referents in its department; with none, escalation follows. */
@Component
public class RouteReferralWorker {

  private final ReferralService referrals;

  RouteReferralWorker(ReferralService referrals) {
    this.referrals = referrals;
  }

  @JobWorker(type = ReferralProcess.ROUTE_REFERRAL)
  public Map<String, Object> handle(@Variable String referralId) {
    return Map.of("routed", referrals.route(UUID.fromString(referralId)));
  }
}
