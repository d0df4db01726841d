package fr.relais.labellisation;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.relais.database.JsonColumns;
import fr.relais.forms.DraftValues;
import fr.relais.security.RelaisUser;
import fr.relais.web.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A structure proposal as its prefect left it, saved as they type like a task's draft: one per person (a proposal
 * has no case before it is sent), readable and writable only by them, gone once the proposal is stored.
 */
@Service
class ProposalDrafts {

  /** The largest draft kept, written as JSON: the proposal is never near it, a flood is. */
  static final int MAX_BYTES = 200_000;

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonColumns json;
  private final ProposalForm form;
  private final StructureAccess access;
  private final Clock clock;

  ProposalDrafts(JdbcClient jdbc, JsonColumns json, ProposalForm form, StructureAccess access, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.form = form;
    this.access = access;
    this.clock = clock;
  }

  /** Keeps what was typed, valid or not; hidden fields and control characters are left out. */
  ProposalDraft save(RelaisUser prefect, Map<String, Object> fields) {
    access.checkCanPropose(prefect);
    Instant savedAt = clock.instant();
    Map<String, Object> kept = DraftValues.keep(form.definition(), fields);
    String written = json.write(kept);
    if (written.length() > MAX_BYTES) {
      throw new InvalidInputException(Map.of("draft", "Brouillon trop volumineux : il n'a pas été enregistré."));
    }
    jdbc.sql("insert into structure_proposal_draft (username, fields, saved_at) values (?, cast(? as jsonb), ?)"
            + " on conflict (username) do update set fields = excluded.fields, saved_at = excluded.saved_at")
        .params(prefect.username(), written, Timestamp.from(savedAt))
        .update();
    return new ProposalDraft(kept, savedAt);
  }

  Optional<ProposalDraft> find(RelaisUser prefect) {
    access.checkCanPropose(prefect);
    return jdbc.sql("select fields, saved_at from structure_proposal_draft where username = ?")
        .param(prefect.username())
        .query((rs, row) ->
            new ProposalDraft(json.read(rs.getString("fields"), MAP), rs.getTimestamp("saved_at").toInstant()))
        .optional();
  }

  /** Called once the proposal is stored: the draft has become the case. */
  void discard(RelaisUser prefect) {
    jdbc.sql("delete from structure_proposal_draft where username = ?").param(prefect.username()).update();
  }
}
