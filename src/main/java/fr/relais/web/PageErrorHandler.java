package fr.relais.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors on pages render our own error page with a French message chosen by status. Anything
 * unexpected is left to Boot's error handling, which renders the same page without details.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

  @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
  String notFound(HttpServletResponse response, Model model) {
    return errorPage(response, model, HttpServletResponse.SC_NOT_FOUND);
  }

  @ExceptionHandler(AccessDeniedException.class)
  String denied(HttpServletResponse response, Model model) {
    return errorPage(response, model, HttpServletResponse.SC_FORBIDDEN);
  }

  @ExceptionHandler(ConflictException.class)
  String conflict(HttpServletResponse response, Model model) {
    return errorPage(response, model, HttpServletResponse.SC_CONFLICT);
  }

  static String errorPage(HttpServletResponse response, Model model, int status) {
    response.setStatus(status);
    model.addAttribute("status", status);
    return "error";
  }
}
