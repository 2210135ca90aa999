// Type-checked by package.test.mjs: the declarations brought in without an import, by a
// triple-slash reference, still type the tag.
/// <reference types="harbor-widget" />

const found = document.querySelector("harbor-widget");
found?.setAttribute("theme", "light");
// @ts-expect-error: the tag map gives querySelector the element's type, so a wrong theme is caught
found?.setAttribute("theme", "blue");
const typed: import("harbor-widget").HarborWidgetElement | null = found;
void typed;
