package fr.relais.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.NotificationMode;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** "Immédiatement" or "résumé quotidien", on the account page and through the API. */
@RelaisSpringBootTest
class NotificationChoiceTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;

  RelaisApi api;
  String username;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    username = "choice-" + UUID.randomUUID().toString().substring(0, 8);
    users.createIfAbsent(new RelaisUser(username, "Personne qui choisit", username + "@choice.relais.test",
        Role.ADMIN, null, null, null, null), users.hash(RelaisApi.PASSWORD));
  }

  @Test
  void theApiRecordsTheChoice() {
    MockHttpServletResponse response = choose(username, "{\"mode\":\"DIGEST\"}");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(api.read(response).get("mode").asText()).isEqualTo("DIGEST");
    assertThat(users.notificationMode(username)).contains(NotificationMode.DIGEST);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"mode\":\"WEEKLY\"}", "{\"mode\":\"digest\"}", "{\"mode\":null}", "{}",
      "{\"mode\":\"\"}"})
  void badInputIsAFieldErrorAndChangesNothing(String body) {
    MockHttpServletResponse response = choose(username, body);

    assertThat(response.getStatus()).isEqualTo(400);
    JsonNode errors = api.read(response).get("errors");
    assertThat(errors.get("mode").asText()).contains("IMMEDIATE", "DIGEST");
    assertThat(users.notificationMode(username)).contains(NotificationMode.IMMEDIATE);
  }

  @Test
  void theApiNeedsASignedInPerson() throws Exception {
    assertThat(mvc.perform(put("/api/me/notifications").contentType(MediaType.APPLICATION_JSON)
        .content("{\"mode\":\"DIGEST\"}")).andReturn().getResponse().getStatus()).isEqualTo(401);
  }

  @Test
  void theAccountPageShowsWhoIAmAndLetsMeChoose() throws Exception {
    String page = mvc.perform(get("/account").with(user(users.loadUserByUsername(username)))).andReturn()
        .getResponse().getContentAsString();
    assertThat(page).contains("Mon compte", "Personne qui choisit", username + "@choice.relais.test", "Administration",
        "Immédiatement", "Résumé quotidien");

    MockHttpServletResponse chosen = mvc.perform(post("/account/notifications").param("mode", "DIGEST")
        .with(user(users.loadUserByUsername(username))).with(csrf())).andReturn().getResponse();
    assertThat(chosen.getRedirectedUrl()).isEqualTo("/account");
    assertThat(users.notificationMode(username)).contains(NotificationMode.DIGEST);

    String refused = mvc.perform(post("/account/notifications").param("mode", "SOMETIMES")
        .with(user(users.loadUserByUsername(username))).with(csrf())).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("fr-fieldset--error", "Choisissez");
    assertThat(users.notificationMode(username)).contains(NotificationMode.DIGEST);
  }

  private MockHttpServletResponse choose(String user, String body) {
    return api.call(user, put("/api/me/notifications").contentType(MediaType.APPLICATION_JSON).content(body)
        .accept(MediaType.APPLICATION_JSON));
  }
}
