package fr.relais.referral.worker;

import fr.relais.referral.ReferralProcess;
import fr.relais.referral.ReferralService;
import fr.relais.tasks.TaskService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Stops the answer clock while the agent is asked for more information. */
@Component
public class RequestInformationWorker {

  private final ReferralService referrals;

  RequestInformationWorker(ReferralService referrals) {
    this.referrals = referrals;
  }

  @JobWorker(type = ReferralProcess.REQUEST_INFORMATION)
  public Map<String, Object> handle(@Variable String referralId, @Variable String question, @Variable(name = TaskService.SUBMITTED_BY) String submittedBy) {
    return Map.of("informationDueAt",
        referrals.requestInformation(UUID.fromString(referralId), question, submittedBy).toString());
  }
}
