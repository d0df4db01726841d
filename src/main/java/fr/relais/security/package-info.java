/** Who the people are, what their role and scope let them see, and how they sign in. */
package fr.relais.security;
