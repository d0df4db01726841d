package fr.relais.security;

/** What a list of accounts is narrowed to; a null field does not narrow. */
public record AccountFilter(Role role, String department, String operator, Boolean active, int limit) {}
