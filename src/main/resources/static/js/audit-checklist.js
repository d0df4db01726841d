// The audit grid (templates/labellisation/audit-checklist.html): the count of criteria filled in follows each
// choice, and on a re-audit "Confirmer les autres critères" takes the previous result of every criterion it found
// compliant or not applicable that the auditor has not judged yet. The server checks everything again on submit.
(function () {
  var grid = document.querySelector("[data-audit-checklist]");
  if (!grid) {
    return;
  }
  var rows = grid.querySelectorAll(".relais-criterion");
  var answered = grid.querySelector("[data-audit-answered]");
  var confirm = grid.querySelector("[data-audit-confirm]");

  function countAnswered() {
    var count = 0;
    rows.forEach(function (row) {
      if (row.querySelector("input[type=radio]:checked")) {
        count++;
      }
    });
    answered.textContent = count;
  }

  grid.addEventListener("change", function (event) {
    if (event.target.type === "radio") {
      countAnswered();
    }
  });

  if (confirm) {
    confirm.hidden = false;
    confirm.addEventListener("click", function () {
      var kept = null;
      rows.forEach(function (row) {
        var previous = row.getAttribute("data-previous-result");
        if (previous && previous !== "NON_COMPLIANT" && !row.querySelector("input[type=radio]:checked")) {
          kept = row.querySelector("input[type=radio][value='" + previous + "']");
          kept.checked = true;
        }
      });
      countAnswered();
      if (kept) {
        // One change event for the whole action: the form saves its draft once (htmx listens for change).
        kept.dispatchEvent(new Event("change", { bubbles: true }));
      }
    });
  }
})();
