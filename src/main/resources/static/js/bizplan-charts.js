// Draws revenue, costs and cumulative cash by year from the canvas's data attributes (no inline script, CSP-safe).
// Years read left to right even in Arabic, as on paper; the legend follows the page direction.
document.addEventListener("DOMContentLoaded", function () {
  var canvas = document.getElementById("bizplan-chart");
  if (!canvas || typeof Chart === "undefined") { return; }
  var d = canvas.dataset;
  var numbers = function (text) { return text.split(",").map(Number); };
  new Chart(canvas, {
    data: {
      labels: d.years.split(","),
      datasets: [
        { type: "bar", label: d.labelRevenue, data: numbers(d.revenue), backgroundColor: "#198754" },
        { type: "bar", label: d.labelCosts, data: numbers(d.costs), backgroundColor: "#adb5bd" },
        { type: "line", label: d.labelCash, data: numbers(d.cash), borderColor: "#0d6efd", tension: 0.2 }
      ]
    },
    options: {
      responsive: true,
      plugins: { legend: { rtl: d.rtl === "true", position: "bottom" } },
      scales: { y: { ticks: { callback: function (v) { return Number(v).toLocaleString("en").replace(/,/g, " "); } } } }
    }
  });
});
