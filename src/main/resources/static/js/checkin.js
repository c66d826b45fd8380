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
