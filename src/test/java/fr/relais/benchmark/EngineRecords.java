package fr.relais.benchmark;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts what an engine wrote to its log, by value type: the engine's work per referral, comparable between
 * Relais and the bare engine whatever the machine's speed.
 */
final class EngineRecords {

  private final ZeebeTestEngine engine;
  private Map<String, Long> before = Map.of();

  EngineRecords(ZeebeTestEngine engine) {
    this.engine = engine;
  }

  void mark() {
    before = count();
  }

  /** Records written since {@link #mark()}, per referral, largest first, e.g. "JOB 12.0, VARIABLE 9.0". */
  String perReferralSinceMark(int referrals) {
    Map<String, Long> now = count();
    long total = now.values().stream().mapToLong(Long::longValue).sum()
        - before.values().stream().mapToLong(Long::longValue).sum();
    String byType = now.entrySet().stream()
        .map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
        .filter(entry -> entry.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(6)
        .map(entry -> String.format("%s %.1f", entry.getKey(), (double) entry.getValue() / referrals))
        .collect(Collectors.joining(", "));
    return String.format("%.1f engine records/referral (%s)", (double) total / referrals, byType);
  }

  /** Read by index: Relais' wait-state journal appends to the same list while this counts. */
  private Map<String, Long> count() {
    @SuppressWarnings("unchecked")
    List<Record<?>> records = (List<Record<?>>) engine.getRecordStreamSource().getRecords();
    Map<String, Long> counts = new TreeMap<>();
    for (int i = 0, size = records.size(); i < size; i++) {
      counts.merge(records.get(i).getValueType().name(), 1L, Long::sum);
    }
    return counts;
  }
}
