/**
 * A structure's path to the France Services label: proposal, declaration check against the criteria
 * référentiel, on-site audit, ANCT's prior agreement and the prefect's decision.
 */
package fr.relais.labellisation;
