use std::path::{Path, PathBuf};
use std::process::Command;

pub type Result<T = ()> = std::result::Result<T, String>;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repo")
        .to_path_buf()
}

/// Where cargo writes build output: `CARGO_TARGET_DIR`, a cargo config's `build.target-dir`,
/// or `target/` in the repo. `cargo metadata` knows which, so a shared target directory works.
pub fn target_dir() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| metadata_target_dir(&mut Command::new("cargo")).unwrap_or_else(|| root().join("target")))
        .clone()
}

fn metadata_target_dir(cargo: &mut Command) -> Option<PathBuf> {
    let out = cargo
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(root())
        .output()
        .ok()?;
    let json = String::from_utf8(out.stdout).ok()?;
    json_string_field(&json, "target_directory").map(PathBuf::from)
}

/// The value of the first `"key":"…"` in `json`, unescaped (cargo metadata's output is one line
/// of JSON; this avoids a JSON dependency for one field).
fn json_string_field(json: &str, key: &str) -> Option<String> {
    let pattern = format!("\"{key}\":\"");
    let start = json.find(&pattern)? + pattern.len();
    let mut out = String::new();
    let mut chars = json[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

pub fn flag_value(args: &[String], flag: &str) -> Option<String> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1).cloned())
}

/// Runs a command in the repo root, echoing it; fails with a message naming it.
pub fn run(cmd: &mut Command) -> Result {
    eprintln!("$ {}", describe(cmd));
    let status = cmd
        .current_dir(root())
        .status()
        .map_err(|e| format!("could not run `{}`: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.current_dir(root()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

pub fn gzip_len(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).expect("in-memory write");
    e.finish().expect("in-memory write").len()
}

pub fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("in-memory write");
    out.len()
}

pub fn kb(n: usize) -> String {
    format!("{:.1} KB", n as f64 / 1024.0)
}

/// What every visitor downloads on first use, in dist/: the loader, the app, the wasm and the
/// static block's data (fetched alongside the app). The loader comes first.
pub fn first_use_files(dist: &Path) -> Result<Vec<String>> {
    let fallback = std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("harbor-fallback."))
        .ok_or("dist/ has no harbor-fallback.*.json")?;
    Ok(["harbor.js", "harbor_app.js", "harbor_bg.wasm", &fallback]
        .iter()
        .map(|n| n.to_string())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_json_string_field_with_escapes() {
        let json = r#"{"packages":[],"target_directory":"C:\\work\\my \"target\"","version":1}"#;
        assert_eq!(
            json_string_field(json, "target_directory").as_deref(),
            Some(r#"C:\work\my "target""#)
        );
        assert_eq!(json_string_field(json, "missing"), None);
    }

    #[test]
    fn the_target_directory_follows_cargo_target_dir() {
        let shared = std::env::temp_dir().join("harbor-shared-target");
        let found = metadata_target_dir(Command::new("cargo").env("CARGO_TARGET_DIR", &shared));
        assert_eq!(found, Some(shared));
        let default = metadata_target_dir(Command::new("cargo").env_remove("CARGO_TARGET_DIR"));
        assert_eq!(default, Some(root().join("target")));
    }
}
