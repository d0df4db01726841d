package fr.relais.security.proconnect;

import fr.relais.security.RelaisUserDetails;
import fr.relais.security.UserAccounts;
import java.util.List;
import org.springframework.util.StringUtils;

/**
 * Finds the existing account a ProConnect identity signs in to: the one active account with that e-mail address,
 * whatever its case. Signing in never creates an account (DESIGN.md, People and messages); an address that two
 * active accounts share is refused rather than guessed.
 */
class AccountBinding {

  private final UserAccounts accounts;

  AccountBinding(UserAccounts accounts) {
    this.accounts = accounts;
  }

  RelaisUserDetails accountOf(String email) {
    if (!StringUtils.hasText(email)) {
      throw new AccountRefused(Refusal.UNKNOWN_ACCOUNT);
    }
    List<RelaisUserDetails> holders = accounts.findByEmail(email.strip());
    List<RelaisUserDetails> active = holders.stream().filter(RelaisUserDetails::active).toList();
    if (active.size() == 1) {
      return active.getFirst();
    }
    throw new AccountRefused(active.size() > 1 ? Refusal.AMBIGUOUS_ACCOUNT
        : holders.isEmpty() ? Refusal.UNKNOWN_ACCOUNT : Refusal.INACTIVE_ACCOUNT);
  }
}
