// Help first (issue 13, the crisis path): while the app is still loading, an inline widget
// already shows Quick exit and "Get help now" in the space the app will take; pressing it
// shows the static crisis lines at once; the app then takes over on that screen, focus kept,
// and the host's content below does not move.
import { test, before, after } from "node:test";
import { launch, open, fixture, widget, assert } from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

/** Holds the wasm back until `release()` is called, like a slow network. */
async function holdWasm(context) {
  let release;
  const gate = new Promise((r) => (release = r));
  await context.route(/harbor_bg.*\.wasm/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

const active = (page) =>
  page.evaluate(() => {
    const a = document.querySelector("harbor-widget").shadowRoot.activeElement;
    return a ? { id: a.id, cls: a.className, text: a.textContent.trim().slice(0, 60) } : null;
  });

test("with the wasm held back, Get help now shows the static lines at once, and the app takes over on that screen with focus kept", async () => {
  const { page, context, log } = await open(browser, fixture({ country: "US" }), { phone: true, block: "**/never" });
  const release = await holdWasm(context);
  await page.reload();
  const w = widget(page);
  const frameHelp = w.locator("[data-frame] .hl:not(.hx)");
  await frameHelp.waitFor();
  assert.equal(await w.locator(".harbor-mount").count(), 0, "the app is not there yet");
  assert.equal((await w.locator("[data-frame] .hx").innerText()).trim(), "Quick exit");
  await frameHelp.tap();
  const block = w.locator("[data-frame] .hf");
  await block.locator("a[href='tel:911']").waitFor();
  await block.locator("a[href='tel:988']").waitFor();
  assert.match(await block.innerText(), /already hurt yourself/);
  assert.equal((await active(page)).cls, "hf", "focus is on the lines that just appeared");
  release();
  await w.locator(".harbor-mount .hb-bar").waitFor({ timeout: 20000 });
  await w.locator(".harbor-mount .hb-emergency").waitFor();
  assert.equal(await w.locator("[data-frame]").count(), 0, "the frame is gone");
  assert.equal((await active(page)).id, "hb-screen-title", "focus moved to the app's crisis heading");
  assert.equal(await w.locator("#hb-screen-title").innerText(), "Get help now");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Quick exit works before the app has loaded", async () => {
  const { page, context } = await open(browser, fixture({ country: "US", "exit-url": "https://weather.example/" }), { block: "**/never" });
  await holdWasm(context);
  await context.route("https://weather.example/**", (r) => r.fulfill({ body: "<title>weather</title>", contentType: "text/html" }));
  await page.reload();
  await widget(page).locator("[data-frame] .hx").click();
  await page.waitForURL("https://weather.example/");
  await context.close();
});

test("a focused frame control hands focus to the same control in the app", async () => {
  const { page, context } = await open(browser, fixture({ country: "GB" }), { block: "**/never" });
  const release = await holdWasm(context);
  await page.reload();
  const w = widget(page);
  await w.locator("[data-frame] .hx").waitFor();
  await w.locator("[data-frame] .hx").focus();
  release();
  await w.locator(".harbor-mount .hb-bar").waitFor({ timeout: 20000 });
  assert.match((await active(page)).cls, /hb-quick-exit/);
  assert.equal(await w.locator("#hb-screen-title").innerText(), "Support for difficult moments", "not asked for help: home");
  await context.close();
});

test("the host's content below an inline widget stays put when the app replaces the frame", async () => {
  const { page, context } = await open(browser, fixture({ country: "US" }), { block: "**/never" });
  const release = await holdWasm(context);
  await page.addInitScript(() =>
    document.addEventListener("DOMContentLoaded", () => {
      const p = document.createElement("p");
      p.id = "below";
      p.textContent = "The practice's own content, below the widget.";
      document.querySelector("main").appendChild(p);
    })
  );
  await page.reload();
  const w = widget(page);
  await w.locator("[data-frame]").waitFor();
  const y = () => page.locator("#below").evaluate((p) => p.getBoundingClientRect().top);
  const before = await y();
  release();
  await w.locator(".harbor-mount .hb-bar").waitFor({ timeout: 20000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await y(), before, "the host's paragraph moved when the app appeared");
  await context.close();
});

test("launcher: the dialog opens at the first press with Get help now focused, the static lines come at once, and the app takes over", async () => {
  const { page, context, log } = await open(browser, fixture({ country: "GB", mode: "launcher" }), { phone: true, block: "**/never" });
  const release = await holdWasm(context);
  await page.reload();
  const w = widget(page);
  await w.locator("button[part=launcher]").tap();
  const dialog = w.locator("dialog[open]");
  await dialog.locator("[data-frame]").waitFor();
  assert.equal((await active(page)).text, "Get help now", "focus on Get help now, never on Quick exit");
  await page.keyboard.press("Enter"); // the visitor presses again: that is a request for help
  await dialog.locator(".hf a[href='tel:999']").waitFor();
  await dialog.locator(".hf a[href='tel:116123']").waitFor();
  release();
  await w.locator(".harbor-mount dialog[open] .hb-emergency").waitFor({ timeout: 20000 });
  assert.equal(await w.locator("[data-frame]").count(), 0, "the loader's dialog is gone");
  assert.equal(await w.locator("dialog[open]").count(), 1, "one dialog");
  assert.equal((await active(page)).id, "hb-screen-title");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("harbor-widget").shadowRoot.querySelector("dialog[open]"));
  assert.equal((await active(page)).text, "Need support?", "focus returns to the launcher");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("launcher: closed before the app was ready, it stays closed when the app arrives", async () => {
  const { page, context } = await open(browser, fixture({ country: "GB", mode: "launcher" }), { block: "**/never" });
  const release = await holdWasm(context);
  await page.reload();
  const w = widget(page);
  await w.locator("button[part=launcher]").click();
  await w.locator("dialog[open] [data-frame]").waitFor();
  await page.keyboard.press("Escape");
  assert.equal((await active(page)).text, "Need support?");
  release();
  await w.locator(".harbor-mount .hb-launcher").waitFor({ timeout: 20000 });
  await page.waitForFunction(() => !document.querySelector("harbor-widget").shadowRoot.querySelector("[data-frame]"));
  assert.equal(await w.locator("dialog[open]").count(), 0);
  assert.match((await active(page)).cls, /hb-launcher/, "focus moved to the app's launcher button");
  await context.close();
});
