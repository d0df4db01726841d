package fr.relais.security.proconnect;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

/**
 * ProConnect's settings, given at the service's registration with ProConnect. Without an issuer, ProConnect is
 * off: no client registration exists and the login page shows no ProConnect button.
 *
 * @param issuerUri the issuer, e.g. {@code https://auth.agentconnect.gouv.fr/api/v2}; its discovery document
 *     gives every endpoint
 * @param signingAlgorithm the algorithm chosen at registration, which signs both the ID token and the userinfo
 *     answer (ProConnect offers RS256, ES256 or HS256; Relais accepts the first two, the asymmetric ones)
 */
@ConfigurationProperties("relais.proconnect")
record ProConnectProperties(
    URI issuerUri,
    String clientId,
    String clientSecret,
    @DefaultValue("RS256") SignatureAlgorithm signingAlgorithm) {}
