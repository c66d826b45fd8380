// The progress chart: one stacked bar per level of the share (0-100 %) held, in progress and overdue, read from the
// table rows' data-* attributes (the strict CSP allows no inline script). Shares, not counts: a level of a few units
// would otherwise be a sliver beside one of thousands.
document.addEventListener("DOMContentLoaded", function () {
  var canvas = document.getElementById("progress-chart");
  if (!canvas || typeof Chart === "undefined") {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-chart-row]"));
  function series(name) {
    return rows.map(function (r) {
      var total = Number(r.dataset.total);
      return total > 0 ? Math.round(Number(r.dataset[name]) * 1000 / total) / 10 : 0;
    });
  }
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: rows.map(function (r) { return r.dataset.label; }),
      datasets: [
        { label: canvas.dataset.heldLabel, data: series("held"), backgroundColor: "#198754" },
        { label: canvas.dataset.openLabel, data: series("open"), backgroundColor: "#0d6efd" },
        { label: canvas.dataset.overdueLabel, data: series("overdue"), backgroundColor: "#dc3545" }
      ]
    },
    options: {
      indexAxis: "y",
      animation: false,
      scales: {
        x: { stacked: true, beginAtZero: true, max: 100, title: { display: true, text: canvas.dataset.axisLabel },
             ticks: { callback: function (v) { return v + " %"; } } },
        y: { stacked: true }
      },
      plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + c.parsed.x + " %"; } } } }
    }
  });
});
