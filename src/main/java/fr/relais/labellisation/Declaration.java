package fr.relais.labellisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a prefect declares of a proposed structure, as far as the criteria can be checked from it.
 *
 * @param operators codes of the national operators whose services the structure offers
 */
public record Declaration(StructureKind kind, List<OpeningSlot> openingHours, List<String> agents, Set<String> operators,
    List<String> localPartners, int confidentialRooms, boolean accessiblePremises, int freeAccessWorkstations,
    int videoWorkstations) {

  public Declaration {
    openingHours = List.copyOf(openingHours);
    agents = List.copyOf(agents);
    operators = Set.copyOf(operators);
    localPartners = List.copyOf(localPartners);
  }

  long openingDays() {
    return openingHours.stream().map(OpeningSlot::day).distinct().count();
  }

  /** Overlapping slots of a day count once: 9-12 and 11-13 are four hours, not five. */
  BigDecimal weeklyHours() {
    List<OpeningSlot> sorted = new ArrayList<>(openingHours);
    sorted.sort(Comparator.comparing(OpeningSlot::day).thenComparing(OpeningSlot::opens));
    Duration total = Duration.ZERO;
    OpeningSlot current = null;
    for (OpeningSlot slot : sorted) {
      if (current != null && current.overlapsOrTouches(slot)) {
        LocalTime closes = slot.closes().isAfter(current.closes()) ? slot.closes() : current.closes();
        current = new OpeningSlot(current.day(), current.opens(), closes);
      } else {
        total = current == null ? total : total.plus(current.length());
        current = slot;
      }
    }
    total = current == null ? total : total.plus(current.length());
    return BigDecimal.valueOf(total.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  long distinctAgents() {
    return agents.stream().map(String::strip).filter(name -> !name.isEmpty()).map(String::toLowerCase).distinct().count();
  }
}
