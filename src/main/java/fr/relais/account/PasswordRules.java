package fr.relais.account;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a password must be, said field by field in the words the pages show. */
final class PasswordRules {

  static final int MIN_LENGTH = 12;
  /** BCrypt reads 72 bytes at most: a longer password would be silently cut, so it is refused instead. */
  static final int MAX_BYTES = 72;

  private PasswordRules() {}

  /** Field errors of a new password and its confirmation (keys {@code password}, {@code confirmation}). */
  static Map<String, String> check(String username, String password, String confirmation) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      errors.put("password", "Le mot de passe doit compter au moins " + MIN_LENGTH + " caractères.");
    } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      errors.put("password", "Le mot de passe est trop long (" + MAX_BYTES + " octets au plus, soit environ "
          + MAX_BYTES / 2 + " caractères accentués).");
    } else if (password.chars().anyMatch(Character::isISOControl)) {
      errors.put("password", "Le mot de passe ne peut pas contenir de caractère de contrôle.");
    } else if (password.equalsIgnoreCase(username)) {
      errors.put("password", "Le mot de passe ne peut pas être l'identifiant.");
    }
    if (confirmation == null || !confirmation.equals(password)) {
      errors.put("confirmation", "La confirmation ne correspond pas au mot de passe.");
    }
    return errors;
  }
}
