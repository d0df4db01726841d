/** France Services structures, departments and national operators: the reference data every process reads. */
package fr.relais.structure;
