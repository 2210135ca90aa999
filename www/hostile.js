// Test-only, for www/hostile.html. ?sheets=a,b links each named stylesheet: "bootstrap",
// "normalize" and "tailwind" are /vendor/… (the test serves them from node_modules), any other
// name is www/hostile-NAME.css. Unless ?harbor=0, it adds one <harbor-widget> (with the
// attributes in ?attrs=, a URL-encoded query string) and harbor.js; ?harbor=script loads
// harbor.js alone, for a test that makes its own widgets.
(function () {
  var params = new URLSearchParams(location.search);
  var vendor = { bootstrap: 1, normalize: 1, tailwind: 1 };
  (params.get("sheets") || "").split(",").filter(Boolean).forEach(function (name) {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = vendor[name] ? "/vendor/" + name + ".css" : "/www/hostile-" + name + ".css";
    document.head.appendChild(link);
  });
  if (params.get("harbor") === "0") return;
  document.addEventListener("DOMContentLoaded", function () {
    if (params.get("harbor") !== "script") addWidget();
    // In the out-of-flow box beside the host's content: under `* { display: inline }` even a
    // <script> element takes a line, and this one is the host's embed code, not Harbor.
    var s = document.createElement("script");
    s.src = "/dist/harbor.js";
    document.getElementById("harbor-place").appendChild(s);
  });
  function addWidget() {
    var el = document.createElement("harbor-widget");
    new URLSearchParams(params.get("attrs") || "country=GB&theme=light").forEach(function (v, k) {
      el.setAttribute(k, v);
    });
    document.getElementById("harbor-place").appendChild(el);
  }
})();
