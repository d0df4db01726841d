/** Case history: who changed what, when and why, for every feature's cases. */
package fr.relais.history;
