// Account page: draws the posted balance at the end of each day from the JSON the server computes.
(function () {
  "use strict";

  function draw(element, data) {
    var chart = echarts.init(element, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "axis",
        valueFormatter: function (value) {
          return String(value) + " " + data.asset;
        }
      },
      xAxis: { type: "category", data: data.days, axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", name: data.asset, scale: true },
      series: [{ type: "line", step: "end", name: "Balance", data: data.balances, showSymbol: false,
                 itemStyle: { color: "#1f5fbf" } }]
    });
    window.addEventListener("resize", function () {
      chart.resize();
    });
    element.setAttribute("data-ready", "true");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var element = document.getElementById("balance-chart");
    if (!element || typeof echarts === "undefined") {
      return;
    }
    fetch(element.getAttribute("data-source"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("balances: " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        draw(element, data);
      })
      .catch(function () {
        element.textContent = "The chart could not be loaded.";
        element.setAttribute("data-ready", "failed");
      });
  });
})();
