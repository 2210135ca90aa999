// "Get help now" stays in view on a phone, in every state a visitor can reach (PRODUCT.md: the
// crisis entry is visible on every screen). Two viewports (a 360 × 740 touch phone, and 320 px:
// a 640 px window at 200 % zoom) × two hosts (the plain fixture, and www/narrow-column.html:
// Harbor in a 300 px sidebar of a long page). Like a visitor, every press first scrolls its
// control into view, which is what takes the top bar off screen when the bar isn't sticky.
// After each state change the test waits for the new state, then checks that `.hb-help` is
// wholly inside the viewport and is the topmost element at its centre.
//
// Every state is checked before the test fails, so one run lists all the states where the
// button is lost. Timers run on Playwright's fake clock (page.clock.runFor), never real minutes.
//
// The same walk holds each screen to "one clear step" (issue 10): every state has at most one
// way back (`.hb-back`), and where a screen or step has just opened, its main action is wholly
// in the first view (below the sticky bar) and is the first control Tab reaches from the
// heading that has focus. A last walk, in dark mode with three widgets on the page, runs
// axe-core in every state (including `landmark-unique`, which needs more than one widget).
import { test, before, after } from "node:test";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { launch, open, fixture, ready, widget, assert } from "./harness.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const VIEWPORTS = [
  { name: "360px", opts: { phone: true } },
  // 200 % zoom of a 640 × 1480 window: 320 CSS px wide, twice the device pixels, a mouse.
  { name: "320px", opts: { viewport: { width: 320, height: 740 }, deviceScaleFactor: 2 } },
];
const HOSTS = [
  { name: "plain", path: (attrs) => fixture(attrs) },
  { name: "narrow column", path: (attrs) => "/www/narrow-column.html?" + new URLSearchParams(attrs) },
];
// No region in the language and a time zone with no country: with no `country` attribute,
// Harbor doesn't know the visitor's country (see crisis.test.mjs). The other visits set it.
const CONTEXT = { locale: "en", timezoneId: "Etc/UTC", clock: true };
/** How long a state may take to settle (a smooth scroll, a late layout) before it counts. */
const SETTLE_MS = 600;
/** Sub-pixel slack for the viewport edges (device scale factor 2 rounds to half pixels). */
const EPSILON = 0.5;

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs in the page: is the (first) widget's "Get help now" fully in view and on top? */
function measureHelp(epsilon) {
  const describe = (el) => {
    if (!el) return "nothing";
    const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "";
    const text = (el.textContent || "").trim().slice(0, 30);
    return `<${el.localName}${cls}>${text ? ` "${text}"` : ""}`;
  };
  const host = document.querySelector("harbor-widget");
  const root = host && host.shadowRoot;
  const button = root && (root.querySelector("dialog[open] .hb-help") || root.querySelector(".hb-help"));
  if (!button) return { ok: false, why: "is not on the page" };
  const r = button.getBoundingClientRect();
  const vw = innerWidth;
  const vh = innerHeight;
  const off = [];
  if (r.top < -epsilon) off.push(`top=${Math.round(r.top)}`);
  if (r.bottom > vh + epsilon) off.push(`bottom=${Math.round(r.bottom)} > innerHeight ${vh}`);
  if (r.left < -epsilon) off.push(`left=${Math.round(r.left)}`);
  if (r.right > vw + epsilon) off.push(`right=${Math.round(r.right)} > innerWidth ${vw}`);
  if (r.width < 1 || r.height < 1) off.push(`size ${r.width}×${r.height}`);
  if (off.length) return { ok: false, why: `out of view (${off.join(", ")})` };
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const inPage = document.elementFromPoint(x, y);
  if (inPage !== host) return { ok: false, why: `covered by the host page's ${describe(inPage)} (top=${Math.round(r.top)})` };
  const inWidget = root.elementFromPoint(x, y);
  if (!inWidget || !(inWidget === button || button.contains(inWidget))) {
    return { ok: false, why: `covered by ${describe(inWidget)} (top=${Math.round(r.top)})` };
  }
  return { ok: true };
}

/** Runs in the page: how many ways back the (first) widget's visible screen offers. */
function countBacks() {
  const root = document.querySelector("harbor-widget").shadowRoot;
  const panel = root.querySelector("dialog[open] .hb-panel") || root.querySelector(".hb-panel");
  return panel ? [...panel.querySelectorAll(".hb-back")].filter((b) => b.getClientRects().length).length : 0;
}

/** Runs in the page on a screen's main action: wholly in view below the sticky bar, and the first
 *  control Tab reaches from the focused heading is `first`. */
function mainAction(el, { first, epsilon }) {
  const root = el.getRootNode();
  const bar = el.closest(".hb-panel").querySelector(".hb-bar").getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const problems = [];
  if (r.top < bar.bottom - epsilon || r.bottom > innerHeight + epsilon) {
    problems.push(`is not in the first view (top=${Math.round(r.top)}, bottom=${Math.round(r.bottom)}, bar ends ${Math.round(bar.bottom)}, innerHeight ${innerHeight})`);
  }
  const focused = root.activeElement;
  // A running exercise puts focus on its main action (Pause) itself.
  if (focused === el) return problems;
  const tabbable = [...root.querySelectorAll("button, a[href], input, select, summary, [tabindex]")].filter(
    (c) => c.tabIndex >= 0 && !c.disabled && c.getClientRects().length && (!focused || focused.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  const expected = first ? root.querySelector(first) : el;
  if (tabbable[0] !== expected) {
    const got = tabbable[0] ? (tabbable[0].textContent || tabbable[0].localName).trim().slice(0, 30) : "nothing";
    problems.push(`is not the first control after the focused "${(focused?.textContent || "").trim().slice(0, 30)}" (Tab reaches "${got}")`);
  }
  return problems;
}

/** One visitor on one page: presses controls, waits for states, and checks each one. */
class Visitor {
  constructor(page, label, touch, { axe = false } = {}) {
    this.page = page;
    this.label = label;
    this.touch = touch;
    this.axe = axe;
    this.w = widget(page);
    this.states = [];
    this.problems = [];
  }

  /** Scrolls `locator` into view as a visitor would (just enough, from where the page is), then
   *  taps it (clicks, without a touch screen). */
  async press(locator) {
    await locator.waitFor({ state: "visible" });
    await this.scrollTo(locator);
    if (this.touch) await locator.tap();
    else await locator.click();
  }

  async scrollTo(locator) {
    await locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      if (r.top >= 0 && r.bottom <= innerHeight) return;
      // Scrolling down, the control comes up from the bottom edge; scrolling up, a visitor
      // stops with it comfortably in view, not under whatever sits at the top.
      el.scrollIntoView({ block: r.top < 0 ? "center" : "end", inline: "nearest", behavior: "instant" });
    });
  }

  /** Reads on to the end of the widget (its footer at the bottom of the view). */
  async scrollToEnd() {
    const footer = this.w.locator("dialog[open] .hb-footer, .hb-panel > .hb-footer").first();
    await footer.evaluate((el) => el.scrollIntoView({ block: "end", behavior: "instant" }));
  }

  /** Waits for the state `ready` shows, then checks "Get help now". */
  async expect(state, ready) {
    if (ready) await ready.first().waitFor({ state: "visible" });
    let m;
    const deadline = Date.now() + SETTLE_MS;
    for (;;) {
      m = await this.page.evaluate(measureHelp, EPSILON);
      if (m.ok || Date.now() > deadline) break;
      await sleep(50);
    }
    this.states.push(state);
    if (!m.ok) this.problems.push(`${this.label}: ${state}: Get help now ${m.why}`);
    const backs = await this.page.evaluate(countBacks);
    if (backs > 1) this.problems.push(`${this.label}: ${state}: ${backs} ways back`);
    if (this.axe) {
      const violations = await this.page.evaluate(async (axe) => {
        if (!window.axe) (0, eval)(axe);
        const r = await window.axe.run({ include: [["harbor-widget"]] }, { resultTypes: ["violations"] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 2).join(" | ")}`);
      }, AXE);
      for (const v of violations) this.problems.push(`${this.label}: ${state}: axe ${v}`);
    }
  }

  /** Presses `control`, then expects `state`. `main` (a locator): the new screen's or step's
   *  main action, which must be in the first view and, unless `first` (a selector) names
   *  another control (a question's first answer), the first control after the heading. */
  async go(state, control, ready, main, first) {
    await this.press(control);
    await this.expect(state, ready);
    if (main) {
      const problems = await main.first().evaluate(mainAction, { first, epsilon: EPSILON });
      for (const p of problems) this.problems.push(`${this.label}: ${state}: the main action ${p}`);
    }
  }

  /** Lets `ms` of the exercise's time pass on the fake clock, then expects `state`. */
  async wait(state, ms, ready) {
    await this.page.clock.runFor(ms);
    await this.expect(state, ready);
  }
}

/** Loads `path` and scrolls to Harbor like a visitor (on the narrow-column page it is below the
 *  fold, and an inline widget only loads when it comes near). */
async function visit(page, path, { launcher = false } = {}) {
  await page.goto(process.env.HARBOR_URL + path);
  const host = page.locator("harbor-widget").first();
  await host.waitFor({ state: "attached" });
  await host.evaluate((el) => el.scrollIntoView({ block: "start", behavior: "instant" }));
  if (launcher) {
    await widget(page).locator("button[aria-haspopup='dialog']").waitFor();
    return;
  }
  await ready(page);
  // The widget grew when the app rendered: bring its top back to the top of the view.
  await host.evaluate((el) => el.scrollIntoView({ block: "start", behavior: "instant" }));
}

const title = (v, text) => v.w.locator(".hb-title", { hasText: text });
const card = (v, text) => v.w.locator(".hb-card", { hasText: text });
const exerciseCard = (v, text) => v.w.locator(".hb-exercise-card", { hasText: text });
const menu = (v) => v.w.locator(".hb-exercise-card");
const checkIn = (v) => v.w.locator(".hb-checkin");
const checkInMain = (v) => v.w.locator(".hb-checkin .hb-button");
const tryAnother = (v) => v.w.locator(".hb-checkin button", { hasText: "Try another exercise" });
const stepOf = (v, scope, n, total) => v.w.locator(`${scope} .hb-progress-text`, { hasText: `Step ${n} of ${total}` });
const question = (v, n) => v.w.locator(".hb-finder-question .hb-progress-text", { hasText: `Question ${n} of 8` });

async function home(v) {
  await v.expect("home", title(v, "Support for difficult moments"));
  await v.scrollToEnd();
  await v.expect("home, scrolled to the end", null);
}

async function senses(v) {
  const w = v.w;
  const next = w.locator(".hb-senses .hb-next");
  await v.go("5-4-3-2-1 step 1", exerciseCard(v, "5-4-3-2-1 senses"), stepOf(v, ".hb-senses", 1, 5), next);
  await v.press(w.locator(".hb-senses .hb-check").first());
  await v.go("5-4-3-2-1 step 2", w.locator(".hb-next"), stepOf(v, ".hb-senses", 2, 5), next);
  await v.go("5-4-3-2-1 step 1 (Previous step)", w.locator(".hb-previous"), stepOf(v, ".hb-senses", 1, 5), next);
  await v.go("5-4-3-2-1 step 2 (again)", w.locator(".hb-next"), stepOf(v, ".hb-senses", 2, 5), next);
  await v.press(w.locator(".hb-senses .hb-check").nth(1));
  await v.go("5-4-3-2-1 step 3", w.locator(".hb-next"), stepOf(v, ".hb-senses", 3, 5), next);
  await v.go("5-4-3-2-1 step 4 (Next with nothing ticked)", w.locator(".hb-next"), stepOf(v, ".hb-senses", 4, 5), next);
  await v.go("5-4-3-2-1 step 5", w.locator(".hb-next"), stepOf(v, ".hb-senses", 5, 5), next);
  await v.go("5-4-3-2-1 done (check-in)", w.locator(".hb-next", { hasText: "Finish" }), checkIn(v), checkInMain(v));
  await v.go("5-4-3-2-1 step 1 (Do this again)", w.locator(".hb-checkin button", { hasText: "Do this again" }), stepOf(v, ".hb-senses", 1, 5), next);
  await v.go("grounding menu (All exercises)", w.locator(".hb-exercise .hb-back", { hasText: "All exercises" }), menu(v));
}

async function breathing(v) {
  const w = v.w;
  await v.go("breathing set-up", exerciseCard(v, "Paced breathing"), w.locator(".hb-breathing-setup"), w.locator(".hb-start"));
  await v.go("breathing set-up, all options", w.locator("details.hb-more > summary"), w.locator("details.hb-more[open] .hb-amount"));
  await v.go("breathing running", w.locator(".hb-start"), w.locator(".hb-breathing-run .hb-pause", { hasText: "Pause" }), w.locator(".hb-pause"));
  await v.go("breathing paused", w.locator(".hb-pause"), w.locator(".hb-breathing-run .hb-pause", { hasText: "Resume" }));
  await v.go("breathing running (resumed)", w.locator(".hb-pause"), w.locator(".hb-breathing-run .hb-pause", { hasText: "Pause" }));
  // The default is 2 minutes; the last breath finishes before the check-in.
  await v.wait("breathing done (check-in)", 150_000, checkIn(v));
  await v.go("breathing set-up (Do this again)", w.locator(".hb-checkin button", { hasText: "Do this again" }), w.locator(".hb-breathing-setup"));
  await v.go("breathing running (again)", w.locator(".hb-start"), w.locator(".hb-breathing-run .hb-pause", { hasText: "Pause" }));
  await v.go("breathing stopped early (check-in)", w.locator(".hb-stop"), checkIn(v), checkInMain(v));
  await v.go("grounding menu (after breathing)", tryAnother(v), menu(v));
}

async function urge(v) {
  const w = v.w;
  const running = w.locator(".hb-urge-run .hb-pause");
  const asking = w.locator(".hb-urge-keep-going");
  await v.go("urge surfing set-up", exerciseCard(v, "Ride the wave"), w.locator(".hb-urge-setup"), w.locator(".hb-urge-start"));
  await v.go("urge surfing running (5 minutes)", w.locator(".hb-urge-start").first(), running);
  for (let minute = 1; minute <= 4; minute++) {
    await v.wait(`urge surfing check-in, minute ${minute}`, 60_000, asking);
    await v.go(`urge surfing running (Not yet, keep going, minute ${minute})`, asking, running);
  }
  await v.page.clock.runFor(60_000);
  await w.locator(".hb-urge-eased").waitFor();
  await asking.waitFor({ state: "detached" });
  await v.expect("urge surfing time-up", null);
  await v.go("urge surfing running (Add 5 minutes)", w.locator(".hb-urge-extend"), running);
  await v.wait("urge surfing check-in, minute 6", 60_000, asking);
  await v.go("urge surfing eased (check-in)", w.locator(".hb-urge-eased"), checkIn(v));
  await v.go("grounding menu (after urge surfing)", tryAnother(v), menu(v));
}

async function muscle(v) {
  const w = v.w;
  const pause = w.locator(".hb-muscle-run .hb-pause");
  await v.go("muscle relaxation set-up", exerciseCard(v, "Tense and let go"), w.locator(".hb-muscle-setup"), w.locator(".hb-start"));
  await v.go("muscle relaxation running", w.locator(".hb-start"), stepOf(v, ".hb-muscle-run", 1, 6));
  await v.go("muscle relaxation paused", pause, w.locator(".hb-muscle-run .hb-pause", { hasText: "Resume" }));
  await v.go("muscle relaxation running (resumed)", pause, w.locator(".hb-muscle-run .hb-pause", { hasText: "Pause" }));
  await v.go("muscle relaxation part 2 (Skip this part)", w.locator(".hb-muscle-run .hb-skip"), stepOf(v, ".hb-muscle-run", 2, 6));
  // Six parts of 5 s tense and 10 s release.
  await v.wait("muscle relaxation done (check-in)", 100_000, checkIn(v));
  await v.go("grounding menu (after muscle relaxation)", tryAnother(v), menu(v));
}

/** Chooses `code` in the country picker, as a visitor: type a few letters, pick from the list. */
async function pickCountry(v, letters, code, state, ready) {
  const filter = v.w.locator("#hb-country-filter");
  await v.press(filter);
  await filter.fill(letters);
  const select = v.w.locator("#hb-country-select");
  await v.scrollTo(select);
  await select.selectOption(code);
  await v.expect(state, ready);
}

const emergency = (v, tel) => v.w.locator(`.hb-emergency a[href='tel:${tel}']`);
const servicesFor = (v, name) => v.w.locator(".hb-crisis h3", { hasText: name });

async function grounding(v) {
  await v.go("grounding menu", card(v, "Ground yourself now"), menu(v));
  await senses(v);
  await breathing(v);
  await urge(v);
  await muscle(v);
  await v.go("comfort and distraction ideas", exerciseCard(v, "Comfort and distraction ideas"), v.w.locator(".hb-exercise .hb-title", { hasText: "Comfort and distraction ideas" }));
  await v.scrollToEnd();
  await v.expect("comfort and distraction ideas, scrolled to the end", null);
  // The ideas end with their own "Get help now".
  await v.go("get help now, US (from the ideas)", v.w.locator(".hb-exercise .hb-checkin-help"), emergency(v, "911"));
  await v.scrollToEnd();
  await v.expect("get help now, US, scrolled to the end", null);
  await pickCountry(v, "rom", "RO", "get help now, Romania (no lines; chosen from the list)", servicesFor(v, "Romania"));
  await pickCountry(v, "united s", "US", "get help now, US (chosen again)", v.w.locator(".hb-service"));
  await v.go("grounding menu (Back from Get help now)", v.w.locator(".hb-back"), menu(v));
  await v.go("home (Back)", v.w.locator(".hb-back"), title(v, "Support for difficult moments"));
}

async function finder(v) {
  const w = v.w;
  const choices = w.locator(".hb-finder-choice");
  const next = w.locator(".hb-finder-next");
  const notSure = w.locator(".hb-finder-not-sure");
  await v.go("finder intro", card(v, "Find an approach"), w.locator(".hb-finder-intro"), w.locator(".hb-finder-start"));
  await v.go("finder question 1", w.locator(".hb-finder-start"), question(v, 1), next, ".hb-finder-radio");
  await v.go("finder question 1, Next without an answer", next, w.locator(".hb-finder-hint"));
  for (let n = 1; n < 8; n++) {
    if (n % 2) {
      await v.press(n % 4 === 1 ? choices.first() : choices.last());
      await v.go(`finder question ${n + 1}`, next, question(v, n + 1), next, ".hb-finder-radio");
    } else {
      await v.go(`finder question ${n + 1} (after Not sure)`, notSure, question(v, n + 1), next, ".hb-finder-radio");
    }
    if (n === 3) {
      await v.go("finder question 3 (Previous question)", w.locator(".hb-finder-question .hb-finder-back"), question(v, 3), next, ".hb-finder-radio");
      await v.go("finder question 4 (again)", notSure, question(v, 4));
    }
  }
  await v.press(choices.first());
  await v.go("finder result", next, w.locator(".hb-finder-result"));
  await v.scrollToEnd();
  await v.expect("finder result, scrolled to the end", null);
  await v.go("finder question 8 (Back to the questions)", w.locator(".hb-finder-result .hb-finder-back"), question(v, 8));
  await v.go("finder result (again)", next, w.locator(".hb-finder-result"));
  await v.go("finder intro (Start over)", w.locator(".hb-finder-result .hb-finder-start-over"), w.locator(".hb-finder-intro"));
  await v.go("home (Back from the finder)", w.locator(".hb-back"), title(v, "Support for difficult moments"));
}

async function unknownCountry(v, host) {
  await visit(v.page, host.path({}));
  await v.expect("home (country unknown)", title(v, "Support for difficult moments"));
  await v.go("get help now, country unknown", card(v, "Get help now"), v.w.locator(".hb-country h3", { hasText: "Choose your country" }));
  await v.scrollToEnd();
  await v.expect("get help now, country unknown, scrolled to the end", null);
  await pickCountry(v, "rom", "RO", "get help now, Romania (chosen, was unknown)", servicesFor(v, "Romania"));
  await pickCountry(v, "united s", "US", "get help now, US (chosen, was unknown)", v.w.locator(".hb-service"));
}

async function launcher(v, host) {
  const w = v.w;
  await visit(v.page, host.path({ mode: "launcher", country: "US" }), { launcher: true });
  await v.go("launcher open", w.locator("button[aria-haspopup='dialog']"), w.locator("dialog[open] .hb-bar"));
  await v.scrollToEnd();
  await v.expect("launcher, home, dialog scrolled to the end", null);
  await v.go("launcher, grounding menu", card(v, "Ground yourself now"), menu(v));
  await v.go("launcher, 5-4-3-2-1 step 1", exerciseCard(v, "5-4-3-2-1 senses"), stepOf(v, ".hb-senses", 1, 5));
  await v.go("launcher, 5-4-3-2-1 step 2", w.locator(".hb-next"), stepOf(v, ".hb-senses", 2, 5));
  await v.scrollToEnd();
  await v.expect("launcher, 5-4-3-2-1 step 2, dialog scrolled to the end", null);
  for (let n = 3; n <= 5; n++) await v.go(`launcher, 5-4-3-2-1 step ${n}`, w.locator(".hb-next"), stepOf(v, ".hb-senses", n, 5));
  await v.go("launcher, 5-4-3-2-1 done (check-in)", w.locator(".hb-next", { hasText: "Finish" }), checkIn(v));
  await v.go("launcher, get help now, US (from the check-in)", w.locator(".hb-checkin .hb-checkin-help"), emergency(v, "911"));
  await v.scrollToEnd();
  await v.expect("launcher, get help now, US, dialog scrolled to the end", null);
  await v.go("launcher, 5-4-3-2-1 (Back)", w.locator(".hb-back"), menu(v));
  await v.go("launcher, home (Back)", w.locator(".hb-back"), title(v, "Support for difficult moments"));
  await v.go("launcher, finder intro", card(v, "Find an approach"), w.locator(".hb-finder-intro"));
  await v.go("launcher, finder question 1", w.locator(".hb-finder-start"), question(v, 1));
  await v.go("launcher, finder question 2", w.locator(".hb-finder-not-sure"), question(v, 2));
}

const RUNS = [
  ...VIEWPORTS.flatMap((vp) => HOSTS.map((host) => ({ vp, host, label: `${vp.name} ${host.name}`, attrs: {}, axe: false }))),
  // Three widgets on the page (the first is walked), dark mode, axe-core in every state.
  { vp: { name: "360px", opts: { phone: true, colorScheme: "dark" } }, host: HOSTS[0], label: "360px dark, three widgets, axe", attrs: { count: 3 }, axe: true },
];

for (const { vp, host, label, attrs, axe } of RUNS) {
  {
    test(`${label}: Get help now stays in view, one way back, main action first, in every state`, async (t) => {
      const start = { country: "US", ...attrs };
      const { page, context, log } = await open(browser, host.path(start), { ...CONTEXT, ...vp.opts });
      page.setDefaultTimeout(15000);
      const v = new Visitor(page, label, !!vp.opts.phone, { axe });
      try {
        await t.test("home, grounding, get help now", async () => {
          await visit(page, host.path(start));
          await home(v);
          await grounding(v);
        });
        await t.test("find an approach", async () => finder(v));
        await t.test("get help now, country unknown", async () => unknownCountry(v, host));
        await t.test("launcher", async () => launcher(v, host));
      } finally {
        t.diagnostic(`${v.states.length} states checked, ${v.problems.length} with a problem`);
        await context.close();
      }
      assert.deepEqual(log.errors, [], "page errors");
      assert.ok(
        v.problems.length === 0,
        `${v.problems.length} problems in ${v.states.length} states:\n${v.problems.join("\n")}`,
      );
    });
  }
}
