package fr.relais.referral;

import fr.relais.web.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Between HTTP and the referral's documents: uploaded parts in, downloads out. */
final class Uploads {

  private Uploads() {}

  /** The files actually chosen: a browser sends an empty, nameless part when the picker was left empty. */
  static List<IncomingAttachment> of(List<MultipartFile> parts) {
    if (parts == null) {
      return List.of();
    }
    return parts.stream()
        .filter(part -> !part.isEmpty() || (part.getOriginalFilename() != null && !part.getOriginalFilename().isBlank()))
        .map(Uploads::read)
        .toList();
  }

  /** Sent as a download under its stored name, with the type Relais detected, never rendered inline. */
  static ResponseEntity<byte[]> download(AttachmentFile file) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(file.contentType()))
        .body(file.content());
  }

  private static IncomingAttachment read(MultipartFile part) {
    try {
      return new IncomingAttachment(part.getOriginalFilename(), part.getBytes());
    } catch (IOException e) {
      throw new InvalidInputException(Map.of(AttachmentRules.FIELD, "Le fichier n'a pas pu être lu ; renvoyez-le."));
    }
  }
}
