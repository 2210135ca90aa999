// The embed contract (issue 2): plain page, strict CSP, fallbacks, instances, privacy.
import { test, before, after } from "node:test";
import { readFileSync } from "node:fs";
import { launch, open, fixture, ready, widget, expectOnlyOwnRequests, expectNothingStored, cspViolations, assert, BASE } from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

test("the two-line embed renders on a plain page and leaves the host working", async () => {
  const { page, log } = await open(browser, "/www/plain.html");
  await ready(page);
  const w = widget(page);
  assert.equal(await w.evaluate((el) => el.shadowRoot && el.shadowRoot.mode), "open");
  assert.match(await w.locator(".hb-help").innerText(), /Get help now/);
  assert.ok(await page.locator("#after").isVisible());
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === "error"), []);
  // Styles come from a constructable stylesheet, never from <style> or style="".
  const inShadow = await w.evaluate((el) => ({
    sheets: el.shadowRoot.adoptedStyleSheets.length,
    styleEls: el.shadowRoot.querySelectorAll("style").length,
    styleAttrs: el.shadowRoot.querySelectorAll("[style]").length,
  }));
  assert.ok(inShadow.sheets >= 1);
  assert.equal(inShadow.styleEls, 0);
  assert.equal(inShadow.styleAttrs, 0);
  await page.context().close();
});

test("under the documented strict CSP there are no violations", async () => {
  const { page, context } = await open(browser, "/www/strict-csp.html");
  await ready(page);
  const w = widget(page);
  await w.locator(".hb-help").click();
  await w.locator(".hb-emergency").waitFor();
  await w.locator(".hb-back").click();
  await w.locator(".hb-card").first().click();
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

test("a full walk through the shell requests only Harbor's own files and stores nothing", async () => {
  const { page, log } = await open(browser, fixture({ country: "US" }));
  await ready(page);
  const w = widget(page);
  for (const card of await w.locator(".hb-card").all()) {
    await card.click();
    await w.locator(".hb-title").waitFor();
    await w.locator(".hb-back").click();
  }
  await w.locator(".hb-help").click();
  await w.locator("#hb-country-select").selectOption("GB");
  await w.locator(".hb-emergency a[href='tel:999']").waitFor();
  await w.locator("#hb-language").selectOption({ index: 0 });
  expectOnlyOwnRequests(log);
  const own = log.requests.map((u) => new URL(u).pathname);
  assert.ok(own.every((p) => p.startsWith("/www/") || p.startsWith("/dist/")), own.join(", "));
  await expectNothingStored(page);
  await page.context().close();
});

test("when WebAssembly is blocked by CSP, the static crisis block and the host's content appear", async () => {
  const { page, log } = await open(browser, "/www/no-wasm.html");
  const w = widget(page);
  await w.locator(".hf a[href='tel:911']").waitFor({ timeout: 15000 });
  assert.equal(await w.locator(".hf a[href='tel:911']").count(), 1, "US emergency number");
  assert.equal(await w.locator(".hf a[href='tel:988']").count(), 1, "US main line from the same data");
  assert.ok(await page.locator(".host-fallback").isVisible(), "the host's light-DOM fallback stays visible");
  assert.ok(log.console.some((m) => m.type === "error" && /wasm-unsafe-eval/.test(m.text)), "a clear console error says why");
  assert.ok(await page.locator("#after").isVisible());
  await page.context().close();
});

test("when the wasm file is missing, the fallback appears and the host page keeps working", async () => {
  const { page, log } = await open(browser, "/www/missing-wasm.html");
  const w = widget(page);
  await w.locator(".hf a[href='tel:999']").waitFor({ timeout: 15000 });
  assert.equal(await w.locator(".hf a[href='tel:999']").count(), 1);
  assert.ok(log.console.some((m) => m.type === "error" && /Harbor could not start.*A Harbor file is missing or damaged/.test(m.text)));
  await page.locator("#host-button").click();
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test("if neither the app nor the crisis data can load, the block still says to call the local emergency number", async () => {
  const { page, log } = await open(browser, "/www/missing-wasm.html", { block: "**/harbor-fallback.*.json" });
  const w = widget(page);
  await w.locator(".hf").waitFor({ timeout: 15000 });
  const text = await w.locator(".hf").innerText();
  assert.match(text, /If you are in danger now/);
  assert.match(text, /Call your local emergency number/);
  assert.equal(await w.locator(".hf a[href^='tel:']").count(), 0, "no number is guessed");
  await page.locator("#host-button").click();
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test("below the fold, only harbor.js loads until the visitor scrolls near the widget", async () => {
  const { page, log } = await open(browser, "/www/below-the-fold.html");
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  const harborFiles = () => log.requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith("/dist/"));
  assert.deepEqual(harborFiles(), ["/dist/harbor.js"]);
  await page.locator("#below").scrollIntoViewIfNeeded();
  await ready(page);
  assert.ok(harborFiles().some((p) => p.endsWith(".wasm")), "the app loads once the widget is near");
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test("three instances work independently", async () => {
  const { page } = await open(browser, fixture({ count: 3, country: "GB" }));
  // The third sits more than a screen below the first (each holds its first screen's height),
  // so its app loads when the visitor scrolls near it.
  await page.locator("harbor-widget").nth(2).scrollIntoViewIfNeeded();
  await page.locator("harbor-widget").nth(2).locator(".hb-bar").waitFor();
  await widget(page, 1).locator(".hb-help").click();
  await widget(page, 1).locator(".hb-emergency").waitFor();
  assert.equal(await widget(page, 0).locator(".hb-emergency").count(), 0);
  assert.equal(await widget(page, 2).locator(".hb-emergency").count(), 0);
  assert.equal(await page.locator("harbor-widget").count(), 3);
  await page.context().close();
});

test("removing an element destroys its app; adding it back mounts a fresh one", async () => {
  const { page, log } = await open(browser, fixture({ country: "GB" }));
  await ready(page);
  await widget(page).locator(".hb-help").click();
  const el = await page.evaluateHandle(() => document.querySelector("harbor-widget"));
  await page.evaluate((e) => e.remove(), el);
  assert.equal(await page.evaluate((e) => e.shadowRoot.childNodes.length, el), 0, "nothing left behind");
  await page.evaluate((e) => document.getElementById("slot").appendChild(e), el);
  await ready(page);
  assert.equal(await widget(page).locator(".hb-emergency").count(), 0, "a fresh app starts at home");
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test("a second copy of harbor.js does not throw into the host page", async () => {
  const { page, log } = await open(browser, "/www/plain.html");
  await ready(page);
  await page.addScriptTag({ url: BASE + "/dist/harbor.js" });
  await page.waitForTimeout(100);
  assert.deepEqual(log.errors, []);
  assert.ok(log.console.some((m) => m.type === "warning" && /already defined/.test(m.text)));
  await page.context().close();
});

test("bad attributes give one warning each, the default, and no injected markup", async () => {
  const huge = "x".repeat(100 * 1024);
  const { page, log } = await open(
    browser,
    fixture({
      country: "ZZ",
      mode: "popup",
      theme: "neon",
      "contact-url": "javascript:alert(1)",
      "contact-label": "<img src=x onerror=alert(1)>",
      "exit-url": "data:text/html,hi",
      modules: huge,
    })
  );
  await ready(page);
  const warnings = log.console.filter((m) => m.type === "warning").map((m) => m.text);
  for (const attr of ["country", "mode", "theme", "contact-url", "contact-label", "exit-url", "modules"]) {
    assert.equal(warnings.filter((w) => w.includes("`" + attr + "`")).length, 1, `one warning for ${attr}: ${warnings.join(" | ")}`);
  }
  const w = widget(page);
  assert.equal(await w.locator("img").count(), 0);
  assert.equal(await w.locator(".harbor").getAttribute("data-theme"), "auto");
  assert.equal(await w.locator(".hb-card").count(), 4, "all four sections by default");
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test("attribute changes after mount take effect", async () => {
  const { page } = await open(browser, fixture({ country: "GB" }));
  await ready(page);
  await page.evaluate(() => document.querySelector("harbor-widget").setAttribute("theme", "dark"));
  await page.waitForFunction(() => document.querySelector("harbor-widget").shadowRoot.querySelector(".harbor").dataset.theme === "dark");
  await page.evaluate(() => document.querySelector("harbor-widget").setAttribute("quick-exit", "off"));
  await page.waitForFunction(() => !document.querySelector("harbor-widget").shadowRoot.querySelector(".hb-quick-exit"));
  await page.evaluate(() => document.querySelector("harbor-widget").setAttribute("modules", "crisis"));
  await page.waitForFunction(() => document.querySelector("harbor-widget").shadowRoot.querySelectorAll(".hb-card").length === 1);
  await page.context().close();
});

test("quick exit replaces the page with the exit URL", async () => {
  const { page } = await open(browser, fixture({ "exit-url": "https://exit.example/weather" }));
  await page.route("https://exit.example/**", (r) => r.fulfill({ body: "<title>elsewhere</title>", contentType: "text/html" }));
  await ready(page);
  const before = await page.evaluate(() => history.length);
  await widget(page).locator(".hb-quick-exit").click();
  await page.waitForURL("https://exit.example/weather");
  assert.equal(await page.evaluate(() => history.length), before, "replace(), not a new history entry");
  await page.context().close();
});

test("if the app crashes, every widget switches to the static block and the page keeps working", async () => {
  const { page, log } = await open(browser, fixture({ count: 2, country: "AU" }));
  await page.locator("harbor-widget").nth(1).locator(".hb-bar").waitFor();
  // A Rust panic (panic = "abort") surfaces as an uncaught WebAssembly.RuntimeError.
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable"); }));
  for (const i of [0, 1]) await widget(page, i).locator(".hf a[href='tel:000']").waitFor();
  assert.ok(log.console.some((m) => m.type === "error" && /internal error/.test(m.text)));
  await page.context().close();
});

test("twenty mount/unmount cycles leave no app behind and raise no errors", async () => {
  const { page, log } = await open(browser, "/www/mount-unmount.html");
  await page.evaluate(() => window.harborCycle(20));
  assert.equal(await page.locator("harbor-widget").count(), 0);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === "error"), []);
  await page.context().close();
});

test("after 200 mount/unmount cycles no DOM node or event listener is left behind", async () => {
  const { page, context } = await open(browser, "/www/mount-unmount.html");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  // Counts after a full garbage collection, so only what is still reachable is counted.
  const counts = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const get = (n) => metrics.find((m) => m.name === n).value;
    return { nodes: get("Nodes"), listeners: get("JSEventListeners") };
  };
  await page.evaluate(() => window.harborCycle(5));
  const before = await counts();
  await page.evaluate(() => window.harborCycle(200));
  const after = await counts();
  assert.deepEqual(after, before, "DOM nodes and listeners after 5 cycles vs after 205");
  await context.close();
});

test("dist/<version>/: only hashed files, its own manifest, and its snippet works as pasted from that folder alone", async () => {
  const cargo = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8");
  const version = cargo.split("[package]")[1].match(/^version = "([^"]+)"/m)[1];
  const folder = new URL(`../../dist/${version}/`, import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL("manifest.json", folder), "utf8"));
  const names = manifest.files.map((f) => f.name);
  for (const stable of ["harbor.js", "harbor_app.js", "harbor_bg.wasm"]) assert.ok(!names.includes(stable), `${stable} has no hash, so it stays out`);
  for (const kind of [/^harbor\.[0-9a-f]+\.js$/, /^harbor_app\.[0-9a-f]+\.js$/, /^harbor_bg\.[0-9a-f]+\.wasm$/, /^harbor-fallback\.[0-9a-f]+\.json$/, /^harbor-ar\.[0-9a-f]+\.txt$/])
    assert.ok(names.some((n) => kind.test(n)), `${kind} in the versioned manifest`);
  for (const n of names) assert.ok(readFileSync(new URL(n, folder)).length > 0, `${n} is in the folder`);
  const snippet = readFileSync(new URL("snippet.html", folder), "utf8");
  assert.match(snippet, new RegExp(`<script src="/harbor/${version.replaceAll(".", "\\.")}/harbor\\.[0-9a-f]+\\.js" integrity="sha384-`));
  const context = await browser.newContext();
  const body = snippet.replaceAll(`/harbor/${version}/`, `/dist/${version}/`).replace('lang="auto"', 'lang="ar"');
  await context.route(BASE + "/www/__versioned.html", (r) => r.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>versioned</title></head><body><main>${body}</main></body></html>` }));
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(BASE + "/www/__versioned.html");
  await ready(page);
  // Arabic: the translation file too comes from the versioned folder.
  await widget(page).locator(".harbor[lang=ar]").waitFor();
  const files = requests.filter((u) => !u.endsWith("/www/__versioned.html"));
  assert.ok(files.length >= 3, files.join(", "));
  for (const u of files) assert.ok(u.startsWith(`${BASE}/dist/${version}/`), `${u} is from the versioned folder`);
  await context.close();
});

test("dist/snippet.html: the SRI-pinned embed works as pasted, and a changed loader is refused", async () => {
  const snippet = readFileSync(new URL("../../dist/snippet.html", import.meta.url), "utf8").replaceAll("/harbor/", "/dist/");
  assert.match(snippet, /<script src="\/dist\/harbor\.[0-9a-f]+\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous" defer><\/script>/);
  const page_ = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>snippet</title></head><body><main>${body}</main></body></html>`;
  for (const [label, html, works] of [
    ["as built", snippet, true],
    ["integrity of another file", snippet.replace(/integrity="sha384-[^"]+"/, 'integrity="sha384-' + "A".repeat(64) + '"'), false],
  ]) {
    const context = await browser.newContext();
    await context.route(BASE + "/www/__snippet.html", (r) => r.fulfill({ contentType: "text/html", body: page_(html) }));
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(BASE + "/www/__snippet.html");
    if (works) {
      await ready(page);
      assert.equal(await widget(page).locator("#hb-screen-title").innerText(), "Support for difficult moments", label);
    } else {
      await page.waitForLoadState("load");
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate(() => !!customElements.get("harbor-widget")), false, `${label}: the loader did not run`);
      assert.equal(await page.locator("harbor-widget p").isVisible(), true, `${label}: the host's own fallback shows`);
    }
    assert.deepEqual(errors, [], label);
    await context.close();
  }
});
