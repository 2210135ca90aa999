//! `cargo xtask test`: every tier, in order of speed; stops at the first failing tier.
//! 1 lint (fmt, clippy native + wasm, the Yew example's clippy for wasm, `cargo doc` with
//! warnings denied)  2 native `cargo test` (models, config, data checks), then the review pack
//! (written to dist/review/, checked complete, README table current)
//! 3 wasm-bindgen-test in headless Chromium  4 end-to-end against dist/: every flow in Chromium
//! (tests/e2e/; examples/yew-app is built for the page that renders it), then the core flows
//! (tests/e2e-engines/, one file for every engine) in Chromium, Firefox and WebKit
//! 5 package: the npm package (dist/npm/) packed, installed into a scratch project and
//! type-checked with tsc (tests/package/).
//! 6 wordpress: the plugin (dist/wordpress/harbor.zip) in a real WordPress (Debian's
//! wordpress, php, mariadb-server; xtask/src/wordpress.rs), its pages in headless Chromium.
//! `--only lint|native|wasm|e2e|package|wordpress` runs one tier; `--engine chromium|firefox|webkit` one engine's e2e.

use crate::setup::{CHROMEDRIVER, CHROMIUM, FIREFOX, WEBKIT_BROWSER, WEBKIT_DRIVER, XVFB_RUN};
use crate::util::{flag_value, root, run, Result};
use std::process::Command;

pub fn run_all(args: &[String]) -> Result {
    let only = flag_value(args, "--only");
    let want = |tier: &str| only.as_deref().is_none_or(|o| o == tier);
    if want("lint") {
        lint()?;
    }
    if want("native") {
        run(Command::new("cargo").args(["test", "--workspace"]))?;
        crate::review::test()?;
    }
    if want("wasm") {
        wasm()?;
    }
    if want("e2e") {
        let engine = flag_value(args, "--engine");
        if let Some(e) = engine.as_deref().filter(|e| !ENGINES.contains(e)) {
            return Err(format!("--engine {e}: the e2e engines are {}", ENGINES.join(", ")));
        }
        e2e(engine.as_deref())?;
    }
    if want("package") {
        // The e2e tier has just built dist/ (and dist/npm/); alone, this tier builds it.
        if !want("e2e") {
            crate::build::build()?;
        }
        package()?;
    }
    if want("wordpress") {
        // The plugin zip comes from the build the e2e or package tier ran; alone, this tier builds.
        if !want("e2e") && !want("package") {
            crate::build::build()?;
        }
        crate::wordpress::test()?;
    }
    eprintln!("\nAll requested test tiers passed.");
    Ok(())
}

fn lint() -> Result {
    run(Command::new("cargo").args(["fmt", "--all", "--check"]))
        .map_err(|e| format!("{e}\nRun `cargo fmt --all` to fix formatting."))?;
    run(Command::new("cargo").args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    run(Command::new("cargo").args([
        "clippy",
        "-p",
        "harbor-widget",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    // examples/yew-app: the Yew app that renders Harbor from Rust, checked where it runs.
    run(Command::new("cargo").args([
        "clippy",
        "-p",
        "harbor-example-yew-app",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]))?;
    // The crate's public API, as a Yew app's developer reads it: no missing or broken doc links.
    run(Command::new("cargo")
        .args(["doc", "--no-deps", "-p", "harbor-widget"])
        .env("RUSTDOCFLAGS", "-D warnings"))
}

fn wasm() -> Result {
    // webdriver.json (repo root) gives Chromium the flags it needs headless as root.
    run(Command::new("cargo")
        .args(["test", "-p", "harbor-widget", "--target", "wasm32-unknown-unknown"])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
}

/// Size guards (sizes are deterministic, so they may fail a test; timings never do). The loader
/// must stay within PRODUCT.md's "before the widget is needed" budget; the total may not grow
/// past today's figure plus a small margin without someone deciding so here (issue 13 is
/// bringing it down towards 110 KB). Raised from 228 KiB on 2026-12-02 for the safety plan and
/// issue 11's new messages (+14.8 KB gzip), then partly paid back by compiling English and the
/// crisis services in as compact text (−5.3 and −3.2 KB): first use 229,051 B before, 235,243 B
/// after.
const LOADER_MAX_GZIP: usize = 5 * 1024;
const FIRST_USE_MAX_GZIP: usize = 231 * 1024;

fn size_guard() -> Result {
    let dist = root().join("dist");
    let mut sizes = Vec::new();
    for name in crate::util::first_use_files(&dist)? {
        let bytes = std::fs::read(dist.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        sizes.push(crate::util::gzip_len(&bytes));
    }
    let (loader, total) = (sizes[0], sizes.iter().sum::<usize>());
    eprintln!(
        "sizes (gzip): loader {loader} B (max {LOADER_MAX_GZIP}), first use {total} B (max {FIRST_USE_MAX_GZIP})"
    );
    if loader > LOADER_MAX_GZIP {
        return Err(format!(
            "harbor.js is {loader} B gzip, over the {LOADER_MAX_GZIP} B budget (PRODUCT.md)"
        ));
    }
    if total > FIRST_USE_MAX_GZIP {
        return Err(format!(
            "first use is {total} B gzip, more than the {FIRST_USE_MAX_GZIP} B guard in xtask/src/test.rs"
        ));
    }
    Ok(())
}

const ENGINES: [&str; 3] = ["chromium", "firefox", "webkit"];

fn e2e(engine: Option<&str>) -> Result {
    crate::build::build()?;
    size_guard()?;
    crate::build::build_test_panic()?;
    crate::build::build_example()?;
    let url = crate::serve::serve_in_background()?;
    for name in ENGINES.into_iter().filter(|n| engine.is_none_or(|e| e == *n)) {
        // Chromium runs every flow in depth (Playwright); then each engine the shared core file.
        let folders: &[&str] = if name == "chromium" {
            &["tests/e2e", "tests/e2e-engines"]
        } else {
            &["tests/e2e-engines"]
        };
        let mut files = Vec::new();
        for folder in folders {
            files.extend(test_files(folder)?);
        }
        eprintln!("\n== end-to-end in {name} ==");
        let started = std::time::Instant::now();
        // WebKitGTK's MiniBrowser needs a display: a virtual one for the run.
        let mut node = if name == "webkit" {
            let mut c = Command::new(XVFB_RUN);
            c.args(["-a", "node"]);
            c
        } else {
            Command::new("node")
        };
        run(node
            .args(NODE_TEST)
            .args(&files)
            .env("ENGINE", name)
            .env("HARBOR_URL", &url)
            .env("CHROMIUM", CHROMIUM)
            .env("FIREFOX", FIREFOX)
            .env("WEBKIT_DRIVER", WEBKIT_DRIVER)
            .env("WEBKIT_BROWSER", WEBKIT_BROWSER))?;
        eprintln!("end-to-end in {name}: {:.0} s", started.elapsed().as_secs_f64());
    }
    Ok(())
}

/// The npm package as a site gets it: `npm pack dist/npm`, installed offline into a scratch
/// project, its declarations type-checked by tsc from the root devDependencies.
fn package() -> Result {
    eprintln!("\n== npm package ==");
    let started = std::time::Instant::now();
    let files = test_files("tests/package")?;
    run(Command::new("node")
        .args(["--test", "--test-reporter=spec"])
        .args(&files)
        .env("HARBOR_NPM_DIR", root().join("dist/npm"))
        .env("TSC", root().join("node_modules/.bin/tsc")))?;
    eprintln!("npm package: {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// node's test runner as every browser tier runs it: one file at a time, and a test that hangs
/// fails after 5 minutes rather than holding CI to its limit.
pub const NODE_TEST: [&str; 4] = [
    "--test",
    "--test-concurrency=1",
    "--test-timeout=300000",
    "--test-reporter=spec",
];

/// The `*.test.mjs` files in `folder`, sorted; an empty folder is an error, not a silent pass.
pub fn test_files(folder: &str) -> Result<Vec<std::path::PathBuf>> {
    let mut found: Vec<_> = std::fs::read_dir(root().join(folder))
        .map_err(|e| format!("{folder}: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    if found.is_empty() {
        return Err(format!("no tests found in {folder}"));
    }
    found.sort();
    Ok(found)
}
