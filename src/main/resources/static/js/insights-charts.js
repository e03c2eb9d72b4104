// Draws the dashboard's charts from the canvases' data attributes (no inline script, CSP-safe), each with its own
// options (see charts.js).
document.addEventListener("DOMContentLoaded", function () {
  if (typeof Chart === "undefined" || !window.TiwiziCharts) { return; }
  var charts = window.TiwiziCharts;
  var years = document.getElementById("chart-years");
  if (years) {
    var y = years.dataset;
    // participants are counted in hundreds, applications in units: the line has its own axis on the other side,
    // so neither runs off the chart nor flattens the other
    new Chart(years, {
      data: {
        labels: y.years.split(","),
        datasets: [
          { type: "bar", label: y.labelSubmitted, data: charts.numbers(y.submitted), backgroundColor: "#adb5bd", yAxisID: "y" },
          { type: "bar", label: y.labelApproved, data: charts.numbers(y.approved), backgroundColor: "#198754", yAxisID: "y" },
          { type: "line", label: y.labelParticipants, data: charts.numbers(y.participants), borderColor: "#0d6efd",
            backgroundColor: "#0d6efd", tension: 0.2, yAxisID: "people" }
        ]
      },
      options: charts.options({
        scales: {
          y: charts.axis({ position: charts.rtl ? "right" : "left" }),
          people: charts.axis({ position: charts.rtl ? "left" : "right", grid: { drawOnChartArea: false } })
        }
      })
    });
  }
  var communes = document.getElementById("chart-communes");
  if (communes) {
    var c = communes.dataset;
    new Chart(communes, {
      type: "bar",
      data: {
        labels: c.communes ? c.communes.split("|") : [],
        datasets: [
          { label: c.labelRegistered, data: charts.numbers(c.registered), backgroundColor: "#198754" },
          { label: c.labelWomen, data: charts.numbers(c.women), backgroundColor: "#d63384" }
        ]
      },
      // in Arabic the bars grow from the right, where the names are
      options: charts.options({
        indexAxis: "y",
        scales: { x: charts.axis({ reverse: charts.rtl }), y: { position: charts.rtl ? "right" : "left" } }
      })
    });
  }
});
