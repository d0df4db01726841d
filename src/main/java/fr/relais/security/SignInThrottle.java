package fr.relais.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, on the sign-in form and HTTP Basic alike. After {@code accountFailures} consecutive
 * failures for one account, or {@code addressFailures} from one client address within {@code addressWindow}, further
 * attempts are refused for a delay that doubles with each further failure (up to {@code maxDelay}). A success resets
 * the account's count. Counted in memory, per node: a restart forgets it, which only gives a guesser a fresh start at
 * the same slow pace.
 */
@Component
public class SignInThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
  /** Keeps the maps bounded when someone sprays usernames or addresses: the oldest entries give way. */
  private static final int MAX_TRACKED = 100_000;

  @ConfigurationProperties("relais.sign-in")
  record Limits(@DefaultValue("5") int accountFailures, @DefaultValue("30") int addressFailures,
      @DefaultValue("PT10M") Duration addressWindow, @DefaultValue("PT30S") Duration firstDelay,
      @DefaultValue("PT1H") Duration maxDelay) {}

  private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
  private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
  private final Limits limits;
  private final Clock clock;

  SignInThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** How long this attempt must wait, if it must; each refusal is logged once. */
  public Optional<Duration> refusal(String username, String address) {
    Instant now = clock.instant();
    Optional<Duration> wait = waitFor(accounts.get(key(username)), now)
        .or(() -> waitFor(addresses.get(address), now));
    wait.ifPresent(delay -> LOG.warn("sign-in refused for account '{}' from {}: retry in {} s", username, address,
        delay.toSeconds()));
    return wait;
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    int accountCount = track(accounts, key(username), now, null).count();
    Failures fromAddress = track(addresses, address, now, limits.addressWindow());
    if (accountCount >= limits.accountFailures()) {
      accounts.get(key(username)).blockUntil(now.plus(delay(accountCount - limits.accountFailures())));
    }
    if (fromAddress.count() >= limits.addressFailures()) {
      fromAddress.blockUntil(now.plus(delay(fromAddress.count() - limits.addressFailures())));
    }
    LOG.warn("sign-in failed for account '{}' from {} ({} in a row)", username, address, accountCount);
  }

  public void succeeded(String username) {
    accounts.remove(key(username));
  }

  private Duration delay(int beyondLimit) {
    Duration delay = limits.firstDelay().multipliedBy(1L << Math.min(beyondLimit, 20));
    return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
  }

  private Failures track(Map<String, Failures> map, String key, Instant now, Duration window) {
    if (map.size() >= MAX_TRACKED) {
      map.clear();
    }
    Failures failures = map.computeIfAbsent(key, unused -> new Failures());
    failures.add(now, window);
    return failures;
  }

  private static Optional<Duration> waitFor(Failures failures, Instant now) {
    return failures == null ? Optional.empty() : failures.blockedFor(now);
  }

  /** Usernames are compared as people type them, whatever their case. */
  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** The failure times of one account or address (within its window, if it has one) and how long it is refused. */
  private static final class Failures {

    private final Deque<Instant> times = new ArrayDeque<>();
    private Instant blockedUntil = Instant.MIN;

    synchronized void add(Instant now, Duration window) {
      times.addLast(now);
      while (window != null && !times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
        times.removeFirst();
      }
      while (times.size() > 1000) {
        times.removeFirst();
      }
    }

    synchronized int count() {
      return times.size();
    }

    synchronized void blockUntil(Instant until) {
      blockedUntil = until;
    }

    synchronized Optional<Duration> blockedFor(Instant now) {
      return now.isBefore(blockedUntil)
          ? Optional.of(Duration.between(now, blockedUntil).plusSeconds(1).withNanos(0)) : Optional.empty();
    }
  }
}
