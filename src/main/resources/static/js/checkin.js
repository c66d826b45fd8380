// The check-in page: the field stays focused and empty for the next scan (a USB scanner types the token and
// Enter); where the browser has BarcodeDetector, a camera button scans the badge's QR code instead.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("checkin-form");
  var field = document.getElementById("checkin-code");
  if (!form || !field) {
    return;
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  var answer = document.getElementById("checkin-answer");
  // A refusal (409 outside the congress day, 403, 404…) is the server's message in an alert: htmx leaves 4xx and
  // 5xx answers unshown, so the door would see nothing at all. Show the message the server sent, or a general
  // one when the answer carries none (the network down, a proxy's page).
  document.body.addEventListener("htmx:beforeSwap", function (event) {
    // the event fires on the swap's target (detail.elt is the answer box, not the form)
    if (event.detail.target !== answer || event.detail.xhr.status < 400) {
      return;
    }
    event.detail.shouldSwap = false;
    event.detail.isError = false;
    showError(event.detail.xhr.responseText);
  });
  document.body.addEventListener("htmx:sendError", function (event) {
    if (event.detail.elt === form) {
      showError("");
    }
  });
  function showError(html) {
    var text = "";
    if (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var sent = doc.querySelector("#error-message, [role=alert]");
      text = sent ? sent.textContent.replace(/\s+/g, " ").trim() : "";
    }
    var box = document.createElement("div");
    box.className = "alert alert-danger fs-4";
    box.id = "answer-error";
    box.setAttribute("role", "alert");
    box.textContent = text || answer.getAttribute("data-error");
    answer.replaceChildren(box);
  }
  document.body.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.elt === form) {
      field.value = "";
      field.focus();
    }
  });
  var button = document.getElementById("checkin-camera");
  var video = document.getElementById("checkin-video");
  if (!("BarcodeDetector" in window) || !button || !video || !navigator.mediaDevices) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    var last = "";
    var lastAt = 0;
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (stream) {
      video.srcObject = stream;
      video.hidden = false;
      video.play();
      setInterval(function () {
        detector.detect(video).then(function (codes) {
          if (codes.length === 0) {
            return;
          }
          var token = codes[0].rawValue;
          // the same badge held in front of the camera is sent once, not every frame
          if (token === last && Date.now() - lastAt < 5000) {
            return;
          }
          last = token;
          lastAt = Date.now();
          field.value = token;
          htmx.trigger(form, "submit");
        });
      }, 400);
    });
  });
});
