// "Ground yourself now" (issue "Ground yourself now"): keyboard, live announcements, pause,
// reduced motion, strict CSP, privacy, and axe-core on every exercise screen in both themes.
// No timing assertions: tests wait for states (with generous upper bounds), never for durations.
import { test, before, after } from "node:test";
import {
  launch, open, fixture, ready, widget, expectNoAxeViolations, expectOnlyOwnRequests, expectNothingStored,
  tabTo, focusedText, cspViolations, recordAnnouncements, said, assert,
} from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

/** Home → Ground yourself now → the exercise whose card starts with `title`. */
async function openExercise(w, title) {
  if (!(await w.locator(".hb-exercise-card").count())) {
    await w.locator(".hb-card", { hasText: "Ground yourself now" }).click();
  }
  await w.locator(".hb-exercise-card", { hasText: title }).click();
  await w.locator(".hb-exercise .hb-title", { hasText: title }).waitFor();
}

/** The type of the focused element (through shadow roots). */
const focusedType = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el && el.type;
  });

/** Presses Tab until a control of `type` (e.g. "checkbox") has focus. */
async function tabToType(page, type, max = 20) {
  for (let i = 0; i < max; i++) {
    if ((await focusedType(page)) === type) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach a ${type} with Tab`);
}

/** Presses Shift+Tab until the focused control's text matches `text`. */
async function shiftTabTo(page, text, max = 20) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Shift+Tab");
    if (text.test(await focusedText(page))) return;
  }
  throw new Error(`could not reach ${text} with Shift+Tab`);
}

/** Unfolds the optional breathing settings (timing, length, cues). */
async function openOptions(w) {
  const more = w.locator("details.hb-more");
  if (!(await more.evaluate((d) => d.open))) await more.locator("summary").click();
}

/** Box breathing with `seconds` per phase, for `breaths` breaths. */
async function setUpBox(w, seconds, breaths) {
  await openOptions(w);
  await w.getByLabel("Box: in 4, hold 4, out 4, rest 4").check();
  for (const label of ["Breathe in (seconds)", "Hold (seconds)", "Breathe out (seconds)", "Rest (seconds)"]) {
    await w.getByLabel(label).fill(String(seconds));
  }
  await w.getByLabel("By number of breaths").check();
  await w.getByLabel("Breaths", { exact: true }).fill(String(breaths));
}

const checkIn = (w) => w.locator(".hb-checkin h3", { hasText: "How are you feeling now?" });

test("5-4-3-2-1 can be completed by keyboard alone, with focus on each step's heading", async () => {
  const { page, log } = await open(browser, fixture({ country: "GB" }));
  await ready(page);
  const w = widget(page);
  await tabTo(page, /^Ground yourself now/);
  await page.keyboard.press("Enter");
  // 5-4-3-2-1 is the first exercise offered.
  assert.match(await w.locator(".hb-exercise-card").first().innerText(), /^5-4-3-2-1/);
  await tabTo(page, /^5-4-3-2-1 senses/);
  await page.keyboard.press("Enter");
  assert.equal(await focusedText(page), "5-4-3-2-1 senses", "focus lands on the exercise heading");

  const headings = ["5 things you can see", "4 things you can feel", "3 things you can hear", "2 things you can smell", "1 thing you can taste"];
  for (let i = 0; i < 5; i++) {
    assert.match(await w.locator(".hb-progress-text").innerText(), new RegExp(`Step ${i + 1} of 5`));
    assert.equal(await w.locator(".hb-senses h3").innerText(), headings[i]);
    // The way on is the first control after the heading: one Tab reaches it.
    const onward = i < 4 ? "Next" : "Finish";
    await page.keyboard.press("Tab");
    assert.equal(await focusedText(page), onward, `the first control after the heading is ${onward} (step ${i + 1})`);
    // Tick the first idea with the keyboard: it follows the way on; Space ticks it.
    await tabToType(page, "checkbox");
    await page.keyboard.press("Space");
    assert.equal(await w.locator(".hb-check input").first().isChecked(), true);
    if (i === 1) {
      // Go back once, by keyboard, and forward again: the tick is still there.
      await shiftTabTo(page, /^Previous step$/);
      await page.keyboard.press("Enter");
      assert.equal(await focusedText(page), headings[0]);
      assert.equal(await w.locator(".hb-check input").first().isChecked(), true);
      await tabTo(page, /^Next$/);
      await page.keyboard.press("Enter");
      assert.equal(await focusedText(page), headings[1]);
    }
    await shiftTabTo(page, new RegExp(`^${onward}$`));
    await page.keyboard.press("Enter");
    if (i < 4) assert.equal(await focusedText(page), headings[i + 1], "focus moves to the next step's heading");
  }
  assert.equal(await focusedText(page), "How are you feeling now?");
  // The check-in offers another exercise or Get help now, by keyboard.
  await tabTo(page, /^Get help now$/);
  await page.keyboard.press("Enter");
  await w.locator(".hb-emergency").waitFor();
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test("box breathing runs two cycles and announces each phase change in the live region", async () => {
  const { page, log } = await open(browser, fixture({ country: "GB" }));
  await ready(page);
  const w = widget(page);
  await openExercise(w, "Paced breathing");
  await setUpBox(w, 2, 2);
  await recordAnnouncements(w);
  await w.locator(".hb-start").click();
  await w.locator(".hb-guide").waitFor();
  assert.equal(await w.locator(".hb-guide").evaluate((el) => el.style.getPropertyValue("--hb-phase-seconds")), "2s");
  assert.equal(await w.locator(".hb-guide-stage").getAttribute("aria-hidden"), "true");
  await checkIn(w).waitFor({ timeout: 60000 });
  const cycle = ["Breathe in, 2 seconds", "Hold, 2 seconds", "Breathe out, 2 seconds", "Rest, 2 seconds"];
  assert.deepEqual(await said(page), [...cycle, ...cycle], "each phase change once, nothing per second");
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test("pause holds everything still and resume carries on", async () => {
  const { page } = await open(browser, fixture({ country: "GB" }));
  await ready(page);
  const w = widget(page);
  await openExercise(w, "Paced breathing");
  await setUpBox(w, 3, 3);
  await recordAnnouncements(w);
  await w.locator(".hb-start").click();
  await page.waitForFunction(() => window.__said.some((s) => s.text === "Hold, 3 seconds"), null, { timeout: 20000 });
  await w.locator(".hb-pause").click();
  assert.equal(await w.locator(".hb-pause").innerText(), "Resume");
  assert.equal(await focusedText(page), "Resume", "focus stays on the toggled button");
  assert.equal((await said(page)).at(-1), "Paused.");
  const shape = w.locator(".hb-guide-shape");
  assert.equal(await shape.evaluate((el) => getComputedStyle(el).animationPlayState), "paused");
  const before = { count: await w.locator(".hb-guide-count").innerText(), cue: await w.locator(".hb-guide-cue").innerText() };
  // Paused looks paused: the cue says so and the shape dims (not only the button's label).
  assert.equal(before.cue, "Paused.");
  assert.ok(Number(await shape.evaluate((el) => getComputedStyle(el).opacity)) < 1, "the paused shape dims");
  await page.waitForTimeout(3500); // longer than a phase: nothing may move while paused
  assert.deepEqual({ count: await w.locator(".hb-guide-count").innerText(), cue: await w.locator(".hb-guide-cue").innerText() }, before);
  assert.equal(await shape.evaluate((el) => getComputedStyle(el).animationPlayState), "paused");
  await w.locator(".hb-pause").click();
  assert.equal(await w.locator(".hb-pause").innerText(), "Pause");
  assert.equal(await shape.evaluate((el) => getComputedStyle(el).animationPlayState), "running");
  await page.waitForFunction(() => window.__said.some((s) => s.text === "Breathe out, 3 seconds"), null, { timeout: 20000 });
  await w.locator(".hb-stop").click();
  await checkIn(w).waitFor();
  assert.equal(await focusedText(page), "How are you feeling now?");
  await page.context().close();
});

for (const motion of ["no-preference", "reduce"]) {
  test(`the breathing guide ${motion === "reduce" ? "fades without any transform" : "scales with a CSS animation"} (prefers-reduced-motion: ${motion})`, async () => {
    const { page } = await open(browser, fixture({ country: "GB" }), { reducedMotion: motion });
    await ready(page);
    const w = widget(page);
    await openExercise(w, "Paced breathing");
    await w.locator(".hb-start").click(); // default: in 4, out 6
    const shape = w.locator(".hb-guide-shape");
    await shape.waitFor();
    await page.waitForTimeout(500); // let the animation get under way before reading it
    const style = await shape.evaluate((el) => {
      const s = getComputedStyle(el);
      return { transform: s.transform, animation: s.animationName, transition: s.transitionProperty, duration: s.animationDuration };
    });
    assert.equal(style.duration, "4s", "the phase length reaches CSS");
    if (motion === "reduce") {
      assert.equal(style.transform, "none", "no scaling");
      assert.equal(style.animation, "hb-guide-brighten", "a gentle fade instead");
      assert.equal(style.transition, "none");
      const keyframesUseTransform = await w.evaluate((host) =>
        [...host.shadowRoot.adoptedStyleSheets].some((sheet) =>
          [...sheet.cssRules].some((r) => r.type === CSSRule.KEYFRAMES_RULE && r.name === "hb-guide-brighten" && /transform/.test(r.cssText))));
      assert.equal(keyframesUseTransform, false);
    } else {
      assert.equal(style.animation, "hb-guide-grow");
      assert.notEqual(style.transform, "none", "the shape is scaling");
    }
    // The text cue carries the meaning either way.
    assert.equal(await w.locator(".hb-guide-cue").innerText(), "Breathe in");
    await w.locator(".hb-stop").click();
    await page.context().close();
  });
}

test("urge surfing checks in each minute and can be extended (mocked clock)", async () => {
  const { page, w } = await startUrge(browser);
  assert.match(await w.locator(".hb-urge-time").innerText(), /Time left: 5:00/);
  await page.clock.runFor(60_000);
  const ask = w.locator(".hb-urge-ask h3", { hasText: "Has the urge eased?" });
  await ask.waitFor();
  assert.equal(await focusedText(page), "Has the urge eased?", "the question gets focus");
  await w.getByRole("button", { name: "Not yet, keep going" }).click();
  assert.match(await w.locator(".hb-urge-time").innerText(), /Time left: 4:00/);
  await page.clock.runFor(60_000);
  await ask.waitFor();
  await w.getByRole("button", { name: "Add 5 minutes" }).click();
  assert.match(await w.locator(".hb-urge-time").innerText(), /Time left: 8:00/);
  await page.clock.runFor(60_000);
  await ask.waitFor();
  assert.equal(await w.locator(".hb-urge-ask .hb-button:not(.hb-button-secondary)").count(), 1, "one filled button");
  await w.getByRole("button", { name: "Yes, it has eased" }).click();
  await checkIn(w).waitFor();
  assert.match(await w.locator(".hb-checkin").innerText(), /stayed with the wave/);
  await page.context().close();
});

const REACH_TITLE = "It's okay to ask for help";
const REACH_TEXT = "When an urge stays strong, talking to someone can help. You don't have to get through it on your own.";
/** The filled (primary) buttons on the urge question or the offer of help. */
const primaries = (w, scope) => w.locator(`${scope} .hb-button:not(.hb-button-secondary)`);

/** Urge surfing, 5 minutes, under a mocked clock, with the live region recorded. */
async function startUrge(browser) {
  const { page } = await open(browser, fixture({ country: "GB" }));
  await page.clock.install();
  await page.reload();
  await ready(page);
  const w = widget(page);
  await openExercise(w, "Ride the wave");
  await recordAnnouncements(w);
  await w.getByRole("button", { name: "5 minutes", exact: true }).click();
  return { page, w };
}

test("urge surfing: \"It's getting stronger\" at a check-in puts Get help now first (mocked clock)", async () => {
  const { page, w } = await startUrge(browser);
  await page.clock.runFor(60_000);
  await w.locator(".hb-urge-ask h3", { hasText: "Has the urge eased?" }).waitFor();
  assert.equal(await primaries(w, ".hb-urge-ask").count(), 1, "one filled button on the question");
  assert.equal(await primaries(w, ".hb-urge-ask").innerText(), "Not yet, keep going");
  assert.deepEqual(await w.locator(".hb-urge-ask button").allInnerTexts(), [
    "Yes, it has eased", "Not yet, keep going", "It's getting stronger", "Get help now", "Add 5 minutes", "Try another exercise",
  ]);

  await w.locator(".hb-urge-stronger").click();
  const reach = w.locator(".hb-urge-reach h3", { hasText: REACH_TITLE });
  await reach.waitFor();
  assert.equal(await focusedText(page), REACH_TITLE, "focus on the offer's heading");
  assert.equal(await reach.getAttribute("tabindex"), "-1");
  assert.equal(await primaries(w, ".hb-urge-reach").count(), 1);
  assert.equal(await primaries(w, ".hb-urge-reach").innerText(), "Get help now");
  assert.ok(await w.locator(".hb-urge-reach .hb-checkin-help:not(.hb-button-secondary)").isVisible());
  assert.equal(await w.locator(".hb-urge-reach p").innerText(), REACH_TEXT);
  await page.keyboard.press("Tab");
  assert.equal(await focusedText(page), "Get help now", "the next Tab reaches help first");
  // The timer waits while help is offered.
  await page.clock.runFor(120_000);
  assert.equal(await w.locator(".hb-urge-run").count(), 0);
  assert.deepEqual((await said(page)).filter((t) => t === REACH_TEXT), [REACH_TEXT], "said once");

  await w.getByRole("button", { name: "Back to the timer" }).click();
  assert.match(await w.locator(".hb-urge-time").innerText(), /Time left: 4:00/);
  assert.equal(await focusedText(page), "Pause");
  await page.clock.runFor(60_000);
  await w.locator(".hb-urge-stronger").click();
  await reach.waitFor();
  assert.deepEqual((await said(page)).filter((t) => t === REACH_TEXT), [REACH_TEXT, REACH_TEXT], "heard again the second time");

  await w.locator(".hb-urge-reach .hb-checkin-help").click();
  await w.locator(".hb-emergency").waitFor({ state: "visible" });
  await page.context().close();
});

test("urge surfing: \"It hasn't eased yet\" at time-up puts Get help now first (mocked clock)", async () => {
  const { page, w } = await startUrge(browser);
  for (let minute = 1; minute <= 4; minute++) {
    await page.clock.runFor(60_000);
    await w.locator(".hb-urge-keep-going").click();
    await w.locator(".hb-urge-run").waitFor();
  }
  await page.clock.runFor(60_000);
  await w.locator(".hb-urge-ask h3", { hasText: "The time is up. Has the urge eased?" }).waitFor();
  assert.equal(await primaries(w, ".hb-urge-ask").count(), 1, "one filled button at time-up");
  assert.equal(await primaries(w, ".hb-urge-ask").innerText(), "It hasn't eased yet");
  assert.deepEqual(await w.locator(".hb-urge-ask button").allInnerTexts(), [
    "Yes, it has eased", "It hasn't eased yet", "Get help now", "Add 5 minutes", "Try another exercise",
  ]);

  await w.locator(".hb-urge-not-eased").click();
  await w.locator(".hb-urge-reach h3", { hasText: REACH_TITLE }).waitFor();
  assert.equal(await focusedText(page), REACH_TITLE, "focus on the offer's heading");
  assert.equal(await primaries(w, ".hb-urge-reach").count(), 1);
  assert.equal(await primaries(w, ".hb-urge-reach").innerText(), "Get help now");
  assert.deepEqual(await w.locator(".hb-urge-reach button").allInnerTexts(), ["Get help now", "Add 5 minutes", "Try another exercise"]);
  assert.equal((await said(page)).at(-1), REACH_TEXT);

  await w.locator(".hb-urge-reach .hb-checkin-help").click();
  await w.locator(".hb-emergency").waitFor({ state: "visible" });
  await page.context().close();
});

test("breathing works under the strict CSP, with sound and vibration on, and stores and sends nothing", async () => {
  const { page, context, log } = await open(browser, "/www/strict-csp.html");
  await ready(page);
  const w = widget(page);
  await openExercise(w, "Paced breathing");
  await setUpBox(w, 1, 1);
  await w.locator(".hb-sound").check();
  if (await w.locator(".hb-vibrate").count()) await w.locator(".hb-vibrate").check();
  await w.locator(".hb-start").click();
  await checkIn(w).waitFor({ timeout: 30000 });
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(log.errors, []);
  expectOnlyOwnRequests(log);
  await expectNothingStored(page);
  await context.close();
});

for (const theme of ["light", "dark"]) {
  test(`axe-core finds no violations on any grounding screen (${theme})`, async () => {
    const { page } = await open(browser, fixture({ country: "GB", theme }), { colorScheme: theme });
    await page.clock.install();
    await page.reload();
    await ready(page);
    const w = widget(page);
    const check = (label) => expectNoAxeViolations(page, `${label} (${theme})`);
    const toMenu = () => w.locator(".hb-exercise .hb-back").click();

    await w.locator(".hb-card", { hasText: "Ground yourself now" }).click();
    await check("grounding menu");

    await openExercise(w, "5-4-3-2-1 senses");
    await w.locator(".hb-check input").first().check();
    await check("5-4-3-2-1, step 1");
    await w.locator(".hb-next").click();
    await check("5-4-3-2-1, step 2");
    for (let i = 0; i < 4; i++) await w.locator(".hb-next").click(); // steps 3, 4, 5, then Finish
    await checkIn(w).waitFor();
    await check("5-4-3-2-1, check-in");
    await toMenu();

    await openExercise(w, "Paced breathing");
    await check("breathing settings");
    await openOptions(w);
    await check("breathing settings, all options");
    await w.locator(".hb-start").click();
    await w.locator(".hb-guide").waitFor();
    await check("breathing, running");
    await w.locator(".hb-pause").click();
    await check("breathing, paused");
    await w.locator(".hb-stop").click();
    await checkIn(w).waitFor();
    await check("breathing, check-in");
    await toMenu();

    await openExercise(w, "Ride the wave");
    await check("urge surfing, choose a time");
    await w.locator(".hb-urge-start").first().click();
    await check("urge surfing, running");
    await page.clock.runFor(60_000);
    await w.locator(".hb-urge-ask").waitFor();
    await check("urge surfing, minute check-in");
    await w.locator(".hb-urge-stronger").click();
    await w.locator(".hb-urge-reach").waitFor();
    await check("urge surfing, offer of help");
    await w.getByRole("button", { name: "Back to the timer" }).click();
    await w.locator(".hb-urge-run").waitFor();
    await page.clock.runFor(60_000);
    await w.locator(".hb-urge-ask").waitFor();
    await w.getByRole("button", { name: "Yes, it has eased" }).click();
    await checkIn(w).waitFor();
    await check("urge surfing, eased");
    await toMenu();

    await openExercise(w, "Tense and let go");
    await check("muscle relaxation, start");
    await w.locator(".hb-start").click();
    await w.locator(".hb-guide").waitFor();
    await check("muscle relaxation, running");
    await w.locator(".hb-stop").click();
    await checkIn(w).waitFor();
    await check("muscle relaxation, check-in");
    await toMenu();

    await openExercise(w, "Comfort and distraction ideas");
    await check("comfort and distraction ideas");
    await page.context().close();
  });
}

test("every grounding screen fits a 320 px column, with 44 × 44 px targets", async () => {
  const { page } = await open(browser, fixture({ country: "GB" }), { viewport: { width: 320, height: 800 } });
  await ready(page);
  await page.evaluate(() => (document.querySelector("harbor-widget").style.fontSize = "200%"));
  const w = widget(page);
  const fits = async (label) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${label}: the page scrolls sideways by ${overflow}px`);
    const small = await w.evaluate((host) =>
      [...host.shadowRoot.querySelectorAll(".hb-exercise button, .hb-grounding button, .hb-check, .hb-exercise summary, .hb-exercise input[type=number]")]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
        .map(({ el, r }) => `${el.textContent.trim() || el.className} ${Math.round(r.width)}×${Math.round(r.height)}`));
    assert.deepEqual(small, [], `${label}: targets smaller than 44 × 44 px`);
  };
  await w.locator(".hb-card", { hasText: "Ground yourself now" }).click();
  await fits("menu");
  await openExercise(w, "5-4-3-2-1 senses");
  await fits("5-4-3-2-1");
  await w.locator(".hb-exercise .hb-back").click();
  await openExercise(w, "Paced breathing");
  await fits("breathing settings");
  await openOptions(w);
  await fits("breathing settings, all options");
  await w.locator(".hb-start").click();
  await fits("breathing guide");
  await w.locator(".hb-stop").click();
  await checkIn(w).waitFor();
  await fits("check-in");
  await w.locator(".hb-exercise .hb-back").click();
  await openExercise(w, "Ride the wave");
  await w.locator(".hb-urge-start").first().click();
  await fits("urge surfing");
  await w.locator(".hb-exercise .hb-back").click();
  await openExercise(w, "Tense and let go");
  await w.locator(".hb-start").click();
  await fits("muscle relaxation");
  await w.locator(".hb-exercise .hb-back").click();
  await openExercise(w, "Comfort and distraction ideas");
  await fits("ideas");
  await page.context().close();
});

test("stopping breathing early says something true and offers 5-4-3-2-1, which doesn't use the breath", async () => {
  const { page } = await open(browser, fixture({ country: "GB" }));
  await ready(page);
  const w = widget(page);
  await openExercise(w, "Paced breathing");
  await w.locator(".hb-button", { hasText: /^Start$/ }).click();
  await w.locator(".hb-button", { hasText: /^Stop$/ }).click();
  await checkIn(w).waitFor();
  const text = await w.locator(".hb-checkin").innerText();
  assert.match(text, /You stopped, and that's okay/);
  assert.doesNotMatch(text, /few minutes of steady breathing/, "not after a few seconds");
  // One filled button, and it is 5-4-3-2-1.
  const filled = w.locator(".hb-checkin .hb-button:not(.hb-button-secondary)");
  assert.equal(await filled.count(), 1);
  assert.match(await filled.innerText(), /5-4-3-2-1/);
  await filled.click();
  await w.locator(".hb-exercise .hb-title", { hasText: "5-4-3-2-1" }).waitFor();
  await page.context().close();
});
