package fr.relais.referral;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a referral accepts as a document: PDF, JPEG or PNG (what the operators' back offices open without
 * risk), recognised by their first bytes rather than by the name or the type the browser claims, within the
 * size and count limits.
 */
@Component
class AttachmentRules {

  static final String FIELD = "attachments";
  private static final int MAX_NAME_LENGTH = 200;

  private record Kind(String contentType, byte[] signature) {}

  private static final List<Kind> ACCEPTED = List.of(
      new Kind("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
      new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
      new Kind("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));

  private final AttachmentProperties properties;

  AttachmentRules(AttachmentProperties properties) {
    this.properties = properties;
  }

  /** The first reason the files cannot join a case that already holds {@code alreadyHeld}, if any. */
  Optional<String> problemWith(List<IncomingAttachment> files, int alreadyHeld) {
    if (alreadyHeld + files.size() > properties.maxCount()) {
      return Optional.of("Pas plus de " + properties.maxCount() + " pièces jointes par saisine.");
    }
    for (IncomingAttachment file : files) {
      if (file.content().length == 0) {
        return Optional.of("Le fichier « " + safeName(file.fileName()) + " » est vide.");
      }
      if (file.content().length > properties.maxSize().toBytes()) {
        return Optional.of("Le fichier « " + safeName(file.fileName()) + " » dépasse " + maxSizeText() + ".");
      }
      if (contentTypeOf(file.content()).isEmpty()) {
        return Optional.of("Le fichier « " + safeName(file.fileName()) + " » n'est ni un PDF, ni une image JPEG ou PNG.");
      }
    }
    return Optional.empty();
  }

  String maxSizeText() {
    return properties.maxSize().toMegabytes() + " Mo";
  }

  int maxCount() {
    return properties.maxCount();
  }

  static Optional<String> contentTypeOf(byte[] content) {
    return ACCEPTED.stream()
        .filter(kind -> content.length >= kind.signature().length
            && Arrays.equals(content, 0, kind.signature().length, kind.signature(), 0, kind.signature().length))
        .map(Kind::contentType)
        .findFirst();
  }

  /** The last path segment, without control characters, within the column's length; never empty. */
  static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty()) {
      name = "document";
    }
    return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
  }
}
