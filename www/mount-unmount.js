// Demo and test page: adds and removes <harbor-widget> like a single-page app would.
(function () {
  var host = document.getElementById("host");
  var status = document.getElementById("status");

  function mounted(el) {
    return new Promise(function (resolve) {
      (function check() {
        if (el.shadowRoot && el.shadowRoot.querySelector(".hb-bar")) resolve();
        else requestAnimationFrame(check);
      })();
    });
  }

  // Each cycle waits until the app has really mounted before removing it.
  window.harborCycle = function (n) {
    var i = 0;
    function next() {
      if (i++ >= n) return Promise.resolve(n);
      var el = document.createElement("harbor-widget");
      host.appendChild(el);
      return mounted(el).then(function () {
        el.remove();
        return next();
      });
    }
    return next();
  };

  document.getElementById("toggle").addEventListener("click", function () {
    var el = host.querySelector("harbor-widget");
    if (el) el.remove();
    else host.appendChild(document.createElement("harbor-widget"));
  });
  document.getElementById("cycle").addEventListener("click", function () {
    status.textContent = "Running…";
    window.harborCycle(200).then(function () {
      status.textContent = "Done: 200 cycles.";
    });
  });
})();
