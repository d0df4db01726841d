/**
 * The home page: each role lands on what it works on (an agent's referrals, a referent's tasks, a prefect's
 * department, the nation for ANCT...). It only reads, through the public services of the features it summarises.
 */
package fr.relais.home;
