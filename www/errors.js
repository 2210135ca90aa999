// Test-only: records the page's uncaught errors in window.__errors, for drivers that cannot read
// the console (classic WebDriver, used for WebKit), and what Harbor tells the site owner there
// (console.error and console.warn) in window.__console. Loaded first by the test pages.
window.__errors = [];
window.addEventListener("error", function (e) { window.__errors.push(String(e.message || e)); });
window.addEventListener("unhandledrejection", function (e) { window.__errors.push("unhandled rejection: " + String(e.reason)); });
window.__console = [];
["error", "warn"].forEach(function (kind) {
  var original = console[kind];
  console[kind] = function () {
    window.__console.push(kind + ": " + Array.prototype.map.call(arguments, String).join(" "));
    return original.apply(console, arguments);
  };
});
