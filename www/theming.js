// Theming playground: copies each control's value into a --harbor-* custom property.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("tokens");
  var widget = document.getElementById("themed");
  var out = document.getElementById("css");
  function apply() {
    var lines = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      if (el.name === "theme") return widget.setAttribute("theme", el.value);
      var value = el.value ? el.value + (el.dataset.unit || "") : "";
      if (value) {
        widget.style.setProperty(el.name, value);
        lines.push("  " + el.name + ": " + value + ";");
      } else {
        widget.style.removeProperty(el.name);
      }
    });
    out.textContent = "harbor-widget {\n" + lines.join("\n") + "\n}";
  }
  form.addEventListener("input", apply);
  apply();
});
