// `cargo xtask bench` (browser part): "time to help". On an emulated phone with a slow CPU and a
// slow network, how many taps and how many milliseconds it takes a visitor, from the moment the
// page starts loading, to have a dialable crisis line (and the emergency number) on screen.
// Prints numbers against PRODUCT.md's budget; asserts nothing. It exits non-zero, with a reason,
// if a page never shows a line within TIMEOUT, rather than printing figures that mean nothing.
import { chromium } from "playwright-core";
import { writeFileSync, mkdirSync } from "node:fs";

const BASE = process.env.HARBOR_URL;
if (!BASE) {
  console.error("time to help: HARBOR_URL is not set: run this through `cargo xtask bench`.");
  process.exit(1);
}
const RUNS = 5;
const TIMEOUT = 60000; // per run, from navigation start
const SETTLE = 1000; // how long the bench waits, once the crisis screen exists, before it swipes
const MAX_SWIPES = 3;

// The phone: a common small Android viewport, touch only.
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
// CPU 4× slower (CDP Emulation.setCPUThrottlingRate), as PRODUCT.md's budget says.
const CPU_RATE = 4;
// Slow 4G: Chrome DevTools' "Slow 4G" preset (front_end/core/sdk/NetworkManager.ts), which is
// Lighthouse's mobileSlow4G (core/config/constants.js: rttMs 150, 1.6 Mbit/s down, 750 kbit/s
// up) with DevTools' adjustment factors (latency × 3.75, throughput × 0.9):
//   latency  150 ms × 3.75            = 562.5 ms added to every request
//   download 1.6 Mbit/s × 0.9 = 1.44 Mbit/s = 180 000 bytes/s
//   upload   750 kbit/s × 0.9 = 675 kbit/s  =  84 375 bytes/s
// (Lighthouse's own devtools throttling uses 1024-based kbit, 188 744 bytes/s down: 5 % faster.)
const NETWORK = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};

// Where xtask serves /bench/ from (cargo's target directory, wherever it is).
const BENCH_DIR = process.env.HARBOR_BENCH_DIR || "target/bench";
mkdirSync(BENCH_DIR, { recursive: true });

// The probe runs before Harbor's script. Every animation frame it records, in ms since
// navigation start (performance.now()), the first frame in which:
//   line      the first `a[href^="tel:"]` inside `.hb-services` is fully inside the viewport
//             and not covered (the element at its centre is the link, not the sticky top bar,
//             the dialog's edge or anything else);
//   emergency the same for `.hb-emergency a[href^="tel:"]`;
//   both      both at once;
// plus when the widget first intersects the viewport (entry), when the launcher button, "Get
// help now" and the crisis line first exist in the shadow root, and every touch (touchstart's
// timeStamp, which is on the same clock).
const PROBE = `<script>
(function () {
  var h = (window.__help = { taps: [], entry: null, launcher: null, help: null, rendered: null, line: null, emergency: null, both: null, fallback: false });
  addEventListener("touchstart", function (e) { h.taps.push(e.timeStamp); }, { capture: true, passive: true });
  function state(root, sel) {
    var el = root.querySelector(sel);
    if (!el) return "absent";
    var r = el.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth)) return "out of view";
    var hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit && (hit === el || el.contains(hit)) ? "in view" : "covered";
  }
  h.state = function () {
    var w = document.getElementById("w");
    var root = w && w.shadowRoot;
    if (!root) return { line: "absent", emergency: "absent" };
    return { line: state(root, ".hb-services a[href^='tel:']"), emergency: state(root, ".hb-emergency a[href^='tel:']") };
  };
  (function check() {
    var t = performance.now();
    var w = document.getElementById("w");
    var root = w && w.shadowRoot;
    if (w && h.entry === null) {
      var b = w.getBoundingClientRect();
      if (b.top < innerHeight && b.bottom >= 0) h.entry = t;
    }
    if (root) {
      if (h.launcher === null && root.querySelector("button.hl[part=launcher]")) h.launcher = t;
      if (h.help === null && root.querySelector(".hb-help")) h.help = t;
      if (h.rendered === null && root.querySelector(".hb-services a[href^='tel:']")) h.rendered = t;
      if (root.querySelector("[part=fallback]")) h.fallback = true;
      var s = h.state();
      if (h.line === null && s.line === "in view") h.line = t;
      if (h.emergency === null && s.emergency === "in view") h.emergency = t;
      if (h.both === null && s.line === "in view" && s.emergency === "in view") h.both = t;
      // Help first: the loader's static lines (emergency number, then the main line).
      if (h.frame === undefined && root.querySelector("[data-frame] .hl:not(.hx)")) h.frame = t;
      var links = root.querySelectorAll("[data-frame] .hf a[href^='tel:']");
      if (h.staticBoth === undefined && links.length >= 2) {
        var inView = function (el) { var r = el.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; };
        if (inView(links[0]) && inView(links[1])) h.staticBoth = t;
      }
    }
    if (h.both === null || (h.firstMode && h.staticBoth === undefined)) requestAnimationFrame(check);
  })();
})();
</script>`;

// A plain practice page as a phone sees it: a viewport meta, as any mobile-ready site has, and
// the script tag as README.md gives it (`defer`), so the page is on screen before harbor.js.
const page = (title, attrs) => `<!doctype html><html lang="en"><head><meta charset=utf-8>
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${PROBE}
<script src="/dist/harbor.js" defer></script></head>
<body style="margin:0;font-family:system-ui,sans-serif">
<header style="padding:1em"><strong>Riverside Counselling</strong></header>
<main style="padding:0 1em"><harbor-widget id="w" country="US" lang="en"${attrs}></harbor-widget>
<p>We offer individual and couples therapy.</p></main></body></html>`;
writeFileSync(`${BENCH_DIR}/help-inline.html`, page("bench time to help (inline)", ""));
writeFileSync(`${BENCH_DIR}/help-launcher.html`, page("bench time to help (launcher)", ' mode="launcher"'));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});

class NoHelp extends Error {}

/** A fresh phone context (no cache, no cookies). */
const phoneContext = () => browser.newContext({ ...PHONE, locale: "en-US", timezoneId: "America/New_York", reducedMotion: "no-preference" });

/** The slow phone: cache off, Slow 4G, CPU 4× slower. Returns the CDP session (for touches). */
async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_RATE });
  return cdp;
}

/** One visit in a fresh context (no cache, no cookies). Returns the probe's record plus the bench's own counts. */
async function visit(path, launcher) {
  const context = await phoneContext();
  const errors = [];
  try {
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    const cdp = await throttle(context, page);
    const deadline = Date.now() + TIMEOUT;
    const left = () => Math.max(1, deadline - Date.now());
    const why = async (step) => {
      const h = await page.evaluate(() => window.__help && { ...window.__help, now: window.__help.state() }).catch(() => null);
      const seen = h ? `launcher button ${h.launcher === null ? "never" : "at " + h.launcher.toFixed(0) + " ms"}, Get help now ${h.help === null ? "never" : "at " + h.help.toFixed(0) + " ms"}, crisis line ${h.rendered === null ? "never rendered" : "rendered at " + h.rendered.toFixed(0) + " ms"}; now: line ${h.now.line}, emergency number ${h.now.emergency}${h.fallback ? "; the static fallback block is showing instead of the app" : ""}` : "page not readable";
      return new NoHelp(`time to help (${launcher ? "launcher" : "inline"}): no dialable crisis line in view within ${TIMEOUT / 1000} s of navigation (${step}). Seen: ${seen}.${errors.length ? " Page errors: " + errors.join(" | ") : ""}`);
    };
    // Navigation starts the page's clock; don't wait for `load`: the visitor acts as soon as they can.
    await page.goto(BASE + path, { waitUntil: "commit", timeout: TIMEOUT });
    let taps = 0;
    let swipes = 0;
    // If Harbor gives up and shows its static block, say so now rather than after TIMEOUT.
    const app = async () => {
      await page.waitForFunction(() => window.__help.help !== null || window.__help.fallback, null, { timeout: left(), polling: 50 });
      if (await page.evaluate(() => window.__help.fallback)) throw new Error("fallback");
    };
    try {
      if (launcher) {
        await page.locator("#w button.hl[part=launcher]").tap({ timeout: left() });
        taps++;
      }
      await app();
      await page.locator("#w .hb-help").tap({ timeout: left() });
      taps++;
    } catch (e) {
      throw await why(taps === 0 && launcher ? "tapping the launcher button" : "waiting for and tapping Get help now");
    }
    // The crisis screen renders; give it SETTLE ms to bring the line on screen by itself.
    try {
      await page.waitForFunction(
        (settle) => { const h = window.__help; return h.both !== null || (h.rendered !== null && performance.now() - h.rendered > settle); },
        SETTLE,
        { timeout: left(), polling: 100 }
      );
    } catch (e) {
      throw await why("waiting for the crisis screen after Get help now");
    }
    // Still not on screen: swipe as a visitor would (a finger drag in the middle of the screen,
    // inside the dialog in launcher mode), at most 60 % of the screen per swipe. Raw touch events:
    // this headless Chromium ignores Input.synthesizeScrollGesture with a touch source. The finger
    // rests before lifting, so there is no fling and the page stops where the finger did.
    while ((await page.evaluate(() => window.__help.line === null)) && swipes < MAX_SWIPES) {
      const need = await page.evaluate(() => {
        const w = document.getElementById("w").shadowRoot;
        const r = w.querySelector(".hb-services a[href^='tel:']").getBoundingClientRect();
        // Positive: the line is below the fold; negative: above, or under the sticky bar.
        return r.bottom > innerHeight - 16 ? r.bottom - innerHeight + 16 : r.top < 80 ? r.top - 80 : 0;
      });
      if (need === 0) break;
      const vh = PHONE.viewport.height;
      const x = PHONE.viewport.width / 2;
      const distance = Math.sign(need) * Math.min(Math.abs(need), vh * 0.6);
      const y0 = need > 0 ? vh * 0.8 : vh * 0.2;
      const touch = (type, y) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: y === null ? [] : [{ x, y }] });
      await touch("touchStart", y0);
      const steps = Math.ceil(Math.abs(distance) / 20);
      for (let i = 1; i <= steps; i++) await touch("touchMove", y0 - (distance * i) / steps);
      await page.waitForTimeout(150);
      await touch("touchMove", y0 - distance);
      await touch("touchEnd", null);
      swipes++;
      await page.waitForTimeout(300);
    }
    try {
      await page.waitForFunction(() => window.__help.line !== null && window.__help.emergency !== null, null, { timeout: left(), polling: 100 });
    } catch (e) {
      throw await why(swipes ? `after ${swipes} swipe(s)` : "after tapping Get help now");
    }
    const h = await page.evaluate(() => window.__help);
    return { ...h, tapsDone: taps, touches: h.taps.length, swipes };
  } finally {
    await context.close();
  }
}

/** Help first: the visitor taps the loader's own "Get help now" (inline: in the frame shown at
 *  once; launcher: in the dialog that opens at the press) and gets the static lines. */
async function visitFirst(path, launcher) {
  const context = await phoneContext();
  try {
    const page = await context.newPage();
    await throttle(context, page);
    await page.goto(BASE + path, { waitUntil: "commit", timeout: TIMEOUT });
    await page.evaluate(() => (window.__help.firstMode = true)).catch(() => {});
    if (launcher) await page.locator("#w button.hl[part=launcher]").tap({ timeout: TIMEOUT });
    await page.locator("#w [data-frame] .hl:not(.hx)").first().tap({ timeout: TIMEOUT });
    await page.evaluate(() => (window.__help.firstMode = true));
    await page.waitForFunction(() => window.__help.staticBoth !== undefined, null, { timeout: TIMEOUT, polling: 50 });
    return await page.evaluate(() => window.__help);
  } catch (e) {
    throw new NoHelp(`time to help, help first (${launcher ? "launcher" : "inline"}): the static lines never came into view within ${TIMEOUT / 1000} s (${e.message.split("\n")[0]})`);
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const verdict = (x) => (x <= 500 ? "within stretch" : x <= 1500 ? "within budget" : "OVER BUDGET");
const range = (xs) => (Math.min(...xs) === Math.max(...xs) ? String(xs[0]) : `${Math.min(...xs)}–${Math.max(...xs)}`);
// Every tap the bench made reached the page as a touch (swipes add touches of their own).
const checkTouches = (name, runs) => {
  const lost = runs.filter((r) => r.touches < r.tapsDone);
  if (lost.length) console.log(`  note: in ${lost.length} ${name} run(s) the page saw fewer touches than the bench's taps`);
};

console.log(
  `phone 360×740 @2×, touch; CPU ${CPU_RATE}× slower; Slow 4G (DevTools preset): ${NETWORK.latency} ms latency, ` +
    `${(NETWORK.downloadThroughput / 1000).toFixed(0)} KB/s down, ${(NETWORK.uploadThroughput / 1000).toFixed(1)} KB/s up; ` +
    `fresh context per run, median of ${RUNS}`
);
try {
  for (const [name, path, launcher] of [
    ["inline", "/bench/help-inline.html", false],
    ["launcher", "/bench/help-launcher.html", true],
  ]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await visit(path, launcher));
    const m = (f) => median(runs.map(f));
    const swipes = runs.map((r) => r.swipes);
    const taps = runs.map((r) => r.tapsDone);
    const how = `${range(taps)} tap${Math.max(...taps) > 1 ? "s" : ""}` +
      (Math.max(...swipes) ? ` + ${range(swipes)} swipe${Math.max(...swipes) > 1 ? "s" : ""} (the bench scrolled: the line was not on screen ${SETTLE} ms after the crisis screen rendered; the ms include that wait)` : ", no scrolling");
    console.log(`\n${name} (${launcher ? 'mode="launcher": tap the launcher at load, then Get help now in the dialog' : "<harbor-widget> at the top of the page: tap Get help now as soon as it exists"}): ${how}`);
    if (launcher) console.log(`  launcher button exists ${ms(m((r) => r.launcher))}, tapped ${ms(m((r) => r.taps[0]))}`);
    console.log(`  Get help now exists ${ms(m((r) => r.help))}, tapped ${ms(m((r) => r.taps[r.tapsDone - 1]))}; crisis line rendered ${ms(m((r) => r.rendered))}`);
    console.log(`  from navigation start: emergency number in view ${ms(m((r) => r.emergency))}, first crisis line in view ${ms(m((r) => r.line))}, both on screen together ${runs.every((r) => r.both !== null) ? ms(m((r) => r.both)) : "not in every run"}`);
    checkTouches(name, runs);
    console.log(`  from the tap on Get help now: first crisis line in view ${ms(m((r) => r.line - r.taps[r.tapsDone - 1]))}`);
    // PRODUCT.md measures from the press (launcher) or from viewport entry (inline: the first
    // frame in which the element, at the top of the page, is in the viewport).
    const start = launcher ? (r) => r.taps[0] : (r) => r.entry;
    const startName = launcher ? "press" : `viewport entry (${ms(m((r) => r.entry))} after navigation start)`;
    const line = m((r) => r.line - start(r));
    const emergency = m((r) => r.emergency - start(r));
    // Both on screen together; if a swipe scrolled the emergency number away, the later of the two.
    const bothOf = (r) => (r.both ?? Math.max(r.line, r.emergency)) - start(r);
    const both = m(bothOf);
    console.log(`  budget: ${startName} → emergency number and first crisis line on screen ≤ 1.5 s (stretch ≤ 0.5 s): ${verdict(both)} (${ms(both)}, runs ${range(runs.map((r) => Math.round(bothOf(r))))} ms; emergency number ${ms(emergency)}, first crisis line ${ms(line)})`);
  }
  // Help first: before the app is ready, the loader's frame and its static lines.
  for (const [name, path, launcher] of [
    ["inline, help first", "/bench/help-inline.html", false],
    ["launcher, help first", "/bench/help-launcher.html", true],
  ]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await visitFirst(path, launcher));
    const m = (f) => median(runs.map(f));
    const start = launcher ? (r) => r.taps[0] : (r) => r.entry;
    const both = m((r) => r.staticBoth - start(r));
    console.log(`\n${name} (the loader's own "Get help now", tapped as soon as it exists; the static emergency number and main line): ${launcher ? 2 : 1} tap${launcher ? "s" : ""}, no scrolling`);
    console.log(`  frame's Get help now exists ${ms(m((r) => r.frame))}; static lines on screen ${ms(m((r) => r.staticBoth))} from navigation start`);
    console.log(`  budget: ${launcher ? "press" : "viewport entry"} → emergency number and main line on screen ≤ 1.5 s (stretch ≤ 0.5 s): ${verdict(both)} (${ms(both)}, runs ${range(runs.map((r) => Math.round(r.staticBoth - start(r))))} ms)`);
  }
} catch (e) {
  if (!(e instanceof NoHelp)) throw e;
  console.error(`\nerror: ${e.message}`);
  await browser.close();
  process.exit(1);
}
await browser.close();
