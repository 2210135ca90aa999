//! Installs what a fresh machine lacks, and nothing that is already there: the wasm target, the
//! wasm-bindgen CLI at exactly the crate's version, npm tools from the committed lockfile, and
//! (for tests) Debian's Chromium and chromedriver, Firefox ESR, and WebKitGTK's driver with Xvfb.

use crate::util::{output, root, run, Result};
use std::process::Command;

pub struct Needs {
    pub browser: bool,
}

pub fn install(needs: Needs) -> Result {
    wasm_target()?;
    wasm_bindgen_cli()?;
    npm_tools()?;
    if needs.browser {
        chromium()?;
        firefox()?;
        webkit()?;
    }
    Ok(())
}

fn wasm_target() -> Result {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The version of the `wasm-bindgen` crate in Cargo.lock; the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String> {
    let lock =
        std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn wasm_bindgen_cli() -> Result {
    let want = wasm_bindgen_version()?;
    let have = output(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(want.as_str()) {
        return Ok(());
    }
    eprintln!("Installing wasm-bindgen-cli {want} (about 5 minutes, once)…");
    // Not --locked: one of its pinned dependencies is missing from the registry mirror (ENGINEERING.md).
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &want]))
}

fn npm_tools() -> Result {
    if output(Command::new("npm").arg("--version")).is_none() {
        return Err("npm is not installed: install Node.js 20 and npm (Debian: apt-get install nodejs npm)".into());
    }
    let lock = root().join("package-lock.json");
    let stamp = root().join("node_modules/.package-lock.json");
    let fresh = match (
        std::fs::metadata(&lock).and_then(|m| m.modified()),
        std::fs::metadata(&stamp).and_then(|m| m.modified()),
    ) {
        (Ok(l), Ok(s)) => s >= l,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]))
}

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub const FIREFOX: &str = "/usr/bin/firefox-esr";

fn chromium() -> Result {
    if std::path::Path::new(CHROMIUM).exists() && std::path::Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    apt_install(&["chromium", "chromium-driver"]).map_err(|e| {
        format!("{e}\nThe browser tests need Chromium: install the Debian packages `chromium` and `chromium-driver`.")
    })
}

fn firefox() -> Result {
    if std::path::Path::new(FIREFOX).exists() {
        return Ok(());
    }
    apt_install(&["firefox-esr"]).map_err(|e| {
        format!("{e}\nThe Firefox tests need Debian's `firefox-esr` (driven by puppeteer-core, no geckodriver).")
    })
}

pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
pub const WEBKIT_BROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
pub const XVFB_RUN: &str = "/usr/bin/xvfb-run";

/// WebKitGTK (the engine of every iPhone browser, as close as Linux gets): its WebDriver and
/// MiniBrowser, which needs a display, so Xvfb too.
fn webkit() -> Result {
    if [WEBKIT_DRIVER, WEBKIT_BROWSER, XVFB_RUN]
        .iter()
        .all(|p| std::path::Path::new(p).exists())
    {
        return Ok(());
    }
    apt_install(&["webkit2gtk-driver", "xvfb", "xauth"]).map_err(|e| {
        format!("{e}\nThe WebKit tests need Debian's `webkit2gtk-driver` (WebKitWebDriver, MiniBrowser) and `xvfb`.")
    })
}

/// A real WordPress for the `wordpress` tier: Debian's WordPress, PHP (with MySQL support)
/// and MariaDB. Installed only when that tier runs; the tier starts and stops the servers.
pub fn wordpress() -> Result {
    if [
        "/usr/share/wordpress/wp-settings.php",
        "/usr/bin/php",
        "/usr/sbin/mariadbd",
        "/usr/bin/mariadb-install-db",
    ]
    .iter()
    .all(|p| std::path::Path::new(p).exists())
        && output(Command::new("php").arg("-m")).is_some_and(|m| m.lines().any(|l| l.trim() == "mysqli"))
    {
        return Ok(());
    }
    apt_install(&["wordpress", "php", "php-mysql", "mariadb-server"]).map_err(|e| {
        format!("{e}\nThe WordPress tests need Debian's `wordpress`, `php`, `php-mysql` and `mariadb-server`.")
    })
}

/// Installs Debian packages (as root, or through sudo).
fn apt_install(packages: &[&str]) -> Result {
    let uid = output(Command::new("id").arg("-u")).unwrap_or_default();
    let (cmd, pre): (&str, Vec<&str>) = if uid.trim() == "0" {
        ("apt-get", vec![])
    } else {
        ("sudo", vec!["apt-get"])
    };
    eprintln!("Installing Debian's {} for the tests…", packages.join(", "));
    let mut update = Command::new(cmd);
    update.args(&pre).args(["update", "-qq"]);
    run(&mut update)?;
    let mut install = Command::new(cmd);
    install
        .args(&pre)
        .args(["install", "-y", "-qq"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive");
    run(&mut install)
}
