// Charts: every chart page fetches its JSON from the element's data-source and draws it with ECharts.
// A page script names its element and says how its data becomes the chart's options.
(function () {
  "use strict";

  var Backoffice = (window.Backoffice = window.Backoffice || {});

  function draw(element, option) {
    var chart = echarts.init(element, null, { renderer: "canvas" });
    chart.setOption(Object.assign({ animation: false }, option));
    window.addEventListener("resize", function () {
      chart.resize();
    });
    element.setAttribute("data-ready", "true");
  }

  // The grid every chart shares; `top` leaves room for a legend where there is one.
  Backoffice.chartGrid = function (top) {
    return { left: 8, right: 8, top: top, bottom: 8, containLabel: true };
  };

  // Draws the chart in the element with this id once the page has loaded; `name` says what failed in the error.
  Backoffice.chart = function (id, name, optionOf) {
    document.addEventListener("DOMContentLoaded", function () {
      var element = document.getElementById(id);
      if (!element || typeof echarts === "undefined") {
        return;
      }
      fetch(element.getAttribute("data-source"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(name + ": " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          draw(element, optionOf(data));
        })
        .catch(function () {
          element.textContent = "The chart could not be loaded.";
          element.setAttribute("data-ready", "failed");
        });
    });
  };
})();
