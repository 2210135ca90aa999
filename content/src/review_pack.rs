//! The review pack: for each language, one printable, self-contained HTML page with every
//! message a visitor can see, for a native speaker with clinical context (or, for English, a
//! clinician) to read and sign off. Written by `cargo xtask review-pack` (and `cargo xtask
//! build`) to `dist/review/harbor-review-<tag>.html`.
//!
//! Each message shows its stable id, the English, the translation, the notes written above it
//! in the `.ftl` files, the variables it uses, its sign-off hash (`signoff::message_hash`) and
//! where it stands with reviewers; a finder evidence line also shows its source and certainty
//! from data/finder.toml. Messages are grouped by screen (`SCREENS`) in the order a visitor
//! meets them, then by the `##` sections of each file, in file order. Every piece of text that
//! comes from data/ is escaped. No script; the style sheet is inline so the file stands alone.
//!
//! `readme_status` writes the README's language table from the same record.

use crate::finder::{Evidence, Finder};
use crate::i18n::{variables, Annotation, Catalog, Locale, Piece, SOURCE_LOCALE};
use crate::signoff::{self, Status};
use crate::sources_page::escape;
use std::collections::BTreeMap;
use std::fmt::Write;

/// The `.ftl` files as screens, in the order a visitor meets them: (file, title, what it is).
/// A file not listed here comes after these, by name, so a new feature is never left out.
pub const SCREENS: &[(&str, &str, &str)] = &[
    (
        "shell",
        "The frame around every screen",
        "The home screen, the top bar (Quick exit and Get help now, on every screen), the footer \
         and the launcher. A visitor reads these first.",
    ),
    (
        "crisis",
        "Get help now",
        "Crisis lines and the emergency number, one tap away from every screen. The most \
         important words in Harbor.",
    ),
    (
        "fallback",
        "Get help now, short form",
        "The static block with the emergency number and one line: shown if Harbor cannot start \
         (an old browser, a blocked file), and when Get help now is pressed before Harbor has \
         finished loading. Kept short: it ships in the small loader script.",
    ),
    (
        "grounding",
        "Ground yourself now",
        "The grounding exercises, the first section on the home screen.",
    ),
    (
        "plan",
        "My plan for hard moments",
        "The safety plan the visitor writes step by step, with ideas to tap, then prints, saves \
         or copies: the second section on the home screen. The step on safer surroundings must \
         never name a method or a means.",
    ),
    (
        "finder",
        "Find an approach",
        "The questions about what the visitor wants from therapy, the results and the research \
         lines, the third section on the home screen.",
    ),
];

/// Why the pack is in this order (printed in the pack).
const ORDER_NOTE: &str = "Messages are grouped by screen, in the order a visitor meets them: the \
frame and home screen first, then Get help now (the app's crisis screen and the short form the \
loader shows), because it is reachable from every screen and matters most, then the three sections \
in the order the home screen lists them. Within a screen, messages keep the order of their \
translation file, under its section headings.";

/// One screen of the pack: its file, title, description, and sections of message ids.
pub struct Screen<'a> {
    pub file: String,
    pub title: String,
    pub about: String,
    pub sections: Vec<(String, Vec<&'a str>)>,
}

/// The catalog's messages as screens and sections, in visitor order (see `SCREENS`).
pub fn screens(catalog: &Catalog) -> Vec<Screen<'_>> {
    let src = catalog.source();
    let none = Annotation::default();
    let mut by_file: BTreeMap<&str, Vec<(&Annotation, &str)>> = BTreeMap::new();
    for id in &catalog.ids {
        let a = src.annotations.get(id).unwrap_or(&none);
        by_file.entry(a.file.as_str()).or_default().push((a, id.as_str()));
    }
    let rank = |file: &str| SCREENS.iter().position(|s| s.0 == file).unwrap_or(SCREENS.len());
    let mut files: Vec<_> = by_file.into_iter().collect();
    files.sort_by(|a, b| (rank(a.0), a.0).cmp(&(rank(b.0), b.0)));
    files
        .into_iter()
        .map(|(file, mut messages)| {
            messages.sort_by_key(|(a, _)| a.position);
            let mut sections: Vec<(String, Vec<&str>)> = Vec::new();
            for (a, id) in messages {
                match sections.last_mut() {
                    Some((s, ids)) if *s == a.section => ids.push(id),
                    _ => sections.push((a.section.clone(), vec![id])),
                }
            }
            let (title, about) = SCREENS
                .iter()
                .find(|s| s.0 == file)
                .map_or((file.to_string(), String::new()), |s| {
                    (s.1.to_string(), s.2.to_string())
                });
            Screen {
                file: file.to_string(),
                title,
                about,
                sections,
            }
        })
        .collect()
}

/// A message as a reviewer reads it, as HTML: Fluent-like, with `{ $name }` for variables and
/// each variant of a choice on its own line (`*` marks the one used when no other fits). The
/// syntax is set apart (`ph`) and kept left to right, so it stays legible inside Arabic text.
pub fn display(pieces: &[Piece]) -> String {
    let ph = |s: String| format!("<span class=\"ph\" dir=\"ltr\">{}</span>", escape(&s));
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => s.push_str(&escape(t)),
            Piece::Var(v) => s.push_str(&ph(format!("{{ ${v} }}"))),
            Piece::Select { var, variants, default } => {
                s.push_str(&ph(format!("{{ ${var} ->")));
                for (i, (key, v)) in variants.iter().enumerate() {
                    let mark = if i == *default { "*" } else { "" };
                    let _ = write!(s, "\n  {} {}", ph(format!("{mark}[{key}]")), display(v));
                }
                s.push('\n');
                s.push_str(&ph("}".into()));
            }
        }
    }
    s
}

/// `YYYY-MM-DD` for a count of days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The file name of a language's pack.
pub fn file_name(tag: &str) -> String {
    format!("harbor-review-{tag}.html")
}

/// Each message's id and current hash for `tag`, in catalog order.
fn hashes(catalog: &Catalog, finder: &Finder, tag: &str) -> Vec<(String, String)> {
    catalog
        .ids
        .iter()
        .filter_map(|id| Some((id.clone(), signoff::message_hash(catalog, finder, tag, id)?)))
        .collect()
}

/// A short fingerprint of the whole pack's texts: the same fingerprint, the same words.
pub fn pack_fingerprint(catalog: &Catalog, finder: &Finder, tag: &str) -> String {
    let lines: String = hashes(catalog, finder, tag)
        .iter()
        .map(|(id, h)| format!("{id}:{h}\n"))
        .collect();
    crate::codegen::fingerprint(lines.as_bytes())
}

/// One line on where a language stands, for the pack's header and the README.
fn standing(catalog: &Catalog, finder: &Finder, loc: &Locale) -> String {
    let (signed, total) = (signoff::signed_count(catalog, finder, &loc.tag), catalog.ids.len());
    let source = loc.tag == SOURCE_LOCALE;
    match (source, signed) {
        (true, s) if s == total && total > 0 => {
            "source text, clinically signed off: every message at its current text".to_string()
        }
        (true, 0) => "source text, not clinically signed off".to_string(),
        (true, s) => {
            format!("source text, partly clinically signed off: {s} of {total} messages at their current text")
        }
        (false, s) if s == total && total > 0 => "reviewed: every message signed off at its current text".to_string(),
        (false, 0) => "not yet reviewed".to_string(),
        (false, s) => format!("partly reviewed: {s} of {total} messages signed off at their current text"),
    }
}

const STYLE: &str = "
body { font: 11pt/1.45 system-ui, sans-serif; color: #1a1a1a; margin: 0; }
main { max-width: 52em; margin: 0 auto; padding: 1.5em; }
h1 { font-size: 1.6em; margin-bottom: 0.3em; }
h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 2px solid #444; }
h3 { font-size: 1.05em; margin-top: 1.5em; color: #333; }
code, .hash { font-family: ui-monospace, monospace; font-size: 0.95em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.msg { border: 1px solid #999; border-radius: 4px; padding: 0.6em 0.8em; margin: 0.8em 0; break-inside: avoid; }
.msg h4 { margin: 0 0 0.4em; font-size: 1em; display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5em; }
.msg dl { display: grid; grid-template-columns: 11em 1fr; gap: 0.25em 0.8em; margin: 0; }
.msg dt { color: #444; }
.msg dd { margin: 0; }
.text { white-space: pre-wrap; font-size: 1.08em; }
.note { white-space: pre-wrap; font-style: italic; color: #333; }
.ph { font-family: ui-monospace, monospace; font-size: 0.85em; color: #5b3e96; unicode-bidi: isolate; }
.status { font-weight: 600; }
.status.signed { color: #17602e; }
.status.changed, .status.unsigned { color: #8a3b00; }
.verdict { margin: 0.5em 0 0; color: #333; }
.box { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #333; vertical-align: -0.1em; margin-right: 0.2em; }
.fill { display: inline-block; min-width: 18em; border-bottom: 1px solid #333; }
.rules { border-left: 4px solid #5b3e96; padding-left: 1em; }
pre { white-space: pre-wrap; background: #f3f3f3; padding: 0.8em; font-size: 0.85em; }
.signature p { margin: 1.4em 0; }
@media print {
  main { max-width: none; padding: 0; }
  h2 { break-before: page; }
  h2.keep { break-before: auto; }
  a { color: inherit; }
}
";

/// The pack for `tag`; `build` names the build (commit) it was made from, `date` the day.
/// `None` if the catalog has no such locale.
pub fn render(catalog: &Catalog, finder: &Finder, tag: &str, build: &str, date: &str) -> Option<String> {
    let loc = catalog.locale(tag)?;
    let src = catalog.source();
    let source = tag == SOURCE_LOCALE;
    let language = format!("{} ({})", loc.name, loc.tag);
    let standing = standing(catalog, finder, loc);
    let hashes = hashes(catalog, finder, tag);
    let hash_of: BTreeMap<&str, &str> = hashes.iter().map(|(i, h)| (i.as_str(), h.as_str())).collect();
    let screens = screens(catalog);
    let mut h = String::new();
    let _ = write!(
        h,
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbor review pack: {language}</title>
<style>{STYLE}</style>
</head>
<body>
<main>
<h1>Harbor review pack: {language}</h1>
"#,
        language = escape(&language),
    );
    if source {
        h.push_str(
            "<p>Every message Harbor can show a visitor, in English, the language every translation \
             is made from. This pack is for a clinician to check the English itself: that each \
             message is accurate, safe and kind for someone who may be in crisis.</p>\n",
        );
    } else {
        let _ = writeln!(
            h,
            "<p>Every message Harbor can show a visitor, in English and in {}. This pack is for a \
             native speaker with clinical context to check that each translation says what the \
             English says, safely and plainly, for someone who may be in crisis.</p>",
            escape(&language)
        );
    }
    let _ = write!(
        h,
        "<dl class=\"facts\">\n<dt>Language</dt><dd>{}</dd>\n<dt>Status</dt><dd>{}</dd>\n\
         <dt>Messages</dt><dd>{}</dd>\n<dt>Build</dt><dd>{}</dd>\n<dt>Generated on</dt><dd>{}</dd>\n\
         <dt>Pack fingerprint</dt><dd class=\"hash\">{}</dd>\n</dl>\n",
        escape(&language),
        escape(&standing),
        catalog.ids.len(),
        escape(build),
        escape(date),
        pack_fingerprint(catalog, finder, tag),
    );
    h.push_str(RULES);
    h.push_str(&how_to_sign(source));
    h.push_str("<h2 class=\"keep\">Contents</h2>\n<p>");
    h.push_str(&escape(ORDER_NOTE));
    h.push_str("</p>\n<ol>\n");
    for s in &screens {
        let count: usize = s.sections.iter().map(|(_, ids)| ids.len()).sum();
        let _ = writeln!(
            h,
            "<li><a href=\"#screen-{f}\">{}</a> ({count} messages, <code>{f}.ftl</code>)</li>",
            escape(&s.title),
            f = escape(&s.file)
        );
    }
    h.push_str("<li><a href=\"#sign-off\">Sign-off</a></li>\n</ol>\n");
    for (n, s) in screens.iter().enumerate() {
        let f = escape(&s.file);
        let _ = writeln!(
            h,
            "<section id=\"screen-{f}\">\n<h2>{}. {}</h2>",
            n + 1,
            escape(&s.title)
        );
        if !s.about.is_empty() {
            let _ = writeln!(h, "<p>{}</p>", escape(&s.about));
        }
        let mut notes = vec![("English file", SOURCE_LOCALE, src.file_notes.get(&s.file))];
        if !source {
            notes.push(("translation's file", loc.tag.as_str(), loc.file_notes.get(&s.file)));
        }
        for (label, tag, note) in notes {
            if let Some(note) = note.filter(|n| !n.is_empty()) {
                let _ = writeln!(
                    h,
                    "<p><strong>Notes at the top of the {label} (<code>{}/{f}.ftl</code>):</strong></p>\n<p class=\"note\">{}</p>",
                    escape(tag),
                    escape(note)
                );
            }
        }
        for (section, ids) in &s.sections {
            if !section.is_empty() {
                let _ = writeln!(h, "<h3>{}</h3>", escape(section));
            }
            for id in ids {
                message(&mut h, catalog, finder, loc, id, hash_of.get(id).copied().unwrap_or(""));
            }
        }
        h.push_str("</section>\n");
    }
    let in_pack_order: Vec<(&str, &str)> = screens
        .iter()
        .flat_map(|s| s.sections.iter().flat_map(|(_, ids)| ids.iter()))
        .map(|id| (*id, hash_of.get(id).copied().unwrap_or("")))
        .collect();
    sign_off(
        &mut h,
        loc,
        &language,
        &in_pack_order,
        &pack_fingerprint(catalog, finder, tag),
    );
    h.push_str("</main>\n</body>\n</html>\n");
    Some(h)
}

const RULES: &str = "<h2 class=\"keep\">Before you start: safe messaging</h2>
<div class=\"rules\">
<p>Please read the safe-messaging rules in Harbor's content guide, <code>CONTENT.md</code>
(section “Safe-messaging rules”, with their sources), and check every message against them.
In short:</p>
<ul>
<li>No methods, means, amounts or places; no description of injuries.</li>
<li>Self-harm and suicide are never a solution, never common, never inevitable. Never “commit”
or “successful/failed attempt”.</li>
<li>Offer hope, recovery, concrete next steps and help that is there now.</li>
<li>No “substitute” behaviours (ice, rubber bands, red pen). Grounding, comfort, distraction,
expression and connection instead.</li>
<li>No streaks, scores or badges; nothing that can feel like failing.</li>
<li>The crisis button is “Get help now”, never a “panic button”.</li>
<li>Plain words (reading age about 12), warm, no promises.</li>
</ul>
</div>
";

fn how_to_sign(source: bool) -> String {
    let what = if source {
        "that it is accurate, safe under the rules above, plain and kind"
    } else {
        "that the translation says what the English says, safely under the rules above, plainly \
         and in the register the notes describe"
    };
    format!(
        "<h2 class=\"keep\">How to review and sign off</h2>
<ol>
<li>Read every message below, in order, and check {what}. The notes are what the writer or
translator wrote above the message in its file; the variables (such as <code>{{ $number }}</code>)
are filled in by Harbor when it shows the message.</li>
<li>Tick <em>Approved</em> or <em>Needs a change</em> beside each message, and write the change.</li>
<li>Sign the last page with your name, role and date, and return it to the maintainers.</li>
<li>The maintainers record your sign-off in <code>data/i18n/locales.toml</code>: your name, role,
date, and the <code>id:hash</code> of each message you approved (the last page lists them all,
ready to paste). Then <code>cargo xtask review-pack</code> rebuilds this pack and the README's
language table; a language counts as reviewed only when every message is signed off.</li>
</ol>
<p>The hash beside each message ties a sign-off to the exact words: it is computed from the
English text{} (and, for a research line, its source and certainty). If any of these changes after you sign, the message shows here as
“changed since sign-off” until it is signed again. Notes do not count: visitors never see them.</p>
",
        if source { "" } else { " and the translation" },
    )
}

fn message(h: &mut String, catalog: &Catalog, finder: &Finder, loc: &Locale, id: &str, hash: &str) {
    let src = catalog.source();
    let source = loc.tag == SOURCE_LOCALE;
    let (class, status) = match signoff::status(loc, id, hash) {
        Status::Signed(s) => (
            "signed",
            format!("Signed off by {} ({}) on {}", s.reviewer, s.role, s.date),
        ),
        Status::Changed(s) => (
            "changed",
            format!("Changed since sign-off by {} on {}", s.reviewer, s.date),
        ),
        Status::Unsigned => ("unsigned", "Not reviewed".to_string()),
    };
    let _ = writeln!(
        h,
        "<article class=\"msg\" id=\"msg-{id}\">\n<h4><code>{id}</code> <span class=\"status {class}\">{}</span></h4>\n<dl>",
        escape(&status),
        id = escape(id)
    );
    let english = src.messages.get(id).map(|p| display(p)).unwrap_or_default();
    // `display` escapes every text it is given.
    let _ = writeln!(
        h,
        "<dt>English</dt><dd class=\"text\" lang=\"en\" dir=\"ltr\">{}</dd>",
        english
    );
    if !source {
        let text = match loc.messages.get(id) {
            Some(p) => display(p),
            None => "<em>missing</em>".to_string(),
        };
        let _ = writeln!(
            h,
            "<dt>{}</dt><dd class=\"text\" lang=\"{}\" dir=\"{}\">{text}</dd>",
            escape(&loc.name),
            escape(&loc.tag),
            if loc.rtl { "rtl" } else { "ltr" }
        );
    }
    let note = |l: &Locale| l.annotations.get(id).map(|a| a.note.clone()).filter(|n| !n.is_empty());
    if let Some(n) = note(src) {
        let _ = writeln!(h, "<dt>Note (English file)</dt><dd class=\"note\">{}</dd>", escape(&n));
    }
    if !source {
        if let Some(n) = note(loc) {
            let _ = writeln!(h, "<dt>Translator's note</dt><dd class=\"note\">{}</dd>", escape(&n));
        }
    }
    let vars: Vec<String> = src
        .messages
        .get(id)
        .map(|p| {
            variables(p)
                .iter()
                .map(|v| format!("<code>${}</code>", escape(v)))
                .collect()
        })
        .unwrap_or_default();
    let _ = writeln!(
        h,
        "<dt>Variables</dt><dd>{}</dd>",
        if vars.is_empty() {
            "none".to_string()
        } else {
            vars.join(", ")
        }
    );
    if let Some(e) = id
        .strip_prefix("finder-evidence-")
        .and_then(|e| finder.evidence.iter().find(|x| x.id == e))
    {
        evidence(h, e);
    }
    let _ = writeln!(
        h,
        "<dt>Hash</dt><dd class=\"hash\">{}:{}</dd>\n</dl>\n<p class=\"verdict\"><span class=\"box\"></span> Approved \
         &nbsp; <span class=\"box\"></span> Needs a change: <span class=\"fill\"></span></p>\n</article>",
        escape(id),
        escape(hash)
    );
}

fn evidence(h: &mut String, e: &Evidence) {
    let link = if crate::crisis::is_https_url(&e.url) {
        format!("<a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a>", escape(&e.url))
    } else {
        escape(&e.url)
    };
    let certainty = match &e.certainty {
        Some(c) => escape(c),
        None if e.kind == "guideline" => "none (a guideline makes recommendations, it does not rate certainty)".into(),
        None => "none stated".into(),
    };
    let _ = writeln!(
        h,
        "<dt>Source</dt><dd>named to visitors by <code>finder-source-{}</code><br>{link}</dd>\n<dt>Certainty</dt><dd>{certainty} (kind: {}; about: {} visitors; approach: {})</dd>",
        escape(&e.id),
        escape(&e.kind),
        escape(&e.age_group),
        escape(&e.approach)
    );
}

/// The signature page, the sign-offs on record, and the record's entry ready to paste.
/// `hashes`: each message's id and current hash, in the order of the pack.
fn sign_off(h: &mut String, loc: &Locale, language: &str, hashes: &[(&str, &str)], fingerprint: &str) {
    let _ = write!(
        h,
        "<section id=\"sign-off\" class=\"signature\">\n<h2>Sign-off</h2>\n<p>I have read every message in this \
         review pack for {} (pack fingerprint <span class=\"hash\">{fingerprint}</span>) against Harbor's \
         safe-messaging rules, and I approve the messages I marked <em>Approved</em>.</p>\n\
         <p>Name: <span class=\"fill\"></span></p>\n<p>Role: <span class=\"fill\"></span></p>\n\
         <p>Date: <span class=\"fill\"></span></p>\n<p>Signature: <span class=\"fill\"></span></p>\n",
        escape(language)
    );
    if !loc.signoffs.is_empty() {
        h.push_str("<h3>Sign-offs on record</h3>\n<ul>\n");
        for s in &loc.signoffs {
            let current = s
                .messages
                .iter()
                .filter(|e| hashes.iter().any(|(i, x)| format!("{i}:{x}") == **e))
                .count();
            let _ = writeln!(
                h,
                "<li>{} ({}), {}: {} messages, {current} of them still at the text signed</li>",
                escape(&s.reviewer),
                escape(&s.role),
                escape(&s.date),
                s.messages.len()
            );
        }
        h.push_str("</ul>\n");
    }
    let _ = write!(
        h,
        "<h3>For the record</h3>\n<p>Add this to <code>data/i18n/locales.toml</code> after the \
         <code>[[locale]]</code> table whose tag is <code>{}</code> (before the next <code>[[locale]]</code>), \
         with the reviewer's name, role and date, and delete the line of every message that was not \
         approved:</p>\n<pre>[[locale.signoff]]\nreviewer = \"\"\nrole = \"\"\ndate = \"YYYY-MM-DD\"\nmessages = [\n",
        escape(&loc.tag)
    );
    for (id, hash) in hashes {
        let _ = writeln!(h, "  \"{}:{}\",", escape(id), escape(hash));
    }
    h.push_str("]</pre>\n</section>\n");
}

/// The first and last lines of the README's generated language table.
pub const README_START: &str =
    "<!-- Generated by `cargo xtask review-pack` from the sign-offs in data/i18n/locales.toml. Do not edit by hand. -->";
pub const README_END: &str = "<!-- End of the generated table. -->";

/// The README's language table, from the sign-off record (between `README_START` and
/// `README_END`, which it includes).
pub fn readme_status(catalog: &Catalog, finder: &Finder) -> String {
    let mut s = format!(
        "{README_START}\n| language | signed off by a reviewer with clinical context, at its current text? |\n|---|---|\n"
    );
    for loc in &catalog.locales {
        let standing = standing(catalog, finder, loc);
        let rtl = if loc.rtl { ", right to left" } else { "" };
        let _ = writeln!(s, "| {} (`{}`{rtl}) | {standing} |", loc.name, loc.tag);
    }
    s.push_str(README_END);
    s
}

/// `readme` with its generated table replaced by `table` (`None` if the markers are missing).
pub fn replace_readme_status(readme: &str, table: &str) -> Option<String> {
    let start = readme.find(README_START)?;
    let end = readme[start..].find(README_END)? + start + README_END.len();
    Some(format!("{}{table}{}", &readme[..start], &readme[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::parse_ftl_annotated;
    use crate::signoff::Signoff;

    fn locale(tag: &str, file: &str, ftl: &str) -> Locale {
        let mut problems = Vec::new();
        let parsed = parse_ftl_annotated(ftl, "t.ftl", &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        Locale {
            tag: tag.into(),
            name: format!("Name of {tag}"),
            rtl: tag == "ar",
            messages: parsed.messages,
            annotations: parsed
                .annotations
                .into_iter()
                .map(|(id, mut a)| {
                    a.file = file.into();
                    (id, a)
                })
                .collect(),
            file_notes: [(file.to_string(), parsed.header)].into(),
            ..Default::default()
        }
    }

    const HOSTILE: &str = r#"<script>alert("x")</script> & </style><img src=x onerror=alert(1)>"#;

    fn hostile_catalog() -> (Catalog, Finder) {
        let en = format!(
            "# Header {HOSTILE}\n\n## Section {HOSTILE}\n\n# Note {HOSTILE}\nfinder-evidence-x = {HOSTILE} {{ $n }}\n"
        );
        let ar = format!("# Translator {HOSTILE}\nfinder-evidence-x = ترجمة {HOSTILE} {{ $n }}\n");
        let mut en = locale("en", "finder", &en);
        en.name = HOSTILE.into();
        let ar = locale("ar", "finder", &ar);
        let finder = Finder {
            questions: vec![],
            evidence: vec![Evidence {
                id: "x".into(),
                approach: HOSTILE.into(),
                age_group: "any".into(),
                kind: "review".into(),
                certainty: Some(HOSTILE.into()),
                url: format!("https://example.org/\"><script>{HOSTILE}"),
            }],
        };
        let mut ar = ar;
        ar.signoffs.push(Signoff {
            reviewer: HOSTILE.into(),
            role: HOSTILE.into(),
            date: "2025-01-01".into(),
            messages: vec!["finder-evidence-x:00000000".into()],
        });
        (
            Catalog {
                ids: vec!["finder-evidence-x".into()],
                locales: vec![en, ar],
            },
            finder,
        )
    }

    #[test]
    fn every_piece_of_data_is_escaped() {
        let (catalog, finder) = hostile_catalog();
        for tag in ["en", "ar"] {
            let page = render(&catalog, &finder, tag, HOSTILE, "2025-01-01").unwrap();
            assert!(!page.contains("<script"), "{tag}: a script got through:\n{page}");
            assert!(!page.contains("<img"), "{tag}: markup got through");
            assert!(!page.contains("</style><"), "{tag}: the style element was closed early");
            assert_eq!(page.matches("</style>").count(), 1, "{tag}");
            assert!(
                page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;"),
                "{tag}"
            );
        }
        let ar = render(&catalog, &finder, "ar", "b", "d").unwrap();
        assert!(ar.contains("dir=\"rtl\""), "the translation is laid out right to left");
        assert!(ar.contains("Translator &lt;script"), "the translator's note is shown");
        assert!(ar.contains("Changed since sign-off by &lt;script"), "{ar}");
    }

    #[test]
    fn a_message_shows_everything_a_reviewer_needs() {
        let en = "# Top note.\n\n## Results\n\n# Said after the results.\nfinder-evidence-x = May help { $n } people.\nfinder-done = { $n ->\n  [one] One left\n *[other] { $n } left\n}\n";
        let es = "finder-evidence-x = Puede ayudar a { $n } personas.\nfinder-done = { $n ->\n  [one] Queda uno\n *[other] Quedan { $n }\n}\n";
        let catalog = Catalog {
            ids: vec!["finder-evidence-x".into(), "finder-done".into()],
            locales: vec![locale("en", "finder", en), locale("es", "finder", es)],
        };
        let mut finder = hostile_catalog().1;
        finder.evidence[0].url = "https://doi.org/10.1002/x".into();
        finder.evidence[0].certainty = Some("low".into());
        let page = render(&catalog, &finder, "es", "commit abc", "2025-02-03").unwrap();
        let hash = signoff::message_hash(&catalog, &finder, "es", "finder-evidence-x").unwrap();
        for needle in [
            "id=\"msg-finder-evidence-x\"",
            "May help <span class=\"ph\" dir=\"ltr\">{ $n }</span> people.",
            "Puede ayudar a <span class=\"ph\" dir=\"ltr\">{ $n }</span> personas.",
            "Said after the results.",
            "<h3>Results</h3>",
            "Top note.",
            "<code>$n</code>",
            "<a href=\"https://doi.org/10.1002/x\"",
            "finder-source-x",
            "<dd>low (kind: review",
            &format!("finder-evidence-x:{hash}"),
            "<span class=\"ph\" dir=\"ltr\">*[other]</span> Quedan <span class=\"ph\" dir=\"ltr\">{ $n }</span>\n<span class=\"ph\" dir=\"ltr\">}</span>",
            "Not reviewed",
            "commit abc",
            "2025-02-03",
            "CONTENT.md",
            "not yet reviewed",
        ] {
            assert!(page.contains(needle), "missing {needle:?} in\n{page}");
        }
        let english = render(&catalog, &finder, "en", "b", "d").unwrap();
        assert!(english.contains("source text, not clinically signed off"), "{english}");
        assert!(!english.contains("Puede"), "the English pack has only the English");
    }

    #[test]
    fn signed_messages_say_who_and_when() {
        let en = "a = One\nb = Two\n";
        let es = "a = Uno\nb = Dos\n";
        let mut catalog = Catalog {
            ids: vec!["a".into(), "b".into()],
            locales: vec![locale("en", "shell", en), locale("es", "shell", es)],
        };
        let finder = Finder::default();
        let h = signoff::message_hash(&catalog, &finder, "es", "a").unwrap();
        catalog.locales[1].signoffs.push(Signoff {
            reviewer: "Dr R".into(),
            role: "psychiatrist".into(),
            date: "2025-04-05".into(),
            messages: vec![format!("a:{h}")],
        });
        let page = render(&catalog, &finder, "es", "b", "d").unwrap();
        assert!(
            page.contains("Signed off by Dr R (psychiatrist) on 2025-04-05"),
            "{page}"
        );
        assert!(page.contains("partly reviewed: 1 of 2"), "{page}");
        assert!(readme_status(&catalog, &finder).contains("| Name of es (`es`) | partly reviewed: 1 of 2"));
    }

    /// The workflow end to end: generate the pack, paste its record block into locales.toml
    /// with a name, role and date, load again: the locale is reviewed; edit a text: it is not.
    #[test]
    fn the_pasted_record_signs_the_locale_off() {
        let dir = std::env::temp_dir().join(format!("harbor-review-pack-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let write = |tag: &str, text: &str| {
            std::fs::create_dir_all(dir.join(tag)).unwrap();
            std::fs::write(dir.join(tag).join("shell.ftl"), text).unwrap();
        };
        write("en", "a = One\nb = { $n } left\n");
        write("es", "a = Uno\nb = Quedan { $n }\n");
        let locales = "[[locale]]\ntag = \"en\"\nname = \"English\"\n\n[[locale]]\ntag = \"es\"\nname = \"Español\"\n";
        std::fs::write(dir.join("locales.toml"), locales).unwrap();
        let load = || {
            let mut problems = Vec::new();
            let mut c = crate::i18n::load(&dir, &mut problems);
            assert!(problems.is_empty(), "{problems:#?}");
            signoff::apply(&mut c, &Finder::default());
            c
        };
        let c = load();
        assert!(!c.locales[1].reviewed);
        let page = render(&c, &Finder::default(), "es", "b", "d").unwrap();
        let block = page.split("<pre>").nth(1).unwrap().split("</pre>").next().unwrap();
        let block = block
            .replace("reviewer = \"\"", "reviewer = \"Dr R\"")
            .replace("role = \"\"", "role = \"psychiatrist\"")
            .replace("YYYY-MM-DD", "2025-04-05");
        std::fs::write(dir.join("locales.toml"), format!("{locales}\n{block}\n")).unwrap();
        let c = load();
        assert!(c.locales[1].reviewed, "{block}");
        assert!(!c.locales[0].reviewed, "signing Spanish does not sign English");
        write("es", "a = Uno\nb = Faltan { $n }\n");
        let c = load();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(!c.locales[1].reviewed, "an edited translation is no longer reviewed");
        let page = render(&c, &Finder::default(), "es", "b", "d").unwrap();
        assert!(page.contains("Changed since sign-off by Dr R on 2025-04-05"));
        assert!(page.contains("Signed off by Dr R (psychiatrist) on 2025-04-05"));
    }

    #[test]
    fn screens_follow_the_visitor_not_the_alphabet() {
        let en = [
            ("finder", "f1 = F\n"),
            ("fallback", "x1 = X\n"),
            ("crisis", "c1 = C\n"),
            ("zeta", "z1 = Z\n"),
            ("shell", "## Home\n\ns2 = S\n\n## Bar\n\ns1 = S\ns3 = S\n"),
            ("grounding", "g1 = G\n"),
        ];
        let mut loc = Locale::default();
        for (file, text) in en {
            let l = locale("en", file, text);
            loc.messages.extend(l.messages);
            loc.annotations.extend(l.annotations);
        }
        let catalog = Catalog {
            ids: ["f1", "x1", "c1", "z1", "s1", "s2", "s3", "g1"]
                .map(String::from)
                .to_vec(),
            locales: vec![loc],
        };
        let s = screens(&catalog);
        let files: Vec<&str> = s.iter().map(|s| s.file.as_str()).collect();
        assert_eq!(files, ["shell", "crisis", "fallback", "grounding", "finder", "zeta"]);
        assert_eq!(
            s[0].sections,
            vec![("Home".to_string(), vec!["s2"]), ("Bar".to_string(), vec!["s1", "s3"])]
        );
    }

    #[test]
    fn dates_are_civil() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(19_782), "2024-02-29");
        assert_eq!(
            civil_date(crate::crisis::days_since_epoch((2031, 12, 31))),
            "2031-12-31"
        );
    }

    #[test]
    fn every_real_message_is_in_every_pack() {
        let content = crate::load(&crate::default_data_dir()).unwrap_or_else(|p| panic!("{p:#?}"));
        for loc in &content.i18n.locales {
            let page = render(&content.i18n, &content.finder, &loc.tag, "test", "2025-01-01").unwrap();
            for id in &content.i18n.ids {
                assert!(page.contains(&format!("id=\"msg-{id}\"")), "{}: {id} missing", loc.tag);
            }
            assert!(!page.contains("<script"), "{}", loc.tag);
        }
    }

    #[test]
    fn the_readme_language_table_is_generated_from_the_record() {
        let content = crate::load(&crate::default_data_dir()).unwrap_or_else(|p| panic!("{p:#?}"));
        let readme = std::fs::read_to_string(crate::default_data_dir().join("../README.md")).unwrap();
        let table = readme_status(&content.i18n, &content.finder);
        assert!(
            readme.contains(&table),
            "README.md's language table is out of date; run `cargo xtask review-pack`. It should read:\n{table}"
        );
    }
}
