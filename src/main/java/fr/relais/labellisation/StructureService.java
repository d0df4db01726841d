package fr.relais.labellisation;

import fr.relais.criteria.Referentials;
import fr.relais.engine.PendingStarts;
import fr.relais.engine.ProcessStarter;
import fr.relais.history.CaseHistory;
import fr.relais.security.RelaisUser;
import fr.relais.tasks.TaskOpened;
import fr.relais.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The structure registry's entry point: proposals, the cases as people may see them, the documents they hold. */
@Service
public class StructureService implements PendingStarts {

  private final Structures structures;
  private final Audits audits;
  private final Annexes annexes;
  private final ProposalForm proposalForm;
  private final StructureAccess access;
  private final Referentials referentials;
  private final CaseHistory history;
  private final ProcessStarter processes;
  private final TransactionTemplate transaction;
  private final Clock clock;

  StructureService(Structures structures, Audits audits, Annexes annexes, ProposalForm proposalForm,
      StructureAccess access, Referentials referentials, CaseHistory history, ProcessStarter processes,
      TransactionTemplate transaction, Clock clock) {
    this.structures = structures;
    this.audits = audits;
    this.annexes = annexes;
    this.proposalForm = proposalForm;
    this.access = access;
    this.referentials = referentials;
    this.history = history;
    this.processes = processes;
    this.transaction = transaction;
    this.clock = clock;
  }

  public void checkCanPropose(RelaisUser user) {
    access.checkCanPropose(user);
  }

  /**
   * A prefect proposes a structure of their own department, judged by the référentiel version published now;
   * stored first, then its labellisation started (or started later if the engine is away).
   */
  public StructureView propose(RelaisUser prefect, Map<String, Object> input) {
    checkCanPropose(prefect);
    StructureProposal proposal = proposalForm.validate(input);
    String version = referentials.current().version();
    Structure structure = Structure.propose(proposal, prefect.department(), version, prefect.username(),
        clock.instant());
    transaction.executeWithoutResult(status -> {
      structures.insert(structure);
      history.record(LabellisationProcess.CASE_TYPE, structure.id(), prefect.username(), "PROPOSED",
          "Structure proposée au label, jugée selon le référentiel " + version + ".");
    });
    start(structure);
    return view(prefect, structure.id());
  }

  @Override
  public int startPending() {
    int started = 0;
    for (UUID id : structures.notStartedBefore(clock.instant().minus(Duration.ofSeconds(30)))) {
      started += start(load(id)) ? 1 : 0;
    }
    return started;
  }

  private boolean start(Structure structure) {
    String id = structure.id().toString();
    return processes.start(LabellisationProcess.ID, Map.of("structureId", id, "businessKey", id,
        "department", structure.departmentCode(), "referentialVersion", structure.referentialVersion()),
        instance -> structures.markStarted(structure.id(), instance));
  }

  public StructureView view(RelaisUser user, UUID id) {
    Structure structure = load(id);
    access.checkCanRead(user, structure);
    return StructureView.of(structure, audits.of(id), structures.waitElement(id).orElse(null),
        annexes.exists(id), history.of(LabellisationProcess.CASE_TYPE, id));
  }

  public List<StructureView> search(RelaisUser user, String department, StructureStatus status) {
    StructureAccess.Scope scope = access.searchScope(user, department);
    return structures.search(scope.department(), status, scope.auditedBy()).stream()
        .map(StructureView::summary)
        .toList();
  }

  /** The convention annex, for the prefect of the department and ANCT. */
  Annexes.AnnexFile annex(RelaisUser user, UUID id) {
    Structure structure = load(id);
    access.checkCanReadAnnex(user, structure);
    return annexes.find(id).orElseThrow(() -> new NotFoundException("L'annexe n'est pas encore établie."));
  }

  /** A labellisation task appeared: the case now waits at its element (shown on the structure's diagram). */
  @EventListener
  @Transactional
  public void onTaskOpened(TaskOpened event) {
    if (LabellisationProcess.ID.equals(event.task().processId()) && event.task().businessKey() != null) {
      structures.waitAt(UUID.fromString(event.task().businessKey()), event.task().elementId());
    }
  }

  private Structure load(UUID id) {
    return structures.find(id).orElseThrow(() -> new NotFoundException("Structure introuvable."));
  }
}
