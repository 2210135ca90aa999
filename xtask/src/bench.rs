//! `cargo xtask bench`: where Harbor stands against PRODUCT.md's budgets. Not pass/fail.

use crate::util::{brotli_len, gzip_len, kb, root, target_dir, Result};
use std::process::Command;

pub fn run() -> Result {
    sizes()?;
    languages()?;
    let url = crate::serve::serve_in_background()?;
    startup(&url)?;
    time_to_help(&url)
}

fn sizes() -> Result {
    let dist = root().join("dist");
    println!("\n== Sizes (dist/) ==");
    println!("{:<32} {:>10} {:>10} {:>10}", "file", "raw", "gzip", "brotli");
    let (mut raw, mut gz, mut br) = (0, 0, 0);
    let mut loader_gz = 0;
    // A non-English visitor adds one language file (listed below).
    for name in crate::util::first_use_files(&dist)? {
        let name = name.as_str();
        let bytes = std::fs::read(dist.join(name)).map_err(|e| format!("{name}: {e}"))?;
        let (g, b) = (gzip_len(&bytes), brotli_len(&bytes));
        if name == "harbor.js" {
            loader_gz = g;
        }
        println!("{:<32} {:>10} {:>10} {:>10}", name, kb(bytes.len()), kb(g), kb(b));
        raw += bytes.len();
        gz += g;
        br += b;
    }
    println!("{:<32} {:>10} {:>10} {:>10}", "total", kb(raw), kb(gz), kb(br));
    println!(
        "budget: everything ≤ 110 KB gzip (stretch 90): {}",
        verdict(gz, 110 * 1024, 90 * 1024)
    );
    println!(
        "budget: before needed (launcher: harbor.js only) ≤ 5 KB gzip (stretch 3): {} ({})",
        verdict(loader_gz, 5 * 1024, 3 * 1024),
        kb(loader_gz)
    );
    Ok(())
}

fn verdict(n: usize, budget: usize, stretch: usize) -> &'static str {
    if n <= stretch {
        "within stretch"
    } else if n <= budget {
        "within budget"
    } else {
        "OVER BUDGET"
    }
}

/// What each language adds: English is compiled into the wasm (its text's gzip, roughly); every
/// other language is a file in dist/ fetched only by visitors who use it.
fn languages() -> Result {
    let content = harbor_content::load(&root().join("data")).map_err(|p| format!("{} data problems", p.len()))?;
    let catalog = &content.i18n;
    println!("\n== Per language (only the visitor's own language is downloaded) ==");
    let mut english = String::new();
    for pieces in catalog.source().messages.values() {
        collect(pieces, &mut english);
    }
    println!(
        "{:<6} {:>10} raw {:>10} gzip  (text compiled into the wasm)",
        "en",
        kb(english.len()),
        kb(gzip_len(english.as_bytes()))
    );
    for loc in &catalog.locales[1..] {
        let name = harbor_content::codegen::locale_file_name(catalog, &loc.tag).unwrap_or_default();
        let bytes = std::fs::read(root().join("dist").join(&name)).map_err(|e| format!("dist/{name}: {e}"))?;
        println!(
            "{:<6} {:>10} raw {:>10} gzip  (dist/{name}, fetched when needed)",
            loc.tag,
            kb(bytes.len()),
            kb(gzip_len(&bytes))
        );
    }
    Ok(())
}

fn collect(pieces: &[harbor_content::i18n::Piece], out: &mut String) {
    use harbor_content::i18n::Piece;
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(v) => out.push_str(v),
            Piece::Select { variants, .. } => variants.iter().for_each(|(_, v)| collect(v, out)),
        }
    }
}

/// Start-up time vs a bare Yew counter built with the same recipe, same browser, same run.
fn startup(url: &str) -> Result {
    let bench = target_dir().join("bench");
    std::fs::create_dir_all(&bench).map_err(|e| e.to_string())?;
    let counter = crate::build::compile_wasm(
        "harbor-counter-fixture",
        "harbor_counter_fixture",
        &target_dir().join("counter-bindgen"),
        "counter",
    )?;
    std::fs::write(bench.join("counter_bg.wasm"), counter).map_err(|e| e.to_string())?;
    std::fs::copy(
        target_dir().join("counter-bindgen/counter.js"),
        bench.join("counter.js"),
    )
    .map_err(|e| e.to_string())?;
    println!("\n== Start-up, memory and long tasks (headless Chromium) ==");
    crate::util::run(
        Command::new("node")
            .arg("tests/bench/startup.mjs")
            .env("HARBOR_URL", url)
            .env("HARBOR_BENCH_DIR", &bench)
            .env("CHROMIUM", crate::setup::CHROMIUM),
    )
}

/// Time to help: taps and ms from page load to a dialable crisis line on screen, inline and
/// launcher, on an emulated phone with CPU 4× slower and Slow 4G. Fails if no line ever shows.
fn time_to_help(url: &str) -> Result {
    println!("\n== Time to help (headless Chromium, phone, CPU 4×, Slow 4G) ==");
    crate::util::run(
        Command::new("node")
            .arg("tests/bench/time-to-help.mjs")
            .env("HARBOR_URL", url)
            .env("HARBOR_BENCH_DIR", target_dir().join("bench"))
            .env("CHROMIUM", crate::setup::CHROMIUM),
    )
}
