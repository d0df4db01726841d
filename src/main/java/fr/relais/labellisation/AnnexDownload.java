package fr.relais.labellisation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The convention annex as a download, the same for the page and the API. */
final class AnnexDownload {

  private AnnexDownload() {}

  static ResponseEntity<byte[]> of(Annexes.AnnexFile annex) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(annex.fileName()).build()
            .toString())
        .body(annex.content());
  }
}
