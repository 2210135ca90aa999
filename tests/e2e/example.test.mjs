// Harbor used from Rust (issue 15): examples/yew-app is a Yew app — a practice's page with its
// own heading — that renders Harbor's `Harbor` component from a `Config` written in Rust, with
// no <harbor-widget> and no attributes. `cargo xtask test` builds it into <target>/example/
// (served at /example/); www/example.html loads it under the strict CSP.
import { test, before, after } from "node:test";
import { launch, open, cspViolations, expectOnlyOwnRequests, assert } from "./harness.mjs";

let browser;
before(async () => (browser = await launch()));
after(async () => browser && (await browser.close()));

test("the Yew app renders Harbor from its Rust config: its country's emergency number, its modules, Quick exit, Harbor's stylesheet in a shadow root", async () => {
  // The browser says en-US in New York: detection would pick the US (911). The Rust config says GB.
  const { page, log } = await open(browser, "/www/example.html");
  assert.equal(await page.locator("main > h1").innerText(), "Riverside Counselling", "the Yew app's own page rendered");
  assert.equal(await page.locator("harbor-widget").count(), 0, "no custom element: Harbor is a component here");
  const harbor = page.locator("main .harbor-host");
  await harbor.locator(".harbor-mount .hb-bar").waitFor({ timeout: 20000 });

  const shadow = await harbor.evaluate((host) => ({
    open: !!host.shadowRoot,
    sheets: host.shadowRoot ? host.shadowRoot.adoptedStyleSheets.length : 0,
    // `:host { contain: content }` and `.harbor { all: initial }` come from Harbor's stylesheet.
    contain: getComputedStyle(host).contain,
    fontSize: getComputedStyle(host.shadowRoot.querySelector(".harbor")).fontSize,
  }));
  assert.deepEqual(shadow, { open: true, sheets: 1, contain: "content", fontSize: "16px" });

  assert.equal((await harbor.locator(".hb-quick-exit").innerText()).trim(), "Quick exit");
  const cards = (await harbor.locator(".hb-card-title").allInnerTexts()).map((t) => t.trim());
  assert.deepEqual(cards, ["Ground yourself now", "Get help now", "Find an approach"], "the config's modules, in its order");

  await harbor.locator(".hb-bar .hb-help").click();
  await harbor.locator(".hb-emergency").waitFor();
  assert.equal(await harbor.locator(".hb-emergency a").getAttribute("href"), "tel:999", "the configured country (GB), not the detected one");
  assert.equal(await harbor.locator("#hb-screen-title").innerText(), "Get help now");
  assert.equal((await harbor.locator(".hb-quick-exit").innerText()).trim(), "Quick exit", "Quick exit stays in the bar");

  assert.deepEqual(log.errors, [], "no uncaught error");
  assert.deepEqual(log.console.filter((m) => m.type === "error" || m.type === "warning"), [], "no console error or warning");
  assert.deepEqual(await cspViolations(page), [], "nothing the strict CSP had to block");
  expectOnlyOwnRequests(log);
  assert.ok(log.requests.some((u) => u.endsWith("/example/example_bg.wasm")), "the example's own wasm ran");
  assert.ok(!log.requests.some((u) => u.includes("/dist/")), "no <harbor-widget> loader or app was used");
});
