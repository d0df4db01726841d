package fr.relais.home;

import fr.relais.web.Countdown;
import java.util.List;
import java.util.UUID;

/**
 * Open tasks of one kind as a home page sums them up: how many, how many late or due within a day, and the first
 * few (the most urgent: the task list's own order).
 */
record TaskDigest(int total, int overdue, int dueSoon, List<Row> rows) {

  record Row(UUID id, String name, String caseLink, String caseLabel, Countdown countdown) {}

  public boolean hasMore() {
    return total > rows.size();
  }
}
