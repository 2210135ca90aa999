// "Find an approach", end to end in Chromium against dist/: keyboard alone, the practice's
// contact link, nothing stored or sent, axe-core clean on the intro, a question and the result.
import { test, before, after } from "node:test";
import {
  launch, open, fixture, ready, widget, expectNoAxeViolations, expectOnlyOwnRequests,
  expectNothingStored, tabTo, focusedText, assert,
} from "./harness.mjs";

const CONTACT = { "contact-url": "https://practice.example/book", "contact-label": "Book a free consultation" };
const NAMES = {
  cbt: "CBT (cognitive behavioural therapy)",
  dbt: "DBT (dialectical behaviour therapy)",
  psychodynamic: "Psychodynamic therapy",
};
const NOT_SURE = null;
// One answer (its label) per question, in order; NOT_SURE presses "Not sure". See data/finder.toml.
const SETS = {
  cbt: [
    "Planned, with clear steps and goals",
    "I'd like that",
    "Practical skills I can use when things feel hard",
    "What's happening in my life now, and what to do next",
    "I'd rather only see a therapist on my own",
    "About one session a week",
    "A few months or less",
    "No, I'm 18 or over",
  ],
  dbt: [
    "Planned, with clear steps and goals",
    "I'd like that",
    "Practical skills I can use when things feel hard",
    NOT_SURE,
    "I'd be OK with a group",
    "More than one session a week is OK",
    "About a year, or longer if it helps",
    "Yes, I'm under 18",
  ],
  psychodynamic: [
    "Open, so I can talk about whatever is on my mind",
    "I'd rather keep it to the sessions",
    "To understand where my feelings come from",
    "How my past shapes the way I feel now",
    "I'd rather only see a therapist on my own",
    "About one session a week",
    "About a year, or longer if it helps",
    "No, I'm 18 or over",
  ],
};

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** What has focus, through shadow roots: its class, whether it's a radio, and its label text. */
async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return {};
    const label = el.closest("label");
    return {
      className: el.className || "",
      radio: el.type === "radio",
      checked: !!el.checked,
      label: label ? label.textContent.trim() : "",
    };
  });
}

/** Opens the finder from the home screen and starts it, by keyboard. */
async function startByKeyboard(page, onIntro = async () => {}) {
  await tabTo(page, /^Find an approach/);
  await page.keyboard.press("Enter");
  await widget(page).locator(".hb-finder-intro").waitFor();
  await onIntro();
  await tabTo(page, /^Start$/);
  await page.keyboard.press("Enter");
  await expectQuestionFocused(page, 1);
}

async function expectQuestionFocused(page, n) {
  const w = widget(page);
  assert.equal(await w.locator(".hb-progress-text").textContent(), `Question ${n} of 8`);
  const f = await focused(page);
  assert.match(f.className, /hb-finder-heading/, `question ${n}: focus should be on its heading`);
  assert.equal(await focusedText(page), (await w.locator("legend").textContent()).trim());
}

/** Answers the current question by keyboard: Tab into the radio group, arrows to the answer,
 *  Space to choose it, Tab to Next, Enter. `null` presses "Not sure" instead. */
async function answerByKeyboard(page, label) {
  if (label === NOT_SURE) {
    await tabTo(page, /^Not sure$/);
    await page.keyboard.press("Enter");
    return;
  }
  await page.keyboard.press("Tab");
  let f = await focused(page);
  assert.ok(f.radio, "Tab from the question lands in its answers");
  for (let i = 0; i < 6 && f.label !== label; i++) {
    await page.keyboard.press("ArrowDown");
    f = await focused(page);
  }
  assert.equal(f.label, label);
  await page.keyboard.press("Space");
  assert.ok((await focused(page)).checked, `${label} is chosen`);
  await tabTo(page, /^(Next|See what might suit you)$/);
  await page.keyboard.press("Enter");
}

async function completeByKeyboard(page, answers, hooks = {}) {
  const onQuestion = hooks.question || (async () => {});
  await startByKeyboard(page, hooks.intro);
  for (let i = 0; i < answers.length; i++) {
    if (i > 0) await expectQuestionFocused(page, i + 1);
    await onQuestion(i);
    await answerByKeyboard(page, answers[i]);
  }
  assert.equal(await focusedText(page), "What might suit you", "focus moves to the result");
}

async function ranking(page) {
  return widget(page).locator(".hb-finder-approach-name").allTextContents();
}

/** Records every event dispatched from script (Harbor must dispatch none) and the host
 *  element's attributes (answers must never show up there). */
async function watchHost(page) {
  await page.evaluate(() => {
    window.__harborDispatched = [];
    const original = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (event) {
      window.__harborDispatched.push(event.type);
      return original.call(this, event);
    };
  });
  return hostState(page);
}

async function hostState(page) {
  return page.evaluate(() => {
    const el = document.querySelector("harbor-widget");
    return {
      attributes: el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`),
      light: el.innerHTML,
      dispatched: window.__harborDispatched || [],
    };
  });
}

for (const [approach, answers] of Object.entries(SETS)) {
  test(`by keyboard alone, answers for ${approach} put it first`, async () => {
    // The DBT run uses a dark colour scheme, so axe checks the dark palette's contrast too.
    const opts = approach === "dbt" ? { colorScheme: "dark" } : {};
    const { page, context, log } = await open(browser, fixture(CONTACT), opts);
    try {
      await ready(page);
      const host = await watchHost(page);
      // axe in the light (cbt) and dark (dbt) palettes; the psychodynamic run is keyboard only.
      const axeOnThisRun = approach !== "psychodynamic";
      await completeByKeyboard(page, answers, {
        intro: async () => {
          if (axeOnThisRun) await expectNoAxeViolations(page, `finder intro (${approach})`);
        },
        question: async (i) => {
          if (axeOnThisRun && i === 1) await expectNoAxeViolations(page, `finder question 2 (${approach})`);
        },
      });
      const order = await ranking(page);
      assert.equal(order.length, 3, "all three approaches are shown");
      assert.equal(order[0], NAMES[approach], `ranking: ${order.join(" > ")}`);

      const w = widget(page);
      // Why this came up: the first card lists the visitor's own answers.
      assert.ok((await w.locator(".hb-finder-approach").first().locator(".hb-finder-reasons li").count()) > 0);
      // The honest frame, evidence for the right age group, and both ways forward.
      const text = await w.locator(".hb-finder-result").textContent();
      assert.match(text, /doesn't diagnose anything and it doesn't measure risk/);
      assert.match(text, /a therapist you get on with/);
      if (approach === "dbt") {
        assert.match(text, /DBT made for teenagers \(DBT-A\) lowered the chance/);
        assert.doesNotMatch(text, /Cochrane review for adults/);
      } else {
        assert.match(text, /Cochrane review for adults, Witt et al\. 2021/);
        assert.doesNotMatch(text, /Cochrane review for under-18s/);
      }
      const link = w.locator("a.hb-finder-contact");
      assert.equal(await link.count(), 1);
      assert.equal(await link.getAttribute("href"), CONTACT["contact-url"]);
      assert.equal((await link.textContent()).trim(), CONTACT["contact-label"]);
      // Reachable by keyboard (not followed: that would leave the test's origin).
      await tabTo(page, /^Book a free consultation$/);
      await tabTo(page, /^Get help now$/);
      if (axeOnThisRun) await expectNoAxeViolations(page, `finder result (${approach})`);

      const after = await hostState(page);
      assert.deepEqual(after.attributes, host.attributes, "the host element's attributes did not change");
      assert.equal(after.light, host.light, "the host element's light DOM did not change");
      assert.deepEqual(after.dispatched, [], "no events were dispatched from script");
      await expectNothingStored(page);
      expectOnlyOwnRequests(log);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}

test("without a contact-url there is no contact link, and Get help now still is", async () => {
  const { page, context, log } = await open(browser, fixture());
  try {
    await ready(page);
    await completeByKeyboard(page, Array(8).fill(NOT_SURE));
    const w = widget(page);
    assert.equal(await w.locator("a.hb-finder-contact").count(), 0);
    assert.equal(await w.locator(".hb-finder-result a[href*='practice.example']").count(), 0);
    assert.match(await w.locator(".hb-finder-result").textContent(), /didn't point to one approach more than the others/);
    await tabTo(page, /^Get help now$/);
    await page.keyboard.press("Enter");
    await w.locator(".hb-emergency").waitFor();
    // Back to the finder: the result is still there (answers stay while the widget is open).
    await w.locator(".hb-back").click();
    await w.locator(".hb-finder-result").waitFor();
    await expectNothingStored(page);
    expectOnlyOwnRequests(log);
  } finally {
    await context.close();
  }
});

test("Start over clears the answers, by keyboard", async () => {
  const { page, context } = await open(browser, fixture(CONTACT));
  try {
    await ready(page);
    await completeByKeyboard(page, SETS.psychodynamic);
    await tabTo(page, /^Start over$/);
    await page.keyboard.press("Enter");
    const w = widget(page);
    await w.locator(".hb-finder-intro").waitFor();
    assert.match(await focusedText(page), /How this works/);
    await tabTo(page, /^Start$/);
    await page.keyboard.press("Enter");
    assert.equal(await w.locator("input[type=radio]:checked").count(), 0, "nothing chosen after Start over");
  } finally {
    await context.close();
  }
});

test("stepping away to Get help now or home keeps the answers; only Start over clears them", async () => {
  const { page } = await open(browser, fixture({ country: "US" }));
  await ready(page);
  const w = widget(page);
  await startByKeyboard(page);
  await answerByKeyboard(page, (await w.locator(".hb-finder-fieldset label").first().textContent()).trim());
  await expectQuestionFocused(page, 2);
  const chosen = async () => w.locator("input[type=radio]:checked").count();
  // Away to Get help now, and back with the top Back control.
  await w.locator(".hb-help").click();
  await w.locator(".hb-emergency").waitFor();
  await w.locator(".hb-back").click();
  assert.equal(await w.locator(".hb-progress-text").textContent(), "Question 2 of 8", "back where the visitor was");
  // Home, then the finder again.
  await w.locator(".hb-back").click();
  await w.locator(".hb-card", { hasText: "Find an approach" }).click();
  assert.equal(await w.locator(".hb-progress-text").textContent(), "Question 2 of 8");
  await w.locator("button", { hasText: "Previous question" }).click();
  assert.equal(await chosen(), 1, "the first answer is still chosen");
  await page.context().close();
});
