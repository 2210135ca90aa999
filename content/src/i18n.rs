//! Translation files: `data/i18n/<tag>/<feature>.ftl` (Project Fluent syntax) and `data/i18n/locales.toml`
//! (which locales ship, their native names, direction and reviewers' sign-offs: see `signoff`).
//!
//! Every shipped locale must have every English message, with the same variables (the set
//! used anywhere in the message, selectors and all variants included). Anything else is a
//! problem that stops the build: a visitor never meets English in the middle of a translation,
//! or a sentence with a number missing.
//!
//! Supported Fluent: messages, terms (`-name`, inlined), message references (inlined),
//! variables (`{ $count }`) and select expressions on a variable (plural categories via the
//! browser's `Intl.PluralRules`, or exact values). Functions such as NUMBER() are not supported;
//! the build says so rather than silently dropping them.

use crate::signoff::{self, Signoff};
use crate::{problem, read, Problem};
use fluent_syntax::ast;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The language every other locale is checked against, and falls back to.
pub const SOURCE_LOCALE: &str = "en";

#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    Var(String),
    Select {
        var: String,
        variants: Vec<(String, Vec<Piece>)>,
        default: usize,
    },
}

#[derive(Debug, Clone, Default)]
pub struct Locale {
    pub tag: String,
    pub name: String,
    pub rtl: bool,
    /// Every message is signed off at its current text (computed by `signoff::apply` from the
    /// record in locales.toml, never written by hand).
    pub reviewed: bool,
    pub messages: BTreeMap<String, Vec<Piece>>,
    /// Where each message sits and what its author noted, for the review pack.
    pub annotations: BTreeMap<String, Annotation>,
    /// Each file's opening comments (the notes above its first message), by file name
    /// without `.ftl`: conventions for translators, such as the form of address.
    pub file_notes: BTreeMap<String, String>,
    /// Reviewers' sign-offs, as recorded in locales.toml.
    pub signoffs: Vec<Signoff>,
}

/// Where a message sits in its `.ftl` file, and the note written above it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Annotation {
    /// The feature file's name without `.ftl`: `shell`, `crisis`, …
    pub file: String,
    /// The nearest `##` section heading above the message ("" before the first one).
    pub section: String,
    /// The `#` comment directly above the message, lines joined by `\n` ("" if none).
    pub note: String,
    /// The message's position in its file, counting from 0.
    pub position: usize,
}

#[derive(Debug, Clone)]
pub struct Catalog {
    /// Message ids in the order of the source (English) file.
    pub ids: Vec<String>,
    /// Source locale first.
    pub locales: Vec<Locale>,
}

impl Catalog {
    pub fn source(&self) -> &Locale {
        &self.locales[0]
    }
    pub fn has(&self, id: &str) -> bool {
        self.source().messages.contains_key(id)
    }
    pub fn locale(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.tag == tag)
    }
}

#[derive(Deserialize)]
struct LocalesFile {
    locale: Vec<LocaleMeta>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleMeta {
    tag: String,
    name: String,
    #[serde(default)]
    rtl: bool,
    #[serde(default)]
    signoff: Vec<Signoff>,
}

pub fn load(dir: &Path, problems: &mut Vec<Problem>) -> Catalog {
    let meta_path = dir.join("locales.toml");
    let metas = read(&meta_path, problems)
        .and_then(|t| match toml::from_str::<LocalesFile>(&t) {
            Ok(f) => Some(f.locale),
            Err(e) => {
                problems.push(problem(meta_path.display().to_string(), e.to_string()));
                None
            }
        })
        .unwrap_or_default();
    if metas.first().map(|m| m.tag.as_str()) != Some(SOURCE_LOCALE) {
        problems.push(problem(
            meta_path.display().to_string(),
            "the first locale must be `en`, the source language",
        ));
    }
    let mut locales = Vec::new();
    let mut source_text = String::new();
    for meta in metas {
        // Each locale is a folder of .ftl files, one per feature; ids are unique across them.
        let folder = dir.join(&meta.tag);
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
        files.sort();
        if files.is_empty() {
            problems.push(problem(folder.display().to_string(), "no .ftl files"));
        }
        signoff::check_record(&meta.signoff, &meta.tag, &meta_path.display().to_string(), problems);
        let mut messages = BTreeMap::new();
        let mut annotations = BTreeMap::new();
        let mut file_notes = BTreeMap::new();
        for path in files {
            let file = path.display().to_string();
            let Some(text) = read(&path, problems) else {
                continue;
            };
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let parsed = parse_ftl_annotated(&text, &file, problems);
            file_notes.insert(stem.clone(), parsed.header);
            for (id, pieces) in parsed.messages {
                if messages.insert(id.clone(), pieces).is_some() {
                    problems.push(problem(
                        &file,
                        format!("`{id}` is also defined in another file of `{}`", meta.tag),
                    ));
                }
            }
            for (id, mut a) in parsed.annotations {
                a.file = stem.clone();
                annotations.insert(id, a);
            }
            if meta.tag == SOURCE_LOCALE {
                source_text.push_str(&text);
                source_text.push('\n');
            }
        }
        locales.push(Locale {
            tag: meta.tag,
            name: meta.name,
            rtl: meta.rtl,
            reviewed: false,
            messages,
            annotations,
            file_notes,
            signoffs: meta.signoff,
        });
    }
    let ids = match locales.first() {
        Some(src) => source_order(&source_text, src),
        None => Vec::new(),
    };
    let catalog = Catalog { ids, locales };
    check_against_source(&catalog, dir, problems);
    catalog
}

/// Message ids in file order (BTreeMap loses it; views are easier to review in file order).
fn source_order(text: &str, src: &Locale) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut ids = Vec::new();
    for line in text.lines() {
        let Some((id, _)) = line.split_once('=') else {
            continue;
        };
        let id = id.trim();
        if src.messages.contains_key(id) && seen.insert(id.to_string()) {
            ids.push(id.to_string());
        }
    }
    ids
}

/// The `.ftl` file of `tag` that holds (or should hold) `id`: the translation's own file if it
/// has the message, else the file English keeps it in.
fn file_of(catalog: &Catalog, dir: &Path, loc: &Locale, id: &str) -> String {
    let stem = loc
        .annotations
        .get(id)
        .or_else(|| catalog.source().annotations.get(id))
        .map_or("?", |a| a.file.as_str());
    dir.join(&loc.tag).join(format!("{stem}.ftl")).display().to_string()
}

/// Every translation against English: no message English lacks, none missing, and the same
/// variables in each message (compared as the set used anywhere in the message, so a plural
/// variant such as `[one] One step` need not repeat `{ $count }`).
fn check_against_source(catalog: &Catalog, dir: &Path, problems: &mut Vec<Problem>) {
    let Some(src) = catalog.locales.first() else {
        return;
    };
    for loc in &catalog.locales[1..] {
        let tag = &loc.tag;
        for (id, pieces) in &loc.messages {
            let file = file_of(catalog, dir, loc, id);
            let Some(src_pieces) = src.messages.get(id) else {
                problems.push(problem(
                    &file,
                    format!("`{tag}`: `{id}` is not in data/i18n/en/ (a typo, or a message that was removed)"),
                ));
                continue;
            };
            let (english, translated) = (variables(src_pieces), variables(pieces));
            for var in translated.difference(&english) {
                problems.push(problem(
                    &file,
                    format!("`{tag}`: `{id}` uses `${var}`, which the English message does not have"),
                ));
            }
            for var in english.difference(&translated) {
                problems.push(problem(
                    &file,
                    format!("`{tag}`: `{id}` lacks `${var}`, which the English message uses; visitors would miss what it stands for"),
                ));
            }
        }
        for id in &catalog.ids {
            if !loc.messages.contains_key(id) {
                problems.push(problem(
                    file_of(catalog, dir, loc, id),
                    format!("`{tag}` lacks the message `{id}`; every shipped language needs every English message"),
                ));
            }
        }
    }
}

/// A message as plain text, every variant of a choice included (so nothing hides in one), for
/// checks of what the words say; variables show as `{$name}`.
pub fn plain_text(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(v) => out.push_str(&format!("{{${v}}}")),
            Piece::Select { variants, .. } => {
                for (_, v) in variants {
                    out.push_str(&plain_text(v));
                    out.push(' ');
                }
            }
        }
    }
    out
}

pub fn variables(pieces: &[Piece]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    fn walk(pieces: &[Piece], out: &mut BTreeSet<String>) {
        for p in pieces {
            match p {
                Piece::Text(_) => {}
                Piece::Var(v) => {
                    out.insert(v.clone());
                }
                Piece::Select { var, variants, .. } => {
                    out.insert(var.clone());
                    for (_, v) in variants {
                        walk(v, out);
                    }
                }
            }
        }
    }
    walk(pieces, &mut out);
    out
}

/// Parses one `.ftl` file into message id → pieces. Terms and message references are inlined.
pub fn parse_ftl(text: &str, file: &str, problems: &mut Vec<Problem>) -> BTreeMap<String, Vec<Piece>> {
    parse_ftl_annotated(text, file, problems).messages
}

/// One `.ftl` file: its messages, and what a reviewer needs to read them in context.
pub struct ParsedFile {
    pub messages: BTreeMap<String, Vec<Piece>>,
    /// Each message's section, note and position (`Annotation::file` left empty).
    pub annotations: BTreeMap<String, Annotation>,
    /// The comments before the first message, lines joined by `\n`.
    pub header: String,
}

/// `parse_ftl`, keeping sections, notes and the file's opening comments.
pub fn parse_ftl_annotated(text: &str, file: &str, problems: &mut Vec<Problem>) -> ParsedFile {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let line = text[..e.pos.start.min(text.len())].lines().count().max(1);
                problems.push(problem(file, format!("syntax error near line {line}: {:?}", e.kind)));
            }
            r
        }
    };
    let mut terms = BTreeMap::new();
    let mut raw_messages = BTreeMap::new();
    let mut annotations = BTreeMap::new();
    let mut section = String::new();
    let mut header: Vec<String> = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Term(t) => {
                terms.insert(t.id.name.to_string(), &t.value);
            }
            ast::Entry::GroupComment(c) => section = c.content.join(" ").trim().to_string(),
            ast::Entry::Comment(c) | ast::Entry::ResourceComment(c) if annotations.is_empty() => {
                header.extend(c.content.iter().map(|l| l.to_string()));
            }
            ast::Entry::Message(m) => {
                let position = annotations.len();
                annotations.entry(m.id.name.to_string()).or_insert_with(|| Annotation {
                    file: String::new(),
                    section: section.clone(),
                    note: m.comment.as_ref().map(|c| c.content.join("\n")).unwrap_or_default(),
                    position,
                });
                if !m.attributes.is_empty() {
                    problems.push(problem(
                        file,
                        format!("`{}`: attributes are not supported; use a separate message", m.id.name),
                    ));
                }
                match &m.value {
                    Some(v) => {
                        if raw_messages.insert(m.id.name.to_string(), v).is_some() {
                            problems.push(problem(file, format!("`{}` is defined twice", m.id.name)));
                        }
                    }
                    None => problems.push(problem(file, format!("`{}` has no text", m.id.name))),
                }
            }
            _ => {}
        }
    }
    let ctx = Ctx {
        file,
        terms: &terms,
        messages: &raw_messages,
    };
    let mut out = BTreeMap::new();
    for (id, pattern) in &raw_messages {
        let mut pieces = Vec::new();
        ctx.pattern(pattern, &mut pieces, problems, 0);
        out.insert(id.clone(), merge_text(pieces));
    }
    ParsedFile {
        messages: out,
        annotations,
        header: header.join("\n"),
    }
}

struct Ctx<'a> {
    file: &'a str,
    terms: &'a BTreeMap<String, &'a ast::Pattern<&'a str>>,
    messages: &'a BTreeMap<String, &'a ast::Pattern<&'a str>>,
}

impl Ctx<'_> {
    fn pattern(&self, p: &ast::Pattern<&str>, out: &mut Vec<Piece>, problems: &mut Vec<Problem>, depth: u8) {
        if depth > 8 {
            problems.push(problem(self.file, "references nest too deeply (a cycle?)"));
            return;
        }
        for el in &p.elements {
            match el {
                ast::PatternElement::TextElement { value } => out.push(Piece::Text(value.to_string())),
                ast::PatternElement::Placeable { expression } => self.expression(expression, out, problems, depth),
            }
        }
    }

    fn expression(&self, e: &ast::Expression<&str>, out: &mut Vec<Piece>, problems: &mut Vec<Problem>, depth: u8) {
        match e {
            ast::Expression::Inline(inline) => self.inline(inline, out, problems, depth),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    problems.push(problem(self.file, "a select expression must choose on a variable"));
                    return;
                };
                let mut vs = Vec::new();
                let mut default = 0;
                for (i, v) in variants.iter().enumerate() {
                    let key = match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    };
                    if v.default {
                        default = i;
                    }
                    let mut pieces = Vec::new();
                    self.pattern(&v.value, &mut pieces, problems, depth + 1);
                    vs.push((key, merge_text(pieces)));
                }
                out.push(Piece::Select {
                    var: id.name.to_string(),
                    variants: vs,
                    default,
                });
            }
        }
    }

    fn inline(&self, e: &ast::InlineExpression<&str>, out: &mut Vec<Piece>, problems: &mut Vec<Problem>, depth: u8) {
        match e {
            ast::InlineExpression::StringLiteral { value } => out.push(Piece::Text(unescape(value))),
            ast::InlineExpression::NumberLiteral { value } => out.push(Piece::Text(value.to_string())),
            ast::InlineExpression::VariableReference { id } => out.push(Piece::Var(id.name.to_string())),
            ast::InlineExpression::TermReference { id, .. } => match self.terms.get(id.name) {
                Some(p) => self.pattern(p, out, problems, depth + 1),
                None => problems.push(problem(self.file, format!("unknown term `-{}`", id.name))),
            },
            ast::InlineExpression::MessageReference { id, .. } => match self.messages.get(id.name) {
                Some(p) => self.pattern(p, out, problems, depth + 1),
                None => problems.push(problem(self.file, format!("unknown message `{}`", id.name))),
            },
            ast::InlineExpression::Placeable { expression } => self.expression(expression, out, problems, depth),
            ast::InlineExpression::FunctionReference { id, .. } => {
                problems.push(problem(self.file, format!("function `{}()` is not supported", id.name)))
            }
        }
    }
}

fn unescape(s: &str) -> String {
    s.replace("\\\"", "\"").replace("\\\\", "\\")
}

/// Joins neighbouring text pieces so the widget walks fewer pieces.
fn merge_text(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for p in pieces {
        match (out.last_mut(), p) {
            (Some(Piece::Text(a)), Piece::Text(b)) => a.push_str(&b),
            (_, p) => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> (BTreeMap<String, Vec<Piece>>, Vec<Problem>) {
        let mut problems = Vec::new();
        let m = parse_ftl(src, "t.ftl", &mut problems);
        (m, problems)
    }

    #[test]
    fn parses_text_variables_terms_and_selects() {
        let (m, p) = parse(
            "-brand = Harbor\nhello = Hi { $name }, this is { -brand }.\nsteps = { $n ->\n  [one] One step\n *[other] { $n } steps\n}\n",
        );
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(
            m["hello"],
            vec![
                Piece::Text("Hi ".into()),
                Piece::Var("name".into()),
                Piece::Text(", this is Harbor.".into())
            ]
        );
        match &m["steps"][0] {
            Piece::Select { var, variants, default } => {
                assert_eq!(var, "n");
                assert_eq!(variants.len(), 2);
                assert_eq!(*default, 1);
                assert_eq!(variants[0].0, "one");
            }
            other => panic!("expected a select, got {other:?}"),
        }
    }

    #[test]
    fn reports_syntax_errors_and_functions() {
        let (_, p) = parse("good = fine\nbad = { $x\n");
        assert!(p.iter().any(|p| p.message.contains("syntax error")), "{p:?}");
        let (_, p) = parse("n = { NUMBER($x) }\n");
        assert!(p.iter().any(|p| p.message.contains("not supported")), "{p:?}");
    }

    /// Loads a two-locale data/i18n folder written to a fresh temporary directory.
    fn load_pair(name: &str, en: &str, es: &str) -> (Catalog, Vec<String>) {
        let dir = std::env::temp_dir().join(format!("harbor-i18n-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (tag, text) in [("en", en), ("es", es)] {
            std::fs::create_dir_all(dir.join(tag)).unwrap();
            std::fs::write(dir.join(tag).join("shell.ftl"), text).unwrap();
        }
        std::fs::write(
            dir.join("locales.toml"),
            "[[locale]]\ntag = \"en\"\nname = \"English\"\n\n[[locale]]\ntag = \"es\"\nname = \"Español\"\n",
        )
        .unwrap();
        let mut problems = Vec::new();
        let catalog = load(&dir, &mut problems);
        let _ = std::fs::remove_dir_all(&dir);
        (catalog, problems.iter().map(|p| p.to_string()).collect())
    }

    const EN: &str = "title = Support\nstep-of = Step { $step } of { $total }\n";

    #[test]
    fn a_complete_translation_passes() {
        let (catalog, p) = load_pair(
            "complete",
            EN,
            "title = Apoyo\nstep-of = Paso { $step } de { $total }\n",
        );
        assert!(p.is_empty(), "{p:#?}");
        assert_eq!(catalog.ids, ["title", "step-of"]);
    }

    #[test]
    fn a_missing_message_is_a_problem_naming_locale_file_and_id() {
        let (_, p) = load_pair("missing", EN, "step-of = Paso { $step } de { $total }\n");
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(p[0].contains("es/shell.ftl"), "{}", p[0]);
        assert!(p[0].contains("`es` lacks the message `title`"), "{}", p[0]);
    }

    #[test]
    fn an_extra_variable_is_a_problem() {
        let (_, p) = load_pair(
            "extra",
            EN,
            "title = Apoyo, { $name }\nstep-of = Paso { $step } de { $total }\n",
        );
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(p[0].contains("es/shell.ftl"), "{}", p[0]);
        assert!(p[0].contains("`es`: `title` uses `$name`"), "{}", p[0]);
    }

    #[test]
    fn a_missing_variable_is_a_problem() {
        let (_, p) = load_pair("lacks", EN, "title = Apoyo\nstep-of = Paso { $step }\n");
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(p[0].contains("es/shell.ftl"), "{}", p[0]);
        assert!(p[0].contains("`es`: `step-of` lacks `$total`"), "{}", p[0]);
    }

    #[test]
    fn variables_are_compared_over_the_whole_message_not_each_variant() {
        // English names $n in one variant only; the translation in the selector and both.
        let en = "left = { $n ->\n  [one] One minute left\n *[other] { $n } minutes left\n}\n";
        let es = "left = { $n ->\n  [one] Queda { $n } minuto\n *[other] Quedan { $n } minutos\n}\n";
        let (_, p) = load_pair("variants", en, es);
        assert!(p.is_empty(), "{p:#?}");
        // A selector on a variable English lacks is still an extra variable.
        let es = "left = { $m ->\n  [one] Queda { $n } minuto\n *[other] Quedan { $n } minutos\n}\n";
        let (_, p) = load_pair("variants-bad", en, es);
        assert!(p.iter().any(|p| p.contains("uses `$m`")), "{p:#?}");
    }

    #[test]
    fn sections_and_notes_are_kept_for_reviewers() {
        let (catalog, p) = load_pair(
            "notes",
            "## Home\n\n# Shown first.\ntitle = Support\n\n## Steps\n\nstep-of = Step { $step } of { $total }\n",
            "title = Apoyo\n# Nota.\nstep-of = Paso { $step } de { $total }\n",
        );
        assert!(p.is_empty(), "{p:#?}");
        let en = &catalog.source().annotations;
        assert_eq!(
            (en["title"].section.as_str(), en["title"].note.as_str()),
            ("Home", "Shown first.")
        );
        assert_eq!((en["step-of"].section.as_str(), en["step-of"].position), ("Steps", 1));
        assert_eq!(en["title"].file, "shell");
        assert_eq!(catalog.locales[1].annotations["step-of"].note, "Nota.");
        let p = parse_ftl_annotated(
            "# One.\n# Two.\n\n# Three.\n\na = b\n# Not a header.\n\nc = d\n",
            "t",
            &mut Vec::new(),
        );
        assert_eq!(p.header, "One.\nTwo.\nThree.");
    }

    #[test]
    fn reports_duplicates() {
        let (_, p) = parse("a = one\na = two\n");
        assert!(p.iter().any(|p| p.message.contains("twice")), "{p:?}");
    }
}
