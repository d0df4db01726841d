package fr.relais.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Tells when the work a clock advance triggered is done: every due timer fired, every service job
 * completed (or out of retries), every user-task job in the task list. The engine's own idle check
 * never settles while workers poll, so this reads the engine's record stream instead.
 */
class EngineQuiescence {

  private static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";
  private static final long POLL_NANOS = Duration.ofMillis(25).toNanos();
  private static final int QUIET_ROUNDS = 4;

  private final ZeebeTestEngine engine;
  private final UserTaskReceipts receipts;
  private final Clock clock;
  private final Map<Long, String> openJobs = new HashMap<>();
  private final Map<Long, Long> pendingTimers = new HashMap<>();
  private int readRecords;

  EngineQuiescence(ZeebeTestEngine engine, UserTaskReceipts receipts, Clock clock) {
    this.engine = engine;
    this.receipts = receipts;
    this.clock = clock;
  }

  synchronized void await(Duration timeout) throws TimeoutException {
    Instant giveUp = Instant.now().plus(timeout);
    int quietRounds = 0;
    while (quietRounds < QUIET_ROUNDS) {
      if (Instant.now().isAfter(giveUp)) {
        throw new TimeoutException("the engine did not settle within " + timeout);
      }
      LockSupport.parkNanos(POLL_NANOS);
      boolean progressed = readNewRecords();
      quietRounds = !progressed && settled() ? quietRounds + 1 : 0;
    }
  }

  private boolean settled() {
    long now = clock.millis();
    boolean timersFired = pendingTimers.values().stream().noneMatch(dueDate -> dueDate <= now);
    boolean jobsDone = openJobs.entrySet().stream()
        .allMatch(job -> USER_TASK_JOB.equals(job.getValue()) && receipts.received(job.getKey()));
    return timersFired && jobsDone;
  }

  /** Returns whether anything but job polling happened since the last read. */
  private boolean readNewRecords() {
    List<Record<?>> records = (List<Record<?>>) engine.getRecordStreamSource().getRecords();
    boolean progressed = false;
    for (; readRecords < records.size(); readRecords++) {
      Record<?> record = records.get(readRecords);
      if (record.getValueType() == ValueType.JOB_BATCH && record.getIntent() != JobBatchIntent.ACTIVATED) {
        continue;
      }
      progressed = true;
      if (record.getValueType() == ValueType.JOB) {
        track(record.getKey(), (JobIntent) record.getIntent(), (JobRecordValue) record.getValue());
      } else if (record.getValueType() == ValueType.TIMER) {
        track(record.getKey(), (TimerIntent) record.getIntent(), (TimerRecordValue) record.getValue());
      }
    }
    return progressed;
  }

  private void track(long key, JobIntent intent, JobRecordValue job) {
    switch (intent) {
      case CREATED -> openJobs.put(key, job.getType());
      case COMPLETED, CANCELED, ERROR_THROWN -> openJobs.remove(key);
      case FAILED -> {
        if (job.getRetries() <= 0) {
          openJobs.remove(key);
        }
      }
      default -> { }
    }
  }

  private void track(long key, TimerIntent intent, TimerRecordValue timer) {
    switch (intent) {
      case CREATED -> pendingTimers.put(key, timer.getDueDate());
      case TRIGGERED, CANCELED -> pendingTimers.remove(key);
      default -> { }
    }
  }
}
