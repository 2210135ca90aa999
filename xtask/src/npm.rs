//! `dist/npm/`, written by `cargo xtask build`: an `npm pack`-able folder with exactly the files
//! dist/ serves (the list build.rs puts in manifest.json, plus the manifest and the snippet), a
//! package.json whose version and license are the crate's, the hand-written TypeScript
//! declarations (js/harbor-widget.d.ts) and a short README for npm users (js/npm-README.md).
//! The `package` test tier (tests/package/) packs it, installs the tarball and type-checks.

use crate::build::json_string;
use crate::util::{root, Result};
use std::path::Path;

pub const TYPES: &str = "harbor-widget.d.ts";

/// Writes `dist/npm/` from `dist/`: `served` is every file a site serves, by name in dist/.
pub fn write(dist: &Path, served: &[&str], package: &Package) -> Result {
    let Package {
        version,
        license,
        description,
    } = package;

    let out = dist.join("npm");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    for name in served {
        std::fs::copy(dist.join(name), out.join(name)).map_err(|e| format!("dist/{name} -> dist/npm/: {e}"))?;
    }
    std::fs::copy(root().join("js").join(TYPES), out.join(TYPES)).map_err(|e| format!("js/{TYPES}: {e}"))?;
    let readme =
        std::fs::read_to_string(root().join("js/npm-README.md")).map_err(|e| format!("js/npm-README.md: {e}"))?;
    std::fs::write(out.join("README.md"), readme.replace("@VERSION@", version)).map_err(|e| e.to_string())?;

    let mut files: Vec<&str> = served.to_vec();
    files.push(TYPES);
    let json = package_json(version, license, description, &files);
    std::fs::write(out.join("package.json"), json).map_err(|e| e.to_string())?;
    eprintln!(
        "dist/npm/ written: harbor-widget@{version}, {} files (npm pack dist/npm)",
        files.len()
    );
    Ok(())
}

fn package_json(version: &str, license: &str, description: &str, files: &[&str]) -> String {
    let list = files
        .iter()
        .map(|f| format!("    {}", json_string(f)))
        .collect::<Vec<_>>()
        .join(",\n");
    format!(
        r#"{{
  "name": "harbor-widget",
  "version": {version},
  "description": {description},
  "license": {license},
  "keywords": ["web-component", "custom-element", "mental-health", "crisis", "webassembly", "yew"],
  "main": "./harbor.js",
  "types": "./{TYPES}",
  "exports": {{
    ".": {{
      "types": "./{TYPES}",
      "default": "./harbor.js"
    }},
    "./{TYPES}": "./{TYPES}",
    "./package.json": "./package.json",
    "./*": "./*"
  }},
  "sideEffects": true,
  "files": [
{list}
  ]
}}
"#,
        version = json_string(version),
        description = json_string(description),
        license = json_string(license),
    )
}

/// What the published packages (npm, WordPress) and the versioned folder take from the crate.
pub struct Package {
    pub version: String,
    pub license: String,
    pub description: String,
}

/// Cargo.toml's `[package]` version, license and description.
pub fn package() -> Result<Package> {
    let cargo = std::fs::read_to_string(root().join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    let field = |key| package_field(&cargo, key).ok_or(format!("Cargo.toml's [package] has no `{key}`"));
    Ok(Package {
        version: field("version")?,
        license: field("license")?,
        description: field("description")?,
    })
}

/// The crate's version (the docs pages show it).
pub fn crate_version() -> Result<String> {
    Ok(package()?.version)
}

/// A string field of Cargo.toml's `[package]` table (`version = "0.1.0"`), without a TOML
/// dependency: one `key = "value"` line, before the next table.
pub fn package_field(cargo_toml: &str, key: &str) -> Option<String> {
    let mut in_package = false;
    for line in cargo_toml.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[package]";
            continue;
        }
        let Some(rest) = line.strip_prefix(key).map(str::trim_start) else {
            continue;
        };
        if in_package {
            if let Some(value) = rest.strip_prefix('=').map(str::trim) {
                return Some(value.strip_prefix('"')?.strip_suffix('"')?.to_string());
            }
        }
    }
    None
}

/// The property names of `export interface <name> {` in a declaration file (`lang?: …` or
/// `"contact-url"?: …`, one per line; doc comments skipped).
#[cfg(test)]
fn interface_keys(dts: &str, name: &str) -> Vec<String> {
    let start = format!("export interface {name} {{");
    let body = dts
        .split_once(&start)
        .unwrap_or_else(|| panic!("{TYPES} has no `{start}`"))
        .1;
    let body = &body[..body.find("\n}").expect("the interface ends")];
    body.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("/*") && !l.starts_with('*'))
        .filter_map(|l| {
            let key = l.split_once(':')?.0.trim_end_matches('?');
            Some(key.trim_matches('"').to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn read(path: &str) -> String {
        std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn set<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> BTreeSet<String> {
        items.into_iter().map(|s| s.as_ref().to_string()).collect()
    }

    /// The names in `pub const ATTRIBUTES: &[&str] = &[ … ];` of src/config/mod.rs.
    fn config_attributes() -> BTreeSet<String> {
        let src = read("src/config/mod.rs");
        let list = src
            .split_once("pub const ATTRIBUTES: &[&str] = &[")
            .expect("src/config/mod.rs declares ATTRIBUTES")
            .1;
        let list = &list[..list.find("];").expect("the list ends")];
        set(list
            .split(',')
            .map(|s| s.trim().trim_matches('"'))
            .filter(|s| !s.is_empty()))
    }

    #[test]
    fn the_declarations_name_exactly_the_observed_attributes() {
        let dts = read(&format!("js/{TYPES}"));
        let declared = interface_keys(&dts, "HarborWidgetAttributes");
        assert_eq!(
            declared.len(),
            set(&declared).len(),
            "an attribute is declared twice: {declared:?}"
        );
        // What the loader passes to observedAttributes (build.rs) …
        assert_eq!(
            set(&declared),
            set(crate::build::OBSERVED_ATTRIBUTES),
            "js/{TYPES} and the loader's observedAttributes (xtask/src/build.rs) differ"
        );
        // … and what the app parses (src/config/mod.rs).
        assert_eq!(
            set(&declared),
            config_attributes(),
            "js/{TYPES} and src/config/mod.rs's ATTRIBUTES differ"
        );
    }

    #[test]
    fn the_declarations_name_exactly_the_attributes_harbor_line_reads() {
        let src = read("src/config/practice_line.rs");
        // Each attribute is read once, through `text_attr("…")`.
        let read_attrs = set(src
            .split("text_attr(\"")
            .skip(1)
            .map(|s| &s[..s.find('"').expect("a closing quote")]));
        assert!(
            read_attrs.contains("name") && read_attrs.contains("phone"),
            "{read_attrs:?}"
        );
        let declared = interface_keys(&read(&format!("js/{TYPES}")), "HarborLineAttributes");
        assert_eq!(
            set(&declared),
            read_attrs,
            "js/{TYPES} and src/config/practice_line.rs differ"
        );
    }

    #[test]
    fn the_declarations_map_both_tags() {
        let dts = read(&format!("js/{TYPES}"));
        let global = &dts[dts.find("declare global").expect("a global augmentation")..];
        assert!(global.contains("\"harbor-widget\": HarborWidgetElement;"), "{global}");
        assert!(global.contains("\"harbor-line\": HarborLineElement;"), "{global}");
        assert!(dts.contains("export interface HarborWidgetElement extends HTMLElement"));
        assert!(dts.contains("export interface HarborLineElement extends HTMLElement"));
    }

    #[test]
    fn the_changelog_leads_with_the_crate_version() {
        let version = package_field(&read("Cargo.toml"), "version").expect("a version");
        let changelog = read("CHANGELOG.md");
        let newest = changelog
            .lines()
            .find_map(|l| l.strip_prefix("## ["))
            .and_then(|l| l.split_once(']'))
            .map(|(v, _)| v)
            .expect("CHANGELOG.md has a `## [version]` heading");
        assert_eq!(
            newest, version,
            "CHANGELOG.md's newest entry is not Cargo.toml's version"
        );
    }

    #[test]
    fn interface_keys_reads_plain_and_quoted_names_and_skips_comments() {
        let dts = "export interface A {\n  /** one: two */\n  lang?: string;\n  \"contact-url\"?: \"x\" | \"y\";\n   * note: here\n}\nexport interface B {\n  other: string;\n}\n";
        assert_eq!(interface_keys(dts, "A"), ["lang", "contact-url"]);
        assert_eq!(interface_keys(dts, "B"), ["other"]);
    }

    #[test]
    fn package_fields_come_from_the_package_table_only() {
        let toml = "[workspace]\nversion = \"9.9.9\"\n\n[package]\nname = \"harbor-widget\"\nversion = \"1.2.3\"\nversioned = \"no\"\nlicense = \"MIT OR Apache-2.0\"\n\n[dependencies]\nlicense = \"x\"\n";
        assert_eq!(package_field(toml, "version").as_deref(), Some("1.2.3"));
        assert_eq!(package_field(toml, "license").as_deref(), Some("MIT OR Apache-2.0"));
        assert_eq!(package_field(toml, "publish"), None);
    }

    #[test]
    fn the_package_json_carries_the_crate_version_and_every_file() {
        let cargo = read("Cargo.toml");
        let version = package_field(&cargo, "version").expect("a version");
        let json = package_json(
            &version,
            "MIT OR Apache-2.0",
            "d",
            &["harbor.js", "harbor_bg.wasm", TYPES],
        );
        assert!(json.contains(&format!("\"version\": \"{version}\"")), "{json}");
        for f in ["\"harbor.js\"", "\"harbor_bg.wasm\"", "\"harbor-widget.d.ts\""] {
            assert!(json.contains(&format!("    {f}")), "{f} missing from files: {json}");
        }
        assert!(json.contains("\"default\": \"./harbor.js\""), "{json}");
    }
}
