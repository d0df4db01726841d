/** The initial training of France Services agents: who must be trained, sessions and attendance to come. */
package fr.relais.training;
