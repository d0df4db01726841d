package fr.relais.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Links that leave Relais (e-mails): pages are addressed from where people reach Relais, not from the request that
 * happened to cause the message, since most messages are written by workers with no request at all.
 *
 * @param publicUrl the address people reach Relais at ({@code RELAIS_PUBLIC_URL})
 */
@ConfigurationProperties("relais")
public record PublicLinks(@DefaultValue("http://localhost:8080") URI publicUrl) {

  /** The absolute address of a page of Relais, e.g. {@code to("/tasks")}. */
  public String to(String path) {
    return publicUrl.resolve(path).toString();
  }
}
