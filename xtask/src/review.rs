//! `cargo xtask review-pack`: one printable page per language for reviewers
//! (dist/review/harbor-review-<tag>.html, see harbor_content::review_pack), and the README's
//! language table, both from the sign-off record in data/i18n/locales.toml. `cargo xtask test`
//! writes the pack too and checks that it is complete and that the README's table is current.

use crate::util::{output, root, Result};
use harbor_content::review_pack;
use harbor_content::Content;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The command: writes the pack and brings the README's table up to date.
pub fn review_pack() -> Result {
    let content = load()?;
    let dist = root().join("dist");
    let files = write_pack(&content, &dist)?;
    check_pack(&content, &dist)?;
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).map_err(|e| format!("README.md: {e}"))?;
    let updated = review_pack::replace_readme_status(&readme, &readme_table(&content))
        .ok_or("README.md has lost the markers around its generated language table")?;
    if updated != readme {
        std::fs::write(&path, updated).map_err(|e| format!("README.md: {e}"))?;
        eprintln!("README.md: language table updated");
    }
    for f in files {
        eprintln!("  {}", f.strip_prefix(root()).unwrap_or(&f).display());
    }
    Ok(())
}

/// For `cargo xtask test`: writes the pack, checks it lists every message, and that the README's
/// table matches the record (without changing the README).
pub fn test() -> Result {
    let content = load()?;
    let dist = root().join("dist");
    write_pack(&content, &dist)?;
    check_pack(&content, &dist)?;
    let readme = std::fs::read_to_string(root().join("README.md")).map_err(|e| format!("README.md: {e}"))?;
    if !readme.contains(&readme_table(&content)) {
        return Err(
            "README.md's language table does not match data/i18n/locales.toml; run `cargo xtask review-pack`".into(),
        );
    }
    eprintln!(
        "review pack: {} languages, every message in each (dist/review/)",
        content.i18n.locales.len()
    );
    Ok(())
}

fn load() -> Result<Content> {
    harbor_content::load(&root().join("data")).map_err(|p| {
        format!(
            "data/ has problems:\n{}",
            p.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
        )
    })
}

fn readme_table(content: &Content) -> String {
    review_pack::readme_status(&content.i18n, &content.finder)
}

/// Writes dist/review/, one page per language (English included). Not part of the widget: the
/// manifest and the size guard list only the files a site serves, and leave this folder out.
pub fn write_pack(content: &Content, dist: &Path) -> Result<Vec<PathBuf>> {
    let dir = dist.join("review");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let (build, date) = (build_label(), review_pack::civil_date(harbor_content::crisis::today()));
    let mut files = Vec::new();
    for loc in &content.i18n.locales {
        let page = review_pack::render(&content.i18n, &content.finder, &loc.tag, &build, &date)
            .ok_or_else(|| format!("no locale {}", loc.tag))?;
        let path = dir.join(review_pack::file_name(&loc.tag));
        std::fs::write(&path, page).map_err(|e| format!("{}: {e}", path.display()))?;
        files.push(path);
    }
    Ok(files)
}

/// Reads the written pages back: each must hold every message id of the catalog.
pub fn check_pack(content: &Content, dist: &Path) -> Result {
    let mut missing = Vec::new();
    for loc in &content.i18n.locales {
        let name = review_pack::file_name(&loc.tag);
        let page =
            std::fs::read_to_string(dist.join("review").join(&name)).map_err(|e| format!("dist/review/{name}: {e}"))?;
        for id in &content.i18n.ids {
            if !page.contains(&format!("id=\"msg-{id}\"")) {
                missing.push(format!("{name}: {id}"));
            }
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("the review pack lacks messages:\n{}", missing.join("\n")))
    }
}

/// "commit 1a2b3c4d5e6f" (plus "with uncommitted changes"), or "an unknown commit" outside git.
fn build_label() -> String {
    let Some(commit) = output(Command::new("git").args(["rev-parse", "--short=12", "HEAD"])) else {
        return "an unknown commit (not a git checkout)".into();
    };
    let dirty = output(Command::new("git").args(["status", "--porcelain", "--untracked-files=no"]))
        .is_some_and(|s| !s.trim().is_empty());
    format!(
        "commit {}{}",
        commit.trim(),
        if dirty { " with uncommitted changes" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pack_is_complete_and_stays_out_of_what_visitors_download() {
        let content = load().unwrap();
        let dist = std::env::temp_dir().join(format!("harbor-xtask-dist-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("harbor-fallback.0123456789.json"), "{}").unwrap();
        let files = write_pack(&content, &dist).unwrap();
        assert_eq!(files.len(), content.i18n.locales.len());
        check_pack(&content, &dist).unwrap();
        // The size guard and the bench enumerate dist/: the review folder is not a first-use file.
        let first_use = crate::util::first_use_files(&dist).unwrap();
        assert!(first_use.iter().all(|f| !f.contains("review")), "{first_use:?}");
        // A page that lost a message fails the check.
        let es = dist.join("review").join(review_pack::file_name("es"));
        let page = std::fs::read_to_string(&es).unwrap();
        let id = &content.i18n.ids[0];
        std::fs::write(&es, page.replace(&format!("id=\"msg-{id}\""), "id=\"gone\"")).unwrap();
        let err = check_pack(&content, &dist).unwrap_err();
        let _ = std::fs::remove_dir_all(&dist);
        assert!(err.contains(&format!("harbor-review-es.html: {id}")), "{err}");
    }
}
