package fr.relais.home;

import java.util.Map;

/**
 * One part of the home page as rendered: {@code template} names a Thymeleaf file holding a fragment
 * {@code panel(facts)}; {@code facts} is what that fragment reads.
 */
record HomePanel(String template, Map<String, Object> facts) {

  HomePanel {
    facts = Map.copyOf(facts);
  }
}
