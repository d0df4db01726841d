package fr.relais.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.structure.Operator;
import fr.relais.structure.ReferenceData;
import fr.relais.web.ConflictException;
import fr.relais.web.Countdown;
import fr.relais.web.InvalidInputException;
import fr.relais.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing and reading the versions of the criteria référentiel. Publishing only adds a version: the cases in
 * progress keep the one they started with, and nothing updates or deletes a published version.
 */
@Service
public class ReferentialService {

  private static final Logger LOG = LoggerFactory.getLogger(ReferentialService.class);
  /** Those who work with the criteria: ANCT maintains them, prefects and auditors apply them. */
  private static final Set<Role> READERS = EnumSet.of(Role.ANCT, Role.PREFECT, Role.AUDITOR);

  private final Referentials referentials;
  private final ReferenceData referenceData;
  private final Clock clock;

  ReferentialService(Referentials referentials, ReferenceData referenceData, Clock clock) {
    this.referentials = referentials;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  /** Publishes a new version, which becomes the one new proposals are judged by; all of it or nothing. */
  @Transactional
  public ReferentialView publish(RelaisUser user, JsonNode body) {
    checkCanPublish(user);
    List<String> activeOperators = referenceData.activeOperators().stream().map(Operator::code).toList();
    Instant now = clock.instant();
    Referential referential = PublishReferentialForm.read(body, activeOperators, referentials::exists).publishedAt(now);
    ReferentialSummary current = referentials.summaries().getFirst();
    if (!now.isAfter(current.publishedAt())) {
      // "Current" is the latest published_at: published at or before it, the version would never be the one used.
      throw new ConflictException("L'horloge de Relais indique le " + Countdown.format(now) + ", avant la publication"
          + " de la version en vigueur " + current.version() + " (" + Countdown.format(current.publishedAt())
          + ") : la nouvelle version ne serait jamais appliquée.");
    }
    try {
      referentials.insert(referential, user.username());
    } catch (DuplicateKeyException e) {
      // Published by someone else between the check and the insert.
      throw new InvalidInputException(
          Map.of("version", PublishReferentialForm.alreadyPublished(referential.version())));
    }
    LOG.info("référentiel version {} published by {} with {} criteria", referential.version(), user.username(),
        referential.criteria().size());
    return view(user, referential.version());
  }

  /** Every version, newest (the current one) first. */
  @Transactional(readOnly = true)
  public List<ReferentialSummary> versions(RelaisUser user) {
    checkCanRead(user);
    return referentials.summaries();
  }

  @Transactional(readOnly = true)
  public ReferentialView view(RelaisUser user, String version) {
    checkCanRead(user);
    ReferentialSummary summary = referentials.summaries().stream()
        .filter(candidate -> candidate.version().equals(version))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Version du référentiel introuvable."));
    return ReferentialView.of(summary, referentials.version(version).orElseThrow(),
        referentials.mandatoryOperatorsInOrder(version));
  }

  public boolean canPublish(RelaisUser user) {
    return user.hasRole(Role.ANCT);
  }

  private void checkCanPublish(RelaisUser user) {
    if (!canPublish(user)) {
      throw new AccessDeniedException("only ANCT publishes a référentiel version");
    }
  }

  private static void checkCanRead(RelaisUser user) {
    if (!READERS.contains(user.role())) {
      throw new AccessDeniedException("the référentiel is read by ANCT, prefects and auditors");
    }
  }
}
