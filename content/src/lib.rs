//! Harbor's content pipeline. Everything a clinician or translator reviews lives in `data/`;
//! this crate reads it, checks it, and writes Rust source for the widget's `build.rs`, so the
//! wasm carries plain statics and no parser (ENGINEERING.md: a runtime parser costs 25–57 KB).

pub mod codegen;
pub mod crisis;
pub mod finder;
pub mod i18n;
pub mod review_pack;
pub mod signoff;
pub mod sources_page;
pub mod timezones;

use std::path::{Path, PathBuf};

/// Everything in `data/`, parsed and structurally checked.
pub struct Content {
    pub i18n: i18n::Catalog,
    pub crisis: crisis::CrisisData,
    pub finder: finder::Finder,
    pub timezones: Vec<(String, String)>,
}

/// A problem in a data file, with the file it came from so a reviewer can find it.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

pub fn problem(file: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        file: file.into(),
        message: message.into(),
    }
}

/// Reads and checks all of `data/`. Returns every problem found, not just the first.
pub fn load(data_dir: &Path) -> Result<Content, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut i18n = i18n::load(&data_dir.join("i18n"), &mut problems);
    let crisis = crisis::load(data_dir, &mut problems);
    let finder = finder::load(&data_dir.join("finder.toml"), &i18n, &mut problems);
    // Sign-offs cover evidence lines' sources too, so this waits for the finder.
    signoff::apply(&mut i18n, &finder);
    let timezones = timezones::load(&data_dir.join("timezones/zone-to-country.tsv"), &mut problems);
    if problems.is_empty() {
        Ok(Content {
            i18n,
            crisis,
            finder,
            timezones,
        })
    } else {
        Err(problems)
    }
}

/// The repository's `data/` folder (this crate lives one level below the root).
pub fn default_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("data")
}

pub(crate) fn read(path: &Path, problems: &mut Vec<Problem>) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(s) => Some(s),
        Err(e) => {
            problems.push(problem(path.display().to_string(), format!("cannot read: {e}")));
            None
        }
    }
}
