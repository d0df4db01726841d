package fr.relais.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
   * The accounts, active or not, whose address is this one whatever its case (an address is not unique in the
   * table): ProConnect binds a sign-in to the one active account among them.
   */
  public List<RelaisUserDetails> findByEmail(String email) {
    return jdbc.sql("select " + COLUMNS + " from app_user where lower(email) = lower(?) order by username")
        .param(email)
        .query(ROW_MAPPER)
        .list();
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

  public String hash(String rawPassword) {
    return passwordEncoder.encode(rawPassword);
  }

  @Transactional
  public boolean setActive(String username, boolean active) {
    return jdbc.sql("update app_user set active = ? where username = ?").params(active, username).update() == 1;
  }
}
