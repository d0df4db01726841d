/**
 * The engine wiring: the in-memory engine started in-process by default, any Camunda 8.8 cluster by
 * the standard camunda.client properties; the app's one Clock; the dev time-travel endpoint.
 */
package fr.relais.engine;
