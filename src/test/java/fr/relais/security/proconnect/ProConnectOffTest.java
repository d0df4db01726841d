package fr.relais.security.proconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.relais.support.RelaisSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;

/** Without an issuer nothing of ProConnect exists: no client registration, no button, no sign-in endpoint. */
@RelaisSpringBootTest
class ProConnectOffTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  @Test
  void withoutAnIssuerTheLoginPageIsThePasswordFormAlone() throws Exception {
    assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
    assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
        .contains("id=\"login\"")
        .doesNotContain("ProConnect", "fr-connect");
    assertThat(mvc.perform(get("/oauth2/authorization/proconnect")).andReturn().getResponse().getRedirectedUrl())
        .endsWith("/login");
  }
}
