// What every Tiwizi chart shares: numbers written as on the page (Latin digits, a narrow no-break space between
// thousands and a decimal comma in Arabic and French; 250,000.5 in English), the legend and tooltips in the page's
// direction, and a fresh options object for each chart (Chart.js keeps and changes the object it is given, so two
// charts must never share one). Years read left to right even in Arabic, as on paper.
window.TiwiziCharts = (function () {
  var page = document.documentElement;
  var rtl = page.dir === "rtl";
  var english = (page.lang || "ar").indexOf("en") === 0;

  // U+202F is a common separator for the bidi algorithm: "250 000" stays one number in a right-to-left canvas,
  // where a plain space would let it be drawn "000 250".
  function number(value) {
    var n = Number(value);
    if (!isFinite(n)) { return ""; }
    var negative = n < 0;
    var parts = Math.abs(n).toFixed(Math.abs(n) % 1 === 0 ? 0 : 2).split(".");
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, english ? "," : "\u202F");
    var text = parts.length > 1 ? whole + (english ? "." : ",") + parts[1] : whole;
    return (negative ? "-" : "") + text;
  }

  function numbers(text) {
    return text ? text.split(",").map(Number) : [];
  }

  function options(extra) {
    var base = {
      responsive: true,
      locale: english ? "en" : "fr",
      plugins: {
        legend: { rtl: rtl, textDirection: rtl ? "rtl" : "ltr", position: "bottom" },
        tooltip: {
          rtl: rtl, textDirection: rtl ? "rtl" : "ltr",
          callbacks: {
            label: function (item) { return item.dataset.label + ": " + number(item.parsed[item.chart.options.indexAxis === "y" ? "x" : "y"]); }
          }
        }
      }
    };
    return Object.assign(base, extra || {});
  }

  function axis(extra) {
    return Object.assign({ beginAtZero: true, grace: "5%", ticks: { callback: function (v) { return number(v); } } },
      extra || {});
  }

  return { rtl: rtl, number: number, numbers: numbers, options: options, axis: axis };
})();
