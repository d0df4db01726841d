package fr.relais.security.proconnect;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.OAuth2HttpRouterKt;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

/**
 * A real OpenID provider in the test JVM (mock-oauth2-server) that behaves like ProConnect where Relais depends on
 * it: discovery, JWKS, authorization code with state and nonce, and a userinfo endpoint that answers a signed JWT
 * ({@code application/jwt}) instead of JSON. Each sign-in's ID token and access token get their claims from the
 * callback enqueued before it; the userinfo JWT repeats the access token's subject and e-mail, signed as
 * {@link #answerUserInfo} says.
 */
final class ProConnectProvider {

  static final String ISSUER_ID = "proconnect";
  static final String CLIENT_ID = "relais-test";
  static final String CLIENT_SECRET = "relais-test-secret";

  enum UserInfoAnswer { SIGNED_BY_PROVIDER, SIGNED_BY_STRANGER, ABOUT_SOMEONE_ELSE }

  private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(), userInfoRoute());
  private volatile UserInfoAnswer userInfoAnswer = UserInfoAnswer.SIGNED_BY_PROVIDER;

  void start() {
    server.start();
  }

  void shutdown() {
    server.shutdown();
  }

  String issuer() {
    return server.issuerUrl(ISSUER_ID).toString();
  }

  String endSessionEndpoint() {
    return server.endSessionEndpointUrl(ISSUER_ID).toString();
  }

  void answerUserInfo(UserInfoAnswer answer) {
    userInfoAnswer = answer;
  }

  /**
   * The next token request issues tokens for this person, with these claims added or put in place of the
   * provider's (the mock sets the audience of an ID token to the client whatever it is told, but lets a claim
   * override it).
   */
  void nextSignIn(String subject, String email, Map<String, Object> overrides) {
    Map<String, Object> claims = new HashMap<>(Map.of("email", email));
    claims.putAll(overrides);
    server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, JOSEObjectType.JWT.getType(),
        List.of(CLIENT_ID), claims, Duration.ofHours(1).toSeconds()));
  }

  void nextSignIn(String subject, String email) {
    nextSignIn(subject, email, Map.of());
  }

  private Route userInfoRoute() {
    return OAuth2HttpRouterKt.get("/" + ISSUER_ID + "/userinfo", request -> {
      try {
        JWTClaimsSet accessToken = SignedJWT.parse(request.getHeaders().get("Authorization").substring(7))
            .getJWTClaimsSet();
        String subject = userInfoAnswer == UserInfoAnswer.ABOUT_SOMEONE_ELSE ? "someone-else" : accessToken.getSubject();
        Map<String, Object> claims = Map.of("iss", issuer(), "aud", CLIENT_ID, "sub", subject,
            "email", accessToken.getStringClaim("email"), "given_name", "Camille", "usual_name", "Martin",
            "uid", "uid-" + subject, "siret", "11002001300097");
        String jwt = userInfoAnswer == UserInfoAnswer.SIGNED_BY_STRANGER
            ? signedByStranger(claims) : server.getConfig().getTokenProvider().jwt(claims, Duration.ofMinutes(1),
                ISSUER_ID).serialize();
        return new OAuth2HttpResponse(Headers.of("Content-Type", "application/jwt"), 200, jwt, null);
      } catch (ParseException | JOSEException e) {
        return new OAuth2HttpResponse(Headers.of(), 400, e.getMessage(), null);
      }
    });
  }

  /** Signed by a key the provider does not hold, under the provider's key id: only the signature is wrong. */
  private String signedByStranger(Map<String, Object> claims) throws JOSEException {
    String providerKeyId = server.getConfig().getTokenProvider().publicJwkSet(ISSUER_ID).getKeys().getFirst()
        .getKeyID();
    RSAKey stranger = new RSAKeyGenerator(2048).keyID(providerKeyId).generate();
    JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
    claims.forEach(set::claim);
    SignedJWT jwt = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(providerKeyId).type(JOSEObjectType.JWT).build(), set.build());
    jwt.sign(new RSASSASigner(stranger));
    return jwt.serialize();
  }
}
