// Demo and test page: adds and removes <harbor-widget> like a single-page app would.
(function () {
  var host = document.getElementById("host");
  var status = document.getElementById("status");
  function toggle() {
    var el = host.querySelector("harbor-widget");
    if (el) el.remove();
    else host.appendChild(document.createElement("harbor-widget"));
  }
  window.harborCycle = function (n) {
    for (var i = 0; i < n; i++) {
      var el = document.createElement("harbor-widget");
      host.appendChild(el);
      el.remove();
    }
  };
  document.getElementById("toggle").addEventListener("click", toggle);
  document.getElementById("cycle").addEventListener("click", function () {
    window.harborCycle(200);
    status.textContent = "Done: 200 cycles.";
  });
})();
