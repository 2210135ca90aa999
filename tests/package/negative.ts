// Type-checked by package.test.mjs: every line after a `// @ts-expect-error` must be an error
// (tsc fails on an expect-error that has nothing to expect), and with the comments blanked out
// tsc must fail on exactly those lines. Keep each case on one line.
import type { HarborLineAttributes, HarborWidgetAttributes } from "harbor-widget";

const widget = document.querySelector("harbor-widget")!;
// @ts-expect-error: "popup" is not a mode (inline or launcher)
widget.setAttribute("mode", "popup");
// @ts-expect-error: a theme is light, dark or auto
widget.setAttribute("theme", "blue");
// @ts-expect-error: quick-exit is on or off
widget.setAttribute("quick-exit", "maybe");
// @ts-expect-error: there is no open() method; a launcher opens when the visitor presses it
widget.open();
// @ts-expect-error: nor close()
widget.close();
// @ts-expect-error: no property either: Harbor reads attributes
widget.mode = "launcher";
// @ts-expect-error: a typo in an attribute name, in a configuration object
const typo: HarborWidgetAttributes = { "contact-link": "https://practice.example/" };
// @ts-expect-error: a wrong mode in a configuration object
const wrong: HarborWidgetAttributes = { mode: "modal" };
// @ts-expect-error: <harbor-line> has no `email`
const line: HarborLineAttributes = { name: "Team", email: "a@b.c" };
void [typo, wrong, line];
