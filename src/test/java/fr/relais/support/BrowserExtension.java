package fr.relais.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives a browser test method a {@link Browser} pointed at the test's Relais, closed after the method:
 * {@code @ExtendWith(BrowserExtension.class)} on a {@code @RelaisSpringBootTest}, then {@code void aJourney(Browser b)}.
 */
public final class BrowserExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    int port = SpringExtension.getApplicationContext(context).getEnvironment()
        .getRequiredProperty("local.server.port", Integer.class);
    try {
      Browser browser = Browser.open(port);
      context.getStore(ExtensionContext.Namespace.create(BrowserExtension.class, context.getUniqueId()))
          .put(Browser.class, (ExtensionContext.Store.CloseableResource) browser::close);
      return browser;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
