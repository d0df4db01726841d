package fr.relais.referral.worker;

import fr.relais.referral.ReferralProcess;
import fr.relais.referral.ReferralService;
import fr.relais.tasks.TaskService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A referent said the case belongs to another operator: it starts again with that one. */
@Component
public class RerouteReferralWorker {

  private final ReferralService referrals;

  RerouteReferralWorker(ReferralService referrals) {
    this.referrals = referrals;
  }

  @JobWorker(type = ReferralProcess.REROUTE_REFERRAL)
  public Map<String, Object> handle(@Variable String referralId, @Variable String operator, @Variable(name = TaskService.SUBMITTED_BY) String submittedBy) {
    return referrals.reroute(UUID.fromString(referralId), operator, submittedBy);
  }
}
