package fr.relais.quality;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The seven points of a mystery visit, each out of 10, and the score out of 100 they make together. */
final class VisitScore {

  static final List<String> POINTS = List.of("reception", "waitingTime", "completeness", "noUndueReorientation",
      "confidentiality", "openingHoursRespected", "onlineHelp");
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int POINT_MAX = 10;

  private VisitScore() {}

  static int outOf100(Map<String, Integer> scores) {
    int total = POINTS.stream().mapToInt(point -> scores.getOrDefault(point, 0)).sum();
    return Math.round(total * 100f / (POINTS.size() * POINT_MAX));
  }
}
