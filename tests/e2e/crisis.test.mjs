// "Get help now" (issue 5): the right numbers and links per country, changing country by
// keyboard, practice lines first, detection on the device, accessibility.
import { test, before, after } from "node:test";
import { launch, open, fixture, ready, widget, expectNoAxeViolations, assert, openHelp } from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

const hrefs = (w) => w.locator(".hb-services a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));

const cases = [
  { country: "US", emergency: "tel:911", first: "988 Suicide & Crisis Lifeline", links: ["tel:988", "sms:988", "https://988lifeline.org/chat", "tel:+18002738255", "sms:741741"], keyword: ["sms:741741", "Text HOME to 741741"] },
  { country: "GB", emergency: "tel:999", first: "Samaritans", links: ["tel:116123", "sms:85258"], keyword: ["sms:85258", "Text SHOUT to 85258"] },
  { country: "AU", emergency: "tel:000", first: "Lifeline", links: ["tel:131114", "sms:+61477131114", "tel:+611800551800"] },
  { country: "FR", emergency: "tel:112", first: "3114", links: ["tel:3114", "https://3114.fr/"] },
];

for (const c of cases) {
  test(`${c.country}: emergency number first, then the services with working links`, async () => {
    const { page } = await open(browser, fixture({ country: c.country }));
    const w = await openHelp(page);
    assert.equal(await w.locator(".hb-emergency a").getAttribute("href"), c.emergency);
    assert.match(await w.locator(".hb-service-name").first().innerText(), new RegExp(c.first));
    const got = await hrefs(w);
    for (const link of c.links) assert.ok(got.includes(link), `${link} missing from ${got.join(", ")}`);
    assert.ok(got.every((h) => !/[?&;]body=/.test(h)), `no pre-filled SMS body (iOS and Android disagree on its syntax): ${got.join(", ")}`);
    if (c.keyword) {
      // The keyword the service needs is on the text button itself, since the link carries none.
      const [href, label] = c.keyword;
      assert.equal((await w.locator(`a[href='${href}']`).first().innerText()).replace(/\s+/g, " ").trim(), label);
    }
    // Every service shows when it was checked, and where the number came from.
    const services = await w.locator(".hb-service").count();
    assert.equal(await w.locator(".hb-verified").count(), services);
    assert.equal(await w.locator(".hb-verified a[href^='https://']").count(), services);
    // External links open safely in a new tab.
    for (const rel of await w.locator("a[target='_blank']").evaluateAll((as) => as.map((a) => a.rel))) assert.equal(rel, "noopener noreferrer");
    await page.context().close();
  });
}

test("a country without a confirmed line shows its emergency number and directories, no guess", async () => {
  // Romania: no line is checked yet (see the closing note of issue 12 for what was withheld).
  const { page } = await open(browser, fixture({ country: "RO" }));
  const w = await openHelp(page);
  assert.equal(await w.locator(".hb-emergency a").getAttribute("href"), "tel:112");
  assert.equal(await w.locator(".hb-service").count(), 0);
  assert.equal(await w.locator(".hb-directories a[href='https://findahelpline.com/']").count(), 1);
  await expectNoAxeViolations(page, "country without a line");
  await page.context().close();
});

test("a region whose emergency number is withheld says 'call your local emergency number'", async () => {
  const { page } = await open(browser, fixture({ country: "NG" }));
  const w = await openHelp(page);
  assert.equal(await w.locator(".hb-emergency a").count(), 0);
  assert.match(await w.locator(".hb-emergency").innerText(), /local emergency number/);
  await page.context().close();
});

test("the visitor can change the country with the keyboard alone", async () => {
  const { page } = await open(browser, fixture({ country: "US" }));
  await ready(page);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // "Get help now"; focus moves to the screen's heading
  await tabToId(page, "hb-country-filter");
  await page.keyboard.type("Kingdom");
  await page.keyboard.press("Tab"); // to the list, which now holds United Kingdom and (current) United States
  await page.keyboard.press("Home");
  await widget(page).locator(".hb-emergency a[href='tel:999']").waitFor();
  assert.match(await widget(page).locator(".hb-service-name").first().innerText(), /Samaritans/);
  await page.context().close();
});

async function tabToId(page, id) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el && el.id;
    });
    if (at === id) return;
  }
  throw new Error("could not reach #" + id + " with Tab");
}

test("a practice's own lines come first, marked as added by the practice; bad ones are skipped", async () => {
  const { page, log } = await open(browser, "/www/practice-lines.html");
  const w = await openHelp(page);
  const cards = w.locator(".hb-service");
  assert.match(await cards.first().innerText(), /Riverside crisis team/);
  assert.match(await cards.first().innerText(), /Added by this practice/);
  assert.equal(await cards.first().locator("a").first().getAttribute("href"), "tel:+15035550100");
  assert.equal(await w.locator(".hb-service-practice").count(), 1, "the javascript: line is skipped");
  assert.ok(log.console.some((m) => m.type === "warning" && /harbor-line/.test(m.text)));
  await expectNoAxeViolations(page, "practice lines");
  await page.context().close();
});

test("the country is guessed on the device: language region, then time zone", async () => {
  let r = await open(browser, fixture({}), { locale: "en-AU", timezoneId: "Australia/Sydney" });
  assert.equal(await (await openHelp(r.page)).locator(".hb-emergency a").getAttribute("href"), "tel:000");
  await r.context.close();
  r = await open(browser, fixture({}), { locale: "de", timezoneId: "Europe/Vienna" });
  assert.equal(await (await openHelp(r.page)).locator("#hb-country-select").inputValue(), "AT");
  await r.context.close();
  r = await open(browser, fixture({}), { locale: "en", timezoneId: "Etc/UTC" });
  const w = await openHelp(r.page);
  assert.equal(await w.locator(".hb-service").count(), 0, "unknown: no guessed lines");
  assert.match(await w.locator(".hb-country h3").innerText(), /Choose your country/);
  await r.context.close();
});
