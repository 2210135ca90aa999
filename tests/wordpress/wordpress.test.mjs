// The WordPress plugin in a real WordPress (Debian's package, MariaDB, php -S on loopback), set
// up by xtask/src/wordpress.rs and tests/wordpress/site.php: the shortcode and the block render
// a working widget from the plugin's own folder, SRI-pinned, with only Harbor's attributes,
// escaped; a <harbor-widget> pasted into a Custom HTML block by an Author is stripped by kses.
import { test, before, after } from "node:test";
import { readFileSync } from "node:fs";
import { launch, open, openHelp, widget, expectOnlyOwnRequests, assert, BASE } from "../e2e/harness.mjs";

const PAGES = JSON.parse(readFileSync(process.env.HARBOR_WP_PAGES, "utf8"));
const MANIFEST = JSON.parse(readFileSync(process.env.HARBOR_MANIFEST, "utf8"));
const LOADER_INTEGRITY = MANIFEST.files.find((f) => f.name === "harbor.js").integrity;
const ATTRIBUTES = ["lang", "country", "mode", "modules", "theme", "contact-url", "contact-label", "quick-exit", "exit-url", "report-url"];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens a WordPress page, also recording every response that failed (status ≥ 400). */
async function openWp(path) {
  const failed = [];
  const r = await open(browser, path, { setup: (c) => c.on("response", (res) => { if (res.status() >= 400) failed.push(res.status() + " " + res.url()); }) });
  r.log.failed = failed;
  return r;
}

function expectQuiet(log) {
  assert.deepEqual(log.failed ?? [], [], "failed responses");
  assert.deepEqual(log.errors, [], "page errors");
  assert.deepEqual(log.console.filter((m) => m.type === "error"), [], "console errors");
}

/** The attributes of the first <harbor-widget>, as the browser parsed them. */
const attributesOf = (page) =>
  page.locator("harbor-widget").first().evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));

test("the shortcode renders a working widget, its files from the plugin's folder, pinned by SRI", async () => {
  const { page, context, log } = await openWp(PAGES.shortcode.path);
  const w = await openHelp(page);
  assert.equal(await w.locator(".hb-emergency a").getAttribute("href"), "tel:999", "Get help now shows the UK's number");
  // The loader's tag: enqueued from the plugin's folder, with defer, integrity and crossorigin.
  const scripts = await page.locator("script[src*='/wp-content/plugins/harbor/']").evaluateAll((els) =>
    els.map((s) => ({ src: s.getAttribute("src"), integrity: s.getAttribute("integrity"), crossorigin: s.getAttribute("crossorigin"), defer: s.defer })));
  assert.equal(scripts.length, 1, "one Harbor script tag");
  assert.match(scripts[0].src, new RegExp("^" + BASE + "/wp-content/plugins/harbor/harbor\\.js\\?ver="));
  assert.deepEqual({ ...scripts[0], src: undefined }, { src: undefined, integrity: LOADER_INTEGRITY, crossorigin: "anonymous", defer: true });
  // The app and the wasm came from the same folder.
  for (const name of ["harbor_app.js", "harbor_bg.wasm"]) {
    assert.ok(log.requests.some((u) => u.startsWith(BASE + "/wp-content/plugins/harbor/" + name)), `${name} from the plugin folder`);
  }
  expectOnlyOwnRequests(log);
  expectQuiet(log);
  await context.close();
});

test("the shortcode passes only Harbor's attributes, escaped, and drops a javascript: address", async () => {
  const { page, context, log } = await openWp(PAGES.shortcode.path);
  await page.locator("harbor-widget").first().waitFor({ state: "attached" });
  assert.equal(await page.locator("harbor-widget").count(), 1);
  assert.deepEqual(await attributesOf(page), {
    country: "GB",
    lang: "en",
    mode: "inline",
    theme: "light",
    "contact-url": "https://example.org/contact",
    "contact-label": 'Book a "first" call & more',
  });
  for (const name of Object.keys(await attributesOf(page))) assert.ok(ATTRIBUTES.includes(name), name);
  await openHelp(page);
  expectQuiet(log);
  await context.close();
});

test("the block renders the same widget on the server, in launcher mode, with unknown attributes dropped", async () => {
  const { page, context, log } = await openWp(PAGES.block.path);
  assert.deepEqual(await attributesOf(page), { country: "US", mode: "launcher", "report-url": "mailto:office@example.org" });
  const launcher = widget(page).locator("button[aria-haspopup='dialog']");
  await launcher.waitFor();
  await launcher.click();
  await widget(page).locator(".hb-help").click();
  await widget(page).locator(".hb-emergency a[href='tel:911']").waitFor();
  assert.equal(await page.locator("script[src*='/wp-content/plugins/harbor/harbor.js'][integrity]").count(), 1);
  expectOnlyOwnRequests(log);
  expectQuiet(log);
  await context.close();
});

test("a <harbor-widget> pasted into a Custom HTML block by an Author is stripped on save; the shortcode works", async () => {
  const author = PAGES.pasted_by_author;
  assert.equal(author.unfiltered_html, false, "an Author has no unfiltered_html");
  assert.equal(author.kses, true, "kses filtered the Author's save");
  // What WordPress stored: the element and the script tag are gone, the fallback paragraph kept.
  assert.doesNotMatch(author.stored, /<harbor-widget|<script/);
  assert.match(author.stored, /<p>If you are in danger now, call your local emergency number\.<\/p>/);
  const { page, context } = await openWp(author.path);
  assert.equal(await page.locator("harbor-widget").count(), 0, "no widget on the Author's page");
  assert.equal(await page.locator("script[src*='harbor']").count(), 0);
  await context.close();

  // The control: the same markup saved by an administrator (unfiltered_html) survives, so the
  // difference above is kses, not the test.
  const admin = PAGES.pasted_by_admin;
  assert.equal(admin.unfiltered_html, true);
  assert.match(admin.stored, /<harbor-widget country="GB" lang="en">/);

  // What to do instead: the shortcode, which an Author may use.
  const r = await openWp(PAGES.shortcode_by_author.path);
  const w = await openHelp(r.page);
  assert.equal(await w.locator(".hb-emergency a").getAttribute("href"), "tel:999");
  expectQuiet(r.log);
  await r.context.close();
});

test("WordPress logged no PHP notice or warning from the plugin", () => {
  let text = "";
  try { text = readFileSync(process.env.HARBOR_WP_DEBUG_LOG, "utf8"); } catch { /* no log: nothing logged */ }
  const ours = text.split("\n").filter((l) => /plugins\/harbor\//.test(l));
  assert.deepEqual(ours, []);
});
