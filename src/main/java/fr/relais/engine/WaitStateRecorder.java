package fr.relais.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.engine.ProcessWaits.ProcessWait;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the journal of where each instance of the embedded engine waits, read from the engine's own record stream,
 * so every process is covered without any feature doing anything. Written a few times a second and once more when
 * Relais stops; a real cluster keeps its state itself and needs none of this.
 */
@Component
@ConditionalOnProperty(name = EmbeddedEngineDefaults.EMBEDDED, havingValue = "true")
class WaitStateRecorder {

  /** Where an instance can be started again: the elements that wait for a person, a worker, a date or a message. */
  private static final Set<BpmnElementType> WAIT_STATES = Set.of(BpmnElementType.USER_TASK,
      BpmnElementType.SERVICE_TASK, BpmnElementType.SEND_TASK, BpmnElementType.SCRIPT_TASK,
      BpmnElementType.BUSINESS_RULE_TASK, BpmnElementType.RECEIVE_TASK, BpmnElementType.MANUAL_TASK,
      BpmnElementType.INTERMEDIATE_CATCH_EVENT, BpmnElementType.EVENT_BASED_GATEWAY);

  private final RecordCursor records;
  private final ProcessWaits waits;
  private final EngineEpoch epoch;
  private final ObjectMapper json;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final Map<Long, Instance> instances = new HashMap<>();

  WaitStateRecorder(ZeebeTestEngine embeddedEngine, ProcessWaits waits, EngineEpoch epoch, ObjectMapper json,
      Clock clock, TransactionTemplate transaction) {
    this.records = new RecordCursor(embeddedEngine);
    this.waits = waits;
    this.epoch = epoch;
    this.json = json;
    this.clock = clock;
    this.transaction = transaction;
  }

  @Scheduled(fixedDelayString = "${relais.engine.wait-journal-interval:PT0.5S}")
  synchronized void record() {
    Set<Long> changed = new LinkedHashSet<>();
    for (Record<?> record : records.next()) {
      if (record.getRecordType() != RecordType.EVENT) {
        continue;
      }
      if (record.getValueType() == ValueType.PROCESS_INSTANCE) {
        track(record.getKey(), (ProcessInstanceIntent) record.getIntent(),
            (ProcessInstanceRecordValue) record.getValue(), changed);
      } else if (record.getValueType() == ValueType.VARIABLE) {
        track((VariableRecordValue) record.getValue(), changed);
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    // One transaction a round, however many instances moved: a commit per instance would cost more than the rest.
    List<ProcessWait> waiting = new ArrayList<>();
    List<Long> ended = new ArrayList<>();
    for (long key : changed) {
      Instance instance = instances.get(key);
      if (instance.ended) {
        ended.add(key);
        instances.remove(key);
      } else if (!instance.waiting.isEmpty()) {
        waiting.add(new ProcessWait(epoch.value(), key, instance.processId, instance.businessKey(),
            List.copyOf(new LinkedHashSet<>(instance.waiting.values())), instance.variablesJson()));
      }
    }
    transaction.executeWithoutResult(status -> {
      waits.saveAll(waiting, clock.instant());
      waits.deleteAll(epoch.value(), ended);
    });
  }

  /** The last word before the engine stops and forgets. */
  @PreDestroy
  void flush() {
    record();
  }

  private void track(long elementInstanceKey, ProcessInstanceIntent intent, ProcessInstanceRecordValue element,
      Set<Long> changed) {
    long instanceKey = element.getProcessInstanceKey();
    Instance instance = instances.computeIfAbsent(instanceKey, key -> new Instance(element.getBpmnProcessId()));
    boolean isProcess = element.getBpmnElementType() == BpmnElementType.PROCESS;
    switch (intent) {
      case ELEMENT_ACTIVATED -> {
        if (WAIT_STATES.contains(element.getBpmnElementType())) {
          instance.waiting.put(elementInstanceKey, element.getElementId());
          changed.add(instanceKey);
        }
      }
      case ELEMENT_COMPLETED, ELEMENT_TERMINATED -> {
        if (isProcess) {
          instance.ended = true;
          changed.add(instanceKey);
        } else if (instance.waiting.remove(elementInstanceKey) != null) {
          changed.add(instanceKey);
        }
      }
      default -> { }
    }
  }

  private void track(VariableRecordValue variable, Set<Long> changed) {
    // Process-level variables only: the processes keep no local variables a restart would need.
    if (variable.getScopeKey() != variable.getProcessInstanceKey()) {
      return;
    }
    Instance instance = instances.computeIfAbsent(variable.getProcessInstanceKey(),
        key -> new Instance(variable.getBpmnProcessId()));
    instance.variables.put(variable.getName(), variable.getValue());
    changed.add(variable.getProcessInstanceKey());
  }

  /** What the journal knows of one instance: its waiting elements by element instance, its variables as JSON. */
  private final class Instance {
    final String processId;
    final Map<Long, String> waiting = new LinkedHashMap<>();
    final Map<String, String> variables = new LinkedHashMap<>();
    boolean ended;

    Instance(String processId) {
      this.processId = processId;
    }

    /** The variables as one JSON object, their values as the engine wrote them (JSON already): nothing to parse. */
    String variablesJson() {
      StringBuilder object = new StringBuilder("{");
      variables.forEach((name, value) -> object.append(object.length() > 1 ? "," : "").append('"')
          .append(JsonStringEncoder.getInstance().quoteAsString(name)).append("\":").append(value));
      return object.append('}').toString();
    }

    String businessKey() {
      String value = variables.get("businessKey");
      if (value == null) {
        return null;
      }
      try {
        JsonNode node = json.readTree(value);
        return node.isTextual() ? node.asText() : node.toString();
      } catch (JsonProcessingException e) {
        return null;
      }
    }
  }
}
