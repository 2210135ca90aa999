//! `cargo xtask build`: the release wasm, optimised, plus the loader, into dist/ (and the
//! reviewers' pack into dist/review/, which the manifest leaves out, and the npm package,
//! dist/npm/, with the files the manifest lists: npm.rs).
//! Size recipe (ENGINEERING.md): opt-level "z", LTO, one codegen unit, panic=abort (Cargo.toml),
//! then wasm-opt from the npm `binaryen` package, keeping whichever of -Oz / -O1 gzips smaller.

use crate::util::{gzip_len, kb, root, run, target_dir, Result};
use base64::Engine;
use harbor_content::codegen;
use harbor_content::crisis::CrisisData;
use harbor_content::i18n::{Catalog, Piece};
use sha2::{Digest, Sha384};
use std::fmt::Write;
use std::path::Path;
use std::process::Command;

/// wasm-opt must be told which features the Rust target emits.
pub const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

pub fn build() -> Result {
    // The docs pages are generated too (cheap, no wasm), so a build never leaves them stale.
    crate::docs::write()?;
    let dist = root().join("dist");
    let wasm = compile_wasm(
        "harbor-widget",
        "harbor_widget",
        &target_dir().join("harbor-bindgen"),
        "harbor",
    )?;
    let glue = std::fs::read(target_dir().join("harbor-bindgen/harbor.js")).map_err(|e| e.to_string())?;
    let content = harbor_content::load(&root().join("data")).map_err(|p| {
        format!(
            "data/ has problems:\n{}",
            p.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
        )
    })?;
    let (fallback, fallback_data) = fallback_parts(&content.i18n, &content.crisis);
    let fallback_name = format!("harbor-fallback.{}.json", short_hash(fallback_data.as_bytes()));
    let template = std::fs::read_to_string(root().join("js/loader.js")).map_err(|e| e.to_string())?;

    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).map_err(|e| e.to_string())?;
    let mut files = Vec::new();
    // Stable names (what the README's snippet uses)…
    let loader = loader_for(&template, &fallback, &fallback_name, "harbor_app.js", "harbor_bg.wasm")?;
    files.push(write(&dist, "harbor.js", loader.as_bytes())?);
    files.push(write(&dist, "harbor_app.js", &glue)?);
    files.push(write(&dist, "harbor_bg.wasm", &wasm)?);
    // …and content-hashed copies for long caching, the hashed loader pointing at hashed files.
    let app_hashed = format!("harbor_app.{}.js", short_hash(&glue));
    let wasm_hashed = format!("harbor_bg.{}.wasm", short_hash(&wasm));
    let hashed_loader = loader_for(&template, &fallback, &fallback_name, &app_hashed, &wasm_hashed)?;
    files.push(write(
        &dist,
        &format!("harbor.{}.js", short_hash(hashed_loader.as_bytes())),
        hashed_loader.as_bytes(),
    )?);
    files.push(write(&dist, &app_hashed, &glue)?);
    files.push(write(&dist, &wasm_hashed, &wasm)?);
    files.push(write(&dist, &fallback_name, fallback_data.as_bytes())?);
    // The sources page: every line, its numbers, sources and dates, for practices to check.
    let page = harbor_content::sources_page::render(&content.crisis, "crisis-lines.css", "crisis-lines.js");
    for (name, from) in [
        ("crisis-lines.css", "styles/crisis-lines.css"),
        ("crisis-lines.js", "js/crisis-lines.js"),
    ] {
        let bytes = std::fs::read(root().join(from)).map_err(|e| format!("{from}: {e}"))?;
        files.push(write(&dist, name, &bytes)?);
    }
    files.push(write(&dist, "crisis-lines.html", page.as_bytes())?);
    // The review pack, for translators and clinicians (dist/review/): not served to visitors,
    // so it stays out of `files` and the manifest.
    crate::review::write_pack(&content, &dist)?;
    // Every language but English, fetched by the wasm when a visitor needs it. The names are
    // content-hashed and baked into the wasm by build.rs from the same function.
    for loc in &content.i18n.locales[1..] {
        let catalog = &content.i18n;
        let (Some(name), Some(text)) = (
            codegen::locale_file_name(catalog, &loc.tag),
            codegen::locale_file(catalog, &loc.tag),
        ) else {
            continue;
        };
        files.push(write(&dist, &name, text.as_bytes())?);
    }

    std::fs::write(dist.join("manifest.json"), manifest(&files)).map_err(|e| e.to_string())?;
    // The embed to copy, pinned by SRI to this build's hashed loader (tests/e2e/embed.test.mjs
    // loads it in a page and checks that a changed file is refused).
    let hashed = files
        .iter()
        .find(|f| f.name.starts_with("harbor.") && f.name.ends_with(".js") && f.name != "harbor.js")
        .ok_or("no hashed loader in dist/")?;
    std::fs::write(dist.join("snippet.html"), snippet("/harbor/", "dist/", hashed)).map_err(|e| e.to_string())?;
    // The versioned folder, dist/<version>/: only content-hashed files (each version's can sit
    // beside another's on a site, and be cached for good), with its own manifest and snippet.
    let package = crate::npm::package()?;
    let version = &package.version;
    let versioned = dist.join(version);
    std::fs::create_dir_all(&versioned).map_err(|e| e.to_string())?;
    let stable = ["harbor.js", "harbor_app.js", "harbor_bg.wasm"];
    let kept: Vec<&Written> = files.iter().filter(|f| !stable.contains(&f.name.as_str())).collect();
    for f in &kept {
        std::fs::copy(dist.join(&f.name), versioned.join(&f.name))
            .map_err(|e| format!("dist/{version}/{}: {e}", f.name))?;
    }
    std::fs::write(versioned.join("manifest.json"), manifest(kept.iter().copied())).map_err(|e| e.to_string())?;
    let folder = format!("/harbor/{version}/");
    let source = format!("dist/{version}/");
    std::fs::write(versioned.join("snippet.html"), snippet(&folder, &source, hashed)).map_err(|e| e.to_string())?;
    // The npm package: the same served files, the manifest and the snippet (dist/npm/).
    let mut served: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    served.extend(["manifest.json", "snippet.html"]);
    crate::npm::write(&dist, &served, &package)?;
    // The WordPress plugin: the same files and the manifest (its integrity hashes), no snippet.
    let plugin: Vec<&str> = served.iter().copied().filter(|n| *n != "snippet.html").collect();
    crate::wordpress::write(&dist, &plugin, version, &package.license)?;
    eprintln!("dist/ written:");
    for f in files.iter().take(3) {
        eprintln!("  {:<18} {:>10} raw {:>10} gzip", f.name, kb(f.bytes), kb(f.gzip));
    }
    Ok(())
}

/// manifest.json: each file's name, size, gzip size and SRI hash.
fn manifest<'a>(files: impl IntoIterator<Item = &'a Written>) -> String {
    let rows: Vec<String> = files
        .into_iter()
        .map(|f| {
            format!(
                "    {{ \"name\": \"{}\", \"bytes\": {}, \"gzip\": {}, \"integrity\": \"{}\" }}",
                f.name, f.bytes, f.gzip, f.integrity
            )
        })
        .collect();
    format!("{{\n  \"files\": [\n{}\n  ]\n}}\n", rows.join(",\n"))
}

/// snippet.html: the embed to paste, the hashed loader at `folder` pinned by its SRI hash.
fn snippet(folder: &str, source: &str, loader: &Written) -> String {
    format!(
        "<!-- Harbor: copy {source} to {folder} on your site, then paste this where the widget goes. -->\n\
         <script src=\"{folder}{name}\" integrity=\"{integrity}\" crossorigin=\"anonymous\" defer></script>\n\
         <harbor-widget country=\"auto\" lang=\"auto\">\n  \
         <p>If you are in danger now, call your local emergency number.</p>\n\
         </harbor-widget>\n",
        name = loader.name,
        integrity = loader.integrity,
    )
}

/// The attributes `<harbor-widget>` observes (the loader's `observedAttributes`): the same list
/// as `ATTRIBUTES` in src/config/mod.rs, and the names js/harbor-widget.d.ts declares (both
/// checked by the tests in npm.rs).
pub const OBSERVED_ATTRIBUTES: &[&str] = &[
    "lang",
    "country",
    "mode",
    "modules",
    "theme",
    "contact-url",
    "contact-label",
    "quick-exit",
    "exit-url",
    "report-url",
];

fn loader_for(template: &str, fallback: &str, fallback_data: &str, app: &str, wasm: &str) -> Result<String> {
    let attrs = format!(
        "[{}]",
        OBSERVED_ATTRIBUTES
            .iter()
            .map(|a| json_string(a))
            .collect::<Vec<_>>()
            .join(",")
    );
    let body = template
        .replace("/*@FALLBACK@*/ { en: {} }", fallback)
        .replace("\"/*@FALLBACK_DATA@*/\"", &json_string(fallback_data))
        .replace("\"/*@APP@*/\"", &json_string(app))
        .replace("\"/*@WASM@*/\"", &json_string(wasm))
        .replace("/*@ATTRS@*/ []", &attrs);
    minify(&body)
}

/// Minifies with terser (npm, pinned in package-lock.json): the loader is what every page loads
/// up front, and in launcher mode it is all that loads until the visitor asks for Harbor.
fn minify(js: &str) -> Result<String> {
    let dir = target_dir().join("loader");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let (input, output) = (dir.join("loader.js"), dir.join("loader.min.js"));
    std::fs::write(&input, js).map_err(|e| e.to_string())?;
    run(Command::new(root().join("node_modules/.bin/terser"))
        .arg(&input)
        .args(["--compress", "--mangle", "--ecma", "2017", "--output"])
        .arg(&output))?;
    std::fs::read_to_string(&output).map_err(|e| e.to_string())
}

/// Builds a crate for wasm32, runs wasm-bindgen and wasm-opt; returns the optimised wasm bytes.
pub fn compile_wasm(package: &str, artifact: &str, out_dir: &Path, out_name: &str) -> Result<Vec<u8>> {
    bindgen(package, artifact, &[], out_dir, out_name)?;
    let bindgen_wasm = out_dir.join(format!("{out_name}_bg.wasm"));
    let wasm_opt = root().join("node_modules/.bin/wasm-opt");
    let mut best: Option<Vec<u8>> = None;
    for level in ["-Oz", "-O1"] {
        let out = out_dir.join(format!("opt{level}.wasm"));
        run(Command::new(&wasm_opt)
            .arg(level)
            .args(WASM_FEATURES)
            .arg(&bindgen_wasm)
            .arg("-o")
            .arg(&out))?;
        let bytes = std::fs::read(&out).map_err(|e| e.to_string())?;
        if best.as_ref().is_none_or(|b| gzip_len(&bytes) < gzip_len(b)) {
            best = Some(bytes);
        }
    }
    best.ok_or_else(|| "wasm-opt produced nothing".into())
}

/// Builds a crate for wasm32 (release, with `features`) and runs wasm-bindgen into `out_dir`.
fn bindgen(package: &str, artifact: &str, features: &[&str], out_dir: &Path, out_name: &str) -> Result {
    let mut cargo = Command::new("cargo");
    cargo.args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        package,
        "--lib",
    ]);
    if !features.is_empty() {
        cargo.arg("--features").arg(features.join(","));
    }
    run(&mut cargo)?;
    let raw = target_dir().join(format!("wasm32-unknown-unknown/release/{artifact}.wasm"));
    let _ = std::fs::remove_dir_all(out_dir);
    run(Command::new("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            out_name,
            "--out-dir",
        ])
        .arg(out_dir)
        .arg(&raw))
}

/// The test-only app with the `test-panic` feature, unoptimised, into `<target>/test-panic/`
/// (served at /test-panic/; never in dist/). www/crash.html loads it through dist's loader.
pub fn build_test_panic() -> Result {
    bindgen(
        "harbor-widget",
        "harbor_widget",
        &["test-panic"],
        &target_dir().join("test-panic"),
        "harbor",
    )
}

/// The Yew app in `examples/yew-app/` (Harbor used from Rust, without the custom element), for
/// wasm32 through wasm-bindgen but not wasm-opt (the test only renders it), into
/// `<target>/example/` (served at /example/; www/example.html loads it).
pub fn build_example() -> Result {
    bindgen(
        "harbor-example-yew-app",
        "harbor_example_yew_app",
        &[],
        &target_dir().join("example"),
        "example",
    )
}

pub struct Written {
    pub name: String,
    pub bytes: usize,
    pub gzip: usize,
    integrity: String,
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<Written> {
    std::fs::write(dir.join(name), bytes).map_err(|e| format!("cannot write {name}: {e}"))?;
    let integrity = format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    );
    Ok(Written {
        name: name.to_string(),
        bytes: bytes.len(),
        gzip: gzip_len(bytes),
        integrity,
    })
}

fn short_hash(bytes: &[u8]) -> String {
    Sha384::digest(bytes)
        .iter()
        .take(5)
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The loader's compact crisis table, generated from the same data the app uses: emergency
/// numbers as one string (",AC911,AD112,…,NG,…", empty where withheld), each country's main line, the fallback text.
/// The static block's content, in two parts: (1) a few words per language, inlined in the
/// loader because the launcher button and the block's heading need them at once; (2) JSON with
/// the emergency numbers, each country's main line and the sentences that carry them, a file the
/// loader fetches alongside the app (so it is there if the app fails) without weighing on the
/// loader itself.
pub fn fallback_parts(catalog: &Catalog, crisis: &CrisisData) -> (String, String) {
    let mut emergency = String::from(",");
    for (region, e) in &crisis.emergency {
        emergency.push_str(region);
        emergency.push_str(&e.display);
        emergency.push(',');
    }
    let mut lines = Vec::new();
    for c in &crisis.countries {
        if let Some((name, display, dial)) = main_line(c) {
            lines.push(format!(
                "\"{}\":[{},{},{}]",
                c.country,
                json_string(name),
                json_string(display),
                json_string(dial)
            ));
        }
    }
    let texts = |keys: &[(&str, &str)], quote_keys: bool| {
        let mut out = Vec::new();
        for loc in &catalog.locales {
            let fields: Vec<String> = keys
                .iter()
                .filter_map(|(k, id)| {
                    let pieces = loc.messages.get(*id).or_else(|| catalog.source().messages.get(*id))?;
                    let key = if quote_keys { json_string(k) } else { (*k).to_string() };
                    Some(format!("{key}:{}", json_string(&template(pieces))))
                })
                .collect();
            out.push(format!("{}:{{{}}}", json_string(&loc.tag), fields.join(",")));
        }
        out.join(",")
    };
    let inline = format!(
        "{{{}}}",
        texts(
            &[
                ("title", "fallback-title"),
                ("noNumber", "fallback-no-number"),
                // Inline, not in the JSON: it must show even when nothing else loads.
                ("hurt", "crisis-already-hurt"),
                ("launcher", "launcher-open"),
                ("exit", "quick-exit"),
                ("help", "get-help-now"),
                ("close", "launcher-close"),
            ],
            false
        )
    );
    let data = format!(
        "{{\"emergency\":{},\"lines\":{{{}}},\"text\":{{{}}}}}",
        json_string(&emergency),
        lines.join(","),
        texts(
            &[
                ("call", "fallback-call"),
                ("line", "fallback-line"),
                ("directory", "fallback-directory"),
            ],
            true
        )
    );
    (inline, data)
}

/// The first 24/7 line for everyone with a phone number (the app lists it first too), else
/// the first line for everyone with one. Never a line for a group (a children's line): the
/// static block names one line, for whoever reads it.
fn main_line(c: &harbor_content::crisis::CountryFile) -> Option<(&str, &str, &str)> {
    fn call(s: &harbor_content::crisis::Service) -> Option<(&str, &str, &str)> {
        s.contacts
            .iter()
            .find(|ct| ct.kind == "call" && !ct.backup)
            .map(|ct| (s.name.as_str(), ct.display.as_str(), ct.dial.as_str()))
    }
    let for_all = || c.services.iter().filter(|s| s.audience.iter().any(|a| a == "everyone"));
    for_all()
        .filter(|s| s.open_24_7)
        .find_map(call)
        .or_else(|| for_all().find_map(call))
}

/// Fluent pieces → "Call {number}" (the loader fills `{name}` placeholders).
fn template(pieces: &[Piece]) -> String {
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => s.push_str(t),
            Piece::Var(v) => {
                let _ = write!(s, "{{{v}}}");
            }
            Piece::Select { variants, default, .. } => s.push_str(&template(&variants[*default].1)),
        }
    }
    s
}

/// `cargo xtask data-report`: every service by verified-on date, oldest first.
pub fn data_report() -> Result {
    let content = harbor_content::load(&root().join("data"))
        .map_err(|p| p.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))?;
    let mut rows: Vec<_> = content
        .crisis
        .services()
        .map(|(c, s)| {
            (
                s.verified_on.clone(),
                c.country.clone(),
                s.id.clone(),
                s.sources.first().cloned().unwrap_or_default(),
            )
        })
        .collect();
    rows.sort();
    println!("{:<12} {:<3} {:<34} first source", "verified on", "cc", "service");
    for (date, cc, id, src) in &rows {
        println!("{date:<12} {cc:<3} {id:<34} {src}");
    }
    let countries = content
        .crisis
        .countries
        .iter()
        .filter(|c| !c.services.is_empty())
        .count();
    println!(
        "\n{} services in {countries} countries with a verified line; {} regions with an emergency number.",
        rows.len(),
        content.crisis.emergency.len()
    );
    // The age of what the entries rest on: the date the source shows, where it shows one.
    use harbor_content::crisis::{days_since_epoch, parse_date, today};
    let dated: Vec<_> = content
        .crisis
        .services()
        .filter_map(|(_, s)| Some((parse_date(&s.source_date)?, s.source_date.as_str(), s.id.as_str())))
        .collect();
    if let Some((date, text, id)) = dated.iter().min() {
        let years = (today() - days_since_epoch(*date)) as f64 / 365.25;
        let stale = dated
            .iter()
            .filter(|(d, ..)| today() - days_since_epoch(*d) > 2 * 365)
            .count();
        println!(
            "Oldest dated source: {text} ({years:.1} years old, {id}); {stale} of {} dated sources are over two years old; {} services' sources show no date.",
            dated.len(),
            rows.len() - dated.len()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::util::root;

    /// The README's "Use from a Rust/Yew app" sample is the example's own code (between its
    /// `// README:` markers), so the two cannot drift apart.
    #[test]
    fn the_readme_shows_the_yew_examples_own_code() {
        let example = std::fs::read_to_string(root().join("examples/yew-app/src/lib.rs")).unwrap();
        let region = example
            .split_once("// README: begin\n")
            .and_then(|(_, rest)| rest.split_once("// README: end\n"))
            .map(|(region, _)| region)
            .expect("examples/yew-app/src/lib.rs marks its README sample");
        assert!(region.contains("<Harbor "), "the sample renders Harbor");
        let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
        assert!(
            readme.contains(&format!("```rust\n{region}```\n")),
            "README.md's Rust/Yew sample differs from examples/yew-app/src/lib.rs: copy the lines between its markers"
        );
    }
}
