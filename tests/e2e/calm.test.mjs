// Calmer phone screens (issue 10), beyond what phone.test.mjs walks: the finder's result reads
// as summaries with detail on demand, each way back is named for where it goes, screen readers
// are not flooded, and cues are offered only where the device has them.
// Timers run on Playwright's fake clock; nothing here measures real time.
import { test, before, after } from "node:test";
import {
  launch, open, fixture, ready, widget, focusedText, tabTo, expectNoAxeViolations, recordAnnouncements, said, saidAt, assert,
} from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

/** Lets `seconds` pass on the fake clock, a second at a time (as the exercise's clock ticks). */
async function pass(page, seconds) {
  for (let i = 0; i < seconds; i++) await page.clock.runFor(1000);
}

async function openExercise(w, name) {
  await w.locator(".hb-card", { hasText: "Ground yourself now" }).click();
  await w.locator(".hb-exercise-card", { hasText: name }).click();
  await w.locator(".hb-exercise .hb-title", { hasText: name }).waitFor();
}

async function toResult(w) {
  await w.locator(".hb-card", { hasText: "Find an approach" }).click();
  await w.locator(".hb-finder-start").click();
  for (let n = 1; n <= 8; n++) {
    await w.locator(".hb-finder-choice").first().click();
    await w.locator(".hb-finder-next").click();
  }
  await w.locator(".hb-finder-result").waitFor();
}

test("breathing: every phase is spoken for two breaths, then at most six cues a minute", async () => {
  const { page, log } = await open(browser, fixture({ country: "US" }), { clock: true });
  await ready(page);
  const w = widget(page);
  await openExercise(w, "Paced breathing");
  await recordAnnouncements(w);
  // The default: longer out-breath (in 4, out 6), two minutes.
  await w.locator(".hb-start").click();
  const start = await page.evaluate(() => Date.now());
  await pass(page, 125);
  const cues = (await saidAt(page)).map((s) => ({ ...s, at: (s.at - start) / 1000 }));
  // The first two breaths (20 s): in, out, in, out, so the rhythm can be learnt by ear.
  assert.deepEqual(
    cues.filter((c) => c.at < 19).map((c) => c.text),
    ["Breathe in, 4 seconds", "Breathe out, 6 seconds", "Breathe in, 4 seconds", "Breathe out, 6 seconds"],
  );
  // Then the figure: at most 6 a minute, one per 10 s. A screen reader still hears the start
  // of every breath on this rhythm (one every 10 s), which is enough to follow along; twelve
  // a minute (every phase, the old rate) talks over the visitor's own breathing.
  const secondMinute = cues.filter((c) => c.at >= 60 && c.at < 120);
  assert.ok(secondMinute.length <= 6, `${secondMinute.length} cues in the second minute: ${JSON.stringify(secondMinute)}`);
  assert.ok(secondMinute.length >= 5, "still a cue at each breath");
  assert.ok(secondMinute.every((c) => c.text === "Breathe in, 4 seconds"), "after the first breaths, each breath's start");
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test("muscle relaxation says how to let go in full once, then only 'Let go'", async () => {
  const { page, log } = await open(browser, fixture({ country: "US" }), { clock: true });
  await ready(page);
  const w = widget(page);
  await openExercise(w, "Tense and let go");
  await recordAnnouncements(w);
  await w.locator(".hb-start").click();
  await pass(page, 95);
  await w.locator(".hb-checkin").waitFor();
  const texts = await said(page);
  assert.equal(texts.filter((t) => t.startsWith("Let it all go.")).length, 1, texts.join("\n"));
  assert.equal(texts.filter((t) => t === "Let go").length, 5, "the other five parts");
  assert.equal(texts.filter((t) => /^(Hands|Arms|Shoulders|Face|Legs|Feet): /.test(t)).length, 6, "each part once");
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test("Vibrate is offered on a touch phone and not on a desktop without a motor", async () => {
  for (const [phone, expected] of [[true, 1], [false, 0]]) {
    const { page } = await open(browser, fixture({ country: "US" }), { phone });
    await ready(page);
    const w = widget(page);
    await openExercise(w, "Paced breathing");
    await w.locator("details.hb-more > summary").click();
    await w.locator(".hb-sound").waitFor();
    assert.equal(await w.locator(".hb-vibrate").count(), expected, phone ? "phone" : "desktop");
    await page.context().close();
  }
});

test("every way back is named for the screen it returns to", async () => {
  const { page } = await open(browser, fixture({ country: "US" }));
  await ready(page);
  const w = widget(page);
  const back = w.locator(".hb-back");
  const title = () => w.locator(".hb-title").innerText();
  // Home → Ground yourself now → an exercise → Get help now, then back each way.
  await w.locator(".hb-card", { hasText: "Ground yourself now" }).click();
  assert.equal(await back.innerText(), "Home");
  await w.locator(".hb-exercise-card", { hasText: "5-4-3-2-1" }).click();
  assert.equal(await back.count(), 1, "one way back inside an exercise");
  assert.equal(await back.innerText(), "All exercises");
  await w.locator(".hb-help").click();
  await w.locator(".hb-emergency").waitFor();
  assert.equal(await back.innerText(), "Ground yourself now");
  await back.click();
  assert.equal(await title(), "Ground yourself now", "the way back went where it said");
  await back.click();
  assert.equal(await title(), "Support for difficult moments");
  // The chevron is decoration: the accessible name is the destination alone.
  await w.locator(".hb-card", { hasText: "Find an approach" }).click();
  await w.getByRole("button", { name: "Home", exact: true }).waitFor();
  await page.context().close();
});

test("the finder result on a phone: summaries and next steps in the first two views, detail on demand", async () => {
  const { page, log } = await open(browser, fixture({ country: "US", "contact-url": "https://practice.example/book" }), { phone: true });
  await ready(page);
  const w = widget(page);
  await toResult(w);
  const layout = await w.evaluate((host) => {
    const root = host.shadowRoot;
    const bar = root.querySelector(".hb-bar").getBoundingClientRect().bottom;
    const heading = root.querySelector(".hb-finder-result .hb-finder-heading").getBoundingClientRect().top;
    const bottom = (sel) => Math.max(...[...root.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().bottom));
    return {
      bar,
      heading,
      // What each approach's summary shows: its name, one sentence and how many answers point to it.
      summaries: bottom(".hb-finder-approach > p"),
      nextSteps: bottom(".hb-finder-next-steps"),
      view: innerHeight,
      openDetails: root.querySelectorAll(".hb-finder-result details[open]").length,
      detail: root.querySelectorAll(".hb-finder-result details").length,
    };
  });
  // Two views below the sticky bar, counted from where the result opens (its heading).
  const twoViews = layout.heading + 2 * (layout.view - layout.bar);
  assert.ok(layout.summaries <= twoViews, `the summaries end at ${layout.summaries}, after two views (${twoViews})`);
  assert.ok(layout.nextSteps <= layout.heading + (layout.view - layout.bar), "next steps in the first view");
  assert.equal(layout.openDetails, 0, "the detail and the research start folded");
  assert.equal(layout.detail, 6, "two disclosures per approach");
  assert.equal(await w.locator(".hb-finder-evidence-item").first().isVisible(), false, "research only on demand");
  // By keyboard: Tab to the first approach's research, Enter opens it, a screen reader hears it expanded.
  await w.locator(".hb-finder-result .hb-finder-heading").focus();
  await tabTo(page, /^Research on self-harm$/);
  await page.keyboard.press("Enter");
  const research = w.locator(".hb-finder-research").first();
  assert.equal(await research.evaluate((d) => d.open), true);
  assert.match(await research.innerText(), /you can skip it/, "the content note comes first");
  assert.equal(await research.locator(".hb-finder-evidence-item").first().isVisible(), true);
  assert.equal(await focusedText(page), "Research on self-harm", "focus stays on the summary");
  await tabTo(page, /^Why it came up, and more$/);
  await page.keyboard.press("Space");
  assert.match(await w.locator(".hb-finder-more[open]").first().innerText(), /Why this came up[\s\S]*What sessions are like/);
  await expectNoAxeViolations(page, "the finder result with detail open");
  assert.deepEqual(log.errors, []);
  await page.context().close();
});
