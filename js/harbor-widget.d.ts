/**
 * TypeScript declarations for Harbor's custom elements, `<harbor-widget>` and `<harbor-line>`.
 *
 * Harbor is configured by HTML attributes only. The element has no JavaScript properties or
 * methods of its own (no `open()` or `close()`: a launcher is opened by the visitor), and it
 * sends no events. So these declarations type the attribute names and values: the attribute
 * interfaces below list every attribute, and `setAttribute` on the two elements checks a known
 * attribute's value (other attributes, such as `id` or `class`, take any string as usual).
 *
 * Bring them into scope with `import type { HarborWidgetElement } from "harbor-widget"`, or with
 * `/// <reference types="harbor-widget" />`; then `document.querySelector("harbor-widget")` is a
 * `HarborWidgetElement | null`.
 *
 * Hand-written, kept in js/harbor-widget.d.ts; a test in xtask/src/npm.rs fails if these
 * interfaces name other attributes than the ones the element observes (src/config/mod.rs) or
 * `<harbor-line>` reads (src/config/practice_line.rs). Every attribute is optional; a bad value
 * logs one console warning and the default is used.
 */

/** A section of the widget, for the `modules` attribute. */
export type HarborModule = "grounding" | "plan" | "finder" | "crisis";

/** The attributes of `<harbor-widget>`. Changing one after the widget has loaded takes effect at once. */
export interface HarborWidgetAttributes {
  /**
   * A language tag (`en`, `es-MX`, `pt-BR`, `ar`…) or `auto`.
   * Default `auto`: the page's `<html lang>`, then the browser's languages, then English.
   */
  lang?: "auto" | (string & {});
  /**
   * A two-letter country code (`US`, `GB`…) or `auto`. Default `auto`: a region in the page's
   * or browser's language, then the browser's time zone, else the visitor is asked. Never by IP.
   */
  country?: "auto" | (string & {});
  /** `inline` renders in place; `launcher` is a button that opens a dialog. Default `inline`. */
  mode?: "inline" | "launcher";
  /**
   * Which sections, in order: any of `grounding`, `plan`, `finder`, `crisis`, comma-separated
   * (see {@link HarborModule}). Default: all four, in that order. "Get help now" stays in the
   * top bar either way.
   */
  modules?: HarborModule | (string & {});
  /** Default `auto` (follows the visitor's system setting). */
  theme?: "light" | "dark" | "auto";
  /** The practice's booking or contact page, `https://` only. Default: no call to action. */
  "contact-url"?: string;
  /** Link text for `contact-url`: plain text, up to 80 characters. Default "Contact this practice", translated. */
  "contact-label"?: string;
  /** Whether the Quick exit button shows. Default `on`. */
  "quick-exit"?: "on" | "off";
  /** Where Quick exit goes, `https://` only; it replaces the page. Default `https://www.google.com/`. */
  "exit-url"?: string;
  /**
   * Where "Report a wrong number" goes: an `https://` page or a `mailto:` address.
   * Default: Harbor's sources page (`crisis-lines.html#report`).
   */
  "report-url"?: string;
}

/** The attributes of a `<harbor-line>`, a practice's own line, written as a child of `<harbor-widget>`. */
export interface HarborLineAttributes {
  /** Required: the line's name, plain text, up to 80 characters. */
  name?: string;
  /** A full `+` number (E.164) or a short code, digits only. A line needs `phone`, `text` or `url`. */
  phone?: string;
  /** A number for SMS, written like `phone`. */
  text?: string;
  /** An `https://` address. */
  url?: string;
  /** How the number is shown, for example `503-555-0100`. */
  display?: string;
  /** Opening hours, plain text, for example `Mon–Fri 9am–5pm`. */
  hours?: string;
}

export type HarborWidgetAttributeName = keyof HarborWidgetAttributes;
export type HarborLineAttributeName = keyof HarborLineAttributes;

/**
 * `<harbor-widget>`. Its shadow root is open (for theming through `::part()` and for assistive
 * technology); style it with the `--harbor-*` custom properties.
 */
export interface HarborWidgetElement extends HTMLElement {
  /** A Harbor attribute: its value is checked. */
  setAttribute<K extends HarborWidgetAttributeName>(name: K, value: NonNullable<HarborWidgetAttributes[K]>): void;
  /** Any other attribute (`id`, `class`, `aria-*`…). */
  setAttribute<N extends string>(qualifiedName: N extends HarborWidgetAttributeName ? never : N, value: string): void;
}

/** `<harbor-line>`: renders nothing itself; `<harbor-widget>` reads it. At most five are shown. */
export interface HarborLineElement extends HTMLElement {
  /** A `<harbor-line>` attribute: its value is checked. */
  setAttribute<K extends HarborLineAttributeName>(name: K, value: NonNullable<HarborLineAttributes[K]>): void;
  /** Any other attribute. */
  setAttribute<N extends string>(qualifiedName: N extends HarborLineAttributeName ? never : N, value: string): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "harbor-widget": HarborWidgetElement;
    "harbor-line": HarborLineElement;
  }
}
