package fr.relais.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the in-memory engine's record stream from where the last read stopped. The engine keeps every record in one
 * list that it appends to while others read it: reading by index, never by iterator, is what keeps that safe.
 */
final class RecordCursor {

  private final ZeebeTestEngine engine;
  private int read;

  RecordCursor(ZeebeTestEngine engine) {
    this.engine = engine;
  }

  /** The records written since the previous call, oldest first. */
  List<Record<?>> next() {
    @SuppressWarnings("unchecked")
    List<Record<?>> records = (List<Record<?>>) engine.getRecordStreamSource().getRecords();
    List<Record<?>> fresh = new ArrayList<>();
    for (int size = records.size(); read < size; read++) {
      fresh.add(records.get(read));
    }
    return fresh;
  }
}
