package fr.relais.training;

import fr.relais.engine.AfterCommit;
import fr.relais.engine.PendingStarts;
import fr.relais.engine.ProcessStarter;
import fr.relais.history.CaseHistory;
import fr.relais.structure.StructureSummary;
import fr.relais.web.Countdown;
import fr.relais.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opening gate of a labelled structure: on its planned opening day it needs at least two trained agents; if it
 * has fewer, the prefect postpones the opening or accepts the risk, with a reason (processes/structure-opening.bpmn).
 */
@Service
public class StructureOpening implements PendingStarts {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final StructureOpenings openings;
  private final Agents agents;
  private final CaseHistory history;
  private final ProcessStarter processes;
  private final TrainingProperties properties;
  private final Clock clock;

  StructureOpening(StructureOpenings openings, Agents agents, CaseHistory history, ProcessStarter processes,
      TrainingProperties properties, Clock clock) {
    this.openings = openings;
    this.agents = agents;
    this.history = history;
    this.processes = processes;
    this.properties = properties;
    this.clock = clock;
  }

  /** Starts watching a newly labelled structure's opening, once the label is committed. */
  public void watch(UUID structureId) {
    AfterCommit.run(() -> start(structureId));
  }

  @Override
  public int startPending() {
    int started = 0;
    for (UUID id : openings.notWatchedBefore(clock.instant().minus(Duration.ofSeconds(30)))) {
      started += start(id) ? 1 : 0;
    }
    return started;
  }

  private boolean start(UUID structureId) {
    StructureOpenings.Opening opening = load(structureId);
    if (opening.plannedOpening() == null) {
      return false;
    }
    String id = structureId.toString();
    return processes.start(TrainingProcess.OPENING_ID, Map.of("structureId", id, "businessKey", id,
        "department", opening.departmentCode(), "openingAt", checkTime(opening.plannedOpening()).toString()),
        instance -> openings.markWatched(structureId, instance));
  }

  public Readiness readiness(UUID structureId) {
    return Readiness.of(agents.certifiedIn(structureId), properties.certifiedAgentsToOpen());
  }

  /** On the planned opening day: ready, or the prefect is asked. */
  @Transactional
  public boolean checkReadiness(UUID structureId) {
    Instant openingAt = checkTime(load(structureId).plannedOpening());
    Readiness readiness = readiness(structureId);
    if (!openings.markChecked(structureId, openingAt, readiness.ready())) {
      // A redelivered job answers what the first delivery found, even if an agent was certified since.
      return openings.verdict(structureId, openingAt).orElse(readiness.ready());
    }
    record(structureId, CaseHistory.SYSTEM, readiness.ready() ? "READY_TO_OPEN" : "NOT_READY_TO_OPEN",
        readiness.certifiedAgents() + " agent(s) formé(s) sur " + readiness.required() + " requis à la date"
            + " d'ouverture prévue" + (readiness.ready() ? " : la structure peut ouvrir." : " : décision du préfet."));
    return readiness.ready();
  }

  /** The prefect's decision, recorded when they submit it. */
  @Transactional
  public void decide(UUID structureId, String decision, LocalDate newOpening, String reason, String prefect) {
    load(structureId);
    if (TrainingProcess.POSTPONE.equals(decision)) {
      openings.postpone(structureId, newOpening);
      record(structureId, prefect, "OPENING_POSTPONED", "Ouverture reportée au " + newOpening.format(DATE) + " : "
          + reason);
    } else {
      openings.decide(structureId, TrainingProcess.ACCEPT_RISK);
      record(structureId, prefect, "OPENING_RISK_ACCEPTED", "Ouverture maintenue avec moins de "
          + properties.certifiedAgentsToOpen() + " agents formés : " + reason);
    }
  }

  /** When the postponed opening is checked again, as the BPMN timer waits for it. */
  public Instant postpone(UUID structureId) {
    return checkTime(load(structureId).plannedOpening());
  }

  private Instant checkTime(LocalDate day) {
    return day.atTime(properties.openingCheckAt()).atZone(Countdown.PARIS).toInstant();
  }

  private StructureOpenings.Opening load(UUID structureId) {
    return openings.find(structureId).orElseThrow(() -> new NotFoundException("Structure introuvable."));
  }

  private void record(UUID structureId, String by, String event, String detail) {
    history.record(StructureSummary.CASE_TYPE, structureId, by, event, detail);
  }
}
