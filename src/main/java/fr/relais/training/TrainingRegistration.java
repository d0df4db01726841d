package fr.relais.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Registers a structure's agents for the initial training (common base, remote module, partner modules) that
 * every agent follows before the structure opens. An agent registered twice stays one agent.
 */
@Service
public class TrainingRegistration {

  private final JdbcClient jdbc;

  TrainingRegistration(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns how many of the agents this call registered (those registered before are left as they are). */
  public int registerAgents(UUID structureId, List<String> fullNames, Instant now) {
    int registered = 0;
    for (String fullName : fullNames) {
      registered += jdbc.sql("insert into structure_agent (id, structure_id, full_name, training_status, registered_at)"
              + " values (?, ?, ?, 'AWAITING_TRAINING', ?) on conflict do nothing")
          .params(UUID.randomUUID(), structureId, fullName, Timestamp.from(now))
          .update();
    }
    return registered;
  }

  public List<String> agentsAwaitingTraining(UUID structureId) {
    return jdbc.sql("select full_name from structure_agent where structure_id = ? and training_status = 'AWAITING_TRAINING'"
            + " order by full_name")
        .param(structureId)
        .query(String.class)
        .list();
  }
}
