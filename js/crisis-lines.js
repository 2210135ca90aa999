/* The sources page: replaces each region code with its English name (the code stays beside it).
   Without this script, or without Intl.DisplayNames, the codes alone are shown. */
(function () {
  "use strict";
  if (!window.Intl || !Intl.DisplayNames) return;
  var names = new Intl.DisplayNames(["en"], { type: "region" });
  var els = document.querySelectorAll("[data-region]");
  for (var i = 0; i < els.length; i++) {
    var code = els[i].getAttribute("data-region");
    try {
      var name = names.of(code);
      if (name && name !== code) els[i].textContent = name + " (" + code + ")";
    } catch (e) {
      /* an unknown code: keep it as it is */
    }
  }
})();
