/** The database wiring: an embedded PostgreSQL by default, any PostgreSQL by SPRING_DATASOURCE_URL. */
package fr.relais.database;
