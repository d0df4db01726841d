package fr.relais.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser over real HTTP: form login once, then the session cookie and its CSRF token on
 * every post, as the pages do. Redirects are not followed, so a post's time is the post alone.
 */
final class BrowserSession {

  private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern PAGE_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final HttpClient http;
  private String csrf;

  private BrowserSession(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .cookieHandler(new CookieManager())
        .connectTimeout(TIMEOUT)
        .build();
  }

  static BrowserSession logIn(URI base, String username, String password) {
    BrowserSession session = new BrowserSession(base);
    String loginToken = session.extract(LOGIN_CSRF, session.get("/login").body(), "/login");
    HttpResponse<String> login = session.postForm("/login",
        Map.of("username", username, "password", password, "_csrf", loginToken));
    if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("login refused for " + username + ": " + login.statusCode());
    }
    // Logging in rotates the CSRF token: read the session's token from a page after login.
    session.csrf = session.extract(PAGE_CSRF, session.get("/tasks").body(), "/tasks");
    return session;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build());
  }

  /** Posts a page form with the session's CSRF token, as the browser would. */
  HttpResponse<String> submit(String path, Map<String, String> fields) {
    Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf);
    return postForm(path, withToken);
  }

  private HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(base.resolve(path))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(request.uri() + ": interrupted", e);
    }
  }

  private String extract(Pattern pattern, String page, String path) {
    Matcher matcher = pattern.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("no CSRF token on " + path);
    }
    return matcher.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
