// Shared by tests/e2e/privacy.test.mjs (Chromium) and tests/e2e-engines/core.test.mjs (every
// engine): what a host page could watch of a visitor's walk through Harbor.

/** Runs in the page: from now on, records in window.__seen every change to the host's DOM
 *  outside the <harbor-widget> element, every message event and postMessage call, and every
 *  CustomEvent dispatched anywhere. */
export function watchHost() {
  const host = document.querySelector("harbor-widget");
  window.__seen = { mutations: [], messages: 0, posted: 0, custom: [] };
  new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      // Inside the element (its light DOM) is Harbor's; the host element's own attributes too.
      if (target && (target === host || host.contains(target))) continue;
      window.__seen.mutations.push(`${r.type} on <${target ? target.tagName.toLowerCase() : "?"}>`);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  window.addEventListener("message", () => window.__seen.messages++);
  const post = window.postMessage.bind(window);
  window.postMessage = (...args) => {
    window.__seen.posted++;
    return post(...args);
  };
  const native = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (e) {
    if (e instanceof CustomEvent) window.__seen.custom.push(e.type);
    return native.call(this, e);
  };
}
