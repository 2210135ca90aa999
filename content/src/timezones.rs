//! The time zone → country table (from the IANA tz database; see the file's header).

use crate::{problem, read, Problem};
use std::path::Path;

pub fn load(path: &Path, problems: &mut Vec<Problem>) -> Vec<(String, String)> {
    let Some(text) = read(path, problems) else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        match line.split_once('\t') {
            Some((tz, cc)) if cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_uppercase()) => {
                rows.push((tz.to_string(), cc.to_string()))
            }
            _ => problems.push(problem(
                path.display().to_string(),
                format!("line {}: expected `Zone<TAB>CC`", n + 1),
            )),
        }
    }
    rows.sort();
    rows
}
