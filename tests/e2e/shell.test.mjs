// The shell (issue 2): keyboard, focus, launcher, accessibility, theming, zoom.
import { test, before, after } from "node:test";
import { launch, open, fixture, ready, widget, expectNoAxeViolations, tabTo, focusedText, assert } from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

test("quick exit then Get help now are the first two tab stops", async () => {
  const { page } = await open(browser, fixture({ country: "GB" }));
  await ready(page);
  await page.keyboard.press("Tab");
  assert.equal(await focusedText(page), "Quick exit");
  await page.keyboard.press("Tab");
  assert.equal(await focusedText(page), "Get help now");
  await page.context().close();
});

test("the shell is keyboard-complete: open each section, land on its heading, go back", async () => {
  const { page } = await open(browser, fixture({ country: "GB" }));
  await ready(page);
  for (const name of [/Ground yourself now/, /Find an approach/, /Get help now.*Phone/s]) {
    await page.locator("body").focus();
    await tabTo(page, name);
    await page.keyboard.press("Enter");
    const heading = await focusedText(page);
    assert.ok(heading.length > 0, "focus is on a heading with text");
    assert.equal(await widget(page).locator(".hb-title").innerText(), heading, "focus moved to the new screen's heading");
    // One way back, named for where it goes.
    await tabTo(page, /^Home$/);
    await page.keyboard.press("Enter");
    assert.equal(await widget(page).locator(".hb-title").innerText(), "Support for difficult moments");
  }
  await page.context().close();
});

test("the visible focus indicator is present", async () => {
  const { page } = await open(browser, fixture({ country: "GB" }));
  await ready(page);
  await page.keyboard.press("Tab");
  const outline = await widget(page).locator(".hb-quick-exit").evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, "none");
  await page.context().close();
});

for (const theme of ["light", "dark"]) {
  test(`axe-core finds no violations on any shell screen (${theme})`, async () => {
    const { page } = await open(browser, fixture({ country: "US", theme }), { colorScheme: theme });
    await ready(page);
    const w = widget(page);
    await expectNoAxeViolations(page, `home (${theme})`);
    await w.locator(".hb-help").click();
    await w.locator(".hb-emergency").waitFor();
    await expectNoAxeViolations(page, `get help now (${theme})`);
    await w.locator("#hb-country-select").selectOption("RO");
    await w.locator(".hb-directories").first().waitFor();
    await expectNoAxeViolations(page, `get help now, country without a confirmed line (${theme})`);
    await page.context().close();
  });
}

test("launcher mode: a button opens a modal dialog; Escape closes it and focus returns", async () => {
  const { page, log } = await open(browser, fixture({ mode: "launcher", country: "GB" }));
  const w = widget(page);
  const launcher = w.locator("button[aria-haspopup='dialog']");
  await launcher.waitFor();
  const appLoadedEarly = log.requests.some((u) => /harbor_bg\.wasm/.test(u));
  assert.equal(appLoadedEarly, false, "the wasm loads only when the visitor asks for Harbor");
  await launcher.click();
  await w.locator("dialog[open] .hb-bar").waitFor();
  await expectNoAxeViolations(page, "launcher dialog open");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("harbor-widget").shadowRoot.querySelector("dialog[open]"));
  assert.equal(await focusedText(page), "Need support?");
  await page.context().close();
});

test("fits a 320 px column at 200 % text size without horizontal scrolling", async () => {
  const { page } = await open(browser, fixture({ country: "US" }), { viewport: { width: 320, height: 800 } });
  await ready(page);
  await page.evaluate(() => (document.querySelector("harbor-widget").style.fontSize = "200%"));
  await widget(page).locator(".hb-help").click();
  await widget(page).locator(".hb-emergency").waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await page.context().close();
});

test("the host's tiny root font size does not shrink Harbor", async () => {
  const { page } = await open(browser, fixture({ country: "US" }));
  await ready(page);
  const size = await widget(page).locator(".harbor").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.equal(size, 16, "follows the browser default (medium), not the host's 62.5% root");
  await page.context().close();
});

test("theme tokens from the host reach the widget", async () => {
  const { page } = await open(browser, fixture({ country: "US", theme: "light" }));
  await ready(page);
  await page.evaluate(() => document.querySelector("harbor-widget").style.setProperty("--harbor-color-accent", "rgb(10, 20, 30)"));
  const bg = await widget(page).locator(".hb-help").evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(bg, "rgb(10, 20, 30)");
  await page.context().close();
});
