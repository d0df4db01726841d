package fr.relais.training;

import fr.relais.forms.FormContract;
import fr.relais.forms.FormDefinition;
import fr.relais.forms.FormOptions;
import fr.relais.forms.FormRegistry;
import fr.relais.forms.FormSubmission;
import fr.relais.forms.FormValidator;
import fr.relais.history.CaseHistory;
import fr.relais.history.HistoryEntry;
import fr.relais.security.RelaisUser;
import fr.relais.structure.ReferenceData;
import fr.relais.structure.StructureSummary;
import fr.relais.web.InvalidInputException;
import fr.relais.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Agents' training records and a structure's team as its own accounts, its prefecture and ANCT see them. */
@Service
public class TrainingRecords {

  private final Agents agents;
  private final TrainingService training;
  private final TrainingRegistration registration;
  private final StructureOpening opening;
  private final TrainingAccess access;
  private final ReferenceData referenceData;
  private final CaseHistory history;
  private final FormContract agentForm;

  TrainingRecords(Agents agents, TrainingService training, TrainingRegistration registration,
      StructureOpening opening, TrainingAccess access, ReferenceData referenceData, CaseHistory history,
      FormRegistry forms, FormValidator validator) {
    this.agents = agents;
    this.training = training;
    this.registration = registration;
    this.opening = opening;
    this.access = access;
    this.referenceData = referenceData;
    this.history = history;
    this.agentForm = new FormContract(forms, validator, TrainingProcess.AGENT_FORM, FormOptions::none);
  }

  public AgentRecord agent(RelaisUser user, UUID agentId) {
    Agent agent = training.load(agentId);
    access.checkCanRead(user, agent);
    return new AgentRecord(agent, training.progress(agentId), history.of(TrainingProcess.CASE_TYPE, agentId));
  }

  public Team team(RelaisUser user, UUID structureId) {
    StructureSummary structure = structure(structureId);
    access.checkCanReadStructure(user, structureId, structure.departmentCode());
    return new Team(structure, agents.ofStructure(structureId), opening.readiness(structureId));
  }

  public Readiness readiness(RelaisUser user, UUID structureId) {
    return team(user, structureId).readiness();
  }

  public FormDefinition agentForm() {
    return agentForm.definition();
  }

  /** The structure adds an agent to its team; their training starts at once. */
  public Agent addAgent(RelaisUser user, UUID structureId, Map<String, Object> input) {
    structure(structureId);
    access.checkCanAddAgent(user, structureId);
    FormSubmission submission = agentForm.submit(input);
    if (!submission.errors().isEmpty()) {
      throw new InvalidInputException(submission.errors());
    }
    String fullName = (String) submission.values().get("fullName");
    if (registration.registerAgents(structureId, List.of(fullName), user.username()) == 0) {
      throw new InvalidInputException(Map.of("fullName", fullName + " fait déjà partie de l'équipe."));
    }
    return agents.ofStructure(structureId).stream().filter(agent -> agent.fullName().equals(fullName)).findFirst()
        .orElseThrow();
  }

  private StructureSummary structure(UUID structureId) {
    return referenceData.structure(structureId).orElseThrow(() -> new NotFoundException("Structure introuvable."));
  }

  /** An agent's training: each module's status and what happened, who did it and when. */
  public record AgentRecord(Agent agent, List<ModuleProgress> modules, List<HistoryEntry> history) {}

  /** A structure's agents and whether they are enough to open. */
  public record Team(StructureSummary structure, List<Agent> agents, Readiness readiness) {}
}
