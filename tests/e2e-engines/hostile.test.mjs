// Issue 14, hardening 1 and 2, in every engine (ENGINE=chromium|firefox|webkit, driver.mjs).
// tests/e2e/hostile.test.mjs does the same in depth in Chromium (pixel comparison, the npm
// stylesheets, the whole corpus, live changes); here, by capability of the engine-neutral
// driver (no screenshots, no routes, no dialog events): the host's computed styles with and
// without Harbor, the "Get help now" button's box under hostile host CSS, and about thirty
// hostile strings in every attribute and <harbor-line> field. An alert() from a payload is
// caught by replacing window.alert (and confirm, prompt) with a flag the test reads.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, ENGINE } from "./driver.mjs";
import { HOST_ELEMENTS, hostStyles, styleDiff } from "../e2e/host-styles.mjs";
import { SMALL, ATTRIBUTES, expectWarnings, practiceLines, expectLineWarnings, mountEach, checkWarnings } from "../e2e/corpus.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

const HOSTILE = "star,buttons,root-big";
const page = (q) => browser.open("/www/hostile.html?" + new URLSearchParams(q));

/** The "Get help now" button's box, relative to the place the widget sits in. */
const helpBox = () => {
  const place = document.getElementById("harbor-place").getBoundingClientRect();
  const r = document.querySelector("harbor-widget").shadowRoot.querySelector(".hb-panel .hb-help").getBoundingClientRect();
  const visible = getComputedStyle(document.querySelector("harbor-widget").shadowRoot.querySelector(".hb-panel .hb-help")).display !== "none";
  return { x: Math.round(r.x - place.x), y: Math.round(r.y - place.y), width: Math.round(r.width), height: Math.round(r.height), visible };
};

for (const sheets of [HOSTILE, "root-tiny"]) {
  test(`${ENGINE}: host CSS (${sheets}): the host's elements compute the same styles with and without Harbor; Get help now keeps its box`, async () => {
    const without = await page({ sheets, harbor: "0" });
    await without.until(() => document.readyState === "complete", "the page loaded");
    const before = await without.evaluate(hostStyles, HOST_ELEMENTS);
    await without.close();

    const clean = await page({ sheets: "" });
    await clean.ready();
    const cleanBox = await clean.evaluate(helpBox);
    await clean.close();

    const hostile = await page({ sheets });
    await hostile.ready();
    const withHarbor = await hostile.evaluate(hostStyles, HOST_ELEMENTS);
    assert.ok(Object.keys(before["#host-button"]).length > 100, "a full computed style was read");
    assert.deepEqual(styleDiff(before, withHarbor), [], `${sheets}: Harbor changed the host's styles`);
    assert.deepEqual(await hostile.evaluate(helpBox), cleanBox, `${sheets}: the Get help now button moved or changed size`);
    assert.deepEqual(await hostile.text(".hb-panel .hb-help"), ["Get help now"]);
    assert.deepEqual(await hostile.errors(), []);
    await hostile.close();
  });
}

test(`${ENGINE}: ${SMALL.length} hostile strings in every attribute and <harbor-line> field: no script, no error, one warning per bad value, Get help now`, async () => {
  const p = await page({ harbor: "script" });
  await p.until(() => !!customElements.get("harbor-widget"), "harbor.js defined the element");
  await p.evaluate(() => {
    for (const f of ["alert", "confirm", "prompt", "print", "open"]) window[f] = () => (window.__pwned = f);
  });
  const batch = SMALL.map((s, k) => {
    const attrs = {};
    ATTRIBUTES.forEach((a, j) => (attrs[a] = SMALL[(k + 7 * j) % SMALL.length]));
    return { attrs, lines: practiceLines(s) };
  });
  const results = await p.evaluate(mountEach, { batch, group: 6 });
  assert.equal(results.length, SMALL.length);
  results.forEach((r, k) => {
    const { attrs } = batch[k];
    const expected = Object.fromEntries(ATTRIBUTES.map((a) => [a, expectWarnings(a, attrs[a], attrs)]));
    expected["harbor-line"] = expectLineWarnings(SMALL[k]);
    const label = `${ENGINE} widget ${k}`;
    checkWarnings(r.warnings, expected, label);
    assert.equal(r.later, 0, `${label}: warnings repeated after mount`);
    assert.deepEqual(r.injected, [], `${label}: markup Harbor does not make`);
    if (expectWarnings("lang", attrs.lang)[0] === 1 || !attrs.lang.trim()) assert.equal(r.helpText, "Get help now", label);
  });
  assert.equal(await p.evaluate(() => window.__pwned ?? null), null, "a payload ran");
  assert.deepEqual(await p.errors(), []);
  assert.deepEqual((await p.console()).filter((m) => m.startsWith("error:")), []);
  await p.close();
});
