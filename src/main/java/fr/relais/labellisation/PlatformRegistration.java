package fr.relais.labellisation;

import fr.relais.history.CaseHistory;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import fr.relais.web.ConflictException;
import fr.relais.web.InvalidInputException;
import fr.relais.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structure's side of the platform invitation: its one-time link opens a page where the structure creates its
 * account (the structure manager, who then registers its agents). The link works once and until it expires.
 */
@Service
public class PlatformRegistration {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
  private static final int MIN_PASSWORD = 12;
  private static final int MAX_TEXT = 200;

  private final Invitations invitations;
  private final Structures structures;
  private final UserAccounts users;
  private final CaseHistory history;
  private final Clock clock;

  PlatformRegistration(Invitations invitations, Structures structures, UserAccounts users, CaseHistory history,
      Clock clock) {
    this.invitations = invitations;
    this.structures = structures;
    this.users = users;
    this.history = history;
    this.clock = clock;
  }

  /** What the link's page shows: whose invitation it is; an unknown, used or expired link is said plainly. */
  public InvitationView open(String token) {
    Invitations.Invitation invitation = usable(token);
    Structure structure = structures.find(invitation.structureId()).orElseThrow();
    return new InvitationView(structure.name(), structure.labelNumber(), invitation.email());
  }

  /** Creates the structure's account and uses the link up, both or neither. */
  @Transactional
  public String register(String token, String displayName, String username, String password, String confirmation) {
    Invitations.Invitation invitation = usable(token);
    Map<String, String> errors = problems(displayName, username, password, confirmation);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Instant now = clock.instant();
    if (!invitations.markUsed(token, username, now)) {
      throw new ConflictException("Ce lien vient d'être utilisé : il ne sert qu'une fois.");
    }
    RelaisUser account = new RelaisUser(username, displayName.strip(), invitation.email(), Role.AGENT, null, null,
        invitation.structureId(), null);
    if (!users.createIfAbsent(account, users.hash(password))) {
      throw new InvalidInputException(Map.of("username", "Cet identifiant est déjà pris : choisissez-en un autre."));
    }
    history.record(LabellisationProcess.CASE_TYPE, invitation.structureId(), username, "PLATFORM_ACCOUNT_CREATED",
        "Compte de la structure créé sur la plateforme (" + username + ").");
    return username;
  }

  private Invitations.Invitation usable(String token) {
    Invitations.Invitation invitation = invitations.findByToken(token)
        .orElseThrow(() -> new NotFoundException("Ce lien d'invitation n'existe pas."));
    if (invitation.used()) {
      throw new ConflictException("Ce lien a déjà été utilisé : il ne sert qu'une fois.");
    }
    if (!invitation.isUsableAt(clock.instant())) {
      throw new ConflictException("Ce lien a expiré : demandez-en un nouveau à la préfecture.");
    }
    return invitation;
  }

  private static Map<String, String> problems(String displayName, String username, String password,
      String confirmation) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (displayName == null || displayName.isBlank() || displayName.length() > MAX_TEXT) {
      errors.put("displayName", "Indiquez le nom de la personne qui gère la structure (200 caractères au plus).");
    }
    if (username == null || !USERNAME.matcher(username).matches()) {
      errors.put("username", "De 3 à 40 caractères : lettres minuscules, chiffres, point, tiret ou souligné.");
    }
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_TEXT) {
      errors.put("password", "Au moins " + MIN_PASSWORD + " caractères.");
    } else if (!password.equals(confirmation)) {
      errors.put("passwordConfirmation", "Les deux mots de passe diffèrent.");
    }
    return errors;
  }

  /** The invitation as its page shows it. */
  public record InvitationView(String structureName, String labelNumber, String email) {}
}
