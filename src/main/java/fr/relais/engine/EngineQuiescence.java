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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells when the work a clock advance triggered is done: every due timer fired, every service job
 * completed (or out of retries), every user-task job in the task list. The engine's own idle check
 * never settles while workers poll, so this reads the engine's record stream instead.
 */
class EngineQuiescence {

  private static final Logger LOG = LoggerFactory.getLogger(EngineQuiescence.class);
  private static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";
  private static final long POLL_NANOS = Duration.ofMillis(25).toNanos();
  private static final int QUIET_ROUNDS = 4;

  private final RecordCursor records;
  private final UserTaskReceipts receipts;
  private final Predicate<String> handledJobType;
  private final Clock clock;
  private final Map<Long, String> openJobs = new HashMap<>();
  private final Map<Long, Long> pendingTimers = new HashMap<>();
  private final Set<String> unhandledTypes = new HashSet<>();

  /** @param handledJobType whether this application runs a worker for a job type */
  EngineQuiescence(ZeebeTestEngine engine, UserTaskReceipts receipts, Predicate<String> handledJobType, Clock clock) {
    this.records = new RecordCursor(engine);
    this.receipts = receipts;
    this.handledJobType = handledJobType;
    this.clock = clock;
  }

  synchronized void await(Duration timeout) throws TimeoutException {
    Instant giveUp = Instant.now().plus(timeout);
    int quietRounds = 0;
    while (quietRounds < QUIET_ROUNDS) {
      if (Instant.now().isAfter(giveUp)) {
        throw new TimeoutException("the engine did not settle within " + timeout + "; still open: " + unsettled());
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

  private String unsettled() {
    long now = clock.millis();
    return openJobs.entrySet().stream()
        .filter(job -> !(USER_TASK_JOB.equals(job.getValue()) && receipts.received(job.getKey())))
        .map(job -> "job " + job.getKey() + " (" + job.getValue() + ")")
        .collect(Collectors.joining(", "))
        + " / due timers: " + pendingTimers.values().stream().filter(dueDate -> dueDate <= now).count();
  }

  /** Returns whether anything but job polling happened since the last read. */
  private boolean readNewRecords() {
    boolean progressed = false;
    for (Record<?> record : records.next()) {
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
      // A job nobody here works on would hold every advance until the timeout: it is left out, and said.
      case CREATED -> {
        if (handledJobType.test(job.getType())) {
          openJobs.put(key, job.getType());
        } else if (unhandledTypes.add(job.getType())) {
          LOG.warn("no worker for job type {}: the dev clock does not wait for its jobs", job.getType());
        }
      }
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
