package fr.relais.training;

import fr.relais.history.CaseNumbers;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An agent's training case has no number of its own: people know it by the agent ("formation de Camille Martin"),
 * which task lists, home pages and e-mails then show instead of the short id of the case.
 */
@Component
class TrainingRecordNames implements CaseNumbers {

  private final Agents agents;

  TrainingRecordNames(Agents agents) {
    this.agents = agents;
  }

  @Override
  public Optional<String> numberOf(UUID caseId) {
    return agents.find(caseId).filter(agent -> agent.fullName() != null).map(agent -> "formation de " + agent.fullName());
  }
}
