// The keyed entry page: the clerk types a ballot and presses Enter; the ballot is checked here against the
// list (refused at once with a Vietnamese message, nothing sent), then queued with a fresh client id. The queue
// sends one request at a time, in order, so positions follow the pile; typing never waits for an answer. A
// request that gets no answer (network, server restart) is sent again with the same id: the server stores it
// once. Ctrl+Z or "-" Enter undoes the last ballot.
(function () {
  var root = document.getElementById("keying-entry");
  if (!root) { return; }
  var input = document.getElementById("keying-input");
  var error = document.getElementById("keying-error");
  var echo = document.getElementById("keying-echo");
  var countEl = document.getElementById("keying-count");
  var pendingEl = document.getElementById("keying-pending");
  var keptBox = document.getElementById("keying-kept");
  // the messages come from the bundles (vi, en) through data attributes of #keying-messages
  var messages = document.getElementById("keying-messages").dataset;
  function say(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    return messages[key].replace(/\{(\d)\}/g, function (m, i) { return String(args[+i]); });
  }
  var team = parseInt(root.dataset.team, 10);
  var size = parseInt(root.dataset.size, 10);
  var legend = parseInt(root.dataset.legend, 10);
  var marked = root.dataset.form === "AGREE_DISAGREE";
  var collected = parseInt(root.dataset.collected || "0", 10);
  var keyed = parseInt(root.dataset.keyed || "0", 10);
  var queue = [];
  var sending = false;
  // client ids of this team's ballots, newest last (those shown at load, then those typed here)
  var mine = Array.prototype.map.call(echo.querySelectorAll("li[data-client-id]"), function (li) {
    return li.dataset.clientId;
  }).reverse();

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ crypto.getRandomValues(new Uint8Array(1))[0] & 15 >> c / 4).toString(16);
    });
  }

  function csrf(headers) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  // The same rules as the server (BallotInput): returns an error message or null.
  function check(text) {
    text = text.trim();
    if (text === "") { return say("empty"); }
    if (text[0] === "/" || text[0] === "*") {
      var r = text.substring(1).trim();
      if (!/^\d$/.test(r) || +r < 1 || +r > legend) { return say("reason", text, legend); }
      return null;
    }
    var seen = {}, any = false, zero = false;
    var tokens = text.split(/[\s,+]+/);
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i], digits = t;
      if (t === "") { continue; }
      if (marked && /^[xXoO]/.test(t)) { digits = t.substring(1); }
      if (!/^\d{1,4}$/.test(digits)) { return say("token", t); }
      var n = parseInt(digits, 10);
      if (n === 0 && digits === t) { zero = true; continue; }
      if (n < 1 || n > size) { return say("range", n, size); }
      if (seen[n]) { return say("twice", n); }
      seen[n] = true; any = true;
    }
    if (zero && any) { return say("zero"); }
    return null;
  }

  function showCount() {
    countEl.textContent = say("count", keyed, collected);
    pendingEl.textContent = queue.length ? pendingEl.dataset.label.replace("{n}", queue.length) : "";
  }

  function showEcho(id, position, text) {
    var li = echo.querySelector('li[data-client-id="' + id + '"]');
    if (!li) {
      li = document.createElement("li");
      li.dataset.clientId = id;
      echo.insertBefore(li, echo.firstChild);
      while (echo.children.length > 8) { echo.removeChild(echo.lastChild); }
    }
    li.textContent = "";
    var strong = document.createElement("strong");
    strong.textContent = position ? "#" + position : "…";
    li.appendChild(strong);
    li.appendChild(document.createTextNode(" " + text));
  }

  function pump() {
    if (sending || queue.length === 0) { showCount(); return; }
    sending = true;
    var job = queue[0];
    fetch(job.url, {
      method: "POST",
      headers: csrf({ "Accept": "application/json" }),
      body: new URLSearchParams(job.body),
      credentials: "same-origin"
    }).then(function (res) {
      return res.json().then(function (data) { return { status: res.status, data: data }; },
        function () { return { status: res.status, data: {} }; });
    }).then(function (answer) {
      sending = false;
      if (answer.status >= 500 || answer.status === 0) { retry(); return; }
      queue.shift();
      if (answer.status >= 400) {
        error.textContent = answer.data.message || say("status", answer.status);
        if (job.kind === "ballot") {
          mine = mine.filter(function (x) { return x !== job.body.clientId; });
          var li = echo.querySelector('li[data-client-id="' + job.body.clientId + '"]');
          if (li) { li.classList.add("text-danger"); li.dataset.clientId = ""; }
        }
      } else if (job.kind === "ballot") {
        keyed = answer.data.keyed;
        showEcho(job.body.clientId, answer.data.position, answer.data.echo);
        if (answer.data.released) { error.textContent = ""; document.location.reload(); return; }
        if (answer.data.refusal) { error.textContent = answer.data.refusal; }
      } else {
        keyed = answer.data.keyed;
        var gone = echo.querySelector('li[data-client-id="' + job.body.clientId + '"]');
        if (gone) { gone.remove(); }
      }
      pump();
    }, function () { sending = false; retry(); });
  }

  function retry() {
    // no answer: the same request (same client id) again shortly; the server stores a ballot once
    showCount();
    setTimeout(pump, 1000);
  }

  function send(text) {
    var id = uuid();
    mine.push(id);
    showEcho(id, null, text);
    queue.push({ kind: "ballot", url: root.dataset.post,
      body: { team: team, clientId: id, input: text, typedKept: !!(keptBox && keptBox.checked) } });
    pump();
  }

  function undo() {
    var id = mine.pop();
    if (!id) { error.textContent = say("nothing"); return; }
    // a ballot still waiting in the queue is simply dropped
    for (var i = 1; i < queue.length; i++) {
      if (queue[i].kind === "ballot" && queue[i].body.clientId === id) {
        queue.splice(i, 1);
        var li = echo.querySelector('li[data-client-id="' + id + '"]');
        if (li) { li.remove(); }
        showCount();
        return;
      }
    }
    queue.push({ kind: "undo", url: root.dataset.undo, body: { team: team, clientId: id } });
    pump();
  }

  input.addEventListener("keydown", function (event) {
    if (event.key === "F2" && keptBox) {
      event.preventDefault();
      keptBox.checked = !keptBox.checked;
      keptBox.dispatchEvent(new Event("change"));
      return;
    }
    if ((event.ctrlKey || event.metaKey) && (event.key === "z" || event.key === "Z")) {
      event.preventDefault();
      error.textContent = "";
      undo();
      return;
    }
    if (event.key !== "Enter") { return; }
    event.preventDefault();
    var text = input.value.trim();
    if (text === "-") { input.value = ""; error.textContent = ""; undo(); return; }
    var problem = check(text);
    if (problem) { error.textContent = problem; return; }
    error.textContent = "";
    input.value = "";
    send(text);
  });

  if (keptBox) {
    keptBox.addEventListener("change", function () {
      document.getElementById("keying-help-strike").classList.toggle("d-none", keptBox.checked);
      document.getElementById("keying-help-kept").classList.toggle("d-none", !keptBox.checked);
      input.focus();
    });
  }
  showCount();
})();
