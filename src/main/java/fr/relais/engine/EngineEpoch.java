package fr.relais.engine;

/**
 * Names the engine generation Relais talks to. The in-memory engine reuses keys after a restart, so
 * every start is a new epoch; a real cluster's keys are unique for its whole life, so its epoch is fixed.
 */
public record EngineEpoch(String value) {}
