package fr.relais.referral.worker;

import fr.relais.history.CaseHistory;
import fr.relais.referral.ReferralProcess;
import fr.relais.referral.ReferralService;
import fr.relais.tasks.TaskService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Closes the case: by the agent from the review step ({@code decision} CLOSE), or by a timer when the
 * agent left an answered case open or never provided the requested information.
 */
@Component
public class CloseReferralWorker {

  private final ReferralService referrals;

  CloseReferralWorker(ReferralService referrals) {
    this.referrals = referrals;
  }

  @JobWorker(type = ReferralProcess.CLOSE_REFERRAL)
  public Map<String, Object> handle(@Variable String referralId, @Variable String decision,
      @Variable(name = TaskService.SUBMITTED_BY) String submittedBy, @Variable String comment) {
    boolean closedByAgent = "CLOSE".equals(decision);
    String by = closedByAgent ? submittedBy : CaseHistory.SYSTEM;
    String reason = closedByAgent
        ? "Clôturée par l'agent" + (comment == null || comment.isBlank() ? "." : " : " + comment)
        : "Clôturée automatiquement : délai écoulé sans action de l'agent.";
    return Map.of("anonymiseAt", referrals.close(UUID.fromString(referralId), by, reason).toString());
  }
}
