package fr.relais.labellisation;

import fr.relais.criteria.Referential;
import fr.relais.criteria.Referentials;
import fr.relais.engine.PendingStarts;
import fr.relais.engine.ProcessStarter;
import fr.relais.history.CaseHistory;
import fr.relais.security.RelaisUser;
import fr.relais.structure.ReferenceData;
import fr.relais.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The labellisation feature's entry point for controllers and workers. Worker-facing methods are idempotent:
 * a redelivered job finds the transition already made and answers as before.
 */
@Service
public class StructureService implements PendingStarts {

  private final Structures structures;
  private final ProposalForm proposalForm;
  private final StructureAccess access;
  private final Referentials referentials;
  private final ReferenceData referenceData;
  private final CaseHistory history;
  private final ProcessStarter processes;
  private final TransactionTemplate transaction;
  private final Clock clock;

  StructureService(Structures structures, ProposalForm proposalForm, StructureAccess access, Referentials referentials,
      ReferenceData referenceData, CaseHistory history, ProcessStarter processes, TransactionTemplate transaction,
      Clock clock) {
    this.structures = structures;
    this.proposalForm = proposalForm;
    this.access = access;
    this.referentials = referentials;
    this.referenceData = referenceData;
    this.history = history;
    this.processes = processes;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * A prefect proposes a structure of their own department, judged by the référentiel version published now;
   * stored first, then its labellisation started (or started later if the engine is away).
   */
  public StructureView propose(RelaisUser prefect, Map<String, Object> input) {
    checkCanPropose(prefect);
    StructureProposal proposal = proposalForm.validate(input);
    UUID id = UUID.randomUUID();
    String version = referentials.current().version();
    transaction.executeWithoutResult(status -> {
      structures.insertProposed(id, proposal, prefect.department(), version, prefect.username(), clock.instant());
      history.record(LabellisationProcess.CASE_TYPE, id, prefect.username(), "PROPOSED",
          "Structure proposée au label, jugée selon le référentiel " + version + ".");
    });
    start(structures.find(id).orElseThrow());
    return view(prefect, id);
  }

  @Override
  public int startPending() {
    int started = 0;
    for (UUID id : structures.notStartedBefore(clock.instant().minus(Duration.ofSeconds(30)))) {
      started += start(structures.find(id).orElseThrow()) ? 1 : 0;
    }
    return started;
  }

  /** Checks the stored declaration against its référentiel version; true when nothing checkable is missing. */
  @Transactional
  public boolean checkDeclaration(UUID id) {
    StructureCase structure = load(id);
    Referential referential = referentials.version(structure.referentialVersion()).orElseThrow();
    List<DeclarationGap> gaps = DeclarationCheck.gaps(referential, structure.declaration(), referenceData::operatorName);
    StructureStatus verdict = gaps.isEmpty() ? StructureStatus.AUDIT_PENDING : StructureStatus.DECLARATION_INCOMPLETE;
    if (structures.recordCheck(id, gaps, verdict)) {
      history.record(LabellisationProcess.CASE_TYPE, id, CaseHistory.SYSTEM, "DECLARATION_CHECKED", gaps.isEmpty()
          ? "Déclaration complète au regard des critères vérifiables : audit sur site à programmer."
          : gaps.size() + " critère(s) non satisfait(s) : " + String.join(" ; ",
              gaps.stream().map(DeclarationGap::message).toList()));
      return gaps.isEmpty();
    }
    // Redelivered job: the check was made; answer what it found.
    return load(id).gaps().isEmpty();
  }

  public void checkCanPropose(RelaisUser user) {
    access.checkCanPropose(user);
  }

  public StructureView view(RelaisUser user, UUID id) {
    StructureCase structure = load(id);
    access.checkCanRead(user, structure);
    return StructureView.of(structure, history.of(LabellisationProcess.CASE_TYPE, id));
  }

  public List<StructureView> search(RelaisUser user, String department, StructureStatus status) {
    return structures.search(access.searchScope(user, department), status).stream()
        .map(structure -> StructureView.of(structure, List.of()))
        .toList();
  }

  private boolean start(StructureCase structure) {
    String id = structure.id().toString();
    OptionalLong key = processes.start(LabellisationProcess.ID, Map.of("structureId", id, "businessKey", id,
        "department", structure.departmentCode(), "referentialVersion", structure.referentialVersion()));
    key.ifPresent(instance -> structures.markStarted(structure.id(), instance));
    return key.isPresent();
  }

  private StructureCase load(UUID id) {
    return structures.find(id).orElseThrow(() -> new NotFoundException("Structure introuvable."));
  }
}
