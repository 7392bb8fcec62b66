// Journal voucher form: add and remove lines without a round trip, and show the running totals.
// Without this script the same buttons ask the server to do it.
(function () {
  "use strict";

  var form;
  var lines;

  function renumber() {
    var all = lines.querySelectorAll("fieldset.line");
    all.forEach(function (line, index) {
      line.querySelector("legend").textContent = "Line " + (index + 1);
      line.querySelectorAll("[name^='lines[']").forEach(function (input) {
        var part = input.name.replace(/^lines\[\d+\]\./, "");
        input.name = "lines[" + index + "]." + part;
        input.id = "line-" + index + "-" + part;
      });
      line.querySelectorAll("label[for^='line-']").forEach(function (label) {
        label.htmlFor = label.htmlFor.replace(/^line-\d+-/, "line-" + index + "-");
      });
      var remove = line.querySelector("button.remove-line");
      remove.value = "remove-line-" + index;
      remove.setAttribute("aria-label", "Remove line " + (index + 1));
    });
  }

  // Errors name lines by their numbers, which change here: they no longer fit, so they go.
  function clearLineErrors() {
    lines.querySelectorAll(".field-error").forEach(function (error) {
      error.remove();
    });
    lines.querySelectorAll("[aria-invalid]").forEach(function (input) {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    });
  }

  function addLine() {
    var all = lines.querySelectorAll("fieldset.line");
    var copy = all[all.length - 1].cloneNode(true);
    copy.querySelectorAll("input").forEach(function (input) {
      input.value = "";
    });
    lines.appendChild(copy);
    clearLineErrors();
    renumber();
    copy.querySelector("input").focus();
    totals();
  }

  function removeLine(button) {
    var all = lines.querySelectorAll("fieldset.line");
    if (all.length <= 1) {
      return;
    }
    button.closest("fieldset.line").remove();
    clearLineErrors();
    renumber();
    totals();
  }

  // Minor units of a decimal text, or null when it is not one with at most `scale` places.
  function units(text, scale) {
    var match = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(text);
    if (!match || (match[2] || "").length > scale) {
      return null;
    }
    var fraction = (match[2] || "").padEnd(scale, "0");
    return BigInt(match[1] + fraction);
  }

  function format(value, scale) {
    var negative = value < 0n;
    var digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
    var whole = scale > 0 ? digits.slice(0, digits.length - scale) : digits;
    var fraction = scale > 0 ? "." + digits.slice(digits.length - scale) : "";
    return (negative ? "-" : "") + whole + fraction;
  }

  function totals() {
    var output = document.getElementById("voucher-totals");
    var asset = document.getElementById("asset");
    if (!output || !asset || typeof BigInt === "undefined") {
      return;
    }
    var option = asset.options[asset.selectedIndex];
    var scale = option ? parseInt(option.getAttribute("data-scale") || "2", 10) : 2;
    var debits = 0n;
    var credits = 0n;
    lines.querySelectorAll("fieldset.line").forEach(function (line) {
      var amount = units(line.querySelector("input[name$='.amount']").value, scale);
      var side = line.querySelector("select[name$='.side']").value;
      if (amount !== null) {
        if (side === "DEBIT") {
          debits += amount;
        } else {
          credits += amount;
        }
      }
    });
    var difference = debits - credits;
    output.textContent = "Debits " + format(debits, scale) + " · Credits " + format(credits, scale) +
      (difference === 0n ? " · balanced" : " · difference " + format(difference, scale));
    output.classList.toggle("unbalanced", difference !== 0n);
  }

  document.addEventListener("DOMContentLoaded", function () {
    form = document.getElementById("voucher-form");
    lines = document.getElementById("voucher-lines");
    if (!form || !lines) {
      return;
    }
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) {
        return;
      }
      if (button.classList.contains("add-line")) {
        event.preventDefault();
        addLine();
      } else if (button.classList.contains("remove-line")) {
        event.preventDefault();
        removeLine(button);
      }
    });
    form.addEventListener("input", totals);
    form.addEventListener("change", totals);
    totals();
  });
})();
