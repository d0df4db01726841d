package fr.relais.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that starts an in-memory engine of its own. The engine's gRPC response writer keeps its
 * buffer in static fields, so two engines running in one JVM corrupt each other's responses; the build runs
 * these classes apart from the shared Spring test context, each in a fresh JVM (see the surefire
 * configuration in {@code pom.xml}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("own-engine")
public @interface OwnEngine {}
