// The progress chart: one stacked bar per level (held, in progress, overdue), read from the table rows'
// data-* attributes (the strict CSP allows no inline script).
document.addEventListener("DOMContentLoaded", function () {
  var canvas = document.getElementById("progress-chart");
  if (!canvas || typeof Chart === "undefined") {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-chart-row]"));
  function series(name) {
    return rows.map(function (r) { return Number(r.dataset[name]); });
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
      scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } }
    }
  });
});
