package fr.relais.quality;

import java.security.SecureRandom;
import java.util.Base64;

/** The public link of a survey: random and long enough that nobody finds another structure's by trying. */
final class SurveyToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SurveyToken() {}

  static String next() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
