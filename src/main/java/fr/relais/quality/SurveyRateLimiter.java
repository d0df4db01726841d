package fr.relais.quality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits how many answers one client sends to the public survey: a counter at the desk is shared by many people, so
 * a few answers in a row are fine, a flood is not. Kept in memory on purpose: nothing about who answered is stored,
 * and a restart forgets it (each node of a cluster counts on its own).
 */
@Component
class SurveyRateLimiter {

  static final int ANSWERS = 10;
  static final Duration WINDOW = Duration.ofMinutes(10);
  /** Clients tracked at once before the oldest are forgotten, so a flood of addresses cannot fill the memory. */
  private static final int CLIENTS = 10_000;

  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
  private final Clock clock;

  SurveyRateLimiter(Clock clock) {
    this.clock = clock;
  }

  /** Counts the answer and says whether the client may send it. */
  boolean allow(String client) {
    Instant now = clock.instant();
    if (recent.size() > CLIENTS) {
      recent.clear();
    }
    Deque<Instant> answers = recent.computeIfAbsent(client, key -> new ArrayDeque<>());
    synchronized (answers) {
      while (!answers.isEmpty() && answers.peekFirst().isBefore(now.minus(WINDOW))) {
        answers.pollFirst();
      }
      if (answers.size() >= ANSWERS) {
        return false;
      }
      answers.addLast(now);
      return true;
    }
  }
}
