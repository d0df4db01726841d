package fr.relais.referral;

import fr.relais.calendar.DeadlineMode;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The referral rules that changed over time or differ between operators; defaults follow the
 * operators' current practice (3 working days, reminder one working day before).
 *
 * @param answerWithin how long referents have to answer
 * @param deadlineMode working time (weekends and public holidays do not count) or plain clock hours
 * @param reminderBefore how long before the deadline referents are reminded
 * @param escalationAnswerWithin how long the operator's escalation pool has before ANCT steps in
 * @param informationWithin how long the agent has to provide requested information
 * @param autoCloseAfter an answered case the agent leaves open closes itself after this
 * @param anonymiseAfter a closed case's personal data is removed after this
 */
@ConfigurationProperties("relais.referral")
public record ReferralProperties(
    @DefaultValue("PT72H") Duration answerWithin,
    @DefaultValue("WORKING_TIME") DeadlineMode deadlineMode,
    @DefaultValue("PT24H") Duration reminderBefore,
    @DefaultValue("PT72H") Duration escalationAnswerWithin,
    @DefaultValue("P30D") Duration informationWithin,
    @DefaultValue("P30D") Duration autoCloseAfter,
    @DefaultValue("P180D") Duration anonymiseAfter) {}
