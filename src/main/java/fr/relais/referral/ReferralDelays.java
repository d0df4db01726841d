package fr.relais.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How late the country's referrals are, for ANCT's home page: counted over every case, not a page of them. */
@Component
public class ReferralDelays {

  private static final Duration ANSWER_WINDOW = Duration.ofDays(30);

  private final JdbcClient jdbc;
  private final Clock clock;

  ReferralDelays(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * @param waiting cases still waiting for an answer
   * @param overdue of those, the ones past the deadline of their level (ANCT's level has none)
   * @param withPool waiting at the operator's national pool
   * @param withAnct waiting at ANCT itself
   * @param averageAnswerHours mean hours from submission to answer over the last 30 days; null without answers
   */
  public record Delays(int waiting, int overdue, int withPool, int withAnct, Long averageAnswerHours) {}

  public Delays national() {
    Timestamp now = Timestamp.from(clock.instant());
    return jdbc.sql("select count(*) filter (where status in ('OPEN', 'ESCALATED')) as waiting,"
            + " count(*) filter (where status in ('OPEN', 'ESCALATED') and case escalation_level"
            + " when 0 then due_at when 1 then escalation_due_at end < ?) as overdue,"
            + " count(*) filter (where status in ('OPEN', 'ESCALATED') and escalation_level = 1) as with_pool,"
            + " count(*) filter (where status in ('OPEN', 'ESCALATED') and escalation_level >= 2) as with_anct,"
            + " round(avg(extract(epoch from answered_at - submitted_at) / 3600)"
            + " filter (where answered_at >= ?)) as average_answer_hours from referral")
        .params(now, Timestamp.from(clock.instant().minus(ANSWER_WINDOW)))
        .query((rs, row) -> new Delays(rs.getInt("waiting"), rs.getInt("overdue"), rs.getInt("with_pool"),
            rs.getInt("with_anct"), rs.getObject("average_answer_hours") == null ? null
                : rs.getLong("average_answer_hours")))
        .single();
  }
}
