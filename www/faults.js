// Test-only: see www/faults.html.
(function () {
  var params = new URLSearchParams(location.search);
  var kinds = params.get("faults") || "none";
  if (!/^[a-z,-]+$/.test(kinds)) throw new Error("faults.html: bad faults list " + kinds);
  var script = document.createElement("script");
  script.src = "/faults/" + kinds + "/dist/harbor.js";
  document.head.appendChild(script);
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.createElement("harbor-widget");
    params.forEach(function (value, key) {
      if (key !== "faults") el.setAttribute(key, value);
    });
    document.getElementById("slot").appendChild(el);
  });
})();
