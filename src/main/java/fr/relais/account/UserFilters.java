package fr.relais.account;

import fr.relais.security.AccountFilter;
import fr.relais.security.Role;
import fr.relais.web.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The filters of the accounts list, read from a query string (page and API alike), each refused by name. */
final class UserFilters {

  private static final Set<String> NAMES = Set.of("role", "department", "operator", "active");

  private UserFilters() {}

  static AccountFilter parse(Map<String, String> query) {
    Map<String, String> errors = new LinkedHashMap<>();
    query.keySet().stream().filter(name -> !NAMES.contains(name))
        .forEach(name -> errors.put(name, "Filtre inconnu (filtres : role, department, operator, active)."));
    String role = blankToNull(query.get("role"));
    if (role != null && Arrays.stream(Role.values()).noneMatch(known -> known.name().equals(role))) {
      errors.put("role", "Rôle inconnu.");
    }
    String active = blankToNull(query.get("active"));
    if (active != null && !active.equals("true") && !active.equals("false")) {
      errors.put("active", "Indiquez true ou false.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new AccountFilter(role == null ? null : Role.valueOf(role), blankToNull(query.get("department")),
        blankToNull(query.get("operator")), active == null ? null : Boolean.valueOf(active),
        UserAdministration.LIST_LIMIT);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
