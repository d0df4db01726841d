package fr.relais.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations collected from many threads, read as percentiles once the run is over. */
final class Latencies {

  private final List<Duration> samples = Collections.synchronizedList(new ArrayList<>());

  void add(Duration sample) {
    samples.add(sample);
  }

  int count() {
    return samples.size();
  }

  /** The nearest-rank percentile, in milliseconds with one decimal. */
  String percentile(int percent) {
    List<Duration> sorted;
    synchronized (samples) {
      sorted = new ArrayList<>(samples);
    }
    if (sorted.isEmpty()) {
      return "n/a";
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return String.format("%.1f ms", sorted.get(Math.max(rank, 1) - 1).toNanos() / 1_000_000.0);
  }
}
