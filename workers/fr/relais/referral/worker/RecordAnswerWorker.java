package fr.relais.referral.worker;

import fr.relais.referral.ReferralProcess;
import fr.relais.referral.ReferralService;
import fr.relais.tasks.TaskService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Records the operator's answer and when the case closes itself if the agent leaves it open. */
@Component
public class RecordAnswerWorker {

  private final ReferralService referrals;

  RecordAnswerWorker(ReferralService referrals) {
    this.referrals = referrals;
  }

  @JobWorker(type = ReferralProcess.RECORD_ANSWER)
  public Map<String, Object> handle(@Variable String referralId, @Variable String answer, @Variable(name = TaskService.SUBMITTED_BY) String submittedBy) {
    return Map.of("autoCloseAt", referrals.recordAnswer(UUID.fromString(referralId), answer, submittedBy).toString());
  }
}
