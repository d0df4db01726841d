package fr.relais.account;

import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real deployment starts with an empty user table: with {@code RELAIS_ADMIN_EMAIL} set, the first administrator is
 * created at start and sent the link to choose a password (also written once to the log, for a mail relay not yet
 * working). Not in the demo, whose seed makes its own administrator.
 */
@Component
@ConditionalOnProperty(name = "relais.demo", havingValue = "false")
class FirstAdministrator implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

  private final UserAccounts users;
  private final PasswordLinks passwords;
  private final AccountProperties properties;

  FirstAdministrator(UserAccounts users, PasswordLinks passwords, AccountProperties properties) {
    this.users = users;
    this.passwords = passwords;
    this.properties = properties;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!users.isEmpty()) {
      return;
    }
    String email = properties.adminEmail();
    if (email == null || email.isBlank()) {
      LOG.warn("No account exists yet. Set RELAIS_ADMIN_EMAIL (and optionally RELAIS_ADMIN_USERNAME, default 'admin')"
          + " and start Relais again: the first administrator is created and e-mailed a link to choose a password.");
      return;
    }
    RelaisUser admin = new RelaisUser(properties.adminUsername(), "Administration Relais", email.strip(), Role.ADMIN,
        null, null, null, null);
    if (users.createIfAbsent(admin, null)) {
      String link = passwords.invite(admin);
      LOG.warn("First administrator '{}' created; a link to choose the password was e-mailed to {}: {}",
          admin.username(), admin.email(), link);
    }
  }
}
