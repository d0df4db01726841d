package fr.relais.account;

import fr.relais.security.AccountFilter;
import fr.relais.security.RelaisUser;
import fr.relais.security.RelaisUserDetails;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import fr.relais.tasks.TaskService;
import fr.relais.web.InvalidInputException;
import fr.relais.web.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who manages which accounts, and the changes they make: the administrator manages everyone; a prefect the referents
 * of their own department and nothing else. A new account gets an e-mail with a one-time link to choose a password; a
 * deactivated one cannot sign in and every task it had taken goes back to its group.
 */
@Service
public class UserAdministration {

  private static final Logger LOG = LoggerFactory.getLogger(UserAdministration.class);

  /** What a change may name; the username and the role are the account's identity and never change. */
  /** What the edit page changes; activation has its own button. */
  static final Set<String> EDITABLE_ON_PAGE =
      Set.of("displayName", "email", "department", "operator", "structureId", "trainingBody");
  private static final String ACTIVE = "active";
  static final int LIST_LIMIT = 1000;

  private final UserAccounts users;
  private final UserForm form;
  private final PasswordLinks passwords;
  private final TaskService tasks;

  UserAdministration(UserAccounts users, UserForm form, PasswordLinks passwords, TaskService tasks) {
    this.users = users;
    this.form = form;
    this.passwords = passwords;
    this.tasks = tasks;
  }

  public List<RelaisUserDetails> list(RelaisUser actor, AccountFilter filter) {
    return users.search(switch (actor.role()) {
      case ADMIN -> filter;
      case PREFECT -> {
        if ((filter.role() != null && filter.role() != Role.REFERENT)
            || (filter.department() != null && !filter.department().equals(actor.department()))) {
          throw new AccessDeniedException("a prefect lists the referents of their department only");
        }
        yield new AccountFilter(Role.REFERENT, actor.department(), filter.operator(), filter.active(), filter.limit());
      }
      default -> throw new AccessDeniedException("only administrators and prefects manage accounts");
    });
  }

  public RelaisUserDetails get(RelaisUser actor, String username) {
    RelaisUserDetails account = users.find(username).orElseThrow(() -> new NotFoundException("Compte introuvable."));
    checkManages(actor, account.user());
    return account;
  }

  /** Creates the account and sends its invitation; refuses an account outside the actor's scope before anything. */
  @Transactional
  public RelaisUser create(RelaisUser actor, Map<String, Object> input) {
    checkMayManageAccounts(actor);
    RelaisUser account = form.validate(input);
    checkManages(actor, account);
    checkAddressIsFree(account);
    if (!users.createIfAbsent(account, null)) {
      throw new InvalidInputException(Map.of("username", "Cet identifiant existe déjà."));
    }
    passwords.invite(account);
    LOG.info("account {} ({}) created by {}", account.username(), account.role(), actor.username());
    return account;
  }

  /** Changes the fields given (name, address, scope, active) and keeps the others. */
  @Transactional
  public RelaisUser update(RelaisUser actor, String username, Map<String, Object> changes) {
    RelaisUserDetails current = get(actor, username);
    Map<String, String> unknown = new LinkedHashMap<>();
    changes.keySet().stream().filter(key -> !EDITABLE_ON_PAGE.contains(key) && !key.equals(ACTIVE))
        .forEach(key -> unknown.put(key, "Ce champ ne se modifie pas (modifiables : nom, adresse, périmètre, actif)."));
    Object active = changes.get(ACTIVE);
    if (active != null && !(active instanceof Boolean)) {
      unknown.put(ACTIVE, "Indiquez true ou false.");
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown);
    }
    Map<String, Object> values = UserForm.valuesOf(current.user());
    changes.forEach((key, value) -> {
      if (!key.equals(ACTIVE)) {
        values.put(key, value);
      }
    });
    RelaisUser changed = form.validate(values);
    checkManages(actor, changed);
    checkAddressIsFree(changed);
    users.update(changed);
    if (Boolean.FALSE.equals(active)) {
      deactivate(actor, changed);
    } else if (Boolean.TRUE.equals(active) && users.setActive(username, true)) {
      LOG.info("account {} reactivated by {}", username, actor.username());
    }
    return changed;
  }

  private void deactivate(RelaisUser actor, RelaisUser account) {
    if (account.username().equals(actor.username())) {
      throw new InvalidInputException(Map.of(ACTIVE, "Vous ne pouvez pas désactiver votre propre compte."));
    }
    if (users.setActive(account.username(), false)) {
      int released = tasks.releaseClaimsOf(account.username(), actor.username(),
          "le compte de " + account.displayName() + " a été désactivé.");
      LOG.info("account {} deactivated by {}; {} claimed task(s) back to their group", account.username(),
          actor.username(), released);
    }
  }

  /** Refuses (403) anyone who manages no account at all, before their input is even read. */
  static void checkMayManageAccounts(RelaisUser actor) {
    if (!actor.hasRole(Role.ADMIN) && !actor.hasRole(Role.PREFECT)) {
      throw new AccessDeniedException("only administrators and prefects manage accounts");
    }
  }

  private static void checkManages(RelaisUser actor, RelaisUser account) {
    boolean manages = switch (actor.role()) {
      case ADMIN -> true;
      case PREFECT -> account.hasRole(Role.REFERENT) && actor.department().equals(account.department());
      default -> false;
    };
    if (!manages) {
      throw new AccessDeniedException("account outside the actor's scope");
    }
  }

  /** One person, one address: ProConnect recognises people by it, so two accounts may not share it. */
  private void checkAddressIsFree(RelaisUser account) {
    boolean taken = users.findByEmail(account.email()).stream()
        .anyMatch(other -> !other.getUsername().equals(account.username()));
    if (taken) {
      throw new InvalidInputException(Map.of("email", "Cette adresse est déjà celle d'un autre compte."));
    }
  }
}
