// Payments overview: draws the day's payments by hour (count as bars, amount as lines) from the JSON the server computes.
(function () {
  "use strict";

  var NAMES = { InternalTransfer: "Internal transfers", OutgoingPayment: "Outgoing payments" };
  var COLOURS = { InternalTransfer: "#1f5fbf", OutgoingPayment: "#c77700" };

  function draw(element, data) {
    var chart = echarts.init(element, null, { renderer: "canvas" });
    var series = [];
    data.series.forEach(function (s) {
      var name = NAMES[s.type] || s.type;
      series.push({ type: "bar", name: name + " (count)", data: s.counts, yAxisIndex: 0,
                    itemStyle: { color: COLOURS[s.type] } });
      series.push({ type: "line", name: name + " (" + data.currency + ")", data: s.amounts, yAxisIndex: 1,
                    showSymbol: false, lineStyle: { type: "dashed" }, itemStyle: { color: COLOURS[s.type] } });
    });
    chart.setOption({
      animation: false,
      legend: { type: "scroll", top: 0 },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: data.hours, axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: "value", name: "count", minInterval: 1 },
        { type: "value", name: data.currency, splitLine: { show: false } }
      ],
      series: series
    });
    window.addEventListener("resize", function () {
      chart.resize();
    });
    element.setAttribute("data-ready", "true");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var element = document.getElementById("volumes-chart");
    if (!element || typeof echarts === "undefined") {
      return;
    }
    fetch(element.getAttribute("data-source"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("volumes: " + response.status);
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
