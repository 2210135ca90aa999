// Privacy across every flow (issue 14, hardening 6): one visitor's whole walk through Harbor —
// every section, the safety plan to its summary and copy, another country, another language —
// and the host page learns nothing: no request beyond Harbor's own files, nothing stored, no
// message posted, no event on the host's window or document it didn't cause itself, and
// nothing written to the host's DOM outside the <harbor-widget> element.
import { test, before, after } from "node:test";
import {
  launch, open, fixture, ready, widget, expectOnlyOwnRequests, expectNothingStored, assert,
} from "./harness.mjs";
import { watchHost } from "./host-watch.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

test("a whole walk through every section leaves no trace the host can see", async () => {
  const { page, context, log } = await open(browser, fixture({ country: "US", "contact-url": "https://practice.example/book" }));
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
  await ready(page);
  // What the host could watch: its DOM outside the element, messages, and bubbling events
  // with text in them (a visitor's words must never be in an event the host can read).
  await page.evaluate(watchHost);
  const w = widget(page);
  const secret = "my secret words 7f3a";

  // Ground yourself now: 5-4-3-2-1 to its end, breathing started and stopped.
  await w.locator(".hb-card", { hasText: "Ground yourself now" }).click();
  await w.locator(".hb-exercise-card", { hasText: "5-4-3-2-1" }).click();
  for (let i = 0; i < 5; i++) await w.locator(".hb-next").click();
  await w.locator(".hb-checkin").waitFor();
  await w.locator(".hb-back").click();
  await w.locator(".hb-exercise-card", { hasText: "Paced breathing" }).click();
  await w.locator(".hb-start").click();
  await w.locator(".hb-stop").click();
  await w.locator(".hb-back").click();
  await w.locator(".hb-back").click();

  // The safety plan, with the visitor's own words, to its summary, copied.
  await w.locator(".hb-card", { hasText: "My plan for hard moments" }).click();
  await w.locator(".hb-plan-start").click();
  await w.locator(".hb-plan-field").fill(secret);
  await w.locator(".hb-plan-idea").first().click();
  await w.locator(".hb-plan-see").click();
  await w.locator(".hb-plan-copy").click();
  await w.locator(".hb-back").click();

  // Find an approach, to its result.
  await w.locator(".hb-card", { hasText: "Find an approach" }).click();
  await w.locator(".hb-finder-start").click();
  for (let n = 0; n < 8; n++) {
    await w.locator(".hb-finder-choice").first().click();
    await w.locator(".hb-finder-next").click();
  }
  await w.locator(".hb-finder-result").waitFor();

  // Get help now, another country, another language.
  await w.locator(".hb-help").click();
  await w.locator("#hb-country-filter").fill("Canada");
  await w.locator("#hb-country-select").selectOption("CA");
  await w.locator(".hb-emergency").waitFor();
  await w.locator("#hb-language").selectOption("es");
  await w.locator(".harbor[lang=es]").waitFor();

  const seen = await page.evaluate(() => window.__seen);
  assert.deepEqual(seen.mutations, [], "Harbor wrote to the host's DOM outside its element");
  assert.equal(seen.messages, 0, "a message event reached the host's window");
  assert.equal(seen.posted, 0, "postMessage was called");
  assert.deepEqual(seen.custom, [], "custom events were dispatched");
  // The element itself carries no trace of the walk: the attributes the host wrote, nothing else.
  const attrs = await page.evaluate(() => [...document.querySelector("harbor-widget").attributes].map((a) => `${a.name}=${a.value}`));
  assert.deepEqual(attrs.sort(), ["contact-url=https://practice.example/book", "country=US"]);
  assert.equal(await page.evaluate((s) => document.documentElement.outerHTML.includes(s), secret), false, "the visitor's words are in the host's DOM");
  expectOnlyOwnRequests(log);
  await expectNothingStored(page);
  assert.deepEqual(log.errors, []);
  await context.close();
});
