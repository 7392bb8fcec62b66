// Payments overview: draws the day's payments by hour (count as bars, amount as lines) from the JSON the server computes.
(function () {
  "use strict";

  var NAMES = { InternalTransfer: "Internal transfers", OutgoingPayment: "Outgoing payments" };
  var COLOURS = { InternalTransfer: "#1f5fbf", OutgoingPayment: "#c77700" };

  Backoffice.chart("volumes-chart", "volumes", function (data) {
    var series = [];
    data.series.forEach(function (s) {
      var name = NAMES[s.type] || s.type;
      series.push({ type: "bar", name: name + " (count)", data: s.counts, yAxisIndex: 0,
                    itemStyle: { color: COLOURS[s.type] } });
      series.push({ type: "line", name: name + " (" + data.currency + ")", data: s.amounts, yAxisIndex: 1,
                    showSymbol: false, lineStyle: { type: "dashed" }, itemStyle: { color: COLOURS[s.type] } });
    });
    return {
      legend: { type: "scroll", top: 0 },
      grid: Backoffice.chartGrid(40),
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: data.hours, axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: "value", name: "count", minInterval: 1 },
        { type: "value", name: data.currency, splitLine: { show: false } }
      ],
      series: series
    };
  });
})();
