// Builds the widget for www/fixture.html from the query string. Test-only page.
document.addEventListener("DOMContentLoaded", function () {
  var params = new URLSearchParams(location.search);
  var count = Number(params.get("count") || 1);
  for (var i = 0; i < count; i++) {
    var el = document.createElement("harbor-widget");
    params.forEach(function (value, key) {
      if (key !== "count" && key !== "htmllang") el.setAttribute(key, value);
    });
    document.getElementById("slot").appendChild(el);
  }
  if (params.has("htmllang")) document.documentElement.lang = params.get("htmllang");
});
