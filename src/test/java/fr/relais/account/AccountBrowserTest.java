package fr.relais.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.support.Browser;
import fr.relais.support.BrowserExtension;
import fr.relais.support.Mailbox;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Bringing a person in, in headless Chromium: the administrator creates a referent on "Utilisateurs", the referent
 * follows the e-mailed link, chooses a password and signs in. Each page is checked with axe-core and photographed.
 */
@RelaisSpringBootTest
@ExtendWith(BrowserExtension.class)
class AccountBrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void anAdministratorInvitesAReferentWhoChoosesAPasswordAndSignsIn(Browser browser) throws IOException {
    String username = "nav-" + UUID.randomUUID().toString().substring(0, 8);
    String email = username + "@caf.test";
    browser.go("/login");
    browser.checkAccessibility("account-01-connexion");
    browser.logIn("admin", RelaisApi.PASSWORD);
    browser.go("/users");
    browser.checkAccessibility("account-02-utilisateurs");
    browser.go("/users/import");
    browser.checkAccessibility("account-03-import");
    browser.go("/users/new");
    browser.type("username", username);
    browser.type("displayName", "Inès Fabre");
    browser.type("email", "pas-une-adresse");
    browser.select("role", "REFERENT");
    // Until the form reveals a role's scope as it is chosen (issue 11), the server asks for it on submit.
    browser.click(browser.driver().findElement(By.cssSelector("#user-form button[type=submit]")));
    browser.waiting().until(page -> page.getPageSource().contains("fr-input-group--error"));
    browser.checkAccessibility("account-04-nouveau-compte-erreur");
    assertThat(browser.driver().findElement(By.id("user-form")).getText()).contains("Obligatoire pour le rôle");
    browser.select("department", "35");
    browser.select("operator", "CAF");
    browser.type("email", email);
    browser.click(browser.driver().findElement(By.cssSelector("#user-form button[type=submit]")));
    browser.waiting().until(page -> page.getCurrentUrl().endsWith("/users"));
    assertThat(browser.driver().findElement(By.id("messages-flash")).getText()).contains(username, email);
    browser.checkAccessibility("account-05-compte-cree");
    browser.go("/dev/mail");
    assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(email);
    browser.checkAccessibility("account-06-courriels-envoyes");
    browser.logOut();

    browser.go("/password/" + new Mailbox(context).passwordToken(email));
    assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(username);
    browser.checkAccessibility("account-07-choisir-mot-de-passe");
    browser.type("password", "une phrase de passe");
    browser.type("confirmation", "une phrase de passe");
    browser.click(browser.driver().findElement(By.cssSelector("#choose-password button[type=submit]")));
    browser.waiting().until(page -> page.getCurrentUrl().endsWith("/login"));
    browser.logIn(username, "une phrase de passe");
    assertThat(browser.driver().findElement(By.cssSelector(".relais-user")).getText()).contains("Inès Fabre");
    browser.go("/account");
    browser.checkAccessibility("account-08-mon-compte");
    browser.go("/account/password");
    browser.checkAccessibility("account-09-changer-mot-de-passe");
    browser.logOut();
    browser.go("/password/forgot");
    browser.checkAccessibility("account-10-mot-de-passe-oublie");
  }
}
