package fr.relais.account;

import fr.relais.security.OneTimeTokens;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one-time links to choose a password (account_token): only their hash is stored. */
@Repository
class AccountTokens {

  enum Purpose { INVITATION, RESET }

  record AccountToken(String username, Purpose purpose, Instant expiresAt, boolean used) {

    boolean isUsableAt(Instant now) {
      return !used && now.isBefore(expiresAt);
    }
  }

  private final JdbcClient jdbc;

  AccountTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new link for the account and returns its token, which is never stored. */
  String issue(String username, Purpose purpose, Instant now, Instant expiresAt) {
    String token = OneTimeTokens.newToken();
    jdbc.sql("insert into account_token (token_hash, username, purpose, created_at, expires_at) values (?, ?, ?, ?, ?)")
        .params(OneTimeTokens.hash(token), username, purpose.name(), Timestamp.from(now), Timestamp.from(expiresAt))
        .update();
    return token;
  }

  Optional<AccountToken> find(String token) {
    return jdbc.sql("select username, purpose, expires_at, used_at from account_token where token_hash = ?")
        .param(OneTimeTokens.hash(token))
        .query((rs, row) -> new AccountToken(rs.getString("username"), Purpose.valueOf(rs.getString("purpose")),
            rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("used_at") != null))
        .optional();
  }

  boolean issuedSince(String username, Purpose purpose, Instant since) {
    return jdbc.sql("select exists (select 1 from account_token where username = ? and purpose = ? and created_at > ?)")
        .params(username, purpose.name(), Timestamp.from(since))
        .query(Boolean.class)
        .single();
  }

  /** Uses the link once: of two people submitting it at the same moment, one gets it. */
  boolean markUsed(String token, Instant now) {
    return jdbc.sql("update account_token set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
        .params(Timestamp.from(now), OneTimeTokens.hash(token), Timestamp.from(now))
        .update() == 1;
  }

  /** A password just chosen makes every other pending link of the account useless. */
  void revokeOthers(String username, Instant now) {
    jdbc.sql("update account_token set used_at = ? where username = ? and used_at is null")
        .params(Timestamp.from(now), username)
        .update();
  }
}
