package fr.relais.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import fr.relais.support.Mailbox;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** "Mot de passe oublié": the same words for every address, a link that works once and for an hour; changing one's own. */
@RelaisSpringBootTest
class PasswordResetTest {

  private static final String OLD = "ancien mot de passe";
  private static final String NEW = "nouveau mot de passe";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;

  RelaisApi api;
  Mailbox mailbox;
  String username;
  String email;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    mailbox = new Mailbox(context);
    username = "reset-" + UUID.randomUUID().toString().substring(0, 8);
    email = username + "@prefecture.test";
    users.createIfAbsent(new RelaisUser(username, "Jeanne Roche", email, Role.AUDITOR, null, null, null, null),
        users.hash(OLD));
  }

  @Test
  void theAnswerIsTheSameWhetherTheAddressHasAnAccountOrNotAndTheLinkWorksOnce() throws Exception {
    String known = forgot(email.toUpperCase());
    String unknown = forgot("personne-" + username + "@nulle-part.test");

    assertThat(known).isEqualTo(unknown).contains("Si un compte actif a cette adresse");
    assertThat(mailbox.countTo("personne-" + username + "@nulle-part.test")).isZero();
    String token = mailbox.passwordToken(email);
    assertThat(choose(token, NEW).getRedirectedUrl()).isEqualTo("/login");
    assertThat(status(username, NEW)).isEqualTo(200);
    assertThat(status(username, OLD)).isEqualTo(401);
    assertThat(text(choose(token, "un troisième mot de passe"))).contains("déjà été utilisé");
    forgot(email);
    assertThat(mailbox.countTo(email)).as("a second request within five minutes sends nothing more").isEqualTo(1);
  }

  @Test
  void aLinkExpiresAfterAnHourAndADeactivatedAccountGetsNone() throws Exception {
    forgot(email);
    String token = mailbox.passwordToken(email);
    api.advanceClock(Duration.ofMinutes(61));

    assertThat(text(choose(token, NEW))).contains("a expiré");
    assertThat(status(username, OLD)).isEqualTo(200);

    users.setActive(username, false);
    forgot(email);
    assertThat(mailbox.countTo(email)).isEqualTo(1);
    assertThat(text(mvc.perform(get("/password/not-a-real-token")).andReturn().getResponse()))
        .contains("Ce lien n'existe pas");
  }

  @Test
  void aSignedInPersonChangesTheirPasswordAfterGivingTheCurrentOne() throws Exception {
    var me = user(users.loadUserByUsername(username));
    MockHttpServletResponse wrongCurrent = mvc.perform(post("/account/password").with(me).with(csrf())
        .param("current", "pas le bon").param("password", NEW).param("confirmation", NEW)).andReturn().getResponse();
    assertThat(text(wrongCurrent)).contains("Le mot de passe actuel n'est pas le bon");
    assertThat(status(username, OLD)).isEqualTo(200);

    MockHttpServletResponse changed = mvc.perform(post("/account/password").with(me).with(csrf())
        .param("current", OLD).param("password", NEW).param("confirmation", NEW)).andReturn().getResponse();
    assertThat(changed.getRedirectedUrl()).isEqualTo("/account/password");
    assertThat(status(username, NEW)).isEqualTo(200);
  }

  /** The page as a person reads it, without its CSRF token (which differs on every page). */
  private String forgot(String address) throws Exception {
    String page = text(mvc.perform(post("/password/forgot").with(csrf()).param("email", address)).andReturn()
        .getResponse());
    Matcher token = CSRF.matcher(page);
    return token.find() ? page.replace(token.group(1), "") : page;
  }

  private static String text(MockHttpServletResponse response) throws Exception {
    return HtmlUtils.htmlUnescape(response.getContentAsString());
  }

  private MockHttpServletResponse choose(String token, String password) throws Exception {
    return mvc.perform(post("/password/" + token).with(csrf()).param("password", password)
        .param("confirmation", password)).andReturn().getResponse();
  }

  private int status(String user, String password) throws Exception {
    return mvc.perform(get("/api/me").with(httpBasic(user, password))).andReturn().getResponse().getStatus();
  }
}
