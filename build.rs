//! Reads `data/` through `harbor-content` and writes Rust statics into OUT_DIR. A broken data
//! file, or a translation that lacks a message or a variable, stops the build with every
//! problem listed, so bad content never reaches a visitor.

use std::path::Path;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    println!("cargo:rerun-if-changed=data");
    let content = match harbor_content::load(&data) {
        Ok(c) => c,
        Err(problems) => {
            for p in &problems {
                println!("cargo:warning={p}");
            }
            panic!("{} problem(s) in data/ (listed above)", problems.len());
        }
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    println!("cargo:rerun-if-changed=styles");
    let mut css = String::new();
    for name in ["harbor.css", "grounding.css", "plan.css", "finder.css"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("styles").join(name);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        css.push_str(&minify_css(&text));
    }
    write(&out.join("harbor.min.css"), &css);
    write(&out.join("i18n.rs"), &harbor_content::codegen::i18n(&content.i18n));
    write(
        &out.join("crisis.rs"),
        &harbor_content::codegen::crisis(&content.crisis, &content.timezones),
    );
    write(
        &out.join("finder.rs"),
        &harbor_content::codegen::finder(&content.finder),
    );
}

fn write(path: &Path, text: &str) {
    // Only rewrite when changed, so cargo does not recompile the widget needlessly.
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
}

/// Drops comments and layout whitespace (the stylesheet ships inside the wasm). Deliberately
/// simple: spaces are only removed next to `{ } ; ,` and `>`, never around `:` (where a space
/// can be a descendant combinator, as in `a :focus`).
fn minify_css(css: &str) -> String {
    let mut no_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        no_comments.push_str(&rest[..start]);
        rest = rest[start + 2..].split_once("*/").map_or("", |(_, after)| after);
    }
    no_comments.push_str(rest);
    let mut out = String::with_capacity(no_comments.len());
    for word in no_comments.split_whitespace() {
        let tight = |c: Option<char>| matches!(c, Some('{' | '}' | ';' | ',' | '>'));
        if !out.is_empty() && !tight(out.chars().last()) && !tight(word.chars().next()) {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
