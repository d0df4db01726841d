// Forms rendered by fragments/form.html: live conditions, the error summary and character counters.
// Every decision stays on the server; this file only asks it and shows the answer.
(function () {
  "use strict";

  function csrfHeaders() {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    var headers = {};
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  // The column of a layout row holding the component is hidden with it.
  function setHidden(id, hidden) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    element.hidden = hidden;
    var column = element.parentElement;
    if (column && column.hasAttribute("data-relais-column")) {
      column.hidden = hidden;
    }
  }

  // <form data-conditions="url">: on each change the server evaluates the form's FEEL conditions for the values
  // typed so far and answers which components are hidden (fr.relais.forms.FieldVisibility).
  var pending = new WeakMap();
  document.addEventListener("change", function (event) {
    var form = event.target.form;
    if (!form || !form.hasAttribute("data-conditions")) {
      return;
    }
    var asked = (pending.get(form) || 0) + 1;
    pending.set(form, asked);
    fetch(form.getAttribute("data-conditions"), {
      method: "POST",
      headers: csrfHeaders(),
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin"
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (visibility) {
      // Only the answer to the latest change counts: an earlier one may arrive after it.
      if (!visibility || pending.get(form) !== asked) {
        return;
      }
      visibility.shown.forEach(function (id) { setHidden(id, false); });
      visibility.hidden.forEach(function (id) { setHidden(id, true); });
      form.setAttribute("data-conditions-applied", String(asked));
    });
  });

  // Error summary: focused when the page opens after a refused submission; its links move the focus to the field.
  document.addEventListener("click", function (event) {
    var link = event.target.closest(".relais-error-summary a[href^='#']");
    if (!link) {
      return;
    }
    var field = document.getElementById(link.getAttribute("href").substring(1));
    if (field) {
      event.preventDefault();
      field.scrollIntoView({ block: "center" });
      field.focus();
    }
  });

  function focusSummary() {
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }
  }

  // Counters: "12 caractères sur 5000", and how much is too much, in the words fr.relais.forms.FieldView uses.
  function counterText(length, max) {
    var text = length + (length > 1 ? " caractères" : " caractère") + " sur " + max;
    return length > max ? text + " : " + (length - max) + " de trop" : text;
  }

  var counterTimers = new WeakMap();
  document.addEventListener("input", function (event) {
    var counter = event.target.id && document.querySelector("[data-counter-for='" + event.target.id + "']");
    if (!counter) {
      return;
    }
    // aria-live polite: updated once typing pauses, so a screen reader is not told every keystroke.
    clearTimeout(counterTimers.get(counter));
    counterTimers.set(counter, setTimeout(function () {
      var max = Number(counter.getAttribute("data-max"));
      var length = event.target.value.length;
      counter.textContent = counterText(length, max);
      counter.classList.toggle("fr-error-text", length > max);
    }, 300));
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusSummary);
  } else {
    focusSummary();
  }
})();
