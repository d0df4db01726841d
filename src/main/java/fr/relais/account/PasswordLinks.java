package fr.relais.account;

import fr.relais.account.AccountTokens.AccountToken;
import fr.relais.account.AccountTokens.Purpose;
import fr.relais.notification.Notifications;
import fr.relais.security.RelaisUser;
import fr.relais.security.RelaisUserDetails;
import fr.relais.security.UserAccounts;
import fr.relais.web.ConflictException;
import fr.relais.web.InvalidInputException;
import fr.relais.web.NotFoundException;
import fr.relais.web.PublicLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ways to a password: the invitation of a new account, "mot de passe oublié", and changing one's own. Links work
 * once, for a limited time, and only while the account is active.
 */
@Service
public class PasswordLinks {

  private static final Logger LOG = LoggerFactory.getLogger(PasswordLinks.class);
  private static final Duration RESEND_AFTER = Duration.ofMinutes(5);

  private final AccountTokens tokens;
  private final UserAccounts users;
  private final Notifications notifications;
  private final AccountProperties properties;
  private final PublicLinks links;
  private final Clock clock;

  PasswordLinks(AccountTokens tokens, UserAccounts users, Notifications notifications, AccountProperties properties,
      PublicLinks links, Clock clock) {
    this.links = links;
    this.tokens = tokens;
    this.users = users;
    this.notifications = notifications;
    this.properties = properties;
    this.clock = clock;
  }

  /** E-mails a new account the link to choose its password; returns the link (the first administrator logs it). */
  @Transactional
  public String invite(RelaisUser account) {
    Instant now = clock.instant();
    String token = tokens.issue(account.username(), Purpose.INVITATION, now, now.plus(properties.invitationValidFor()));
    String link = link(token);
    notifications.enqueueEmail("account:" + account.username() + ":invitation:" + token.substring(0, 12),
        account.email(), "Votre compte Relais : choisissez votre mot de passe",
        "Bonjour " + account.displayName() + ",\n\nUn compte Relais a été créé pour vous (identifiant : "
            + account.username() + ").\nChoisissez votre mot de passe en suivant ce lien, valable "
            + days(properties.invitationValidFor()) + " et une seule fois :\n" + link
            + "\n\nSi vous n'attendiez pas ce message, ignorez-le.");
    return link;
  }

  /**
   * Sends a reset link to every active account with this address. Says nothing of whether there is one: the page
   * answers the same words either way. At most one link per account every five minutes, so nobody floods a mailbox.
   */
  @Transactional
  public void forgot(String email) {
    Instant now = clock.instant();
    for (RelaisUserDetails account : users.findByEmail(email.strip())) {
      if (!account.active() || tokens.issuedSince(account.getUsername(), Purpose.RESET, now.minus(RESEND_AFTER))) {
        continue;
      }
      String token = tokens.issue(account.getUsername(), Purpose.RESET, now, now.plus(properties.resetValidFor()));
      notifications.enqueueEmail("account:" + account.getUsername() + ":reset:" + token.substring(0, 12),
          account.user().email(), "Relais : réinitialiser votre mot de passe",
          "Bonjour " + account.user().displayName() + ",\n\nQuelqu'un (sans doute vous) a demandé à réinitialiser le"
              + " mot de passe du compte Relais « " + account.getUsername() + " ».\nChoisissez-en un nouveau en suivant"
              + " ce lien, valable une heure et une seule fois :\n" + link(token)
              + "\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.");
      LOG.info("password reset link sent for account {}", account.getUsername());
    }
  }

  /** Whose link this is, for its page; an unknown, used or expired link, or a deactivated account, is said plainly. */
  public String holderOf(String token) {
    return usable(token).username();
  }

  /** Sets the password the link's holder chose and uses the link up, both or neither. */
  @Transactional
  public void choose(String token, String password, String confirmation) {
    AccountToken link = usable(token);
    Map<String, String> errors = PasswordRules.check(link.username(), password, confirmation);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Instant now = clock.instant();
    if (!tokens.markUsed(token, now)) {
      throw new ConflictException("Ce lien vient d'être utilisé : il ne sert qu'une fois.");
    }
    users.setPasswordHash(link.username(), users.hash(password));
    tokens.revokeOthers(link.username(), now);
    LOG.info("password chosen through a {} link for account {}", link.purpose(), link.username());
  }

  /** Changes the signed-in person's password, once they proved they know the current one. */
  @Transactional
  public void change(RelaisUser user, String current, String password, String confirmation) {
    RelaisUserDetails account = users.find(user.username()).orElseThrow();
    Map<String, String> errors = new LinkedHashMap<>();
    if (current == null || !users.passwordMatches(account, current)) {
      errors.put("current", "Le mot de passe actuel n'est pas le bon.");
    }
    errors.putAll(PasswordRules.check(user.username(), password, confirmation));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    users.setPasswordHash(user.username(), users.hash(password));
    tokens.revokeOthers(user.username(), clock.instant());
    LOG.info("password changed by account {}", user.username());
  }

  private AccountToken usable(String token) {
    AccountToken link = tokens.find(token).orElseThrow(() -> new NotFoundException("Ce lien n'existe pas."));
    if (link.used()) {
      throw new ConflictException("Ce lien a déjà été utilisé : il ne sert qu'une fois. Demandez-en un nouveau"
          + " avec « Mot de passe oublié ».");
    }
    if (!link.isUsableAt(clock.instant())) {
      throw new ConflictException("Ce lien a expiré. Demandez-en un nouveau avec « Mot de passe oublié ».");
    }
    if (users.find(link.username()).filter(RelaisUserDetails::active).isEmpty()) {
      throw new ConflictException("Ce compte est désactivé : adressez-vous à votre administrateur.");
    }
    return link;
  }

  private String link(String token) {
    return links.to("/password/" + token);
  }

  private static String days(Duration validity) {
    long days = validity.toDays();
    return days >= 1 ? days + (days > 1 ? " jours" : " jour") : validity.toHours() + " heures";
  }
}
