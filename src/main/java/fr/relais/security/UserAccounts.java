package fr.relais.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user store: sign-in lookups, referent routing and account creation. */
@Service
public class UserAccounts implements UserDetailsService {

  private static final String COLUMNS =
      "username, password_hash, display_name, email, role, department_code, operator_code, structure_id, training_body,"
          + " active";
  private static final RowMapper<RelaisUserDetails> ROW_MAPPER =
      (rs, rowNum) -> new RelaisUserDetails(
          new RelaisUser(
              rs.getString("username"),
              rs.getString("display_name"),
              rs.getString("email"),
              Role.valueOf(rs.getString("role")),
              rs.getString("department_code"),
              rs.getString("operator_code"),
              rs.getObject("structure_id", UUID.class),
              rs.getString("training_body")),
          rs.getString("password_hash"),
          rs.getBoolean("active"));

  private static final RowMapper<Recipient> RECIPIENT_MAPPER =
      (rs, rowNum) -> new Recipient(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
          NotificationMode.valueOf(rs.getString("notification_mode")));

  private static final Duration NAME_TTL = Duration.ofMinutes(5);
  private static final int MAX_CACHED_NAMES = 20_000;

  private record CachedName(String name, Instant readAt) {}

  private final Map<String, CachedName> names = new ConcurrentHashMap<>();
  private final JdbcClient jdbc;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;

  UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
  }

  @Override
  public RelaisUserDetails loadUserByUsername(String username) {
    return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  public Optional<RelaisUserDetails> find(String username) {
    return jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
        .param(username)
        .query(ROW_MAPPER)
        .optional();
  }

  /**
   * The name pages show for a username (an assignee, an auditor, who submitted a case), or the username itself for
   * an account since removed. Names are read again after {@link #NAME_TTL}, so a rename on another node shows soon.
   */
  public String displayNameOf(String username) {
    if (username == null) {
      return null;
    }
    Instant now = clock.instant();
    CachedName cached = names.get(username);
    if (cached == null || cached.readAt().plus(NAME_TTL).isBefore(now)) {
      String name = jdbc.sql("select display_name from app_user where username = ?").param(username)
          .query(String.class).optional().orElse(username);
      cached = new CachedName(name, now);
      if (names.size() > MAX_CACHED_NAMES) {
        names.clear();
      }
      names.put(username, cached);
    }
    return cached.name();
  }

  /** Whether this raw password is the account's (false for an account that has none yet). */
  public boolean passwordMatches(RelaisUserDetails account, String rawPassword) {
    return account.passwordHash() != null && passwordEncoder.matches(rawPassword, account.passwordHash());
  }

  /** Active referents of one operator in one department, the people a referral is routed to. */
  public List<RelaisUser> activeReferents(String operator, String department) {
    return jdbc.sql("select " + COLUMNS + " from app_user where role = 'REFERENT' and active"
            + " and operator_code = ? and department_code = ? order by username")
        .params(operator, department)
        .query(ROW_MAPPER)
        .list()
        .stream()
        .map(RelaisUserDetails::user)
        .toList();
  }

  public List<RelaisUserDetails> referents(Optional<String> department) {
    return jdbc.sql("select " + COLUMNS + " from app_user where role = 'REFERENT'"
            + " and (cast(? as varchar) is null or department_code = ?)"
            + " order by department_code, operator_code, username")
        .params(department.orElse(null), department.orElse(null))
        .query(ROW_MAPPER)
        .list();
  }

  /** Creates an account unless one with that username exists; returns whether it created one. */
  @Transactional
  public boolean createIfAbsent(RelaisUser user, String passwordHash) {
    return jdbc.sql("insert into app_user (" + COLUMNS + ", created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)"
            + " on conflict (username) do nothing")
        .params(user.username(), passwordHash, user.displayName(), user.email(), user.role().name(), user.department(),
            user.operator(), user.structureId(), user.trainingBody(), java.sql.Timestamp.from(clock.instant()))
        .update() == 1;
  }

  /**
   * The active accounts with an address that a candidate group names (a task's group, a notification's), found
   * from the group's scope by {@link CandidateGroups#scopeOf}; none for a group no account can hold.
   */
  public List<Recipient> activeMembersOf(String group) {
    return CandidateGroups.scopeOf(group)
        .map(scope -> jdbc.sql("select username, display_name, email, notification_mode from app_user"
                + " where active and email is not null and role = ?"
                + " and (cast(? as varchar) is null or department_code = ?)"
                + " and (cast(? as varchar) is null or operator_code = ?)"
                + " and (cast(? as uuid) is null or structure_id = ?)"
                + " and (cast(? as varchar) is null or training_body = ?)"
                + " order by username")
            .params(scope.role().name(), scope.department(), scope.department(), scope.operator(), scope.operator(),
                scope.structureId(), scope.structureId(), scope.trainingBody(), scope.trainingBody())
            .query(RECIPIENT_MAPPER)
            .list())
        .orElse(List.of());
  }

  /** The account of this username if it is active and has an address (an assignee told of a task, say). */
  public Optional<Recipient> activeRecipient(String username) {
    return jdbc.sql("select username, display_name, email, notification_mode from app_user"
            + " where active and email is not null and username = ?")
        .param(username)
        .query(RECIPIENT_MAPPER)
        .optional();
  }

  /** Accounts whose address is this one, whatever its case (forgotten passwords, ProConnect, duplicates). */
  public List<RelaisUserDetails> findByEmail(String email) {
    return jdbc.sql("select " + COLUMNS + " from app_user where lower(email) = lower(?) order by username")
        .param(email)
        .query(ROW_MAPPER)
        .list();
  }

  /** The accounts matching every filter given (null: any), by role, department, operator and username. */
  public List<RelaisUserDetails> search(AccountFilter filter) {
    return jdbc.sql("select " + COLUMNS + " from app_user"
            + " where (cast(? as varchar) is null or role = ?)"
            + " and (cast(? as varchar) is null or department_code = ?)"
            + " and (cast(? as varchar) is null or operator_code = ?)"
            + " and (cast(? as boolean) is null or active = ?)"
            + " order by role, department_code nulls first, operator_code nulls first, username limit ?")
        .params(filter.role() == null ? null : filter.role().name(), filter.role() == null ? null : filter.role().name(),
            filter.department(), filter.department(), filter.operator(), filter.operator(), filter.active(),
            filter.active(), filter.limit())
        .query(ROW_MAPPER)
        .list();
  }

  public boolean isActive(String username) {
    return jdbc.sql("select coalesce((select active from app_user where username = ?), false)")
        .param(username)
        .query(Boolean.class)
        .single();
  }

  public boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from app_user)").query(Boolean.class).single();
  }

  /** Name, address and scope of an existing account; its username and role never change. */
  @Transactional
  public boolean update(RelaisUser changed) {
    names.remove(changed.username());
    return jdbc.sql("update app_user set display_name = ?, email = ?, department_code = ?, operator_code = ?,"
            + " structure_id = ?, training_body = ? where username = ? and role = ?")
        .params(changed.displayName(), changed.email(), changed.department(), changed.operator(),
            changed.structureId(), changed.trainingBody(), changed.username(), changed.role().name())
        .update() == 1;
  }

  @Transactional
  public void setPasswordHash(String username, String passwordHash) {
    jdbc.sql("update app_user set password_hash = ? where username = ?").params(passwordHash, username).update();
  }

  /** The active accounts with an address that chose this way of hearing about new work. */
  public List<Recipient> activeRecipientsWho(NotificationMode mode) {
    return jdbc.sql("select username, display_name, email, notification_mode from app_user"
            + " where active and email is not null and notification_mode = ? order by username")
        .param(mode.name())
        .query(RECIPIENT_MAPPER)
        .list();
  }

  public Optional<NotificationMode> notificationMode(String username) {
    return jdbc.sql("select notification_mode from app_user where username = ?")
        .param(username)
        .query((rs, rowNum) -> NotificationMode.valueOf(rs.getString("notification_mode")))
        .optional();
  }

  @Transactional
  public boolean setNotificationMode(String username, NotificationMode mode) {
    return jdbc.sql("update app_user set notification_mode = ? where username = ?").params(mode.name(), username)
        .update() == 1;
  }

  public String hash(String rawPassword) {
    return passwordEncoder.encode(rawPassword);
  }

  /** Returns whether the account changed (false when unknown or already in that state). */
  @Transactional
  public boolean setActive(String username, boolean active) {
    return jdbc.sql("update app_user set active = ? where username = ? and active <> ?")
        .params(active, username, active)
        .update() == 1;
  }
}
