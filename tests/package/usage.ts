// Type-checked by package.test.mjs with `tsc --strict --noEmit`, in a scratch project that
// installed the packed harbor-widget tarball: how a site's TypeScript uses the declarations.
import type { HarborLineElement, HarborWidgetAttributes, HarborWidgetElement } from "harbor-widget";

// The tag map: querySelector and createElement know the element types.
const widget: HarborWidgetElement | null = document.querySelector("harbor-widget");
if (widget) {
  widget.setAttribute("mode", "launcher");
  widget.setAttribute("theme", "dark");
  widget.setAttribute("modules", "crisis,grounding");
  widget.setAttribute("quick-exit", "off");
  widget.setAttribute("lang", "pt-BR");
  widget.setAttribute("country", "auto");
  widget.setAttribute("contact-url", "https://practice.example/book");
  widget.setAttribute("contact-label", "Book a free consultation");
  widget.setAttribute("exit-url", "https://www.example.org/");
  widget.setAttribute("report-url", "mailto:office@practice.example");
  // Any other attribute takes any string, as on every element.
  widget.setAttribute("id", "harbor");
  widget.setAttribute("aria-label", "Support");
  const mode: string | null = widget.getAttribute("mode");
  const root: ShadowRoot | null = widget.shadowRoot;
  void mode;
  void root;
}

const made = document.createElement("harbor-widget");
const line: HarborLineElement = document.createElement("harbor-line");
line.setAttribute("name", "Riverside crisis team");
line.setAttribute("phone", "+15035550100");
line.setAttribute("display", "503-555-0100");
line.setAttribute("hours", "Mon–Fri 9am–5pm");
made.append(line);

// A configuration object, checked against the attribute types, then applied.
const config: HarborWidgetAttributes = { mode: "inline", theme: "auto", country: "GB", modules: "plan" };
for (const [name, value] of Object.entries(config)) {
  if (value !== undefined) made.setAttribute(name, value);
}
const all: HTMLElement[] = Array.from(document.querySelectorAll("harbor-widget"));
document.body.append(made, ...all);
