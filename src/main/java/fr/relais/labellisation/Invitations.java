package fr.relais.labellisation;

import fr.relais.security.OneTimeTokens;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Platform invitations, one per structure. The link's token is shown once (in the notification) and only its hash
 * is stored, so reading the database does not give anyone a working link.
 */
@Repository
class Invitations {

  private final JdbcClient jdbc;

  Invitations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns whether this call created the structure's invitation (false: it has one already). */
  boolean createIfAbsent(UUID structureId, String token, String email, Instant now, Instant expiresAt) {
    return jdbc.sql("insert into structure_invitation (structure_id, token_hash, email, created_at, expires_at)"
            + " values (?, ?, ?, ?, ?) on conflict (structure_id) do nothing")
        .params(structureId, OneTimeTokens.hash(token), email, Timestamp.from(now), Timestamp.from(expiresAt))
        .update() == 1;
  }

  Optional<Invitation> findByToken(String token) {
    return jdbc.sql("select structure_id, email, expires_at, used_at from structure_invitation where token_hash = ?")
        .param(OneTimeTokens.hash(token))
        .query((rs, row) -> new Invitation(rs.getObject("structure_id", UUID.class), rs.getString("email"),
            rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("used_at") != null))
        .optional();
  }

  /** Uses the link once: of two people submitting it at the same moment, one gets it. */
  boolean markUsed(String token, String username, Instant now) {
    return jdbc.sql("update structure_invitation set used_at = ?, used_by = ?"
            + " where token_hash = ? and used_at is null and expires_at > ?")
        .params(Timestamp.from(now), username, OneTimeTokens.hash(token), Timestamp.from(now))
        .update() == 1;
  }

  record Invitation(UUID structureId, String email, Instant expiresAt, boolean used) {

    boolean isUsableAt(Instant now) {
      return !used && now.isBefore(expiresAt);
    }
  }
}
