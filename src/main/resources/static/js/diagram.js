// Draws each [data-bpmn-url] container's process model with bpmn-js (global BpmnJS, the navigated
// viewer: pan and zoom, no editing), fits it to the page's width, marks where the case stands and wires the
// zoom buttons of its fragment (fragments/diagram.html). Loaded as a file: the CSP forbids inline scripts.
(function () {
  var FAILURE = "Le schéma du processus n'a pas pu être affiché.";
  var MIN_HEIGHT = 160;
  var MAX_HEIGHT = 640;
  var ZOOM_STEP = 1.25;

  function ids(value) {
    return (value || "").split(",").map(function (id) { return id.trim(); }).filter(Boolean);
  }

  function mark(viewer, value, marker) {
    var canvas = viewer.get("canvas");
    var registry = viewer.get("elementRegistry");
    ids(value).forEach(function (id) {
      // An id the model does not know (e.g. a step renamed since the case started) is skipped, not fatal.
      if (registry.get(id)) {
        canvas.addMarker(id, marker);
      }
    });
  }

  // The drawing says nothing the text beside it does not: hidden from assistive technologies, and taken out of
  // the tab order (bpmn-js makes its canvas focusable), since nothing inside an aria-hidden region may take focus.
  // The bpmn.io link stays a plain, named link.
  function quiet(container) {
    container.querySelectorAll(".djs-container > svg").forEach(function (svg) {
      svg.removeAttribute("tabindex");
      svg.setAttribute("aria-hidden", "true");
      svg.setAttribute("focusable", "false");
    });
  }

  // As tall as the model drawn at the container's width needs, within bounds, then the whole model in view.
  function fitWidth(viewer, container) {
    var canvas = viewer.get("canvas");
    var inner = canvas.viewbox().inner;
    if (inner.width > 0 && container.clientWidth > 0) {
      var height = Math.round(inner.height * container.clientWidth / inner.width) + 32;
      container.style.height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, height)) + "px";
      canvas.resized();
    }
    canvas.zoom("fit-viewport", "auto");
  }

  function wireZoom(viewer, container) {
    var block = container.closest(".relais-diagram-viewer");
    var buttons = block ? block.querySelector(".relais-diagram-zoom") : null;
    if (!buttons) {
      return;
    }
    var canvas = viewer.get("canvas");
    buttons.addEventListener("click", function (event) {
      var button = event.target.closest("[data-diagram-zoom]");
      if (!button) {
        return;
      }
      var action = button.dataset.diagramZoom;
      if (action === "fit") {
        fitWidth(viewer, container);
      } else {
        canvas.zoom(canvas.zoom() * (action === "in" ? ZOOM_STEP : 1 / ZOOM_STEP), "auto");
      }
    });
    buttons.hidden = false;
    window.addEventListener("resize", function () {
      fitWidth(viewer, container);
    });
  }

  function fail(container, viewer) {
    if (viewer) {
      viewer.destroy();
    }
    var message = document.createElement("p");
    message.className = "fr-error-text";
    message.textContent = FAILURE;
    container.replaceChildren(message);
  }

  function render(container) {
    // A container is drawn once, even if this script or an htmx swap runs again.
    if (container.dataset.bpmnRendered) {
      return;
    }
    container.dataset.bpmnRendered = "true";
    var viewer;
    fetch(container.dataset.bpmnUrl, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (xml) {
        viewer = new BpmnJS({ container: container });
        return viewer.importXML(xml);
      })
      .then(function () {
        quiet(container);
        fitWidth(viewer, container);
        mark(viewer, container.dataset.passedElements, "relais-passed");
        mark(viewer, container.dataset.currentElements, "relais-current");
        wireZoom(viewer, container);
        container.dataset.bpmnReady = "true";
      })
      .catch(function () {
        fail(container, viewer);
      });
  }

  function renderAll() {
    document.querySelectorAll("[data-bpmn-url]").forEach(render);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", renderAll);
  } else {
    renderAll();
  }
  // Content swapped in by htmx may bring a container; the ones already drawn are skipped.
  document.addEventListener("htmx:load", renderAll);
})();
