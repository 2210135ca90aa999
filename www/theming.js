// Theming playground (www/theming.html): builds one labelled control per --harbor-* token from
// www/themes.json, applies the values to the preview widget through the CSSOM (allowed under
// `style-src 'self'`, unlike style attributes), and writes the CSS to copy.
// tests/e2e/theming.test.mjs checks the token list against Harbor's CSS and the ready themes' contrast.
(function () {
  "use strict";
  var data;
  var controls = {}; // token name -> { token, get(), set(value) }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { node.appendChild(c); });
    return node;
  }
  function idFor(name, suffix) {
    return "t" + name.replace(/^--harbor/, "").replace(/[^a-z0-9]+/g, "-") + (suffix || "");
  }
  function isHex(v) { return /^#[0-9a-f]{6}$/i.test(v); }
  /** The control's label and, under it, the token's CSS name (its description). */
  function labelled(control, text, token, pair) {
    var name = el("code", { class: "name", id: control.id + "-name", text: token.name });
    control.setAttribute("aria-describedby", name.id);
    return el("div", { class: "token" }, [el("label", { for: control.id, text: text }), name, pair]);
  }
  function groupLabel(token) {
    return token.group === "dark" ? "Dark " + token.label.charAt(0).toLowerCase() + token.label.slice(1) : token.label;
  }

  /** A colour: a native picker and a hex field, kept in step. */
  function colourControl(token) {
    var label = groupLabel(token);
    var picker = el("input", { type: "color", id: idFor(token.name), "data-token": token.name, value: token.default });
    var hex = el("input", { type: "text", id: idFor(token.name, "-hex"), "data-token-hex": token.name, value: token.default,
      spellcheck: "false", autocomplete: "off", inputmode: "text", maxlength: "7", "aria-label": label + ", hex value" });
    picker.addEventListener("input", function () { hex.value = picker.value; update(true); });
    hex.addEventListener("input", function () {
      if (isHex(hex.value)) { picker.value = hex.value.toLowerCase(); update(true); }
    });
    hex.addEventListener("change", function () { if (!isHex(hex.value)) hex.value = picker.value; });
    hex.setAttribute("aria-describedby", picker.id + "-name");
    var row = labelled(picker, label, token, el("span", { class: "pair" }, [picker, hex]));
    row.classList.add("colour");
    controls[token.name] = {
      token: token,
      get: function () { return picker.value.toLowerCase(); },
      set: function (v) { picker.value = v; hex.value = v; },
    };
    return row;
  }

  /** A length: a slider in the token's unit, with its value shown beside it. */
  function lengthControl(token) {
    var range = el("input", { type: "range", id: idFor(token.name), "data-token": token.name,
      min: String(token.min), max: String(token.max), step: String(token.step), value: String(parseFloat(token.default)) });
    var out = el("output", { for: range.id, id: idFor(token.name, "-value") });
    function show() { out.textContent = range.value + token.unit; range.setAttribute("aria-valuetext", range.value + " " + token.unit); }
    range.addEventListener("input", function () { show(); update(true); });
    var row = labelled(range, token.label, token, el("span", { class: "pair" }, [range, out]));
    controls[token.name] = {
      token: token,
      get: function () { return range.value + token.unit; },
      set: function (v) { range.value = String(parseFloat(v)); show(); },
    };
    show();
    return row;
  }

  /** A choice from a list (typeface, base size); the empty value means the widget's own default. */
  function choiceControl(token) {
    var select = el("select", { id: idFor(token.name), "data-token": token.name });
    token.options.forEach(function (o) {
      select.appendChild(el("option", { value: o.value === null ? "" : o.value, text: o.label }));
    });
    select.addEventListener("change", function () { update(true); });
    var row = labelled(select, token.label, token, el("span", { class: "pair" }, [select]));
    controls[token.name] = {
      token: token,
      get: function () { return select.value === "" ? null : select.value; },
      set: function (v) { select.value = v === null ? "" : v; },
    };
    return row;
  }

  function theme() { return document.querySelector("input[name=theme]:checked").value; }

  /** The tokens whose value differs from Harbor's default, in themes.json order. */
  function changed() {
    return data.tokens.filter(function (t) { return controls[t.name].get() !== t.default; }).map(function (t) {
      return { name: t.name, value: controls[t.name].get() };
    });
  }

  function css() {
    var lines = [];
    if (theme() !== "auto") lines.push('/* On the element: <harbor-widget theme="' + theme() + '"> */');
    var decls = changed();
    if (!decls.length) lines.push("/* Harbor's defaults: nothing to add. */");
    lines.push("harbor-widget {");
    decls.forEach(function (d) { lines.push("  " + d.name + ": " + d.value + ";"); });
    lines.push("}");
    return lines.join("\n") + "\n";
  }

  /** Applies every control to the preview and rewrites the CSS. `edited`: a visitor changed a
   *  control by hand, so the ready theme becomes "Custom" unless the values still match one. */
  function update(edited) {
    var widget = document.getElementById("themed");
    widget.setAttribute("theme", theme());
    data.tokens.forEach(function (t) { widget.style.removeProperty(t.name); });
    changed().forEach(function (d) { widget.style.setProperty(d.name, d.value); });
    document.getElementById("css").textContent = css();
    document.getElementById("copy-status").textContent = "";
    if (edited) {
      var match = data.themes.filter(function (th) {
        return data.tokens.every(function (t) { return controls[t.name].get() === valueIn(th, t); });
      })[0];
      document.getElementById(match ? "preset-" + match.id : "preset-custom").checked = true;
    }
  }

  function valueIn(th, token) {
    return Object.prototype.hasOwnProperty.call(th.values, token.name) ? th.values[token.name] : token.default;
  }

  function applyPreset(th) {
    data.tokens.forEach(function (t) { controls[t.name].set(valueIn(th, t)); });
    update(false);
  }

  function buildPresets() {
    var box = document.getElementById("presets");
    data.themes.concat([{ id: "custom", name: "Custom" }]).forEach(function (th, i) {
      var input = el("input", { type: "radio", name: "preset", id: "preset-" + th.id, value: th.id });
      if (i === 0) input.checked = true;
      if (th.values) input.addEventListener("change", function () { if (input.checked) applyPreset(th); });
      var label = el("label", { for: input.id, title: th.description || "Your own values" }, [input, document.createTextNode(" " + th.name)]);
      box.appendChild(label);
    });
  }

  function copy() {
    var pre = document.getElementById("css");
    var status = document.getElementById("copy-status");
    function fallback() {
      // No Clipboard API (or permission refused): select the text for the visitor to copy.
      pre.focus();
      window.getSelection().selectAllChildren(pre);
      status.textContent = "Selected: press Ctrl+C (or ⌘C) to copy.";
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(pre.textContent).then(function () { status.textContent = "Copied."; }, fallback);
    } else {
      fallback();
    }
  }

  function start(json) {
    data = json;
    buildPresets();
    data.tokens.forEach(function (t) {
      var box = document.querySelector('.group[data-group="' + t.group + '"]');
      var make = t.type === "color" ? colourControl : t.type === "length" ? lengthControl : choiceControl;
      box.appendChild(make(t));
    });
    Array.prototype.forEach.call(document.querySelectorAll("input[name=theme]"), function (r) {
      r.addEventListener("change", function () { update(false); });
    });
    document.getElementById("tokens").addEventListener("submit", function (e) { e.preventDefault(); });
    document.getElementById("copy").addEventListener("click", copy);
    update(false);
    document.documentElement.setAttribute("data-playground", "ready");
  }

  function boot() {
    fetch("/www/themes.json").then(function (r) {
      if (!r.ok) throw new Error("themes.json: " + r.status);
      return r.json();
    }).then(start).catch(function (e) {
      document.getElementById("css").textContent = "/* The playground could not load its themes: " + e.message + " */";
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
