package fr.relais.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDirectory where the embedded PostgreSQL keeps its files across restarts; blank means a
 *     throw-away directory (tests)
 */
@ConfigurationProperties("relais.database")
record DatabaseProperties(@DefaultValue("./data/postgres") String dataDirectory) {}
