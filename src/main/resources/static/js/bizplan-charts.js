// Draws revenue, costs and cumulative cash by year from the canvas's data attributes (no inline script, CSP-safe),
// amounts written as on the page (see charts.js).
document.addEventListener("DOMContentLoaded", function () {
  var canvas = document.getElementById("bizplan-chart");
  if (!canvas || typeof Chart === "undefined" || !window.TiwiziCharts) { return; }
  var charts = window.TiwiziCharts;
  var d = canvas.dataset;
  new Chart(canvas, {
    data: {
      labels: d.years.split(","),
      datasets: [
        { type: "bar", label: d.labelRevenue, data: charts.numbers(d.revenue), backgroundColor: "#198754" },
        { type: "bar", label: d.labelCosts, data: charts.numbers(d.costs), backgroundColor: "#adb5bd" },
        { type: "line", label: d.labelCash, data: charts.numbers(d.cash), borderColor: "#0d6efd", backgroundColor: "#0d6efd", tension: 0.2 }
      ]
    },
    options: charts.options({
      scales: { y: Object.assign(charts.axis({ position: charts.rtl ? "right" : "left" }), { beginAtZero: false }) }
    })
  });
});
