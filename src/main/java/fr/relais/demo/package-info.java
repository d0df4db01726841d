/** Demo data for the embedded mode: the six pilot departments of 2019, their structures, referents and users. */
package fr.relais.demo;
