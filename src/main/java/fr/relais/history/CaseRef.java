package fr.relais.history;

import java.util.UUID;

/** A case whose history can be written: its type (REFERRAL, STRUCTURE, AGENT...) and id. */
public record CaseRef(String type, UUID id) {}
