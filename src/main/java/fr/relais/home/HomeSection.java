package fr.relais.home;

import fr.relais.security.RelaisUser;
import java.util.Optional;

/** One part of the home page: what the people of one role work on. The page shows every part a user is given. */
interface HomeSection {

  /** The part for this user, or empty when their role has none. */
  Optional<HomePanel> panelFor(RelaisUser user);
}
