package fr.relais.security.proconnect;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for sign-in flows across Relais and the provider: it keeps cookies and follows
 * redirects only when asked, one at a time, so a test can look at or tamper with each hop.
 */
final class CookieBrowser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder()
      .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET().build());
  }

  HttpResponse<String> post(URI uri, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** Where a redirect leads; fails when the response is not one. */
  static URI location(HttpResponse<String> response) {
    String location = response.headers().firstValue("Location")
        .orElseThrow(() -> new AssertionError("not a redirect: " + response.statusCode() + " " + response.uri()));
    return response.uri().resolve(location);
  }

  /** Follows redirects from this response to the first page that is not one. */
  HttpResponse<String> follow(HttpResponse<String> response) {
    HttpResponse<String> current = response;
    for (int hops = 0; current.statusCode() / 100 == 3; hops++) {
      if (hops == 10) {
        throw new AssertionError("too many redirects, last " + current.uri());
      }
      current = get(location(current));
    }
    return current;
  }

  /** The CSRF token a page carries, in its meta tag or a form. */
  static String csrfToken(HttpResponse<String> page) {
    Matcher matcher = CSRF.matcher(page.body());
    if (!matcher.find()) {
      throw new AssertionError("no CSRF token on " + page.uri());
    }
    return matcher.group(1);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + request.uri(), e);
    }
  }
}
