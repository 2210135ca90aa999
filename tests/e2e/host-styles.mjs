// Shared by tests/e2e/hostile.test.mjs (Chromium, Playwright) and
// tests/e2e-engines/hostile.test.mjs (every engine): the host page's own elements
// (www/hostile.html) and how their computed styles are read and compared, with and without Harbor.

export const HOST_ELEMENTS = ["html", "body", "#host", "#host-h1", "#host-p", "#host-a", "#host-button", "#host-input"];

/** Runs in the page: every computed property of each of `selectors`, and the page's sheet counts. */
export function hostStyles(selectors) {
  const out = {};
  for (const s of selectors) {
    const cs = getComputedStyle(document.querySelector(s));
    const props = {};
    for (let i = 0; i < cs.length; i++) props[cs[i]] = cs.getPropertyValue(cs[i]);
    out[s] = props;
  }
  out.sheets = document.styleSheets.length + " linked, " + (document.adoptedStyleSheets || []).length + " adopted";
  return out;
}

/** The differing properties, as "selector prop: without → with". */
export function styleDiff(without, withHarbor) {
  const out = [];
  for (const key of Object.keys(without)) {
    if (typeof without[key] === "string") {
      if (without[key] !== withHarbor[key]) out.push(`${key}: ${without[key]} → ${withHarbor[key]}`);
      continue;
    }
    for (const p of new Set([...Object.keys(without[key]), ...Object.keys(withHarbor[key])]))
      if (without[key][p] !== withHarbor[key][p]) out.push(`${key} ${p}: ${without[key][p]} → ${withHarbor[key][p]}`);
  }
  return out;
}
