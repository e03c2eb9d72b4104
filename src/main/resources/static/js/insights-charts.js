// Draws the dashboard's charts from the canvases' data attributes (no inline script, CSP-safe). Years read left to
// right even in Arabic; the legend follows the page direction.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof Chart === "undefined") { return; }
  var rtl = document.documentElement.dir === "rtl";
  var numbers = function (text) { return text ? text.split(",").map(Number) : []; };
  var options = { responsive: true, plugins: { legend: { rtl: rtl, position: "bottom" } } };
  var years = document.getElementById("chart-years");
  if (years) {
    var y = years.dataset;
    new Chart(years, {
      data: {
        labels: y.years.split(","),
        datasets: [
          { type: "bar", label: y.labelSubmitted, data: numbers(y.submitted), backgroundColor: "#adb5bd" },
          { type: "bar", label: y.labelApproved, data: numbers(y.approved), backgroundColor: "#198754" },
          { type: "line", label: y.labelParticipants, data: numbers(y.participants), borderColor: "#0d6efd", tension: 0.2 }
        ]
      },
      options: options
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
          { label: c.labelRegistered, data: numbers(c.registered), backgroundColor: "#198754" },
          { label: c.labelWomen, data: numbers(c.women), backgroundColor: "#d63384" }
        ]
      },
      options: Object.assign({ indexAxis: "y" }, options)
    });
  }
});
