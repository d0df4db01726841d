package fr.relais.labellisation;

import java.time.Instant;
import java.util.Map;

/** A structure proposal as its prefect left it, valid or not. */
record ProposalDraft(Map<String, Object> fields, Instant savedAt) {}
