package fr.relais.quality;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The quality-control rules no text fixes (domain.md section 4 and 9: keep them configurable).
 *
 * @param campaignCycle when campaigns start, as the BPMN timer's cron (seconds first, UTC): the 1st of each month
 * @param campaignsPerYear how many campaigns the cycle makes a year, which sets each department's quota; it divides
 *     12, a campaign's period being a whole number of months
 * @param passingScore the mystery-visit score out of 100 at or above which a visit passes
 * @param planWithin how long a structure has to write its corrective plan
 * @param followUpAfter how long after the plan the follow-up visit comes
 * @param surveyOpenFor how long the yearly satisfaction survey stays open
 * @param satisfactionThreshold the share of satisfied answers, in percent, below which the label is reviewed
 * @param minimumAnswers fewer answers than this say nothing either way: no review is opened on them
 */
@ConfigurationProperties("relais.quality")
public record QualityProperties(
    @DefaultValue("0 0 5 1 * *") String campaignCycle,
    @DefaultValue("12") int campaignsPerYear,
    @DefaultValue("70") int passingScore,
    @DefaultValue("P30D") Duration planWithin,
    @DefaultValue("P60D") Duration followUpAfter,
    @DefaultValue("P28D") Duration surveyOpenFor,
    @DefaultValue("75") int satisfactionThreshold,
    @DefaultValue("5") int minimumAnswers) {

  public QualityProperties {
    // A campaign's period is a whole number of months: quotas and the once-a-year guarantee are counted in them.
    if (campaignsPerYear < 1 || 12 % campaignsPerYear != 0) {
      throw new IllegalArgumentException("relais.quality.campaigns-per-year divides 12 (1, 2, 3, 4, 6 or 12): "
          + campaignsPerYear);
    }
  }
}
