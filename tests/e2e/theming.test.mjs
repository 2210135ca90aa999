// The theming playground (issue 15, www/theming.html): its token list is exactly what Harbor's CSS
// reads; every control is labelled and reachable by keyboard under the strict CSP; the CSS it
// generates, pasted into a fresh host page, themes the widget; each ready theme in
// www/themes.json keeps WCAG 2.x AA contrast for every text/background pair, form-field edge,
// state glyph and focus ring the widget renders on its main screens, light and dark; axe-core is
// clean on the playground, wide and at 360 px.
import { test, before, after } from "node:test";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { launch, open, ready, widget, cspViolations, BASE, assert } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const ROOT = new URL("../../", import.meta.url);
const read = (p) => readFileSync(new URL(p, ROOT), "utf8");
const DATA = JSON.parse(read("www/themes.json"));
const PLAYGROUND = "/www/theming.html";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

// ---------------------------------------------------------------------------------------------
// The token list can't go stale.

/** Every `var(--harbor-…[, fallback])` in Harbor's stylesheets and in the loader's own sheet
 *  (js/loader.js holds `--harbor-reserve`), with the first fallback each one has. */
function tokensInCss() {
  const sources = readdirSync(new URL("styles/", ROOT))
    .filter((f) => f.endsWith(".css") && f !== "crisis-lines.css") // crisis-lines.css styles a standalone page, not the widget
    .map((f) => read("styles/" + f).replace(/\/\*[\s\S]*?\*\//g, ""));
  sources.push(read("js/loader.js"));
  const found = new Map();
  for (const text of sources) {
    for (const m of text.matchAll(/var\(\s*(--harbor-[a-z0-9-]+)\s*(?:,\s*([^;]*?))?\)/g)) {
      if (!found.has(m[1])) found.set(m[1], m[2] === undefined ? undefined : m[2].trim());
    }
  }
  return found;
}

test("the playground's tokens are exactly the --harbor-* properties Harbor's CSS reads, with its defaults", () => {
  const css = tokensInCss();
  const listed = DATA.tokens.map((t) => t.name);
  assert.ok(css.size >= 20, `found only ${css.size} tokens in styles/: is the pattern still right?`);
  assert.deepEqual([...listed].sort(), [...css.keys()].sort(), "www/themes.json tokens vs the CSS");
  assert.equal(new Set(listed).size, listed.length, "no token listed twice");
  for (const t of DATA.tokens) {
    // null: the widget's own font stack (two of them: Latin and Arabic), offered as "System".
    if (t.default === null) continue;
    assert.equal(t.default, css.get(t.name).toLowerCase(), `${t.name}: the playground's default is the CSS fallback`);
  }
  // Every ready theme's value can be shown by its control (else the control would silently
  // show something else than the CSS says).
  const byName = Object.fromEntries(DATA.tokens.map((t) => [t.name, t]));
  for (const th of DATA.themes) {
    for (const [name, value] of Object.entries(th.values)) {
      const t = byName[name];
      assert.ok(t, `${th.name} sets an unknown token ${name}`);
      if (t.type === "color") assert.match(value, /^#[0-9a-f]{6}$/, `${th.name} ${name}: a lower-case #rrggbb`);
      if (t.type === "choice") assert.ok(t.options.some((o) => o.value === value), `${th.name} ${name}: ${value} is one of the options`);
      if (t.type === "length") {
        const n = parseFloat(value);
        assert.ok(value === n + t.unit && n >= t.min && n <= t.max, `${th.name} ${name}: ${value} fits the slider (${t.min}–${t.max}${t.unit})`);
        assert.ok(Math.abs(Math.round((n - t.min) / t.step) * t.step - (n - t.min)) < 1e-9, `${th.name} ${name}: ${value} is on a step`);
      }
    }
  }
  assert.deepEqual(DATA.themes.map((t) => t.name), ["Calm", "High contrast", "Warm"]);
  assert.deepEqual(DATA.themes[0].values, {}, "Calm is Harbor's defaults");
});

// ---------------------------------------------------------------------------------------------
// The page itself.

async function openPlayground(opts = {}) {
  const r = await open(browser, PLAYGROUND, opts);
  await r.page.locator("html[data-playground=ready]").waitFor();
  // An inline widget starts when it nears the viewport; on a phone the preview sits below every
  // control (a CI run under load timed out waiting for it there).
  await r.page.locator("harbor-widget").first().scrollIntoViewIfNeeded();
  await ready(r.page);
  return r;
}

/** The generated CSS, as the page shows it. */
const shownCss = (page) => page.locator("#css").textContent();

test("every token has a labelled control, the page runs under the strict CSP, and a ready theme fills the controls", async () => {
  const { page, context, log } = await openPlayground();
  try {
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll("[data-token]")].map((el) => ({
        name: el.dataset.token,
        label: [...el.labels].map((l) => l.textContent.trim()).join(" "),
        described: (document.getElementById(el.getAttribute("aria-describedby")) || {}).textContent,
      })),
    );
    assert.deepEqual(controls.map((c) => c.name), DATA.tokens.map((t) => t.name), "one control per token, in order");
    const labels = DATA.tokens.map((t) => (t.group === "dark" ? "Dark " + t.label.toLowerCase() : t.label).toLowerCase());
    controls.forEach((c, i) => {
      assert.equal(c.label.toLowerCase(), labels[i], `${c.name} has its visible label`);
      assert.equal(c.described, c.name, `${c.name}: the CSS name shown with the control describes it`);
    });
    assert.equal(new Set(labels).size, labels.length, "no two controls share a label");
    assert.equal(await page.locator("#preset-calm").isChecked(), true, "Calm is chosen at first");
    assert.match(await shownCss(page), /Harbor's defaults: nothing to add/);

    // High contrast, by keyboard: arrows move through the radio group.
    await page.locator("#preset-calm").focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.locator("#preset-high-contrast").isChecked(), true);
    const hc = DATA.themes.find((t) => t.id === "high-contrast");
    const defaults = Object.fromEntries(DATA.tokens.map((t) => [t.name, t.default]));
    const differing = Object.entries(hc.values).filter(([name, value]) => value !== defaults[name]);
    assert.ok(differing.length >= 10, "High contrast changes most tokens");
    const written = await shownCss(page);
    for (const [name, value] of differing) assert.ok(written.includes(`  ${name}: ${value};`), `the CSS has ${name}: ${value}`);
    assert.equal((written.match(/--harbor-/g) || []).length, differing.length, "and only the tokens that differ from Harbor's defaults");
    const accent = hc.values["--harbor-color-accent"];
    assert.equal(await page.locator('[data-token-hex="--harbor-color-accent"]').inputValue(), accent);
    assert.equal(await widget(page).evaluate((el) => el.style.getPropertyValue("--harbor-color-accent")), accent, "the preview took it");

    // The theme attribute follows the light / dark / auto switch, and the CSS says to set it.
    await page.getByLabel("Dark", { exact: true }).check();
    assert.equal(await widget(page).getAttribute("theme"), "dark");
    assert.match(await shownCss(page), /<harbor-widget theme="dark">/);

    assert.deepEqual(await cspViolations(page), [], "no CSP violation");
    assert.deepEqual(log.errors, [], "no page error");
    assert.deepEqual(log.console.filter((m) => m.type === "error" || m.type === "warning"), [], "no console error or warning");
  } finally {
    await context.close();
  }
});

test("every control is reachable with Tab, in order: ready themes, each token, the preview, then the CSS and Copy", async () => {
  const { page, context } = await openPlayground();
  try {
    const seen = [];
    for (let i = 0; i < 150 && seen[seen.length - 1] !== "copy"; i++) {
      await page.keyboard.press("Tab");
      seen.push(await page.evaluate(() => {
        const a = document.activeElement;
        if (!a) return "";
        if (a.tagName === "HARBOR-WIDGET") return "widget";
        return a.dataset.token || (a.dataset.tokenHex && a.dataset.tokenHex + " (hex)") || a.id || a.tagName;
      }));
    }
    const tokens = seen.filter((s) => s.startsWith("--harbor-") && !s.endsWith("(hex)"));
    assert.deepEqual(tokens, DATA.tokens.map((t) => t.name), "each token's control is a tab stop, in the list's order");
    const at = (id) => seen.indexOf(id);
    assert.ok(at("preset-calm") >= 0 && at("preset-calm") < at(DATA.tokens[0].name), "the ready themes come first");
    assert.ok(at(DATA.tokens.at(-1).name) < at("widget"), "the tokens before the preview");
    assert.ok(at("widget") < at("css") && at("css") < at("copy"), `then the CSS and Copy (${seen.join(", ")})`);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// Generated CSS → a fresh host page.

/** Opens a brand-new host page at BASE/www/pasted-theme.html: nothing but `css` in a <style>
 *  and one <harbor-widget> (served by the test, so the CSS is exactly what was pasted). */
async function pastedHost(css, attrs = {}, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, colorScheme: "light", ...opts });
  const attributes = Object.entries({ country: "GB", ...attrs }).map(([k, v]) => ` ${k}="${v}"`).join("");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted theme</title>
<style>${css}</style><script src="/dist/harbor.js" defer></script></head>
<body><h1>A practice's page</h1><harbor-widget${attributes}></harbor-widget></body></html>`;
  await context.route(BASE + "/www/pasted-theme.html", (r) => r.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(BASE + "/www/pasted-theme.html");
  await ready(page);
  return { page, context, errors };
}

const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

test("CSS generated from a few controls, copied and pasted into a fresh host page, themes the widget", async () => {
  const { page, context } = await openPlayground();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE });
  const chosen = { accent: "#5b3e96", onAccent: "#fffbe6", darkAccent: "#c9b5f2", font: "Georgia, serif" };
  let css;
  try {
    // A hex typed, a colour picked, a slider moved by keyboard, two choices made.
    await page.locator('[data-token-hex="--harbor-color-accent"]').fill(chosen.accent);
    await page.locator('[data-token="--harbor-color-on-accent"]').fill(chosen.onAccent);
    await page.locator('[data-token="--harbor-dark-color-accent"]').fill(chosen.darkAccent);
    const radius = page.locator('[data-token="--harbor-radius"]');
    await radius.focus();
    await page.keyboard.press("Home");
    for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
    assert.equal(await radius.inputValue(), "0.4");
    await page.locator('[data-token="--harbor-font-family"]').selectOption({ label: "Georgia (serif)" });
    await page.locator('[data-token="--harbor-font-size"]').selectOption({ label: "Large" });
    assert.equal(await page.locator("#preset-custom").isChecked(), true, "hand-edited values are 'Custom'");

    css = await shownCss(page);
    for (const line of [
      `--harbor-color-accent: ${chosen.accent};`, `--harbor-color-on-accent: ${chosen.onAccent};`,
      `--harbor-dark-color-accent: ${chosen.darkAccent};`, "--harbor-radius: 0.4em;",
      `--harbor-font-family: ${chosen.font};`, "--harbor-font-size: large;",
    ]) assert.ok(css.includes(line), `the CSS has ${line}:\n${css}`);
    assert.equal((css.match(/--harbor-/g) || []).length, 6, "only the changed tokens are written");

    await page.locator("#copy").click();
    await page.locator("#copy-status", { hasText: "Copied." }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), css, "the clipboard holds the CSS shown");
  } finally {
    await context.close();
  }

  const host = await pastedHost(css, { theme: "light" });
  try {
    const w = widget(host.page);
    const look = () =>
      w.evaluate((el) => {
        const root = el.shadowRoot;
        const help = getComputedStyle(root.querySelector(".hb-help"));
        const harbor = getComputedStyle(root.querySelector(".harbor"));
        return {
          accent: help.backgroundColor, onAccent: help.color, radius: help.borderTopLeftRadius,
          buttonFontSize: help.fontSize, font: harbor.fontFamily, size: harbor.fontSize,
        };
      });
    const light = await look();
    assert.equal(light.accent, rgb(chosen.accent), "the accent reaches Get help now");
    assert.equal(light.onAccent, rgb(chosen.onAccent), "and its text colour");
    assert.equal(light.font, chosen.font, "the typeface");
    assert.equal(light.size, "18px", "large is 18 px");
    assert.equal(parseFloat(light.radius), +(0.4 * parseFloat(light.buttonFontSize)).toFixed(2), `radius 0.4em (${light.radius})`);

    await w.evaluate((el) => el.setAttribute("theme", "dark"));
    const dark = await look();
    assert.equal(dark.accent, rgb(chosen.darkAccent), "the dark accent in dark mode");
    assert.notEqual(dark.onAccent, rgb(chosen.onAccent), "dark mode keeps its own text-on-accent (not set here)");
    assert.deepEqual(host.errors, []);
  } finally {
    await host.context.close();
  }
});

test("without the Clipboard API, Copy selects the CSS and says how to copy it", async () => {
  const { page, context } = await openPlayground();
  try {
    await page.locator("#preset-warm").check();
    await page.evaluate(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true }));
    await page.locator("#copy").click();
    await page.locator("#copy-status", { hasText: "Ctrl+C" }).waitFor();
    // (a selection leaves out the final newline)
    assert.equal(await page.evaluate(() => window.getSelection().toString().trimEnd()), (await shownCss(page)).trimEnd(), "the whole CSS is selected");
    assert.equal(await page.evaluate(() => document.activeElement.id), "css", "focus on the CSS");
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// Contrast of every ready theme.

/** The CSS a ready theme stands for (what the playground writes for it). */
function themeCss(th) {
  return `harbor-widget {\n${Object.entries(th.values).map(([k, v]) => `  ${k}: ${v};`).join("\n")}\n}\n`;
}

/** Runs in the page: every text/background pair, form-field edge, state glyph (a ::before or
 *  ::after with content) and native control accent the widget's shadow root renders now, each
 *  with its WCAG 2.x contrast ratio and the ratio it needs. */
function auditInPage(host) {
  const parse = (c) => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1,
  });
  const lum = ({ r, g, b }) => {
    const f = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const hex = (c) => "#" + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
  const root = host.shadowRoot;
  /** The colour behind `el`'s content: its own and its ancestors' backgrounds composited over the
   *  host page's white; `image: true` if a background image is on the way (then not judged). */
  const behind = (el) => {
    const chain = [];
    for (let n = el; n; n = n.parentElement) chain.push(n);
    let color = { r: 255, g: 255, b: 255, a: 1 };
    let image = false;
    for (const n of chain.reverse()) {
      const s = getComputedStyle(n);
      if (s.backgroundImage !== "none") image = true;
      const bg = parse(s.backgroundColor);
      if (bg && bg.a > 0) color = over(bg, color);
    }
    return { color, image };
  };
  const opacity = (el) => {
    let o = 1;
    for (let n = el; n; n = n.parentElement) o *= parseFloat(getComputedStyle(n).opacity);
    return o;
  };
  const where = (el) => {
    const cls = [...el.classList].filter((c) => c.startsWith("hb-")).slice(0, 2).join(".");
    return el.tagName.toLowerCase() + (cls ? "." + cls : "");
  };
  const visible = (el) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const out = [];
  const judge = (kind, el, fgRaw, bgOf, text, need) => {
    const b = behind(bgOf);
    if (b.image) return;
    const fg = parse(fgRaw);
    if (!fg) return;
    let f = over(fg, b.color);
    const o = opacity(el);
    if (o < 1) f = over({ ...f, a: o }, b.color);
    out.push({ kind, where: where(el), text: text.slice(0, 40), fg: hex(f), bg: hex(b.color), ratio: +ratio(f, b.color).toFixed(2), need });
  };
  for (const el of root.querySelectorAll("*")) {
    if (!visible(el)) continue;
    const s = getComputedStyle(el);
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && parseInt(s.fontWeight, 10) >= 700);
    if (own) judge(large ? "large text" : "text", el, s.color, el, own, large ? 3 : 4.5);
    const field = el.matches("textarea, select, input:not([type=checkbox], [type=radio], [type=hidden], [type=range], [type=color])");
    if (field) {
      if (el.value) judge("field text", el, s.color, el, el.value, large ? 3 : 4.5);
      // The field's edge against what surrounds it (WCAG 1.4.11): its border, or its own fill.
      const outside = behind(el.parentElement).color;
      const edges = [];
      if (parseFloat(s.borderTopWidth) >= 1 && s.borderTopStyle !== "none") edges.push(over(parse(s.borderTopColor), outside));
      const fill = parse(s.backgroundColor);
      if (fill && fill.a > 0) edges.push(over(fill, outside));
      const best = edges.map((e) => ({ e, r: ratio(e, outside) })).sort((p, q) => q.r - p.r)[0];
      if (best) out.push({ kind: "field edge", where: where(el), text: el.id || el.type, fg: hex(best.e), bg: hex(outside), ratio: +best.r.toFixed(2), need: 3 });
    }
    if (el.matches("input[type=checkbox], input[type=radio]") && s.accentColor !== "auto") {
      judge("control accent", el, s.accentColor, el.parentElement, el.type, 3);
    }
    for (const pseudo of ["::before", "::after"]) {
      const p = getComputedStyle(el, pseudo);
      if (p.content && p.content !== "none" && p.content !== "normal" && /[^"' ]/.test(p.content.replace(/\/.*$/, "").replace(/["']/g, ""))) {
        judge("glyph", el, p.color, el, p.content, 3);
      }
    }
  }
  return out;
}

/** Tabs through the widget, from its first stop to its last, and judges each focus ring against
 *  the colour behind it (the ring sits outside the element, over its parent's background). */
async function auditFocus(page) {
  await page.evaluate(() => {
    document.activeElement && document.activeElement.blur();
    window.getSelection().removeAllRanges();
  });
  await page.locator("h1").first().click(); // a neutral start: the host's heading, before the widget
  const rings = [];
  let inside = false;
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const r = await page.evaluate(() => {
      const host = document.querySelector("harbor-widget");
      if (document.activeElement !== host) return null;
      const el = host.shadowRoot.activeElement;
      if (!el) return null;
      const s = getComputedStyle(el);
      const parse = (c) => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
        return { r, g, b, a };
      };
      let back = { r: 255, g: 255, b: 255, a: 1 };
      const chain = [];
      for (let n = el.parentElement; n; n = n.parentElement) chain.push(n);
      for (const n of chain.reverse()) {
        const bg = parse(getComputedStyle(n).backgroundColor);
        if (bg.a > 0) back = { r: bg.r * bg.a + back.r * (1 - bg.a), g: bg.g * bg.a + back.g * (1 - bg.a), b: bg.b * bg.a + back.b * (1 - bg.a), a: 1 };
      }
      const lum = ({ r, g, b }) => {
        const f = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ring = parse(s.outlineColor);
      const [x, y] = [lum(ring), lum(back)].sort((p, q) => q - p);
      const hex = (c) => "#" + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
      return {
        kind: "focus ring",
        where: el.tagName.toLowerCase() + ([...el.classList].filter((c) => c.startsWith("hb-")).slice(0, 2).map((c) => "." + c).join("")),
        text: (el.getAttribute("aria-label") || el.textContent || el.id || "").trim().slice(0, 40),
        fg: hex(ring), bg: hex(back),
        ratio: s.outlineStyle === "none" || parseFloat(s.outlineWidth) < 2 ? 0 : +((x + 0.05) / (y + 0.05)).toFixed(2),
        need: 3,
        style: `${s.outlineStyle} ${s.outlineWidth}`,
      };
    });
    if (!r) {
      if (inside) break;
      continue;
    }
    inside = true;
    rings.push(r);
  }
  assert.ok(rings.length > 0, "Tab reached the widget");
  return rings;
}

/** The screens whose pairs are judged: each one opened from a fresh load, so no state leaks. */
const SCREENS = [
  ["home", async () => {}],
  ["Get help now (with the country picker)", async (w) => {
    await w.locator(".hb-help").click();
    await w.locator(".hb-emergency").waitFor();
    await w.locator("#hb-country-filter").fill("Uni"); // a typed filter: field text is judged too
  }],
  ["5-4-3-2-1", async (w) => {
    await w.locator(".hb-card", { hasText: "Ground yourself now" }).click();
    await w.locator(".hb-exercise-card").first().click();
    await w.locator(".hb-exercise").waitFor();
    await w.locator(".hb-exercise input[type=checkbox]").first().check();
  }],
  ["paced breathing, settings open", async (w) => {
    await w.locator(".hb-card", { hasText: "Ground yourself now" }).click();
    await w.locator(".hb-exercise-card", { hasText: "Paced breathing" }).click();
    await w.locator(".hb-exercise").waitFor();
    for (const summary of await w.locator(".hb-exercise details.hb-more:not([open]) > summary").all()) await summary.click();
  }],
  ["finder question", async (w) => {
    await w.locator(".hb-card", { hasText: "Find an approach" }).click();
    await w.locator(".hb-finder-intro").waitFor();
    await w.getByRole("button", { name: "Start", exact: true }).click();
    await w.locator(".hb-finder-radio").first().check();
  }],
  ["plan step", async (w) => {
    await w.locator(".hb-card", { hasText: "My plan for hard moments" }).click();
    await w.locator(".hb-plan-start").click();
    await w.locator(".hb-plan-field").fill("Walk to the river");
    await w.locator(".hb-plan-idea").first().click(); // one pressed idea, one not
  }],
];

/** Known failures, each with the pair that fails: the test fails on any other failure, and on
 *  any of these that no longer fails (so it is removed once fixed). */
// Pairs known to fall short, each with why; the test fails if one is fixed and still listed.
// None today: form fields once took the decorative --harbor-color-border (2.19:1 on white) and
// now take the secondary text colour.
const KNOWN = [];

/** Audits one theme in one scheme over SCREENS: every judged pair, with its screen. */
async function auditTheme(css, scheme) {
  const all = [];
  for (const [screen, go] of SCREENS) {
    const host = await pastedHost(css, { theme: scheme });
    try {
      const w = widget(host.page);
      await go(w);
      for (const p of await w.evaluate(auditInPage)) all.push({ screen, ...p });
      for (const p of await auditFocus(host.page)) all.push({ screen, ...p });
      assert.deepEqual(host.errors, [], `${screen}: no page error`);
    } finally {
      await host.context.close();
    }
  }
  return all;
}

const failuresOf = (pairs) => pairs.filter((p) => p.ratio < p.need);
const describe = (p) => `${p.screen}: ${p.kind} ${p.where} "${p.text}" ${p.fg} on ${p.bg} = ${p.ratio}:1 (needs ${p.need})`;
const minimum = (pairs, kinds) => Math.min(...pairs.filter((p) => kinds.includes(p.kind)).map((p) => p.ratio));

for (const th of DATA.themes) {
  for (const scheme of ["light", "dark"]) {
    test(`ready theme "${th.name}" (${scheme}): every text, field edge, glyph and focus ring the widget renders meets WCAG AA`, async (t) => {
      const pairs = await auditTheme(themeCss(th), scheme);
      const kinds = new Set(pairs.map((p) => p.kind));
      for (const k of ["text", "large text", "field edge", "field text", "glyph", "focus ring", "control accent"]) {
        assert.ok(kinds.has(k), `the audit found ${k} pairs (found: ${[...kinds].join(", ")})`);
      }
      assert.ok(pairs.length > 100, `judged ${pairs.length} pairs`);
      const figures = {
        text: minimum(pairs, ["text", "field text"]),
        large: minimum(pairs, ["large text"]),
        ui: minimum(pairs, ["field edge", "glyph", "control accent"]),
        focus: minimum(pairs, ["focus ring"]),
      };
      t.diagnostic(`${th.name} ${scheme}: ${pairs.length} pairs; min text ${figures.text}, large ${figures.large}, UI ${figures.ui}, focus ${figures.focus}`);
      const known = KNOWN.filter((k) => k.theme === th.id && k.scheme === scheme);
      const failures = failuresOf(pairs);
      const unexpected = failures.filter((f) => !known.some((k) => k.kind === f.kind && k.fg === f.fg && k.bg === f.bg));
      assert.deepEqual(unexpected.map(describe), [], "pairs below WCAG AA");
      for (const k of known) {
        assert.ok(failures.some((f) => f.kind === k.kind && f.fg === k.fg && f.bg === k.bg), `known failure fixed? remove it from KNOWN: ${JSON.stringify(k)}`);
      }
    });
  }
}

test("the contrast audit fails a bad theme (pale secondary text, a faint focus ring, a washed-out accent)", async () => {
  const bad = {
    "--harbor-color-muted": "#9aa5a8", // ≈ 2.5:1 on white
    "--harbor-color-focus": "#d5e0e2", // ≈ 1.3:1 on white
    "--harbor-color-accent": "#6fb7c0", // white text on it ≈ 2.2:1
  };
  const pairs = await auditTheme(themeCss({ values: bad }), "light");
  const failures = failuresOf(pairs);
  const kinds = new Set(failures.map((f) => f.kind));
  for (const k of ["text", "focus ring"]) assert.ok(kinds.has(k), `the bad theme's ${k} failures are caught (caught: ${[...kinds].join(", ")})`);
  assert.ok(failures.some((f) => f.fg === "#9aa5a8"), "the pale secondary text is named");
  assert.ok(failures.some((f) => f.kind === "text" && f.bg === "#6fb7c0"), "white on the washed-out accent is named");
  assert.ok(failures.some((f) => f.kind === "focus ring" && f.fg === "#d5e0e2"), "the faint ring is named");
});

// ---------------------------------------------------------------------------------------------
// Accessibility of the playground itself.

async function axeWholePage(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  });
}

test("axe-core finds no violations on the playground, wide (High contrast, dark) and on a 360 px phone (Warm)", async () => {
  {
    const { page, context } = await openPlayground({ viewport: { width: 1200, height: 900 } });
    try {
      await page.locator("#preset-high-contrast").check();
      await page.getByLabel("Dark", { exact: true }).check();
      assert.deepEqual(await axeWholePage(page), [], "axe at 1200 px");
    } finally {
      await context.close();
    }
  }
  const { page, context } = await openPlayground({ phone: true });
  try {
    await page.locator("#preset-warm").check();
    assert.deepEqual(await axeWholePage(page), [], "axe at 360 px");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, "no sideways scrolling at 360 px");
    // Each control fits the phone's width.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll(".tokens input, .tokens select, #copy")].filter((el) => el.getBoundingClientRect().right > 360).map((el) => el.id),
    );
    assert.deepEqual(wide, [], "controls inside 360 px");
  } finally {
    await context.close();
  }
});
