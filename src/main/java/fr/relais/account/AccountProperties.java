package fr.relais.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidFor how long the link of a new account's invitation lets its holder choose a password
 * @param resetValidFor how long a "mot de passe oublié" link works
 * @param adminEmail the first administrator's address, for a deployment whose user table is empty
 * @param adminUsername the first administrator's username
 */
@ConfigurationProperties("relais.accounts")
record AccountProperties(
    @DefaultValue("P7D") Duration invitationValidFor,
    @DefaultValue("PT1H") Duration resetValidFor,
    String adminEmail,
    @DefaultValue("admin") String adminUsername) {}
