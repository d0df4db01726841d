/**
 * Referral of hard cases from France Services agents to an operator's back-office referents under the
 * 72-hour answer rule, with escalation to the operator's national pool and then to ANCT.
 */
package fr.relais.referral;
