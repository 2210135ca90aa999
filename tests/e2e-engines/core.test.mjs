// Harbor's core flows, the same file in every engine: `cargo xtask test` runs it with
// ENGINE=chromium, firefox and webkit (tests/e2e-engines/driver.mjs), and
// `cargo xtask test --only e2e --engine webkit` runs one. Chromium also runs every flow in
// depth in tests/e2e/ (Playwright: fake clock, print, downloads, axe, phone emulation).
//
// What is not here: the timed exercises (breathing, urge timer, muscle relaxation) are opened
// and started here, and run to their ends on a virtual clock in hardening.test.mjs; no print emulation or downloads (the plan's print and file are
// checked in Chromium). Everything a visitor does without waiting runs in all three engines:
// render, keyboard entry order, Get help now with a country's lines, 5-4-3-2-1 to its end, the
// finder to its result, the safety plan to its summary, the launcher with focus return, Arabic
// right to left, strict CSP, the static fallback when WebAssembly is blocked or the wasm is
// missing, nothing stored or sent.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, BASE, ENGINE } from "./driver.mjs";
import { watchHost } from "../e2e/host-watch.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser && (await browser.close()));

const fixture = (attrs) => "/www/fixture.html?" + new URLSearchParams(attrs).toString();
const open = (path) => browser.open(path);

test("renders; Quick exit then Get help now by Tab; Get help now shows the country's lines", async () => {
  const page = await open(fixture({ country: "GB" }));
  await page.ready();
  assert.deepEqual(await page.text("#hb-screen-title"), ["Support for difficult moments"]);
  await page.press("Tab");
  assert.equal(await page.focused(), "Quick exit");
  await page.press("Tab");
  assert.equal(await page.focused(), "Get help now");
  await page.press("Enter");
  await page.waitIn(".hb-emergency");
  const numbers = await page.text(".hb-crisis .hb-number");
  assert.equal(numbers[0], "999", "the emergency number first");
  assert.ok(numbers.includes("116 123"), `Samaritans' number among ${numbers}`);
  assert.deepEqual(await page.errors(), []);
  await page.close();
});

test("5-4-3-2-1 runs to its check-in; the timed exercises start", async () => {
  const page = await open(fixture({ country: "US" }));
  await page.ready();
  await page.click(".hb-card");
  await page.click(".hb-exercise-card");
  for (let i = 0; i < 5; i++) {
    await page.waitIn(".hb-next");
    await page.click(".hb-next");
  }
  await page.waitIn(".hb-checkin");
  for (const n of [1, 2, 3]) {
    await page.click(".hb-back");
    await page.waitIn(".hb-exercise-card");
    await page.click(".hb-exercise-card", n);
    await page.click(".hb-start, .hb-urge-start");
    await page.waitIn(".hb-stop, .hb-pause");
  }
  assert.deepEqual(await page.errors(), []);
  await page.close();
});

test("the finder reaches its result, with the approaches and next steps", async () => {
  const page = await open(fixture({ country: "US", "contact-url": "https://practice.example/book" }));
  await page.ready();
  await page.click(".hb-card", 2);
  await page.click(".hb-finder-start");
  for (let i = 0; i < 8; i++) {
    await page.click(".hb-finder-choice");
    await page.click(".hb-finder-next");
  }
  await page.waitIn(".hb-finder-result");
  const approaches = await page.text(".hb-finder-approach h4");
  assert.equal(approaches.length, 3, `three approaches: ${approaches}`);
  assert.deepEqual(await page.errors(), []);
  await page.close();
});

test("the safety plan: a step written, the services step holds the crisis numbers, the summary shows both", async () => {
  const page = await open(fixture({ country: "US" }));
  await page.ready();
  await page.click(".hb-card", 1);
  await page.click(".hb-plan-start");
  await page.click(".hb-plan-field");
  await page.type("<b>not bold</b> I stop answering messages");
  for (let i = 0; i < 4; i++) await page.click(".hb-plan-next");
  const services = await page.evaluate(() => document.querySelector("harbor-widget").shadowRoot.querySelector(".hb-plan-field").value);
  assert.match(services, /^Emergency number: 911\n/);
  assert.match(services, /988/);
  await page.click(".hb-plan-see");
  await page.waitIn(".hb-plan-summary");
  const sheet = await page.text(".hb-plan-sheet");
  assert.match(sheet[0], /<b>not bold<\/b> I stop answering messages/, "typed markup stays text");
  assert.equal(await page.evaluate(() => document.querySelector("harbor-widget").shadowRoot.querySelectorAll(".hb-plan-sheet b").length), 0);
  assert.match(sheet[0], /If you are in immediate danger, call 911\./);
  assert.deepEqual(await page.errors(), []);
  await page.close();
});

test("launcher: opens with Get help now focused and closing returns focus to the button", async () => {
  const page = await open(fixture({ country: "GB", mode: "launcher" }));
  await page.click("button[part=launcher]");
  await page.waitIn("dialog[open] .hb-panel .hb-bar");
  // A pointer press: the loader's dialog opens at once with Get help now focused, and the app
  // keeps that focus when it takes over (tests/e2e/help-first.test.mjs, in Chromium).
  assert.equal(await page.focused(), "Get help now");
  await page.press("Escape");
  await page.until(() => !document.querySelector("harbor-widget").shadowRoot.querySelector("dialog[open]"), "the dialog to close");
  // Focus returns just after the dialog closes (seen a frame late in Chromium on a busy machine).
  assert.equal(await page.focusedBecomes("Need support?"), "Need support?", "focus back on the launcher");
  assert.deepEqual(await page.errors(), []);
  await page.close();
});

test("Arabic lays out right to left", async () => {
  const page = await open(fixture({ country: "EG", lang: "ar" }));
  await page.ready();
  const root = await page.evaluate(() => {
    const h = document.querySelector("harbor-widget").shadowRoot.querySelector(".harbor");
    return { dir: h.getAttribute("dir"), lang: h.getAttribute("lang"), css: getComputedStyle(h).direction };
  });
  assert.deepEqual(root, { dir: "rtl", lang: "ar", css: "rtl" });
  assert.match((await page.text("#hb-screen-title"))[0], /[\u0600-\u06FF]/);
  assert.deepEqual(await page.errors(), []);
  await page.close();
});

test("strict CSP: the app runs; without 'wasm-unsafe-eval' the static crisis block shows", async () => {
  const strict = await open("/www/strict-csp.html");
  await strict.ready();
  assert.deepEqual(await strict.errors(), []);
  await strict.close();
  const blocked = await open("/www/no-wasm.html");
  await blocked.waitIn(".hf");
  const block = (await blocked.text(".hf"))[0];
  assert.match(block, /If you are in danger now/);
  assert.match(block, /Call 911|emergency/i);
  // Each engine words the blocked-WebAssembly error its own way; the site owner's advice is the same.
  const said = (await blocked.console()).join("\n");
  assert.match(said, /blocks WebAssembly: add 'wasm-unsafe-eval' to script-src/, `console advice in ${ENGINE}: ${said}`);
  await blocked.close();
});

test("a missing wasm file: the static crisis block with the country's number, and the host page keeps working", async () => {
  const page = await open("/www/missing-wasm.html");
  await page.waitIn(".hf a[href='tel:999']");
  const clicked = await page.evaluate(() => {
    let pressed = false;
    const button = document.getElementById("host-button");
    button.addEventListener("click", () => (pressed = true));
    button.click();
    return pressed;
  });
  assert.equal(clicked, true, "the host's own button still works");
  assert.deepEqual(await page.errors(), []);
  await page.close();
});

test("five widgets that differ in every setting stay independent: screens, focus, dialogs, live regions", async () => {
  const page = await open("/www/five-instances.html");
  // An inline widget starts when it nears the viewport: bring each one into view in turn.
  for (const w of [0, 1, 2, 4]) {
    await page.evaluate((i) => document.querySelectorAll("harbor-widget")[i].scrollIntoView(), w);
    await page.waitIn(".hb-panel .hb-bar", { widget: w });
  }
  await page.waitIn("button[part=launcher]", { widget: 3 });
  const state = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("harbor-widget")].map((host) => {
        const root = host.shadowRoot;
        const h = root.querySelector(".harbor");
        return {
          lang: h ? h.getAttribute("lang") : null,
          dir: h ? h.getAttribute("dir") : null,
          cards: root.querySelectorAll(".hb-card").length,
          emergency: root.querySelector(".hb-emergency .hb-number")?.textContent.trim() ?? null,
          dialog: !!root.querySelector("dialog[open]"),
          live: root.querySelectorAll("[aria-live]").length,
        };
      }),
    );
  const first = await state();
  assert.deepEqual(first.map((w) => w.lang), ["en", "ar", "es", null, "de"], "each inline widget in its own language");
  assert.deepEqual(first.map((w) => w.dir), ["ltr", "rtl", "ltr", null, "ltr"]);
  assert.deepEqual(first.map((w) => w.cards), [4, 4, 2, 0, 1], "each widget shows its own modules");
  for (const w of [0, 1, 2, 4]) assert.ok(first[w].live >= 1, `widget ${w} has its own live region`);

  await page.click(".hb-help", 0, 0);
  await page.waitIn(".hb-emergency", { widget: 0 });
  await page.click(".hb-help", 0, 1);
  await page.waitIn(".hb-emergency", { widget: 1 });
  const helped = await state();
  assert.equal(helped[0].emergency, "999", "the first widget shows Great Britain's number");
  assert.ok(helped[1].emergency && helped[1].emergency !== "999", `the Egyptian widget shows its own number: ${helped[1].emergency}`);
  assert.deepEqual([helped[2].emergency, helped[4].emergency], [null, null], "the others stay where they were");
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll("harbor-widget")[1]), true, "focus is in the widget pressed last");

  await page.click("button[part=launcher]", 0, 3);
  await page.waitIn("dialog[open] .hb-panel .hb-bar", { widget: 3 });
  assert.deepEqual((await state()).map((w) => w.dialog), [false, false, false, true, false], "only the launcher's dialog opens");
  await page.press("Escape");
  await page.until(() => !document.querySelectorAll("harbor-widget")[3].shadowRoot.querySelector("dialog[open]"), "the dialog to close");
  const after = await page.evaluate(() => {
    const host = document.querySelectorAll("harbor-widget")[3];
    return document.activeElement === host && host.shadowRoot.activeElement?.getAttribute("part");
  });
  assert.equal(after, "launcher", "Escape returns focus to that widget's launcher");
  assert.deepEqual((await state()).map((w) => w.emergency).slice(0, 2), helped.map((w) => w.emergency).slice(0, 2), "closing one dialog changes no other widget");
  assert.deepEqual(await page.errors(), []);
  await page.close();
});

test("a whole walk through every section: nothing stored, sent, posted or written outside the element (hardening 6)", async () => {
  const page = await open(fixture({ country: "US" }));
  await page.ready();
  // What the host could watch: its DOM outside the element, messages posted, custom events.
  await page.evaluate(watchHost);
  const secret = "my secret words 7f3a";
  // Ground yourself now: 5-4-3-2-1 to its end.
  await page.click(".hb-card");
  await page.click(".hb-exercise-card");
  for (let i = 0; i < 5; i++) await page.click(".hb-next");
  await page.waitIn(".hb-checkin");
  await page.click(".hb-back");
  await page.waitIn(".hb-exercise-card");
  await page.click(".hb-back");
  // The safety plan, with the visitor's own words, to its summary.
  await page.click(".hb-card", 1);
  await page.click(".hb-plan-start");
  await page.click(".hb-plan-field");
  await page.type(secret);
  await page.click(".hb-plan-see");
  await page.waitIn(".hb-plan-summary");
  await page.click(".hb-back");
  // Find an approach, to its result.
  await page.click(".hb-card", 2);
  await page.click(".hb-finder-start");
  for (let i = 0; i < 8; i++) {
    await page.click(".hb-finder-choice");
    await page.click(".hb-finder-next");
  }
  await page.waitIn(".hb-finder-result");
  // Get help now, then another country and another language, as a visitor's select would.
  await page.click(".hb-help");
  await page.waitIn("#hb-country-select");
  const choose = (sel, value) =>
    page.evaluate(
      (s, v) => {
        const el = document.querySelector("harbor-widget").shadowRoot.querySelector(s);
        el.value = v;
        el.dispatchEvent(new Event("change", { bubbles: true }));
      },
      sel,
      value,
    );
  await choose("#hb-country-select", "CA");
  await page.until(() => document.querySelector("harbor-widget").shadowRoot.querySelector(".hb-emergency .hb-number")?.textContent.trim() === "911", "Canada's emergency number");
  await choose("#hb-language", "es");
  await page.waitIn(".harbor[lang=es]");

  const seen = await page.evaluate(() => window.__seen);
  assert.deepEqual(seen, { mutations: [], messages: 0, posted: 0, custom: [] }, "what the host could see of the walk");
  const attrs = await page.evaluate(() => [...document.querySelector("harbor-widget").attributes].map((a) => `${a.name}=${a.value}`));
  assert.deepEqual(attrs, ["country=US"], "the element carries only the host's own attributes");
  assert.equal(await page.evaluate((s) => document.documentElement.outerHTML.includes(s), secret), false, "the visitor's words are not in the host's DOM");
  const stored = await page.evaluate(async () => ({
    cookies: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    caches: window.caches ? (await caches.keys()).length : 0,
  }));
  assert.deepEqual(stored, { cookies: "", local: 0, session: 0, idb: 0, caches: 0 });
  assert.deepEqual((await page.requests()).filter((u) => !u.startsWith(BASE + "/")), []);
  assert.deepEqual(await page.errors(), []);
  await page.close();
});
