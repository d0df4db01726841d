package fr.relais.security;

/** Someone an e-mail can reach: an active account with an address. */
public record Recipient(String username, String displayName, String email, NotificationMode mode) {}
