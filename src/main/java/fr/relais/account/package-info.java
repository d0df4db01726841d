/** The signed-in person's own account: who they are, and how they want to be told of new work. */
package fr.relais.account;
