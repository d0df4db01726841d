package fr.relais.security.proconnect;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * ProConnect is on when its issuer is set to something. An empty value counts as unset, so a deployment that
 * passes {@code RELAIS_PROCONNECT_ISSUER_URI=} keeps plain form login instead of failing to start.
 */
class ProConnectConfigured implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return StringUtils.hasText(context.getEnvironment().getProperty("relais.proconnect.issuer-uri"));
  }
}
