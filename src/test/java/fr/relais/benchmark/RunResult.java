package fr.relais.benchmark;

import java.time.Duration;

/** What one run measured: how many referrals went from submission to closure, in how long, at what cost. */
record RunResult(Load load, Duration elapsed, Duration jvmCpu, Latencies taskVisible, Latencies formSubmission) {

  double perSecond() {
    return load.referrals() / (elapsed.toNanos() / 1e9);
  }

  String describe() {
    return String.format("%-22s %-28s %4d referrals in %6.2f s = %5.1f/s, JVM CPU %5.1f ms/referral"
            + " | submission -> task visible p50 %s, p99 %s | form submission p50 %s, p99 %s",
        load.name(), load.describe(), load.referrals(), elapsed.toMillis() / 1000.0, perSecond(),
        jvmCpu.toNanos() / 1e6 / load.referrals(), taskVisible.percentile(50), taskVisible.percentile(99),
        formSubmission.percentile(50), formSubmission.percentile(99));
  }
}
