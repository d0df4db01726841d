package fr.relais.referral;

import fr.relais.calendar.DeadlineCalculator;
import fr.relais.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Every date a referral waits for, computed once when the wait starts and then stored. */
@Component
class ReferralDeadlines {

  private final ReferralProperties properties;
  private final DeadlineCalculator calculator;

  ReferralDeadlines(ReferralProperties properties, WorkingCalendar calendar) {
    this.properties = properties;
    this.calculator = new DeadlineCalculator(properties.deadlineMode(), calendar);
  }

  Instant answerDue(Instant from) {
    return calculator.deadline(from, properties.answerWithin());
  }

  Instant escalationDue(Instant from) {
    return calculator.deadline(from, properties.escalationAnswerWithin());
  }

  /** Never before {@code now}: a deadline resumed with little time left reminds at once, not in the past. */
  Instant reminderFor(Instant deadline, Instant now) {
    Instant reminder = calculator.before(deadline, properties.reminderBefore());
    return reminder.isBefore(now) ? now : reminder;
  }

  Duration remaining(Instant now, Instant deadline) {
    return deadline == null ? Duration.ZERO : calculator.remaining(now, deadline);
  }

  Instant resumed(Instant now, Duration remaining) {
    return calculator.deadline(now, remaining);
  }

  Instant informationDue(Instant from) {
    return from.plus(properties.informationWithin());
  }

  Instant autoClose(Instant from) {
    return from.plus(properties.autoCloseAfter());
  }

  Instant anonymisation(Instant from) {
    return from.plus(properties.anonymiseAfter());
  }
}
