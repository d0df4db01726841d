/**
 * Bringing people in and their own account: user administration (page, API, CSV import), the one-time links to choose
 * or reset a password, the first administrator of a real deployment, and "Mon compte" (password, how to be told of
 * new work).
 */
package fr.relais.account;
