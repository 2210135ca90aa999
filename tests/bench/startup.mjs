// `cargo xtask bench` (browser part): start-up time vs a bare Yew counter built the same way,
// long tasks, and memory after 200 mount/unmount cycles. Prints numbers; asserts nothing.
import { chromium } from "playwright-core";
import { writeFileSync, mkdirSync } from "node:fs";

const BASE = process.env.HARBOR_URL;
const RUNS = 10;
// Where xtask serves /bench/ from (cargo's target directory, wherever it is).
const BENCH_DIR = process.env.HARBOR_BENCH_DIR || "target/bench";
mkdirSync(BENCH_DIR, { recursive: true });

// Both pages start their clock just before the first script of the widget runs and stop it
// when the widget's first interactive control exists in its shadow root.
const probe = (selector) => `
<script>
  (function check() {
    var el = document.getElementById("w");
    var ready = el && el.shadowRoot && el.shadowRoot.querySelector(${JSON.stringify(selector)});
    if (ready) window.__ready = performance.now() - window.__t0; else requestAnimationFrame(check);
  })();
</script>`;
writeFileSync(
  `${BENCH_DIR}/harbor.html`,
  `<!doctype html><meta charset=utf-8><title>bench harbor</title>
<script>window.__t0 = performance.now(); window.__long = [];
new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { window.__long.push(e.duration); }); }).observe({ type: "longtask", buffered: true });</script>
<script src="/dist/harbor.js"></script>
<harbor-widget id="w" country="US" lang="en"></harbor-widget>${probe(".hb-help")}`
);
writeFileSync(
  `${BENCH_DIR}/counter.html`,
  `<!doctype html><meta charset=utf-8><title>bench counter</title>
<div id="w"></div>
<script type="module">window.__t0 = performance.now();
import("/bench/counter.js").then(function (m) { return m.default({ module_or_path: "/bench/counter_bg.wasm" }).then(function () { m.mount(document.getElementById("w")); }); });</script>${probe("button")}`
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--js-flags=--expose-gc"],
});

async function timeOnce(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE + path);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30000 });
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => ({ ms: window.__ready, long: window.__long || [] }));
  await context.close();
  return r;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const harbor = [];
const counter = [];
let longTasks = [];
for (let i = 0; i < RUNS; i++) {
  // Alternate, so drift in machine load hits both alike.
  const h = await timeOnce("/bench/harbor.html");
  harbor.push(h.ms);
  longTasks = longTasks.concat(h.long);
  counter.push((await timeOnce("/bench/counter.html")).ms);
}
const ratio = median(harbor) / median(counter);
console.log(`start-up to interactive, median of ${RUNS}: Harbor ${median(harbor).toFixed(1)} ms, Yew counter ${median(counter).toFixed(1)} ms`);
console.log(`ratio ${ratio.toFixed(2)}× (budget ≤ 1.3×, stretch ≤ 1.1×): ${ratio <= 1.1 ? "within stretch" : ratio <= 1.3 ? "within budget" : "OVER BUDGET"}`);
console.log(`long tasks (> 50 ms) during ${RUNS} Harbor loads: ${longTasks.length}${longTasks.length ? " (" + longTasks.map((d) => d.toFixed(0) + " ms").join(", ") + ")" : ""} (budget 0)`);

// Memory: JS heap and DOM nodes after 1 and after 200 mount/unmount cycles.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(BASE + "/www/mount-unmount.html");
  const metrics = async () => {
    await page.evaluate(() => window.gc && window.gc());
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const get = (n) => metrics.find((m) => m.name === n).value;
    return { heap: get("JSHeapUsedSize"), nodes: get("Nodes"), listeners: get("JSEventListeners") };
  };
  await page.evaluate(() => window.harborCycle(1));
  const after1 = await metrics();
  await page.evaluate(() => window.harborCycle(200));
  const after200 = await metrics();
  const kb = (n) => (n / 1024).toFixed(0) + " KB";
  console.log(`memory after 1 cycle: heap ${kb(after1.heap)}, ${after1.nodes} DOM nodes, ${after1.listeners} listeners`);
  console.log(`memory after 200 cycles: heap ${kb(after200.heap)}, ${after200.nodes} DOM nodes, ${after200.listeners} listeners`);
  console.log(`growth: heap ${kb(after200.heap - after1.heap)}, nodes ${after200.nodes - after1.nodes}, listeners ${after200.listeners - after1.listeners} (budget: no growth beyond noise)`);
  await context.close();
}
await browser.close();
