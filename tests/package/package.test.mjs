// The npm package, as a site's developer gets it: `npm pack dist/npm` into a temporary folder,
// the tarball installed offline into a scratch project there, and TypeScript (root
// devDependencies, `tsc --strict --noEmit`) checking usage files against the installed
// declarations. Run by `cargo xtask test --only package` (after `cargo xtask build`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync, copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const PACKAGE = resolve(process.env.HARBOR_NPM_DIR || join(ROOT, "dist/npm"));
const TSC = process.env.TSC || join(ROOT, "node_modules/.bin/tsc");
const HERE = import.meta.dirname;

let tmp, app, packed;

before(() => {
  tmp = mkdtempSync(join(tmpdir(), "harbor-package-"));
  const out = execFileSync("npm", ["pack", PACKAGE, "--json", "--pack-destination", tmp, "--loglevel=error"], {
    encoding: "utf8",
  });
  [packed] = JSON.parse(out);
  app = join(tmp, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "scratch-site", private: true }));
  execFileSync(
    "npm",
    ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", join(tmp, packed.filename)],
    { cwd: app, stdio: ["ignore", "ignore", "inherit"] }
  );
  for (const f of ["usage.ts", "usage-global.ts", "negative.ts"]) copyFileSync(join(HERE, f), join(app, f));
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Runs tsc in the scratch project; returns its exit status and output. */
function tsc(files, resolution = "bundler") {
  const module = resolution === "bundler" ? "esnext" : resolution;
  const r = spawnSync(
    TSC,
    ["--strict", "--noEmit", "--target", "es2022", "--lib", "es2022,dom,dom.iterable", "--module", module, "--moduleResolution", resolution, ...files],
    { cwd: app, encoding: "utf8" }
  );
  if (r.error) throw r.error;
  return { status: r.status, output: r.stdout + r.stderr };
}

test("the tarball holds the loader, the wasm, the types and every file dist/ serves, and no source", () => {
  const names = packed.files.map((f) => f.path).sort();
  const manifest = JSON.parse(readFileSync(join(PACKAGE, "manifest.json"), "utf8"));
  const served = manifest.files.map((f) => f.name);
  for (const must of ["harbor.js", "harbor_app.js", "harbor_bg.wasm", "harbor-widget.d.ts", "package.json", "README.md", "manifest.json", "snippet.html"]) {
    assert.ok(names.includes(must), `${must} is not in the tarball: ${names.join(", ")}`);
  }
  assert.ok(served.some((n) => /^harbor_bg\.[0-9a-f]+\.wasm$/.test(n)), "the manifest lists the hashed wasm");
  assert.ok(served.some((n) => /^harbor-[a-zA-Z-]+\.[0-9a-f]+\.txt$/.test(n)), "the manifest lists the translations");
  const expected = [...served, "manifest.json", "snippet.html", "harbor-widget.d.ts", "package.json", "README.md"].sort();
  assert.deepEqual(names, expected, "the tarball holds exactly what dist/ serves plus the package's own files");
  const source = names.filter((n) => n.includes("/") || /\.(rs|toml|ftl|mjs|map|lock)$|^loader\.js$|(?<!\.d)\.ts$/.test(n));
  assert.deepEqual(source, [], "source files in the tarball");
});

test("package.json: the crate's version and license, exports to the loader and the types", () => {
  const installed = join(app, "node_modules/harbor-widget");
  const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  const cargo = readFileSync(join(ROOT, "Cargo.toml"), "utf8");
  const section = cargo.slice(cargo.indexOf("[package]"));
  const field = (k) => new RegExp(`^${k} = "([^"]*)"`, "m").exec(section)[1];
  assert.equal(pkg.name, "harbor-widget");
  assert.equal(pkg.version, field("version"));
  assert.equal(pkg.license, field("license"));
  assert.equal(pkg.types, "./harbor-widget.d.ts");
  assert.deepEqual(pkg.exports["."], { types: "./harbor-widget.d.ts", default: "./harbor.js" });
  assert.equal(pkg.exports["./harbor-widget.d.ts"], "./harbor-widget.d.ts");
  assert.equal(Object.keys(pkg.dependencies || {}).length, 0, "no dependencies");
  // Node's resolver follows `exports`: the loader, and the other files by name for copy scripts.
  const require = createRequire(join(app, "index.js"));
  assert.equal(require.resolve("harbor-widget"), join(installed, "harbor.js"));
  assert.equal(require.resolve("harbor-widget/harbor_bg.wasm"), join(installed, "harbor_bg.wasm"));
  // The installed declarations are the repo's, and the README names this version.
  assert.equal(readFileSync(join(installed, "harbor-widget.d.ts"), "utf8"), readFileSync(join(ROOT, "js/harbor-widget.d.ts"), "utf8"));
  assert.match(readFileSync(join(installed, "README.md"), "utf8"), new RegExp(`harbor-widget@${pkg.version.replace(/\./g, "\\.")}\\b`));
});

for (const resolution of ["bundler", "nodenext"]) {
  test(`the usage files type-check with tsc --strict (moduleResolution ${resolution})`, () => {
    const r = tsc(["usage.ts", "usage-global.ts"], resolution);
    assert.equal(r.status, 0, r.output);
  });
}

test("each wrong use in negative.ts is a type error (tsc passes with its @ts-expect-error lines)", () => {
  const text = readFileSync(join(HERE, "negative.ts"), "utf8");
  assert.ok((text.match(/\/\/ @ts-expect-error/g) || []).length >= 8, "negative.ts lost its cases");
  // An @ts-expect-error with nothing to expect is itself an error (TS2578), so passing proves each.
  const r = tsc(["negative.ts"]);
  assert.equal(r.status, 0, r.output);
});

test("without the @ts-expect-error comments, tsc fails on exactly those lines", () => {
  const lines = readFileSync(join(HERE, "negative.ts"), "utf8").split("\n");
  const expected = [];
  const blanked = lines.map((l, i) => {
    if (!l.trimStart().startsWith("// @ts-expect-error")) return l;
    expected.push(i + 2); // 1-based number of the line after the comment
    return "";
  });
  writeFileSync(join(app, "negative-bare.ts"), blanked.join("\n"));
  const r = tsc(["negative-bare.ts"]);
  assert.notEqual(r.status, 0, `tsc accepted every wrong use:\n${r.output}`);
  const failing = [...new Set([...r.output.matchAll(/^negative-bare\.ts\((\d+),\d+\): error TS\d+/gm)].map((m) => Number(m[1])))];
  assert.deepEqual(failing.sort((a, b) => a - b), expected, r.output);
});
