/**
 * Bringing people in: user administration (page, API, CSV import), the one-time links to choose or reset a password,
 * changing one's password, and the first administrator of a real deployment.
 */
package fr.relais.account;
