package fr.relais.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Draws a campaign's sample at random, stratified by department, so that every labelled structure is visited at
 * least once a year and no department waits: in each department, the structures whose yearly visit would be overdue
 * if left to the next campaign are always drawn, and the others fill a quota of a twelfth of the department (for
 * monthly campaigns), drawn at random, those visited (or audited) more than six months ago first. A structure therefore
 * cannot tell from its last visit when the next one comes. Pure and deterministic: the same frame, seed and day give
 * the same draw, which is what lets anyone check a stored campaign.
 */
final class QualitySampler {

  /** Visited this recently (due more than this far ahead), a structure waits until the others have had their turn. */
  private static final int RECENT_MONTHS = 6;
  private static final int MONTHS_A_YEAR = 12;

  private QualitySampler() {}

  /**
   * @param frame the structures that may be drawn, each with its visit due date
   * @param nextCampaign the day of the campaign after this one, by which this one's visits are made
   * @param campaignsPerYear 12 for monthly campaigns
   */
  static List<UUID> draw(List<SamplingFrame> frame, long seed, LocalDate nextCampaign, int campaignsPerYear) {
    Random random = new Random(seed);
    // Drawn at the next campaign, a structure is visited before the one after: due before then, it is drawn now.
    LocalDate lastChance = nextCampaign.plusMonths(MONTHS_A_YEAR / campaignsPerYear);
    Map<String, List<SamplingFrame>> byDepartment = frame.stream()
        .sorted(Comparator.comparing(SamplingFrame::structureId))
        .collect(Collectors.groupingBy(SamplingFrame::department, TreeMap::new, Collectors.toList()));
    List<UUID> sample = new ArrayList<>();
    byDepartment.forEach((department, structures) -> {
      int quota = (structures.size() + campaignsPerYear - 1) / campaignsPerYear;
      List<SamplingFrame> due = structures.stream().filter(s -> s.visitDueBy().isBefore(lastChance)).toList();
      List<SamplingFrame> others = new ArrayList<>(structures.stream()
          .filter(s -> !s.visitDueBy().isBefore(lastChance)).toList());
      Collections.shuffle(others, random);
      // A stable sort keeps the random order within each group.
      others.sort(Comparator.comparing(s -> s.visitDueBy().isAfter(nextCampaign.plusMonths(RECENT_MONTHS))));
      due.forEach(s -> sample.add(s.structureId()));
      others.stream().limit(Math.max(0, quota - due.size())).forEach(s -> sample.add(s.structureId()));
    });
    return sample;
  }
}
