package fr.relais.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * Every form of {@code classpath*:forms/*.form}, read once at start-up. A malformed file stops the application
 * from starting: better no Relais than a task whose form cannot be shown or checked.
 */
@Component
public class FormRegistry {

  static final String LOCATION = "classpath*:forms/*.form";
  private static final String EXTENSION = ".form";
  private static final Logger LOG = LoggerFactory.getLogger(FormRegistry.class);

  private final Map<String, Loaded> forms;

  @Autowired
  public FormRegistry(ResourceLoader resourceLoader) {
    this(ResourcePatternUtils.getResourcePatternResolver(resourceLoader), LOCATION);
  }

  FormRegistry(ResourcePatternResolver resolver, String location) {
    Map<String, Loaded> loaded = new TreeMap<>();
    for (Resource resource : resources(resolver, location)) {
      String fileName = resource.getFilename();
      if (fileName == null || !fileName.endsWith(EXTENSION)) {
        continue;
      }
      String id = fileName.substring(0, fileName.length() - EXTENSION.length());
      String json = read(resource);
      FormDefinition definition = FormSchemaParser.parse(id, json);
      if (loaded.putIfAbsent(id, new Loaded(definition, json)) != null) {
        throw new FormSchemaException("form '" + id + "' is on the classpath twice (" + resource + ")");
      }
    }
    this.forms = Collections.unmodifiableMap(loaded);
    LOG.info("loaded {} forms: {}", forms.size(), forms.keySet());
  }

  public Optional<FormDefinition> find(String formId) {
    return Optional.ofNullable(formId).map(forms::get).map(Loaded::definition);
  }

  /** The form's JSON exactly as deployed, for clients that render Camunda Forms themselves. */
  public Optional<String> schemaJson(String formId) {
    return Optional.ofNullable(formId).map(forms::get).map(Loaded::json);
  }

  public Set<String> formIds() {
    return forms.keySet();
  }

  private static Resource[] resources(ResourcePatternResolver resolver, String location) {
    try {
      return resolver.getResources(location);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + location, e);
    }
  }

  private static String read(Resource resource) {
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FormSchemaException("cannot read form " + resource, e);
    }
  }

  private record Loaded(FormDefinition definition, String json) {}
}
