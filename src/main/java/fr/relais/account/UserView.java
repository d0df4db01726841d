package fr.relais.account;

import fr.relais.security.RelaisUserDetails;
import java.util.UUID;

/** An account as the API shows it (never its password hash). */
record UserView(String username, String displayName, String email, String role, String department, String operator,
    UUID structureId, String trainingBody, boolean active) {

  static UserView of(RelaisUserDetails account) {
    var user = account.user();
    return new UserView(user.username(), user.displayName(), user.email(), user.role().name(), user.department(),
        user.operator(), user.structureId(), user.trainingBody(), account.active());
  }
}
