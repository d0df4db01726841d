package fr.relais.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fr.relais.security.UserAccounts;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Page requests (pages, form posts, htmx calls) as a signed-in demo user, with the CSRF token a page carries. */
public final class SignedIn {

  private final MockMvc mvc;
  private final UserAccounts users;

  public SignedIn(MockMvc mvc, UserAccounts users) {
    this.mvc = mvc;
    this.users = users;
  }

  public MockHttpServletResponse perform(String username, MockHttpServletRequestBuilder request) {
    try {
      return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn()
          .getResponse();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
