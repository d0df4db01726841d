package fr.relais.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes the layout needs on every page. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

  private final boolean embeddedMode;

  LayoutModel(@Value("${relais.engine.embedded:false}") boolean embeddedMode) {
    this.embeddedMode = embeddedMode;
  }

  @ModelAttribute("embeddedMode")
  boolean embeddedMode() {
    return embeddedMode;
  }
}
