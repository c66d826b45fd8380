// htmx sends the CSRF token on every non-GET request.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// One form pattern (docs/style.md): the browser's own checks speak Vietnamese (texts from the bundles, in the
// layout's <meta name="msg-*">), and a slow post shows that it is working.
(function () {
  function text(name) {
    var meta = document.querySelector('meta[name="msg-' + name + '"]');
    return meta ? meta.content : "";
  }

  document.addEventListener("invalid", function (event) {
    var field = event.target;
    if (!field.validity || field.validity.customError) {
      return;
    }
    var message = "";
    if (field.validity.valueMissing) {
      message = text(field.tagName === "SELECT" || field.type === "radio" || field.type === "checkbox"
        || field.type === "file" ? "choose" : "required");
    } else if (field.validity.typeMismatch || field.validity.patternMismatch || field.validity.badInput) {
      message = text("format");
    } else if (field.validity.rangeUnderflow || field.validity.rangeOverflow || field.validity.stepMismatch) {
      message = text("range");
    }
    if (message) {
      field.setCustomValidity(message);
    }
  }, true);

  function clear(event) {
    if (event.target.setCustomValidity) {
      event.target.setCustomValidity("");
    }
  }
  document.addEventListener("input", clear, true);
  document.addEventListener("change", clear, true);

  // <form data-busy="Đang nhập…">: once sent, its buttons are disabled and show a spinner with that text, so
  // a long import cannot be sent twice and says that it runs.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-busy") || event.defaultPrevented) {
      return;
    }
    // after the browser has read the form (a disabled submitter would not be sent)
    setTimeout(function () {
      form.setAttribute("aria-busy", "true");
      form.querySelectorAll('button[type="submit"], input[type="submit"]').forEach(function (button) {
        button.disabled = true;
        if (button.tagName === "BUTTON") {
          button.dataset.label = button.innerHTML;
          button.textContent = "";
          var spinner = document.createElement("span");
          spinner.className = "spinner-border spinner-border-sm me-1";
          spinner.setAttribute("aria-hidden", "true");
          button.appendChild(spinner);
          button.appendChild(document.createTextNode(form.getAttribute("data-busy") || text("busy")));
        }
      });
    }, 0);
  });

  // back to a page from the browser's cache: its buttons work again
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) {
      return;
    }
    document.querySelectorAll('form[aria-busy="true"]').forEach(function (form) {
      form.removeAttribute("aria-busy");
      form.querySelectorAll("button[disabled]").forEach(function (button) {
        button.disabled = false;
        if (button.dataset.label !== undefined) {
          button.innerHTML = button.dataset.label;
        }
      });
    });
  });

  // A refused form's reasons when the form is no longer on the page (layout.html): shown once the page (and
  // its htmx sections) have settled without a form of that id.
  function orphan() {
    var box = document.getElementById("form-errors-orphan");
    if (box) {
      box.classList.toggle("d-none", document.getElementById(box.getAttribute("data-form")) !== null);
    }
  }
  window.addEventListener("load", orphan);
  document.addEventListener("htmx:afterSettle", orphan);
})();
