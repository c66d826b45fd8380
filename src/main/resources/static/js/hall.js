// The hall's results page: the server sends "released" (read from PostgreSQL by whichever app node holds
// this connection) when a round of the congress is released; the page then reloads its results.
document.addEventListener("DOMContentLoaded", function () {
  var root = document.querySelector("[data-hall-events]");
  if (!root || typeof EventSource === "undefined") {
    return;
  }
  var source = new EventSource(root.dataset.hallEvents);
  source.addEventListener("released", function (e) {
    if (e.data !== root.dataset.stamp) {
      window.location.reload();
    }
  });
});
