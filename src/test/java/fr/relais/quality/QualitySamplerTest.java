package fr.relais.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A simulated year of monthly campaigns over an uneven network (from one structure in a department to sixty): every
 * structure is drawn at least once, every department in every campaign, and a stored seed re-draws the same sample.
 */
class QualitySamplerTest {

  private static final int MONTHS = 12;
  private static final LocalDate FIRST_CAMPAIGN = LocalDate.of(2027, 1, 1);

  private final Map<UUID, SamplingFrame> network = new HashMap<>();
  private final Map<String, Integer> departmentSizes = new HashMap<>();

  @BeforeEach
  void labelNetwork() {
    Random sizes = new Random(2019);
    for (int d = 1; d <= 30; d++) {
      String department = String.format("%02d", d);
      int size = d == 1 ? 1 : 1 + sizes.nextInt(60);
      departmentSizes.put(department, size);
      for (int i = 0; i < size; i++) {
        UUID id = UUID.nameUUIDFromBytes((department + "-" + i).getBytes());
        // Labelled at the start, audited then: their first yearly visit is due within the year.
        network.put(id, new SamplingFrame(id, department, FIRST_CAMPAIGN.plusYears(1).minusDays(sizes.nextInt(20))));
      }
    }
  }

  @Test
  void overAYearEveryStructureIsDrawnAndEveryDepartmentInEveryCampaign() {
    Map<UUID, Integer> drawn = new HashMap<>();
    for (int month = 0; month < MONTHS; month++) {
      LocalDate campaign = FIRST_CAMPAIGN.plusMonths(month);
      List<UUID> sample = QualitySampler.draw(List.copyOf(network.values()), 1000 + month, campaign.plusMonths(1),
          MONTHS);
      Set<String> departmentsDrawn = new HashSet<>();
      for (UUID id : sample) {
        drawn.merge(id, 1, Integer::sum);
        departmentsDrawn.add(network.get(id).department());
        network.put(id, new SamplingFrame(id, network.get(id).department(), campaign.plusYears(1)));
      }
      assertThat(departmentsDrawn).as("no department starved in campaign " + (month + 1))
          .containsExactlyInAnyOrderElementsOf(departmentSizes.keySet());
      assertThat(sample).as("no structure twice in one campaign").doesNotHaveDuplicates();
    }

    assertThat(drawn.keySet()).as("every labelled structure visited within the year")
        .containsExactlyInAnyOrderElementsOf(network.keySet());
    int total = drawn.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(total).as("about one visit a year each, not a visit every month")
        .isLessThan(network.size() * 3 / 2);
  }

  @Test
  void aDepartmentIsDrawnInProportionToItsSize() {
    List<UUID> sample = QualitySampler.draw(List.copyOf(network.values()), 7, FIRST_CAMPAIGN.plusMonths(1), MONTHS);

    Map<String, Integer> perDepartment = new HashMap<>();
    sample.forEach(id -> perDepartment.merge(network.get(id).department(), 1, Integer::sum));
    departmentSizes.forEach((department, size) -> assertThat(perDepartment.get(department)).as(department)
        .isEqualTo((size + MONTHS - 1) / MONTHS));
  }

  @Test
  void theSameSeedGivesTheSameDrawAndAnotherSeedAnotherOne() {
    List<SamplingFrame> frame = new ArrayList<>(network.values());
    List<UUID> first = QualitySampler.draw(frame, 42, FIRST_CAMPAIGN.plusMonths(1), MONTHS);
    Collections.reverse(frame);

    assertThat(QualitySampler.draw(frame, 42, FIRST_CAMPAIGN.plusMonths(1), MONTHS))
        .as("whatever the order the frame is read in").isEqualTo(first);
    assertThat(QualitySampler.draw(frame, 43, FIRST_CAMPAIGN.plusMonths(1), MONTHS)).isNotEqualTo(first);
  }

  @Test
  void aStructureDueBeforeTheNextCampaignIsAlwaysDrawn() {
    UUID late = network.keySet().iterator().next();
    SamplingFrame frame = network.get(late);
    network.put(late, new SamplingFrame(late, frame.department(), FIRST_CAMPAIGN.plusDays(10)));

    for (long seed = 0; seed < 20; seed++) {
      assertThat(QualitySampler.draw(List.copyOf(network.values()), seed, FIRST_CAMPAIGN.plusMonths(1), MONTHS))
          .contains(late);
    }
  }
}
