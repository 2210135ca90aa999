//! The WordPress plugin, `dist/wordpress/harbor.zip` (written by `cargo xtask build`), and the
//! `wordpress` test tier, which runs it in a real WordPress: Debian's `wordpress`, `php` and
//! `mariadb-server`, a throw-away database in a temporary folder, `php -S` on loopback, the
//! plugin unzipped with WordPress's own `unzip_file()` and activated, pages published, then
//! tests/wordpress/*.test.mjs in headless Chromium. Every server it starts is stopped when the
//! tier ends, passed or failed (the guards below stop them on drop).
//!
//! The plugin's attribute list is generated from `OBSERVED_ATTRIBUTES` (build.rs), the list the
//! loader observes, which a native test keeps equal to src/config/mod.rs's `ATTRIBUTES`.

use crate::build::{json_string, OBSERVED_ATTRIBUTES};
use crate::util::{root, run, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The plugin's files besides Harbor's own: (name in the plugin, template in wordpress/).
const TEMPLATES: &[&str] = &["harbor.php", "readme.txt", "block-editor.js"];

/// The PHP array of attribute names, as harbor.php declares it.
pub fn php_attributes() -> String {
    let names: Vec<String> = OBSERVED_ATTRIBUTES.iter().map(|a| format!("'{a}'")).collect();
    format!("array({})", names.join(", "))
}

fn fill(template: &str, version: &str, license: &str) -> String {
    let js = format!(
        "[{}]",
        OBSERVED_ATTRIBUTES
            .iter()
            .map(|a| json_string(a))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let list = OBSERVED_ATTRIBUTES
        .iter()
        .map(|a| format!("`{a}`"))
        .collect::<Vec<_>>()
        .join(", ");
    template
        .replace("/*@ATTRIBUTES@*/ array()", &php_attributes())
        .replace("/*@ATTRIBUTES@*/ []", &js)
        .replace("@ATTRIBUTE_LIST@", &list)
        .replace("@VERSION@", version)
        .replace("@LICENSE@", license)
}

/// Writes `dist/wordpress/harbor/` (the plugin folder) and `dist/wordpress/harbor.zip`.
/// `served` is every file a visitor may download, by name in dist/ (plus the manifest).
pub fn write(dist: &Path, served: &[&str], version: &str, license: &str) -> Result {
    let out = dist.join("wordpress");
    let _ = std::fs::remove_dir_all(&out);
    let folder = out.join("harbor");
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    for name in TEMPLATES {
        let text = std::fs::read_to_string(root().join("wordpress").join(name))
            .map_err(|e| format!("wordpress/{name}: {e}"))?;
        entries.push((name.to_string(), fill(&text, version, license).into_bytes()));
    }
    for name in served {
        let bytes = std::fs::read(dist.join(name)).map_err(|e| format!("dist/{name}: {e}"))?;
        entries.push((name.to_string(), bytes));
    }
    for (name, bytes) in &entries {
        std::fs::write(folder.join(name), bytes).map_err(|e| format!("dist/wordpress/harbor/{name}: {e}"))?;
    }
    let zip = zip(&entries
        .iter()
        .map(|(n, b)| (format!("harbor/{n}"), b.as_slice()))
        .collect::<Vec<_>>())?;
    std::fs::write(out.join("harbor.zip"), &zip).map_err(|e| e.to_string())?;
    eprintln!(
        "dist/wordpress/harbor.zip written: {} files, {:.1} KB",
        entries.len(),
        zip.len() as f64 / 1024.0
    );
    Ok(())
}

/// A plain zip archive (deflate, one folder entry, fixed 1980-01-01 timestamps so the same
/// files give the same bytes).
fn zip(files: &[(String, &[u8])]) -> Result<Vec<u8>> {
    const DOS_DATE: u16 = (1 << 5) | 1;
    let mut out = Vec::new();
    let mut central = Vec::new();
    let folder = files
        .first()
        .and_then(|(n, _)| n.split_once('/'))
        .map(|(f, _)| format!("{f}/"));
    let mut all: Vec<(String, Vec<u8>, u16, u32, usize, u32)> = Vec::new();
    if let Some(f) = folder {
        all.push((f, Vec::new(), 0, 0, 0, (0o40755 << 16) | 0x10));
    }
    for (name, bytes) in files {
        let mut crc = flate2::Crc::new();
        crc.update(bytes);
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(bytes).map_err(|e| e.to_string())?;
        let packed = e.finish().map_err(|e| e.to_string())?;
        all.push((name.clone(), packed, 8, crc.sum(), bytes.len(), 0o100644 << 16));
    }
    let u16le = |v: &mut Vec<u8>, x: u16| v.extend_from_slice(&x.to_le_bytes());
    let u32le = |v: &mut Vec<u8>, x: u32| v.extend_from_slice(&x.to_le_bytes());
    for (name, packed, method, crc, size, external) in &all {
        let offset = out.len() as u32;
        u32le(&mut out, 0x0403_4b50);
        for x in [20, 0, *method, 0, DOS_DATE] {
            u16le(&mut out, x);
        }
        for x in [*crc, packed.len() as u32, *size as u32] {
            u32le(&mut out, x);
        }
        u16le(&mut out, name.len() as u16);
        u16le(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(packed);

        u32le(&mut central, 0x0201_4b50);
        for x in [0x031e, 20, 0, *method, 0, DOS_DATE] {
            u16le(&mut central, x);
        }
        for x in [*crc, packed.len() as u32, *size as u32] {
            u32le(&mut central, x);
        }
        for x in [name.len() as u16, 0, 0, 0, 0] {
            u16le(&mut central, x);
        }
        u32le(&mut central, *external);
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let (cd_offset, cd_size) = (out.len() as u32, central.len() as u32);
    out.extend_from_slice(&central);
    u32le(&mut out, 0x0605_4b50);
    for x in [0, 0, all.len() as u16, all.len() as u16] {
        u16le(&mut out, x);
    }
    u32le(&mut out, cd_size);
    u32le(&mut out, cd_offset);
    u16le(&mut out, 0);
    Ok(out)
}

/// A process stopped (SIGTERM, then waited for) when the guard drops, on success or failure.
struct Server {
    name: &'static str,
    child: Child,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg(self.child.id().to_string()).status();
        let _ = self.child.wait();
        eprintln!("stopped {}", self.name);
    }
}

/// Removes a file or folder when dropped.
struct Remove(PathBuf);

impl Drop for Remove {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0).or_else(|_| std::fs::remove_file(&self.0));
    }
}

const WORDPRESS: &str = "/usr/share/wordpress";
/// Debian's wp-config.php reads /etc/wordpress/config-<host>.php; the site is on 127.0.0.1.
const CONFIG: &str = "/etc/wordpress/config-127.0.0.1.php";
const CONFIG_MARK: &str = "// Written by Harbor's `cargo xtask test --only wordpress`";

fn free_port() -> Result<u16> {
    let l = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(l.local_addr().map_err(|e| e.to_string())?.port())
}

/// Polls `ready` (every 100 ms, up to `tries`); start-up waits, not a timing assertion.
fn wait_for(what: &str, tries: u32, mut ready: impl FnMut() -> bool) -> Result {
    for _ in 0..tries {
        if ready() {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    Err(format!("{what} did not start"))
}

fn spawn(name: &'static str, cmd: &mut Command, log: &Path) -> Result<Server> {
    let file = std::fs::File::create(log).map_err(|e| e.to_string())?;
    let child = cmd
        .stdin(Stdio::null())
        .stdout(file.try_clone().map_err(|e| e.to_string())?)
        .stderr(file)
        .spawn()
        .map_err(|e| format!("could not start {name}: {e}"))?;
    Ok(Server { name, child })
}

pub fn test() -> Result {
    eprintln!("\n== WordPress ==");
    let started = std::time::Instant::now();
    crate::setup::wordpress()?;
    let zip = root().join("dist/wordpress/harbor.zip");
    if !zip.exists() {
        return Err("dist/wordpress/harbor.zip is missing: run `cargo xtask build`".into());
    }
    if let Ok(existing) = std::fs::read_to_string(CONFIG) {
        if !existing.contains(CONFIG_MARK) {
            return Err(format!(
                "{CONFIG} exists and is not ours: the tier will not overwrite it"
            ));
        }
    }
    let tmp = std::env::temp_dir().join(format!("harbor-wordpress-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    let _tmp = Remove(tmp.clone());

    // The database: a fresh MariaDB data folder, a Unix socket only (no TCP port at all).
    let (data, socket) = (tmp.join("db"), tmp.join("mysql.sock"));
    let mut install_db = Command::new("mariadb-install-db");
    install_db
        .args([
            "--no-defaults",
            "--user=root",
            "--skip-test-db",
            "--auth-root-authentication-method=socket",
        ])
        .arg(format!("--datadir={}", data.display()))
        .stdout(Stdio::null());
    run(&mut install_db)?;
    let _db = spawn(
        "mariadb",
        Command::new("/usr/sbin/mariadbd")
            .args(["--no-defaults", "--user=root", "--skip-networking"])
            .arg(format!("--datadir={}", data.display()))
            .arg(format!("--socket={}", socket.display()))
            .arg(format!("--pid-file={}", tmp.join("mariadb.pid").display())),
        &tmp.join("mariadb.log"),
    )?;
    let sql = |statement: &str| {
        Command::new("mariadb")
            .args(["--no-defaults", "-u", "root"])
            .arg(format!("--socket={}", socket.display()))
            .args(["-e", statement])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    wait_for("mariadb", 300, || sql("SELECT 1"))?;
    if !sql(
        "CREATE DATABASE harbor_wp; CREATE USER 'harbor'@'localhost' IDENTIFIED BY 'harbor-test'; \
         GRANT ALL ON harbor_wp.* TO 'harbor'@'localhost';",
    ) {
        return Err("could not create the WordPress database".into());
    }

    // The site's folder: WordPress's files linked, its own wp-content (the theme linked).
    let port = free_port()?;
    let url = format!("http://127.0.0.1:{port}");
    let site = tmp.join("site");
    let content = site.join("wp-content");
    for dir in ["plugins", "uploads"] {
        std::fs::create_dir_all(content.join(dir)).map_err(|e| e.to_string())?;
    }
    for entry in std::fs::read_dir(WORDPRESS).map_err(|e| format!("{WORDPRESS}: {e}"))? {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.file_name() != "wp-content" {
            std::os::unix::fs::symlink(entry.path(), site.join(entry.file_name())).map_err(|e| e.to_string())?;
        }
    }
    std::os::unix::fs::symlink(Path::new(WORDPRESS).join("wp-content/themes"), content.join("themes"))
        .map_err(|e| e.to_string())?;
    let debug_log = tmp.join("debug.log");
    let config = format!(
        "<?php\n{CONFIG_MARK}; removed when it ends.\n\
         define('DB_NAME', 'harbor_wp');\ndefine('DB_USER', 'harbor');\ndefine('DB_PASSWORD', 'harbor-test');\n\
         define('DB_HOST', 'localhost:{socket}');\n\
         define('WP_HOME', '{url}');\ndefine('WP_SITEURL', '{url}');\n\
         define('WP_CONTENT_DIR', '{content}');\ndefine('WP_CONTENT_URL', '{url}/wp-content');\n\
         define('FS_METHOD', 'direct');\ndefine('DISABLE_WP_CRON', true);\ndefine('AUTOMATIC_UPDATER_DISABLED', true);\n\
         define('WP_HTTP_BLOCK_EXTERNAL', true);\n\
         define('WP_DEBUG', true);\ndefine('WP_DEBUG_DISPLAY', false);\ndefine('WP_DEBUG_LOG', '{log}');\n",
        socket = socket.display(),
        content = content.display(),
        log = debug_log.display(),
    );
    std::fs::create_dir_all("/etc/wordpress").map_err(|e| e.to_string())?;
    std::fs::write(CONFIG, config).map_err(|e| format!("{CONFIG}: {e}"))?;
    let _config = Remove(PathBuf::from(CONFIG));

    // Install WordPress, unzip and activate the plugin, publish the pages (tests/wordpress/site.php).
    let pages = tmp.join("pages.json");
    run(Command::new("php")
        .arg(root().join("tests/wordpress/site.php"))
        .arg(&zip)
        .arg(&pages)
        .env("HARBOR_WP_URL", &url))?;

    let _php = spawn(
        "php -S",
        Command::new("php")
            .args(["-S", &format!("127.0.0.1:{port}"), "-t"])
            .arg(&site)
            .arg(root().join("tests/wordpress/router.php")),
        &tmp.join("php-server.log"),
    )?;
    wait_for("php -S", 300, || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    })?;

    let files = crate::test::test_files("tests/wordpress")?;
    let result = run(Command::new("node")
        .args(crate::test::NODE_TEST)
        .args(&files)
        .env("HARBOR_URL", &url)
        .env("HARBOR_WP_PAGES", &pages)
        .env("HARBOR_WP_DEBUG_LOG", &debug_log)
        .env("HARBOR_MANIFEST", root().join("dist/manifest.json"))
        .env("CHROMIUM", crate::setup::CHROMIUM));
    if result.is_err() {
        for log in ["php-server.log", "debug.log", "mariadb.log"] {
            if let Ok(text) = std::fs::read_to_string(tmp.join(log)) {
                let tail: Vec<&str> = text.lines().rev().take(20).collect();
                eprintln!("--- last lines of {log} ---");
                for l in tail.iter().rev() {
                    eprintln!("{l}");
                }
            }
        }
    }
    eprintln!("WordPress: {:.0} s", started.elapsed().as_secs_f64());
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plugin_lists_exactly_the_config_attributes() {
        let config = std::fs::read_to_string(root().join("src/config/mod.rs")).unwrap();
        let list = config
            .split_once("pub const ATTRIBUTES: &[&str] = &[")
            .unwrap()
            .1
            .split_once("];")
            .unwrap()
            .0;
        let names: Vec<String> = list
            .split(',')
            .map(|s| s.trim().trim_matches('"').to_string())
            .filter(|s| !s.is_empty())
            .collect();
        let template = std::fs::read_to_string(root().join("wordpress/harbor.php")).unwrap();
        let php = fill(&template, "1.2.3", "MIT");
        let expected = format!(
            "array({})",
            names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ")
        );
        assert!(php.contains(&format!("const HARBOR_ATTRIBUTES = {expected};")), "{php}");
        assert!(php.contains("Version:           1.2.3"));
        assert!(!php.contains("@VERSION@") && !php.contains("/*@ATTRIBUTES@*/"));
    }

    #[test]
    fn the_zip_is_read_back_by_unzip() {
        let dir = std::env::temp_dir().join(format!("harbor-zip-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let big = "Harbor ".repeat(1000);
        let bytes = zip(&[
            ("harbor/a.txt".into(), b"hello"),
            ("harbor/b.txt".into(), big.as_bytes()),
        ])
        .unwrap();
        std::fs::write(dir.join("t.zip"), bytes).unwrap();
        let ok = Command::new("unzip")
            .arg("-q")
            .arg(dir.join("t.zip"))
            .arg("-d")
            .arg(&dir)
            .status();
        if let Ok(status) = ok {
            assert!(status.success());
            assert_eq!(std::fs::read_to_string(dir.join("harbor/a.txt")).unwrap(), "hello");
            assert_eq!(std::fs::read_to_string(dir.join("harbor/b.txt")).unwrap(), big);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
