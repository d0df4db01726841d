package fr.relais.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload the servlet refuses before any controller is chosen (beyond the multipart ceiling, or malformed),
 * so the API and page advice, which apply to their own controllers, never see it. The path tells which answer
 * the caller expects.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadErrorHandler {

  @ExceptionHandler(MultipartException.class)
  Object upload(HttpServletRequest request, HttpServletResponse response, Model model) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return ResponseEntity.badRequest().body(Map.of("errors", Map.of("attachments",
          "Fichier illisible ou trop volumineux : un fichier par envoi multipart/form-data, sous la taille permise.")));
    }
    return new ModelAndView(PageErrorHandler.errorPage(response, model, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE),
        model.asMap());
  }
}
