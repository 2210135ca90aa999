// Shared helpers for Harbor's end-to-end tests (node --test, playwright-core, system Chromium).
// `cargo xtask test` builds dist/, serves the repo on loopback and sets HARBOR_URL and CHROMIUM.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import assert from "node:assert/strict";

const require = createRequire(import.meta.url);
export const BASE = process.env.HARBOR_URL;
if (!BASE) throw new Error("HARBOR_URL is not set: run these tests through `cargo xtask test`.");
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Launches headless Chromium with the flags this machine needs (see ENGINEERING.md). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** A phone, as `open(…, { phone: true })` emulates it: 360 × 740 CSS px, touch, device scale factor 2. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * Opens a page and records every request, console message and page error.
 * `opts.reducedMotion`, `opts.colorScheme`, `opts.forcedColors`, `opts.locale`, `opts.viewport` go to the context;
 * requests matching `opts.block` (a URL glob) fail as if the file were missing.
 * `opts.phone: true` emulates PHONE (an explicit `opts.viewport`, `opts.isMobile`, `opts.hasTouch`
 * or `opts.deviceScaleFactor` overrides that part of it). `opts.clock: true` (or clock.install()
 * options) installs Playwright's fake clock before the page loads; drive it with page.clock.
 * `opts.setup(context)` runs before the page opens (for example to add routes).
 */
export async function open(browser, path, opts = {}) {
  const device = opts.phone ? PHONE : {};
  const emulation = {};
  for (const key of ["isMobile", "hasTouch", "deviceScaleFactor"]) {
    const value = opts[key] ?? device[key];
    if (value !== undefined) emulation[key] = value;
  }
  const context = await browser.newContext({
    locale: opts.locale || "en-US",
    timezoneId: opts.timezoneId || "America/New_York",
    reducedMotion: opts.reducedMotion || "no-preference",
    colorScheme: opts.colorScheme || "light",
    forcedColors: opts.forcedColors || "none",
    viewport: opts.viewport || device.viewport || { width: 1000, height: 900 },
    ...emulation,
  });
  if (opts.block) await context.route(opts.block, (r) => r.abort());
  if (opts.setup) await opts.setup(context);
  if (opts.clock) await context.clock.install(opts.clock === true ? undefined : opts.clock);
  // Every page records Content-Security-Policy violations; read them with cspViolations(page).
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
  });
  const page = await context.newPage();
  const log = { requests: [], console: [], errors: [] };
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("console", (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on("pageerror", (e) => log.errors.push(String(e)));
  await page.goto(BASE + path);
  return { page, context, log };
}

/** The Content-Security-Policy violations the page has reported so far. */
export function cspViolations(page) {
  return page.evaluate(() => window.__violations);
}

/** A fixture page with one <harbor-widget> carrying `attrs` (see www/fixture.html). */
export function fixture(attrs = {}, extra = "") {
  const q = new URLSearchParams(attrs).toString();
  return "/www/fixture.html?" + q + extra;
}

/** Waits until the widget's app (not the fallback) has rendered. */
export async function ready(page, selector = "harbor-widget") {
  await page.locator(selector).first().locator(".hb-bar").waitFor({ timeout: 20000 });
}

/** Waits for the app, presses "Get help now" and waits for the crisis screen; returns the widget. */
export async function openHelp(page) {
  await ready(page);
  const w = widget(page);
  await w.locator(".hb-help").click();
  await w.locator(".hb-emergency").waitFor();
  return w;
}

/** The first widget's shadow content, as a Playwright locator (Playwright pierces open shadow roots). */
export function widget(page, index = 0) {
  return page.locator("harbor-widget").nth(index);
}

/** Runs axe-core on the widget(s) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page, label) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run({ include: [["harbor-widget"]] }, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  });
  assert.deepEqual(violations, [], `axe-core violations on ${label}:\n${violations.join("\n")}`);
}

/** Every request went to Harbor's own origin (the page, harbor.js, the app, the wasm). */
export function expectOnlyOwnRequests(log) {
  const foreign = log.requests.filter((u) => !u.startsWith(BASE + "/"));
  assert.deepEqual(foreign, [], "requests to other origins");
}

/** Nothing stored: cookies, localStorage, sessionStorage, IndexedDB, Cache Storage. */
export async function expectNothingStored(page) {
  const stored = await page.evaluate(async () => ({
    cookies: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { cookies: "", local: 0, session: 0, idb: 0, caches: 0 });
  assert.deepEqual(await page.context().cookies(), []);
}

/** Presses Tab until the focused element inside the widget matches `text` (a RegExp). */
export async function tabTo(page, text, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el ? (el.getAttribute("aria-label") || el.textContent || el.value || "").trim() : "";
    });
    if (text.test(label)) return label;
  }
  throw new Error(`could not reach ${text} with Tab`);
}

/** The text of the focused element (through shadow roots). */
export async function focusedText(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el ? (el.textContent || "").trim() : "";
  });
}

/** Records every text the widget's polite live region shows, with the (possibly fake) time it
 *  appeared; read them with said(page) or saidAt(page). */
export async function recordAnnouncements(w) {
  await w.evaluate((host) => {
    const region = host.shadowRoot.querySelector(".hb-sr-only[aria-live]");
    window.__said = [];
    new MutationObserver(() => {
      const text = region.textContent.trim();
      if (text) window.__said.push({ text, at: Date.now() });
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}
/** The texts recordAnnouncements has seen, in order. */
export const said = async (page) => (await saidAt(page)).map((s) => s.text);
/** The same, each with the time it appeared. */
export const saidAt = (page) => page.evaluate(() => window.__said);

export { assert };
