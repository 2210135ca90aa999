// Harbor's core flows in Firefox (Debian's firefox-esr, headless, driven over WebDriver BiDi by
// puppeteer-core: no geckodriver). `cargo xtask test --only e2e --engine firefox` runs this file
// alone; the full suite runs it after the Chromium files.
//
// A subset of tests/e2e/, by capability: puppeteer has no fake clock, so the timed exercises
// (breathing, urge timer, muscle relaxation) are opened and started here but not run to their
// end (Chromium runs them on Playwright's clock); no print emulation or downloads either (the
// plan's print and file are checked in Chromium). Everything a visitor does without waiting
// runs here: render, Get help now with a country's lines, keyboard entry order, 5-4-3-2-1 to its
// end, the finder to its result, the safety plan to its summary, the launcher with focus
// return, Arabic right to left, strict CSP, the static fallback, nothing stored or sent.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import puppeteer from "puppeteer-core";

const BASE = process.env.HARBOR_URL;
if (!BASE) throw new Error("HARBOR_URL is not set: run these tests through `cargo xtask test`.");
const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";

let browser;
before(async () => {
  browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true, protocol: "webDriverBiDi" });
});
after(async () => browser && (await browser.close()));

/** A fresh page (own context) that records requests and page errors. */
async function open(path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const log = { requests: [], errors: [] };
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("pageerror", (e) => log.errors.push(String(e)));
  await page.goto(BASE + path);
  return { page, context, log };
}

const fixture = (attrs) => "/www/fixture.html?" + new URLSearchParams(attrs).toString();
/** Waits until `selector` matches in the first widget's shadow root; returns the element.
 *  Polled from here with plain evaluate calls: puppeteer's in-page waits were seen to miss
 *  elements Yew had re-rendered, and they fail under the strict-CSP page (no 'unsafe-eval'). */
async function waitIn(page, selector, timeout = 30000) {
  const find = (s) => document.querySelector("harbor-widget")?.shadowRoot?.querySelector(s) || null;
  for (const end = Date.now() + timeout; Date.now() < end; ) {
    const handle = (await page.evaluateHandle(find, selector)).asElement();
    if (handle) return handle;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`waited ${timeout} ms for ${selector} in the widget`);
}
/** Waits for the app (not the loader's frame) in the first widget. */
const ready = (page) => waitIn(page, ".hb-panel .hb-bar");
/** A real click (mouse events at the element's centre) on `selector` in the widget. */
const click = async (page, selector) => (await waitIn(page, selector)).click();
/** Every element matching `selector` in the widget. */
const all = async (page, selector) => {
  await waitIn(page, selector);
  const list = await page.evaluateHandle((s) => [...document.querySelector("harbor-widget").shadowRoot.querySelectorAll(s)], selector);
  const props = await list.getProperties();
  return [...props.values()].map((p) => p.asElement()).filter(Boolean);
};
/** The text of every element matching `selector` in the first widget. */
const text = (page, selector) =>
  page.$eval("harbor-widget", (h, s) => [...h.shadowRoot.querySelectorAll(s)].map((e) => e.textContent.trim()), selector);
/** The focused element's text, through shadow roots. */
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el ? el.textContent.trim() : "";
  });

test("renders; Quick exit then Get help now by Tab; Get help now shows the country's lines", async () => {
  const { page, context, log } = await open(fixture({ country: "GB" }));
  await ready(page);
  assert.deepEqual(await text(page, "#hb-screen-title"), ["Support for difficult moments"]);
  await page.keyboard.press("Tab");
  assert.equal(await focused(page), "Quick exit");
  await page.keyboard.press("Tab");
  assert.equal(await focused(page), "Get help now");
  await page.keyboard.press("Enter");
  await waitIn(page, ".hb-emergency");
  const numbers = await text(page, ".hb-crisis .hb-number");
  assert.equal(numbers[0], "999", "the emergency number first");
  assert.ok(numbers.includes("116 123"), `Samaritans' number among ${numbers}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("5-4-3-2-1 runs to its check-in; the timed exercises start", async () => {
  const { page, context, log } = await open(fixture({ country: "US" }));
  await ready(page);
  await click(page, ".hb-card");
  await click(page, ".hb-exercise-card");
  for (let i = 0; i < 5; i++) {
    await waitIn(page, ".hb-next");
    await click(page, ".hb-next");
  }
  await waitIn(page, ".hb-checkin");
  for (const n of [1, 2, 3]) {
    await click(page, ".hb-back");
    await waitIn(page, ".hb-exercise-card");
    const cards = await all(page, ".hb-exercise-card");
    await cards[n].click();
    await click(page, ".hb-start, .hb-urge-start");
    await waitIn(page, ".hb-stop, .hb-pause");
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the finder reaches its result, with the approaches and next steps", async () => {
  const { page, context, log } = await open(fixture({ country: "US", "contact-url": "https://practice.example/book" }));
  await ready(page);
  const cards = await all(page, ".hb-card");
  await cards[2].click();
  await click(page, ".hb-finder-start");
  for (let i = 0; i < 8; i++) {
    await click(page, ".hb-finder-choice");
    await click(page, ".hb-finder-next");
  }
  await waitIn(page, ".hb-finder-result");
  const approaches = await text(page, ".hb-finder-approach h4");
  assert.equal(approaches.length, 3, `three approaches: ${approaches}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the safety plan: a step written, the services step holds the crisis numbers, the summary shows both", async () => {
  const { page, context, log } = await open(fixture({ country: "US" }));
  await ready(page);
  const cards = await all(page, ".hb-card");
  await cards[1].click();
  await click(page, ".hb-plan-start");
  await click(page, ".hb-plan-field");
  await page.keyboard.type("<b>not bold</b> I stop answering messages");
  for (let i = 0; i < 4; i++) await click(page, ".hb-plan-next");
  const services = await page.$eval("harbor-widget", (h) => h.shadowRoot.querySelector(".hb-plan-field").value);
  assert.match(services, /^Emergency number: 911\n/);
  assert.match(services, /988/);
  await click(page, ".hb-plan-see");
  await waitIn(page, ".hb-plan-summary");
  const sheet = await text(page, ".hb-plan-sheet");
  assert.match(sheet[0], /<b>not bold<\/b> I stop answering messages/, "typed markup stays text");
  assert.equal(await page.$eval("harbor-widget", (h) => h.shadowRoot.querySelectorAll(".hb-plan-sheet b").length), 0);
  assert.match(sheet[0], /If you are in immediate danger, call 911\./);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("launcher: opens with Get help now focused and closing returns focus to the button", async () => {
  const { page, context, log } = await open(fixture({ country: "GB", mode: "launcher" }));
  await click(page, "button[part=launcher]");
  await waitIn(page, "dialog[open] .hb-panel .hb-bar");
  // A pointer press: the loader's dialog opens at once with Get help now focused, and the app
  // keeps that focus when it takes over (tests/e2e/help-first.test.mjs, in Chromium).
  assert.equal(await focused(page), "Get help now");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("harbor-widget").shadowRoot.querySelector("dialog[open]"));
  assert.equal(await focused(page), "Need support?", "focus back on the launcher");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Arabic lays out right to left", async () => {
  const { page, context, log } = await open(fixture({ country: "EG", lang: "ar" }));
  await ready(page);
  const root = await page.$eval("harbor-widget", (host) => {
    const h = host.shadowRoot.querySelector(".harbor");
    return { dir: h.getAttribute("dir"), lang: h.getAttribute("lang"), css: getComputedStyle(h).direction };
  });
  assert.deepEqual(root, { dir: "rtl", lang: "ar", css: "rtl" });
  assert.match((await text(page, "#hb-screen-title"))[0], /[\u0600-\u06FF]/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("strict CSP: the app runs; without 'wasm-unsafe-eval' the static crisis block shows", async () => {
  const strict = await open("/www/strict-csp.html");
  await ready(strict.page);
  assert.deepEqual(strict.log.errors, []);
  await strict.context.close();
  const blocked = await open("/www/no-wasm.html");
  await waitIn(blocked.page, ".hf");
  const block = await blocked.page.$eval("harbor-widget", (h) => h.shadowRoot.querySelector(".hf").textContent);
  assert.match(block, /If you are in danger now/);
  assert.match(block, /Call 911|emergency/i);
  await blocked.context.close();
});

test("nothing stored and nothing sent beyond Harbor's own files", async () => {
  const { page, context, log } = await open(fixture({ country: "US" }));
  await ready(page);
  await click(page, ".hb-help");
  await waitIn(page, ".hb-emergency");
  const stored = await page.evaluate(() => ({ cookies: document.cookie, local: localStorage.length, session: sessionStorage.length }));
  assert.deepEqual(stored, { cookies: "", local: 0, session: 0 });
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(BASE + "/")), []);
  await context.close();
});
