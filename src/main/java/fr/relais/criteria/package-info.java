/**
 * The label's mandatory criteria, as versioned data: what each criterion requires, how it is verified, and
 * for some a threshold Relais checks itself from a structure's declaration.
 */
package fr.relais.criteria;
