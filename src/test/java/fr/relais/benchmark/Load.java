package fr.relais.benchmark;

import java.util.concurrent.locks.LockSupport;

/**
 * How referrals arrive: as fast as a bounded number in flight allows (saturation, for throughput), or at a
 * steady rate well below it (for the latencies a person meets on an ordinary day).
 */
record Load(String name, int referrals, int maxInFlight, double perSecond) {

  static Load saturating(String name, int referrals, int maxInFlight) {
    return new Load(name, referrals, maxInFlight, 0);
  }

  static Load steady(String name, int referrals, double perSecond) {
    // The bound only guards against a run that falls behind without end; at a steady rate it is never reached.
    return new Load(name, referrals, 1000, perSecond);
  }

  /** Waits until the i-th referral is due. */
  void awaitArrival(int i, Stopwatch stopwatch) {
    if (perSecond <= 0) {
      return;
    }
    long due = stopwatch.startNanos() + (long) (i * 1e9 / perSecond);
    long wait;
    while ((wait = due - System.nanoTime()) > 0) {
      LockSupport.parkNanos(wait);
    }
  }

  String describe() {
    return perSecond > 0
        ? String.format("steady %.1f referrals/s", perSecond)
        : String.format("saturating, %d in flight", maxInFlight);
  }
}
