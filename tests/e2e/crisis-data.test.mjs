// Crisis-line coverage and transparency (issue 12): the generated sources page, the way to
// report a wrong number, and what a visitor sees in newly covered countries.
import { test, before, after } from "node:test";
import { launch, open, fixture, ready, widget, expectNoAxeViolations, expectOnlyOwnRequests, assert, openHelp } from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

test("the sources page lists every country with its lines, sources and dates, and says how to report", async () => {
  const { page, log } = await open(browser, "/dist/crisis-lines.html");
  await page.locator("#cc-US").waitFor();
  // crisis-lines.js names the countries (the codes stay for the search-minded).
  assert.equal((await page.locator("#cc-GB h2").innerText()).trim(), "United Kingdom (GB)");
  assert.match(await page.locator("#us-988-lifeline").innerText(), /988/);
  assert.match(await page.locator("#us-988-lifeline").innerText(), /Checked on/);
  assert.ok((await page.locator("#us-988-lifeline a[href^='https://']").count()) >= 1, "a source link");
  assert.match(await page.locator("#report").innerText(), /wrong number/);
  // The emergency table covers every region the widget knows.
  assert.ok((await page.locator("#emergency + p + table tbody tr").count()) >= 240);
  expectOnlyOwnRequests(log);
  await expectNoAxeViolationsOnPage(page);
  await page.context().close();
});

async function expectNoAxeViolationsOnPage(page) {
  // The harness's axe helper scopes to <harbor-widget>; this page has none, so run it on all.
  await page.addScriptTag({ path: new URL("../../node_modules/axe-core/axe.min.js", import.meta.url).pathname });
  const v = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map((x) => x.id));
  assert.deepEqual(v, [], "axe-core violations on the sources page");
}

test("Report a wrong number goes to Harbor's sources page by default, or to the practice's address", async () => {
  let r = await open(browser, fixture({ country: "US" }));
  let w = await openHelp(r.page);
  const href = await w.locator(".hb-report a").getAttribute("href");
  assert.ok(href.startsWith(process.env.HARBOR_URL + "/dist/crisis-lines.html#report"), href);
  await r.context.close();
  r = await open(browser, fixture({ country: "US", "report-url": "mailto:lines@practice.example" }));
  w = await openHelp(r.page);
  assert.equal(await w.locator(".hb-report a").getAttribute("href"), "mailto:lines@practice.example");
  await expectNoAxeViolations(r.page, "crisis screen with a report link");
  await r.context.close();
  // A bad address is refused with one warning, and the default is used.
  r = await open(browser, fixture({ country: "US", "report-url": "javascript:alert(1)" }));
  w = await openHelp(r.page);
  assert.ok((await w.locator(".hb-report a").getAttribute("href")).includes("crisis-lines.html#report"));
  assert.ok(r.log.console.some((m) => m.type === "warning" && /report-url/.test(m.text)));
  await r.context.close();
});

// A sample of the countries added in issue 12: the checked line first, or, where none is
// checked, the emergency number and one clear sentence (never a guess).
const added = [
  { country: "KR", emergency: "tel:119", first: /109/, link: "tel:109" },
  { country: "HK", emergency: "tel:999", first: /18111/, link: "tel:18111" },
  { country: "ID", emergency: "tel:112", first: /SEJIWA/, link: "tel:119", option: /option 8/ },
  { country: "NG", emergency: null, first: /SURPIN/, link: "tel:+2348000787746" },
  { country: "UA", emergency: "tel:103", first: /Lifeline Ukraine/, link: "tel:7333" },
];

for (const c of added) {
  test(`${c.country}: the checked line is shown with its source and date`, async () => {
    const { page, context } = await open(browser, fixture({ country: c.country }));
    const w = await openHelp(page);
    if (c.emergency) assert.equal(await w.locator(".hb-emergency a").getAttribute("href"), c.emergency);
    else assert.match(await w.locator(".hb-emergency").innerText(), /local emergency number/);
    const first = w.locator(".hb-service").first();
    assert.match(await first.locator(".hb-service-name").innerText(), c.first);
    const hrefs = await first.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.ok(hrefs.includes(c.link), `${c.link} missing from ${hrefs.join(", ")}`);
    if (c.option) assert.match(await first.innerText(), c.option);
    assert.match(await first.locator(".hb-verified").innerText(), /Checked/);
    await context.close();
  });
}

test("TR: no checked line, so the emergency number and one sentence; 182 (hospital appointments) is never offered", async () => {
  const { page, context } = await open(browser, fixture({ country: "TR" }));
  const w = await openHelp(page);
  assert.equal(await w.locator(".hb-emergency a").getAttribute("href"), "tel:112");
  assert.equal(await w.locator(".hb-service").count(), 0);
  assert.match(await w.locator(".hb-crisis").innerText(), /don't have a checked helpline/);
  const hrefs = await w.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(!hrefs.some((h) => /182/.test(h)), hrefs.join(", "));
  await context.close();
});
