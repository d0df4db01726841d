package fr.relais.tasks;

/** A task's job in the engine: the job key alone is ambiguous across embedded-engine restarts. */
public record TaskRef(String engineEpoch, long jobKey) {}
