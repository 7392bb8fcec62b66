// Account page: draws the posted balance at the end of each day from the JSON the server computes.
(function () {
  "use strict";

  Backoffice.chart("balance-chart", "balances", function (data) {
    return {
      grid: Backoffice.chartGrid(24),
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
    };
  });
})();
