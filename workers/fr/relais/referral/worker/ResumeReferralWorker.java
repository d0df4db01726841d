package fr.relais.referral.worker;

import fr.relais.referral.ReferralProcess;
import fr.relais.referral.ReferralService;
import fr.relais.tasks.TaskService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The agent provided the information: the clock of the current level restarts. */
@Component
public class ResumeReferralWorker {

  private final ReferralService referrals;

  ResumeReferralWorker(ReferralService referrals) {
    this.referrals = referrals;
  }

  @JobWorker(type = ReferralProcess.RESUME_REFERRAL)
  public Map<String, Object> handle(@Variable String referralId, @Variable String information, @Variable(name = TaskService.SUBMITTED_BY) String submittedBy) {
    return referrals.resume(UUID.fromString(referralId), information, submittedBy);
  }
}
