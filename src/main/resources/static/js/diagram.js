// Draws each [data-bpmn-url] container's process model with bpmn-js (global BpmnJS, the navigated
// viewer: pan and zoom, no editing) and marks where the case stands. Loaded as a file: the CSP forbids
// inline scripts.
(function () {
  var FAILURE = "Le schéma du processus n'a pas pu être affiché.";

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
        viewer.get("canvas").zoom("fit-viewport");
        mark(viewer, container.dataset.passedElements, "relais-passed");
        mark(viewer, container.dataset.currentElements, "relais-current");
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
