// Dashboard: draws the daily turnover chart from the JSON the server computes.
(function () {
  "use strict";

  Backoffice.chart("turnover-chart", "turnover", function (data) {
    return {
      grid: Backoffice.chartGrid(24),
      tooltip: {
        trigger: "axis",
        valueFormatter: function (value) {
          return Number(value).toFixed(2) + " " + data.asset;
        }
      },
      xAxis: { type: "category", data: data.days, axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", name: data.asset },
      series: [{ type: "bar", name: "Turnover", data: data.amounts, itemStyle: { color: "#1f5fbf" } }]
    };
  });
})();
