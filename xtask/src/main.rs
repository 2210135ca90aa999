//! `cargo xtask <command>` — every project command, so a fresh machine needs only cargo.
//! demo: install what's missing, build, serve on http://127.0.0.1:8080 (or --port N)
//! build: write dist/ (release wasm, wasm-opt, loader, hashed copies, manifest) and dist/npm/
//! test: install, then every test tier; non-zero exit on any failure
//! bench: sizes and start-up timing against PRODUCT.md's budgets (not pass/fail)
//! data-report: crisis services by verified-on date, oldest first
//! review-pack: a printable review page per language (dist/review/) and the README's language table
//! docs: the documentation pages, www/docs/*.html, from www/docs/src/, snippets/ and reference data (no wasm build)
//! screenshots: the README's pictures (docs/*.png), rendered from the real widget

mod bench;
mod build;
mod docs;
mod npm;
mod review;
mod serve;
mod setup;
mod test;
mod util;
mod wordpress;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let port = util::flag_value(&args, "--port")
        .and_then(|p| p.parse().ok())
        .or_else(|| std::env::var("HARBOR_PORT").ok()?.parse().ok())
        .unwrap_or(8080);
    let result = match args.first().map(String::as_str) {
        Some("demo") => setup::install(setup::Needs { browser: false })
            .and_then(|_| build::build())
            .and_then(|_| serve::serve_forever(port)),
        Some("build") => setup::install(setup::Needs { browser: false }).and_then(|_| build::build()),
        Some("docs") => docs::write(),
        Some("serve") => serve::serve_forever(port),
        Some("setup") => setup::install(setup::Needs { browser: true }),
        Some("test") => setup::install(setup::Needs { browser: true }).and_then(|_| test::run_all(&args[1..])),
        Some("bench") => setup::install(setup::Needs { browser: true })
            .and_then(|_| build::build())
            .and_then(|_| bench::run()),
        Some("data-report") => build::data_report(),
        Some("review-pack") => review::review_pack(),
        Some("screenshots") => setup::install(setup::Needs { browser: true })
            .and_then(|_| build::build())
            .and_then(|_| screenshots()),
        _ => {
            eprintln!("usage: cargo xtask <demo|build|docs|serve|test|bench|setup|data-report|review-pack|screenshots> [--port N]\n  test accepts: --only lint|native|wasm|e2e|package|wordpress, --engine chromium|firefox|webkit");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Renders docs/*.png from the built widget (tests/screenshots.mjs), served on loopback.
fn screenshots() -> util::Result {
    let url = serve::serve_in_background()?;
    util::run(
        std::process::Command::new("node")
            .arg("tests/screenshots.mjs")
            .env("HARBOR_URL", url)
            .env("CHROMIUM", setup::CHROMIUM),
    )
}
