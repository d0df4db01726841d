/** Sign-in with ProConnect, the State's OpenID Connect provider for public agents, bound to existing accounts. */
package fr.relais.security.proconnect;
