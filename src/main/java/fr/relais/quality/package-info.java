/** Quality control of labelled structures: who is enrolled, mystery visits and surveys to come. */
package fr.relais.quality;
