//! A small static file server for the demo and the browser tests, on loopback only.
//! `/` is index.html; `/www/…`, `/dist/…` and `/bench/…` (cargo's target directory, `bench/`) are served as files.

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
    let (status, body, ctype) = match resolve(path).and_then(|p| std::fs::read(&p).ok().map(|b| (b, p))) {
        Some((body, p)) => ("200 OK", body, content_type(&p)),
        None => ("404 Not Found", b"not found".to_vec(), "text/plain; charset=utf-8"),
    };
    write!(stream, "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n", body.len())?;
    stream.write_all(&body)
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
