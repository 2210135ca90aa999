//! A small static file server for the demo and the browser tests, on loopback only.
//! `/` is index.html; `/www/…`, `/dist/…` and `/bench/…` (cargo's target directory, `bench/`) are served as files;
//! `/faults/<kinds>/dist/…` serves dist/ as a broken deployment would, `/test-panic/…` the app built to
//! panic on request, and `/example/…` the Yew app of examples/yew-app, for the tests (see `Faults`,
//! `build::build_test_panic` and `build::build_example`).

use crate::util::{root, target_dir, Result};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;

pub fn serve_forever(port: u16) -> Result {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e} (try --port N)"))?;
    println!("\nHarbor demo: http://127.0.0.1:{port}/   (Ctrl+C to stop)");
    println!("More host pages: http://127.0.0.1:{port}/www/");
    accept(listener);
    Ok(())
}

/// Starts the server on a free port in a background thread; returns the base URL.
pub fn serve_in_background() -> Result<String> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| e.to_string())?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    std::thread::spawn(move || accept(listener));
    Ok(format!("http://127.0.0.1:{port}"))
}

fn accept(listener: TcpListener) {
    for stream in listener.incoming().flatten() {
        std::thread::spawn(move || {
            let _ = handle(stream);
        });
    }
}

fn handle(mut stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    if path == "/favicon.ico" {
        // Browsers ask for it on every page; answer "no content" rather than a noisy 404.
        return write!(stream, "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
    }
    let (faults, path) = faults(path);
    let file = resolve(path).filter(|p| !faults.withholds(p));
    let (status, mut body, mut ctype) = match file.as_ref().and_then(|p| std::fs::read(p).ok().map(|b| (b, p))) {
        Some((body, p)) => ("200 OK", body, content_type(p)),
        None => ("404 Not Found", b"not found".to_vec(), "text/plain; charset=utf-8"),
    };
    if file.as_deref().is_some_and(is_wasm) {
        if faults.truncated {
            body.truncate(body.len() / 2);
        }
        if faults.wrong_mime {
            ctype = "text/plain; charset=utf-8";
        }
    }
    write!(stream, "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n", body.len())?;
    stream.write_all(&body)
}

/// Deployment faults, for tests only (tests/e2e-engines/faults.test.mjs): a path
/// `/faults/<kind>,<kind>…/dist/…` serves `/dist/…` as a site with that mistake would, so every
/// engine sees it without request interception. The loader finds its files next to itself, so
/// a page that loads `/faults/truncated/dist/harbor.js` gets a truncated wasm.
#[derive(Default)]
struct Faults {
    /// The wasm cut to half its length (an interrupted upload).
    truncated: bool,
    /// The wasm served as text/plain (a server without the application/wasm type).
    wrong_mime: bool,
    /// No wasm file (a 404).
    no_wasm: bool,
    /// No translation files (`harbor-<lang>.<hash>.txt`).
    no_translations: bool,
    /// No fallback data (`harbor-fallback.<hash>.json`).
    no_data: bool,
}

impl Faults {
    fn withholds(&self, file: &std::path::Path) -> bool {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        (self.no_wasm && is_wasm(file))
            || (self.no_translations && name.starts_with("harbor-") && name.ends_with(".txt"))
            || (self.no_data && name.starts_with("harbor-fallback.") && name.ends_with(".json"))
    }
}

fn is_wasm(file: &std::path::Path) -> bool {
    file.extension().is_some_and(|e| e == "wasm")
}

/// Splits `/faults/<kinds>/rest` into the faults and `/rest`; any other path has none.
fn faults(path: &str) -> (Faults, &str) {
    let Some(rest) = path.strip_prefix("/faults/") else {
        return (Faults::default(), path);
    };
    let (kinds, rest) = match rest.split_once('/') {
        // The slash before `rest` is kept: `rest` is the path the file is served from.
        Some((kinds, rest)) => (kinds, &path[path.len() - rest.len() - 1..]),
        None => (rest, "/"),
    };
    let mut f = Faults::default();
    for kind in kinds.split(',') {
        match kind {
            "truncated" => f.truncated = true,
            "wrong-mime" => f.wrong_mime = true,
            "no-wasm" => f.no_wasm = true,
            "no-translations" => f.no_translations = true,
            "no-data" => f.no_data = true,
            _ => {}
        }
    }
    (f, rest)
}

fn resolve(path: &str) -> Option<PathBuf> {
    if path
        .split('/')
        .any(|seg| seg == ".." || seg.starts_with('.') && !seg.is_empty())
    {
        return None;
    }
    let root = root();
    let file = if path == "/" || path == "/index.html" {
        root.join("index.html")
    } else if let Some(rest) = path.strip_prefix("/bench/") {
        target_dir().join("bench").join(rest)
    } else if let Some(rest) = path.strip_prefix("/example/") {
        // The Yew app that renders Harbor from Rust (build::build_example).
        target_dir().join("example").join(rest)
    } else if let Some(rest) = path.strip_prefix("/test-panic/") {
        // The test-only app that can be made to panic (build::build_test_panic).
        target_dir().join("test-panic").join(rest)
    } else if path.starts_with("/www/") || path.starts_with("/dist/") {
        root.join(&path[1..])
    } else {
        return None;
    };
    let file = if file.is_dir() { file.join("index.html") } else { file };
    file.is_file().then_some(file)
}

fn content_type(p: &std::path::Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn a_faults_path_names_its_faults_and_the_file_it_serves() {
        let (f, rest) = faults("/faults/truncated,no-data/dist/harbor.js");
        assert_eq!(rest, "/dist/harbor.js");
        assert!(f.truncated && f.no_data && !f.wrong_mime && !f.no_wasm && !f.no_translations);
        assert!(f.withholds(Path::new("dist/harbor-fallback.0123abcd.json")));
        assert!(
            !f.withholds(Path::new("dist/harbor_bg.wasm")),
            "truncated, not withheld"
        );
        let (f, _) = faults("/faults/no-wasm,no-translations/dist/x");
        assert!(f.withholds(Path::new("dist/harbor_bg.wasm")));
        assert!(f.withholds(Path::new("dist/harbor-de.0123abcd.txt")));
        assert!(!f.withholds(Path::new("dist/harbor.js")));
    }

    #[test]
    fn other_paths_have_no_faults() {
        let (f, rest) = faults("/dist/harbor_bg.wasm");
        assert_eq!(rest, "/dist/harbor_bg.wasm");
        assert!(!f.withholds(Path::new("dist/harbor_bg.wasm")));
        assert_eq!(faults("/faults/truncated").1, "/", "no file named");
        assert_eq!(faults("/faults/bogus/dist/a.wasm").1, "/dist/a.wasm");
    }
}
