package fr.relais.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one configuration of every full-stack test, so Spring builds the context (embedded PostgreSQL in a
 * throw-away directory, in-memory engine, demo data) once for all of them. The engine clock is shared
 * and only moves forward: a test asserts on its own cases only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "relais.database.data-directory=",
      // Tests drive retries themselves, so a background retry never races an assertion.
      "relais.tasks.retry-interval=PT1H",
      "relais.processes.start-retry-interval=PT1H",
      // Tests send the outbox and write digests themselves (outbox, digest and journey tests), for the same reason.
      "relais.mail.send-interval=PT1H",
      "relais.mail.digest-check-interval=PT1H"
    })
@AutoConfigureMockMvc
public @interface RelaisSpringBootTest {}
