// One small driver over three engines, so tests/e2e-engines/ runs the same test file in each:
// ENGINE=chromium (Debian's chromium, puppeteer-core over CDP), firefox (firefox-esr,
// puppeteer-core over WebDriver BiDi, no geckodriver), webkit (WebKitGTK's MiniBrowser through
// WebKitWebDriver and selenium-webdriver, under xvfb-run). `cargo xtask test` sets ENGINE,
// HARBOR_URL and the browser paths.
//
// What a test gets is deliberately small: evaluate a function in the page, find an element in
// the first widget's shadow root, click it for real, press keys, type. Classic WebDriver has no
// console or network events, so uncaught errors come from the test pages' own recorder
// (www/errors.js) in every engine, and requests from the page's Resource Timing entries.
import puppeteer from "puppeteer-core";
import { WebDriver, Capabilities, Key } from "selenium-webdriver";
import http from "selenium-webdriver/http/index.js";
import remote from "selenium-webdriver/remote/index.js";

export const BASE = process.env.HARBOR_URL;
if (!BASE) throw new Error("HARBOR_URL is not set: run these tests through `cargo xtask test`.");
export const ENGINE = process.env.ENGINE || "chromium";
if (!["chromium", "firefox", "webkit"].includes(ENGINE)) throw new Error(`ENGINE=${ENGINE}: expected chromium, firefox or webkit`);

const FIND_IN_WIDGET = (s, w = 0) => document.querySelectorAll("harbor-widget")[w]?.shadowRoot?.querySelector(s) || null;
const VIEWPORT = { width: 1000, height: 900 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts the engine's browser; returns { open(path), close() }. */
export async function launch() {
  return ENGINE === "webkit" ? launchWebKit() : launchPuppeteer();
}

async function launchPuppeteer() {
  const browser =
    ENGINE === "firefox"
      ? await puppeteer.launch({ browser: "firefox", executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr", headless: true, protocol: "webDriverBiDi", defaultViewport: VIEWPORT })
      : await puppeteer.launch({
          executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
          headless: true,
          defaultViewport: VIEWPORT,
          args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
        });
  return {
    async open(path) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const pageErrors = [];
      page.on("pageerror", (e) => pageErrors.push(String(e)));
      await page.goto(BASE + path);
      return session({
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        // Polled with plain evaluate calls: puppeteer's in-page waits were seen to miss elements
        // Yew had re-rendered, and they fail under the strict-CSP page (no 'unsafe-eval').
        element: async (fn, args) => (await page.evaluateHandle(fn, ...args)).asElement(),
        click: (el) => el.click(),
        press: (key) => page.keyboard.press(key),
        type: (text) => page.keyboard.type(text),
        pageErrors,
        // Chromium only (CDP): JS heap and event listeners after a full garbage collection.
        memory:
          ENGINE === "chromium"
            ? async () => {
                const cdp = await page.createCDPSession();
                await cdp.send("HeapProfiler.collectGarbage");
                const { usedSize } = await cdp.send("Runtime.getHeapUsage");
                await cdp.send("Performance.enable");
                const { metrics } = await cdp.send("Performance.getMetrics");
                await cdp.detach();
                return { heap: usedSize, listeners: metrics.find((m) => m.name === "JSEventListeners").value };
              }
            : async () => null,
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

async function launchWebKit() {
  const service = new remote.DriverService.Builder(process.env.WEBKIT_DRIVER || "/usr/bin/WebKitWebDriver").setHostname("127.0.0.1").build();
  const url = await service.start();
  const binary = process.env.WEBKIT_BROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
  const caps = new Capabilities({ "webkitgtk:browserOptions": { binary, args: ["--automation"] } });
  // One browser session per page, as puppeteer gives each page its own context: nothing carries over.
  const drivers = new Set();
  const keys = { Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, " ": Key.SPACE };
  // WebDriver runs a function body; this wraps a test's function so its arguments reach it.
  const call = (fn) => `return (${fn}).apply(null, arguments)`;
  return {
    async open(path) {
      // WebKitWebDriver holds one session at a time: end one a failed test left open.
      for (const d of drivers) await d.quit().catch(() => {});
      drivers.clear();
      const driver = WebDriver.createSession(new http.Executor(new http.HttpClient(url)), caps);
      drivers.add(driver);
      await driver.manage().window().setRect(VIEWPORT);
      // No script timeout: WebKitWebDriver enforces one with the page's own setTimeout, which a
      // test's virtual clock (www/fake-clock.js) would run and count. Node's --test-timeout
      // (set by xtask) bounds a test instead.
      await driver.manage().setTimeouts({ script: null });
      await driver.get(BASE + path);
      return session({
        evaluate: (fn, ...args) => driver.executeScript(call(fn), ...args),
        element: (fn, args) => driver.executeScript(call(fn), ...args),
        click: (el) => el.click(),
        press: (key) => driver.actions().sendKeys(keys[key] ?? key).perform(),
        type: (text) => driver.actions().sendKeys(text).perform(),
        pageErrors: [],
        memory: async () => null,
        close: async () => {
          drivers.delete(driver);
          await driver.quit();
        },
      });
    },
    async close() {
      for (const d of drivers) await d.quit().catch(() => {});
      await service.kill();
    },
  };
}

/** Calls `probe` every 100 ms until it returns something truthy; returns that, or throws after `timeout` ms. */
async function poll(probe, what, timeout) {
  for (const end = Date.now() + timeout; Date.now() < end; ) {
    const value = await probe();
    if (value) return value;
    await sleep(100);
  }
  throw new Error(`waited ${timeout} ms for ${what} (${ENGINE})`);
}

/** The engine-neutral page a test uses, built on one engine's few primitives. */
function session(p) {
  const s = {
    evaluate: p.evaluate,
    /** Waits until `selector` matches in the shadow root of the page's first widget (or its
     *  `widget`th); returns the element. */
    waitIn: (selector, { timeout = 30000, widget = 0 } = {}) =>
      poll(() => p.element(FIND_IN_WIDGET, [selector, widget]), `${selector} in widget ${widget}`, timeout),
    /** Waits until `fn` (run in the page) returns something truthy; returns it. */
    until: (fn, what, timeout = 30000) => poll(() => p.evaluate(fn), what, timeout),
    /** Waits until the focused element's text is `text`; returns what was last focused, for the
     *  test's assertion to show. */
    async focusedBecomes(text, timeout = 5000) {
      let last = "";
      await poll(async () => (last = await s.focused()) === text, `focus on ${text}`, timeout).catch(() => {});
      return last;
    },
    /** Waits for the app (not the loader's frame) in the first widget. */
    ready: () => s.waitIn(".hb-panel .hb-bar"),
    /** A real click (pointer events at the element's centre) on `selector`'s nth match in a widget. */
    async click(selector, nth = 0, widget = 0) {
      await s.waitIn(selector, { widget });
      const el = await p.element(
        (sel, n, w) => document.querySelectorAll("harbor-widget")[w].shadowRoot.querySelectorAll(sel)[n] || null,
        [selector, nth, widget],
      );
      if (!el) throw new Error(`no match ${nth} for ${selector}`);
      await p.click(el);
    },
    press: p.press,
    type: p.type,
    /** { heap, listeners } after a garbage collection where the engine can tell (Chromium); else null. */
    memory: p.memory,
    /** The text of every element matching `selector` in the first widget. */
    text: (selector) =>
      p.evaluate((sel) => [...document.querySelector("harbor-widget").shadowRoot.querySelectorAll(sel)].map((e) => e.textContent.trim()), selector),
    /** The focused element's text, through shadow roots. */
    focused: () =>
      p.evaluate(() => {
        let el = document.activeElement;
        while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
        return el ? el.textContent.trim() : "";
      }),
    /** Uncaught errors so far: the page's recorder (www/errors.js) and, where the engine reports them, its own. */
    errors: async () => [...p.pageErrors, ...(await p.evaluate(() => window.__errors || []))],
    /** What the page wrote to console.error and console.warn (recorded by www/errors.js). */
    console: () => p.evaluate(() => window.__console || []),
    /** Every URL the page fetched (the document and its Resource Timing entries). */
    requests: () => p.evaluate(() => [location.href, ...performance.getEntriesByType("resource").map((e) => e.name)]),
    close: p.close,
  };
  return s;
}
