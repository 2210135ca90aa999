// "My plan for hard moments" (issue 16): written by keyboard, printed (only the plan), saved as
// a file built on the device, copied, cleared; nothing stored or sent; Quick exit, pagehide and
// closing the launcher clear it; the services step carries the crisis screen's numbers; axe
// clean on every step, light and dark, and each step's Next in the first view on a phone.
import { test, before, after } from "node:test";
import { readFileSync } from "node:fs";
import {
  launch, open, fixture, ready, widget, focusedText, tabTo, expectNoAxeViolations, expectOnlyOwnRequests,
  expectNothingStored, recordAnnouncements, said, assert,
} from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> & "quotes"`;
const STEPS = 7;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function openPlan(w) {
  await w.locator(".hb-card", { hasText: "My plan for hard moments" }).click();
  await w.locator(".hb-plan-intro").waitFor();
}

/** The numbers the crisis screen shows (emergency first), as their visible text. */
async function crisisNumbers(w) {
  await w.locator(".hb-help").click();
  await w.locator(".hb-emergency").waitFor();
  return w.locator(".hb-crisis .hb-number").allInnerTexts();
}

test("every step by keyboard, then the whole plan saved as a text file and copied; nothing stored or sent", async () => {
  const { page, context, log } = await open(browser, fixture({ country: "US" }));
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
  await ready(page);
  const w = widget(page);
  const historyBefore = await page.evaluate(() => history.length);
  await recordAnnouncements(w);
  await tabTo(page, /^My plan for hard moments/);
  await page.keyboard.press("Enter");
  await w.locator(".hb-plan-intro").waitFor();
  assert.equal(await focusedText(page), "My plan for hard moments", "focus on the screen's heading");
  await tabTo(page, /^Start my plan$/);
  await page.keyboard.press("Enter");
  const typed = [];
  for (let i = 0; i < STEPS; i++) {
    await w.locator(".hb-plan-step").waitFor();
    const title = (await w.locator(".hb-plan-heading").innerText()).trim();
    assert.equal(await focusedText(page), title, `step ${i + 1}: focus on its heading`);
    assert.match(await w.locator(".hb-progress-text").innerText(), new RegExp(`Step ${i + 1} of ${STEPS}`));
    // The visitor's own words first: the field is the first control after the heading.
    const field = w.locator(".hb-plan-field");
    await page.keyboard.press("Tab");
    assert.ok(await field.evaluate((el) => el.matches(":focus")), `step ${i + 1}: Tab from the heading reaches the field`);
    await page.keyboard.press("Control+End");
    const own = i === 0 ? HOSTILE : `my own words for step ${i + 1}`;
    await page.keyboard.type((i === 4 ? "\n" : "") + own);
    // Then the first idea, by keyboard: it goes into the field, on its own line, and shows as pressed.
    const idea = (await w.locator(".hb-plan-idea").first().innerText()).trim();
    await tabTo(page, new RegExp(`^${esc(idea)}$`));
    await page.keyboard.press("Enter");
    assert.equal(await w.locator(".hb-plan-idea").first().getAttribute("aria-pressed"), "true");
    const value = await field.inputValue();
    assert.ok(value.includes(own + "\n" + idea), `step ${i + 1} field: ${value}`);
    typed.push({ title, idea, own });
    await tabTo(page, i + 1 === STEPS ? /^See my plan$/ : /^Next$/);
    await page.keyboard.press("Enter");
  }
  await w.locator(".hb-plan-summary").waitFor();
  assert.equal(await focusedText(page), "Your plan");
  // Everything written, as text: the hostile line is shown, never run or parsed.
  const sheet = w.locator(".hb-plan-sheet");
  for (const { title, idea, own } of typed) {
    const section = sheet.locator(".hb-plan-section", { has: page.locator("h4", { hasText: title }) });
    const text = await section.locator(".hb-plan-text").innerText();
    assert.ok(text.includes(idea) && text.includes(own), `${title}: ${text}`);
  }
  assert.equal(await sheet.locator("img, script").count(), 0, "typed markup became elements");
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const numbers = await sheet.innerText();
  assert.match(numbers, /Emergency number: 911/);
  assert.match(numbers, /988/);
  assert.match(numbers, /If you are in immediate danger, call 911\./);

  // Save as a file: built on the device, named plainly, the plan and the numbers in plain text.
  const [download] = await Promise.all([page.waitForEvent("download"), w.locator(".hb-plan-save").click()]);
  assert.equal(download.suggestedFilename(), "my-plan.txt");
  const file = readFileSync(await download.path(), "utf8");
  assert.ok(file.startsWith("My plan for hard moments\n"), file.slice(0, 80));
  for (const { title, idea, own } of typed) {
    assert.ok(file.includes(`${title}\n`) && file.includes(idea) && file.includes(own), `file lacks ${title}`);
  }
  assert.match(file, /Emergency number: 911/);
  assert.match(file, /988 Suicide & Crisis Lifeline: Call 988/);
  assert.ok(file.trimEnd().endsWith("If you are in immediate danger, call 911."), "the emergency number comes last");
  // Plain text, not a page: the typed line is inert characters, with no document around it.
  assert.doesNotMatch(file, /<(html|body|meta|style)\b/i);
  assert.equal(file.split(HOSTILE).length, 2, "the hostile line appears once, exactly as typed");
  assert.ok((await said(page)).includes("Your plan was saved as a file on this device."));

  // Copy: the same text on the clipboard, and said so.
  await w.locator(".hb-plan-copy").click();
  await page.waitForFunction(() => (window.__said || []).some((s) => s.text.startsWith("Your plan was copied")));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), file);

  expectOnlyOwnRequests({ requests: log.requests.filter((u) => !u.startsWith("blob:")) });
  assert.deepEqual(log.requests.filter((u) => u.startsWith("blob:")), [], "the download is not a request");
  await expectNothingStored(page);
  assert.equal(await page.evaluate(() => location.hash), "", "no URL fragment");
  assert.equal(await page.evaluate(() => history.length), historyBefore, "no history entries");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Print shows only the plan, and leaves the host's own printing as it was", async () => {
  const { page, context, log } = await open(browser, fixture({ country: "GB" }));
  await ready(page);
  const w = widget(page);
  await openPlan(w);
  await w.locator(".hb-plan-start").click();
  await w.locator(".hb-plan-field").fill("I stop answering messages");
  await w.locator(".hb-plan-see").click();
  await w.locator(".hb-plan-summary").waitFor();
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => window.__printed++;
  });
  await w.locator(".hb-plan-print").click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  const visible = async () => ({
    host: await page.locator("h1").isVisible(),
    bar: await w.locator(".hb-bar").isVisible(),
    footer: await w.locator(".hb-footer").isVisible(),
    heading: await w.locator("#hb-screen-title").isVisible(),
    actions: await w.locator(".hb-plan-save").isVisible(),
    change: await w.locator(".hb-plan-change").first().isVisible(),
    sheet: await w.locator(".hb-plan-sheet").isVisible(),
    text: await w.locator(".hb-plan-text").first().isVisible(),
  });
  await page.emulateMedia({ media: "print" });
  assert.deepEqual(await visible(), {
    host: false, bar: false, footer: false, heading: false, actions: false, change: false, sheet: true, text: true,
  });
  // On paper: the whole plan fits one or two pages (PDF pages counted in Chromium's output).
  const pages = (await page.pdf({ format: "A4" })).toString("latin1").match(/\/Type\s*\/Page[^s]/g).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} printed pages`);
  // After printing, the host page prints as before (only Harbor's own rule stays, in its shadow).
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  assert.equal(await page.locator("h1").isVisible(), true, "the host's heading prints again");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Print from the launcher's dialog shows only the plan too", async () => {
  const { page, context, log } = await open(browser, fixture({ country: "US", mode: "launcher" }));
  const w = widget(page);
  await w.locator("button[part=launcher]").click();
  await w.locator("dialog[open] .hb-bar").waitFor({ timeout: 20000 });
  await openPlan(w);
  await w.locator(".hb-plan-start").click();
  await w.locator(".hb-plan-field").fill("I stop answering messages");
  await w.locator(".hb-plan-see").click();
  await page.evaluate(() => (window.print = () => {}));
  await w.locator(".hb-plan-print").click();
  await page.emulateMedia({ media: "print" });
  assert.equal(await w.locator(".hb-bar").isVisible(), false, "the dialog's top bar does not print");
  assert.equal(await w.locator(".hb-launcher").isVisible(), false, "the launcher button does not print");
  assert.equal(await w.locator(".hb-plan-text").first().isVisible(), true, "the plan prints");
  const pages = (await page.pdf({ format: "A4" })).toString("latin1").match(/\/Type\s*\/Page[^s]/g).length;
  assert.equal(pages, 1, "one page");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Clear my plan asks first; pagehide, Quick exit and closing the launcher clear the plan", async () => {
  const { page, context, log } = await open(browser, fixture({ country: "US", "exit-url": "/www/plain.html" }));
  await ready(page);
  const w = widget(page);
  await recordAnnouncements(w);
  await openPlan(w);
  await w.locator(".hb-plan-start").click();
  await w.locator(".hb-plan-field").fill("written");
  await w.locator(".hb-plan-clear").click();
  assert.equal(await focusedText(page), "Keep my plan", "the question's safe answer is focused");
  assert.match(await w.locator(".hb-plan-confirm").innerText(), /Clear everything you wrote\?/);
  await page.keyboard.press("Enter");
  assert.equal(await w.locator(".hb-plan-field").inputValue(), "written", "Keep my plan keeps it");
  assert.equal(await focusedText(page), "Clear my plan", "focus back on the button");
  await w.locator(".hb-plan-clear").click();
  await w.locator(".hb-plan-clear-yes").click();
  await w.locator(".hb-plan-intro").waitFor();
  assert.equal(await w.locator(".hb-plan-start").innerText(), "Start my plan");
  assert.ok((await said(page)).includes("Your plan was cleared."));
  await w.locator(".hb-plan-start").click();
  assert.equal(await w.locator(".hb-plan-field").inputValue(), "", "nothing left after clearing");

  // A page put away (bfcache) or left: the plan is gone when the visitor comes back.
  await w.locator(".hb-plan-field").fill("written again");
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true })));
  await w.locator(".hb-plan-intro").waitFor();
  assert.equal(await w.locator(".hb-plan-start").innerText(), "Start my plan");

  // Quick exit leaves and takes the page out of history: Back cannot show the plan.
  await w.locator(".hb-plan-start").click();
  await w.locator(".hb-plan-field").fill("before quick exit");
  await Promise.all([page.waitForURL(/plain\.html/), w.locator(".hb-quick-exit").click()]);
  await page.goBack().catch(() => {});
  assert.doesNotMatch(page.url(), /fixture\.html/, "Back returned to the page with the plan");
  assert.deepEqual(log.errors, []);
  await context.close();

  // Launcher: closing the panel drops the plan with it.
  const l = await open(browser, fixture({ country: "US", mode: "launcher" }));
  const lw = widget(l.page);
  await lw.locator("button[part=launcher]").click();
  await lw.locator("dialog[open] .hb-bar").waitFor({ timeout: 20000 });
  await openPlan(lw);
  await lw.locator(".hb-plan-start").click();
  await lw.locator(".hb-plan-field").fill("in the launcher");
  await l.page.keyboard.press("Escape");
  await lw.locator(".hb-dialog").waitFor({ state: "hidden" });
  await lw.locator("button[part=launcher]").click();
  await lw.locator("dialog[open] .hb-bar").waitFor();
  // The panel reopens where it was, on the plan, which closing emptied.
  await lw.locator(".hb-plan-intro").waitFor();
  assert.equal(await lw.locator(".hb-plan-start").innerText(), "Start my plan", "closing cleared the plan");
  assert.deepEqual(l.log.errors, []);
  await l.context.close();
});

test("stepping away to Get help now keeps the plan, and the way back is named for it", async () => {
  const { page, context, log } = await open(browser, fixture({ country: "US" }));
  await ready(page);
  const w = widget(page);
  await openPlan(w);
  await w.locator(".hb-plan-start").click();
  await w.locator(".hb-plan-next").click();
  await w.locator(".hb-plan-field").fill("a walk outside");
  await w.locator(".hb-help").click();
  await w.locator(".hb-emergency").waitFor();
  assert.equal((await w.locator(".hb-back").innerText()).trim(), "My plan");
  await w.locator(".hb-back").click();
  assert.match(await w.locator(".hb-progress-text").innerText(), /Step 2 of 7/, "back on the same step");
  assert.equal(await w.locator(".hb-plan-field").inputValue(), "a walk outside");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the services step starts with every number the crisis screen shows, for several countries", async () => {
  for (const country of ["US", "GB", "DE", "AU", "KR", "BR"]) {
    const { page, context } = await open(browser, fixture({ country }));
    await ready(page);
    const w = widget(page);
    const shown = await crisisNumbers(w);
    assert.ok(shown.length >= 2, `${country}: the crisis screen shows numbers`);
    await w.locator(".hb-back").click();
    await openPlan(w);
    await w.locator(".hb-plan-start").click();
    for (let i = 0; i < 4; i++) await w.locator(".hb-plan-next").click();
    assert.match(await w.locator(".hb-plan-heading").innerText(), /Professionals and services/);
    const field = await w.locator(".hb-plan-field").inputValue();
    assert.ok(field.startsWith(`Emergency number: ${shown[0]}\n`), `${country}: ${field}`);
    for (const n of shown) assert.ok(field.includes(n), `${country}: the plan lacks ${n}:\n${field}`);
    await context.close();
  }
});

test("every step: axe clean in light and dark, and Next in the first view on a phone, in English and in Arabic at 320 px", async () => {
  for (const [lang, colorScheme] of [["en", "light"], ["en", "dark"], ["ar", "light"]]) {
    // Arabic at 320 px, the narrowest column Harbor promises to fit.
    const width = lang === "ar" ? 320 : 360;
    const { page, context, log } = await open(browser, fixture({ country: lang === "ar" ? "EG" : "US", lang }), {
      phone: true, colorScheme, viewport: { width, height: 740 },
    });
    await ready(page);
    const w = widget(page);
    await w.locator(".hb-card").nth(1).click();
    await w.locator(".hb-plan-intro").waitFor();
    await expectNoAxeViolations(page, `${lang} ${colorScheme} plan intro`);
    await w.locator(".hb-plan-start").click();
    for (let i = 0; i < STEPS; i++) {
      await w.locator(".hb-plan-step").waitFor();
      const next = await w.locator(".hb-plan-next").boundingBox();
      assert.ok(next.y + next.height <= 740, `${lang} step ${i + 1}: Next ends at ${Math.round(next.y + next.height)} px`);
      await w.locator(".hb-plan-idea").first().click();
      await expectNoAxeViolations(page, `${lang} ${colorScheme} plan step ${i + 1}`);
      await w.locator(".hb-plan-next").click();
    }
    await w.locator(".hb-plan-summary").waitFor();
    await expectNoAxeViolations(page, `${lang} ${colorScheme} plan summary`);
    await w.locator(".hb-plan-clear").click();
    await expectNoAxeViolations(page, `${lang} ${colorScheme} clear question`);
    // Nothing overflows the 360 px phone sideways.
    const wide = await w.evaluate((host) => host.shadowRoot.querySelector(".harbor").scrollWidth);
    assert.ok(wide <= width, `${lang}: ${wide} px wide at ${width} px`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});
