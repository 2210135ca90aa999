// `cargo xtask screenshots`: renders the README's pictures from the real widget in headless
// Chromium, so they never show an older Harbor. Each phone picture is several 360 × 740 (or
// 320 × 740) first views side by side, composed in the browser itself (no image library).
// HARBOR_URL is the server xtask started; the PNGs go to docs/.
import { chromium } from "playwright-core";

const BASE = process.env.HARBOR_URL;
if (!BASE) throw new Error("HARBOR_URL is not set: run this through `cargo xtask screenshots`.");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});

/** The first view of the fixture page after `steps` (each a function of the widget locator). */
async function phoneView({ query, width = 360, dark = false, steps = [] }) {
  const context = await browser.newContext({
    viewport: { width, height: 740 }, isMobile: true, hasTouch: true, colorScheme: dark ? "dark" : "light", locale: "en-US",
  });
  const page = await context.newPage();
  await page.goto(`${BASE}/www/fixture.html?${query}`);
  const w = page.locator("harbor-widget").first();
  await w.locator(".hb-panel .hb-bar").waitFor({ timeout: 20000 });
  for (const step of steps) {
    await step(w);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(300);
  const png = await page.screenshot();
  await context.close();
  return png;
}

/** Pictures side by side on a grey ground, 20 px apart, saved as one PNG. */
async function sideBySide(pngs, path) {
  const page = await (await browser.newContext({ viewport: { width: 400, height: 740 } })).newPage();
  const imgs = pngs.map((p) => `<img src="data:image/png;base64,${p.toString("base64")}">`).join("");
  await page.setContent(`<body style="margin:0;background:#c8c8c8;display:flex;gap:20px;width:max-content">${imgs}</body>`);
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await page.locator("body").screenshot({ path });
  await page.context().close();
  console.log("wrote", path);
}

const help = (w) => w.locator(".hb-help").click();
const plan = (w) => w.locator(".hb-card").nth(1).click();
const start = (w) => w.locator(".hb-plan-start").click();
const write = (text) => (w) => w.locator(".hb-plan-field").fill(text);
const next = (w) => w.locator(".hb-plan-next").click();

// The home screen on the demo page, as a practice's visitor first sees it.
{
  const context = await browser.newContext({ viewport: { width: 900, height: 1025 }, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.locator("harbor-widget").first().locator(".hb-panel .hb-bar").waitFor({ timeout: 20000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: "docs/screenshot.png", fullPage: true });
  console.log("wrote docs/screenshot.png");
  await context.close();
}

// Get help now after one tap: a country with lines, another, and one with no checked line.
await sideBySide(
  [
    await phoneView({ query: "country=US", steps: [help] }),
    await phoneView({ query: "country=GB", steps: [help] }),
    await phoneView({ query: "country=RO", steps: [help] }),
  ],
  "docs/crisis-phone.png",
);

// The safety plan: a step in English, the professionals step in Arabic at 320 px (already
// holding the country's numbers), and the whole plan in dark mode.
await sideBySide(
  [
    await phoneView({ query: "country=GB", steps: [plan, start, write("I stop answering messages")] }),
    await phoneView({ query: "country=EG&lang=ar", width: 320, steps: [plan, start, next, next, next, next] }),
    await phoneView({ query: "country=GB", dark: true, steps: [plan, start, write("I stop answering messages"), (w) => w.locator(".hb-plan-see").click()] }),
  ],
  "docs/plan-phone.png",
);

// The other two sections: Ground yourself now (the menu, then paced breathing running, dark)
// and Find an approach (a question in Arabic, right to left, then the result).
const grounding = (w) => w.locator(".hb-card").first().click();
const breathing = (w) => w.locator(".hb-exercise-card").nth(1).click();
const breathe = (w) => w.locator(".hb-start").click();
const finder = (w) => w.locator(".hb-card").nth(2).click();
const finderStart = (w) => w.locator(".hb-finder-start").click();
const answer = async (w) => {
  await w.locator(".hb-finder-choice").first().click();
  await w.locator(".hb-finder-next").click();
};
await sideBySide(
  [
    await phoneView({ query: "country=US", steps: [grounding] }),
    await phoneView({ query: "country=US", dark: true, steps: [grounding, breathing, breathe] }),
    await phoneView({ query: "country=EG&lang=ar", steps: [finder, finderStart] }),
    await phoneView({ query: "country=US", steps: [finder, finderStart, ...Array(8).fill(answer)] }),
  ],
  "docs/sections-phone.png",
);

await browser.close();
