//! Reviewers' sign-offs, recorded in `data/i18n/locales.toml` (the file's header comment shows
//! the format), and what they cover today.
//!
//! A reviewer approves messages at a given text. Each message has a short hash of that text
//! (`message_hash`); a sign-off lists `"id:hash"` for every message it approves. A message counts
//! as signed off only while some sign-off lists it with its current hash: edit the English or
//! the translation and it is "changed since sign-off" until someone signs it again. A locale is
//! reviewed only when every message is signed off at its current text; `Locale::reviewed`, and
//! from it the widget's `LocaleMeta::reviewed`, comes from here and nowhere else.

use crate::codegen::{encode_pieces, fingerprint};
use crate::finder::Finder;
use crate::i18n::{Catalog, Locale, SOURCE_LOCALE};
use crate::{problem, Problem};
use serde::Deserialize;
use std::collections::BTreeSet;

/// One `[[locale.signoff]]` table.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signoff {
    /// Who reviewed, as they want to be named.
    pub reviewer: String,
    /// Their standing for this review, e.g. "clinical psychologist, native speaker of Spanish".
    pub role: String,
    /// When they signed, `YYYY-MM-DD`.
    pub date: String,
    /// `"message-id:hash"` for each message they approve, as printed in the review pack.
    pub messages: Vec<String>,
}

impl Signoff {
    /// The hash this sign-off approved for `id`, if it covers `id` at all.
    pub fn hash_for(&self, id: &str) -> Option<&str> {
        self.messages.iter().find_map(|e| {
            let (i, h) = e.split_once(':')?;
            (i == id).then_some(h)
        })
    }
}

/// Where a message stands with its reviewers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Status<'a> {
    /// Signed off at the current text (the most recent such sign-off).
    Signed(&'a Signoff),
    /// Signed off once, but the text has changed since (the most recent sign-off naming it).
    Changed(&'a Signoff),
    /// No sign-off names it.
    Unsigned,
}

/// The short hash of what a reviewer approves for message `id` in locale `tag`: FNV-1a
/// (`codegen::fingerprint`, 8 hex digits) over these lines, joined by `\n`:
///
/// 1. the English message, in the encoding of the shipped translation files (`codegen`:
///    text with `\ { } |` and newlines escaped, `{var}`, `{var|key:…|*key:…}`);
/// 2. for a translation, the translated message in the same encoding (the English pack has
///    only line 1);
/// 3. for `finder-evidence-<id>`, the evidence line's URL, kind and certainty from
///    `data/finder.toml`, as `url|kind|certainty`: the sentence was approved as a fair summary
///    of that source. (The source's name is its own message, `finder-source-<id>`.)
///
/// So a change to either text (or to the source behind an evidence line) changes the hash;
/// translators' comments do not, since visitors never see them. `None` if either text is absent.
pub fn message_hash(catalog: &Catalog, finder: &Finder, tag: &str, id: &str) -> Option<String> {
    let english = catalog.source().messages.get(id)?;
    let mut input = String::new();
    encode_pieces(&mut input, english);
    if tag != SOURCE_LOCALE {
        let translated = catalog.locale(tag)?.messages.get(id)?;
        input.push('\n');
        encode_pieces(&mut input, translated);
    }
    if let Some(e) = id
        .strip_prefix("finder-evidence-")
        .and_then(|e| finder.evidence.iter().find(|x| x.id == e))
    {
        input.push('\n');
        input.push_str(&[e.url.as_str(), &e.kind, e.certainty.as_deref().unwrap_or("")].join("|"));
    }
    Some(fingerprint(input.as_bytes()))
}

/// Where message `id` of `loc` stands, given its current `hash`.
pub fn status<'a>(loc: &'a Locale, id: &str, hash: &str) -> Status<'a> {
    // The most recent date wins; among equal dates, the later entry in the file.
    let latest = |matching: &dyn Fn(&str) -> bool| {
        loc.signoffs
            .iter()
            .filter(|s| s.hash_for(id).is_some_and(matching))
            .max_by(|a, b| a.date.cmp(&b.date))
    };
    if let Some(s) = latest(&|h| h == hash) {
        Status::Signed(s)
    } else if let Some(s) = latest(&|_| true) {
        Status::Changed(s)
    } else {
        Status::Unsigned
    }
}

/// How many of the catalog's messages `tag` has signed off at their current text.
pub fn signed_count(catalog: &Catalog, finder: &Finder, tag: &str) -> usize {
    let Some(loc) = catalog.locale(tag) else {
        return 0;
    };
    catalog
        .ids
        .iter()
        .filter(|id| {
            message_hash(catalog, finder, tag, id).is_some_and(|h| matches!(status(loc, id, &h), Status::Signed(_)))
        })
        .count()
}

/// Sets each locale's `reviewed`: every message signed off at its current text.
pub fn apply(catalog: &mut Catalog, finder: &Finder) {
    let reviewed: Vec<bool> = catalog
        .locales
        .iter()
        .map(|l| !catalog.ids.is_empty() && signed_count(catalog, finder, &l.tag) == catalog.ids.len())
        .collect();
    for (loc, r) in catalog.locales.iter_mut().zip(reviewed) {
        loc.reviewed = r;
    }
}

/// The record's own shape: a named reviewer and role, a real past date, and `id:hash` entries
/// with 8 hex digits, each id once. (An id that no longer exists is harmless: it covers nothing.)
pub fn check_record(signoffs: &[Signoff], tag: &str, file: &str, problems: &mut Vec<Problem>) {
    for (n, s) in signoffs.iter().enumerate() {
        let mut say = |m: String| problems.push(problem(file, format!("`{tag}` sign-off {}: {m}", n + 1)));
        if s.reviewer.trim().is_empty() || s.role.trim().is_empty() {
            say("needs the reviewer's name and role".into());
        }
        match crate::crisis::parse_date(&s.date) {
            Some(d) if crate::crisis::days_since_epoch(d) <= crate::crisis::today() => {}
            Some(_) => say(format!("date {} is in the future", s.date)),
            None => say(format!("date `{}` must be YYYY-MM-DD", s.date)),
        }
        if s.messages.is_empty() {
            say("lists no messages".into());
        }
        let mut seen = BTreeSet::new();
        for entry in &s.messages {
            let ok = entry.split_once(':').is_some_and(|(id, h)| {
                !id.is_empty() && h.len() == 8 && h.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            });
            if !ok {
                say(format!(
                    "`{entry}` should be `message-id:hash` with the 8-digit hash from the review pack"
                ));
            } else if let Some((id, _)) = entry.split_once(':') {
                if !seen.insert(id) {
                    say(format!("`{id}` is listed twice"));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finder::Evidence;
    use crate::i18n::parse_ftl;

    fn locale(tag: &str, ftl: &str) -> Locale {
        let mut problems = Vec::new();
        let messages = parse_ftl(ftl, "t.ftl", &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        Locale {
            tag: tag.into(),
            name: tag.into(),
            messages,
            ..Default::default()
        }
    }

    fn catalog(en: &str, es: &str) -> Catalog {
        let locales = vec![locale("en", en), locale("es", es)];
        let ids = locales[0].messages.keys().cloned().collect();
        Catalog { ids, locales }
    }

    const EN: &str = "title = Support\nstep-of = Step { $step } of { $total }\n";
    const ES: &str = "title = Apoyo\nstep-of = Paso { $step } de { $total }\n";

    /// A sign-off of every message of `tag` at its current text.
    fn sign_all(c: &Catalog, f: &Finder, tag: &str, who: &str, date: &str) -> Signoff {
        Signoff {
            reviewer: who.into(),
            role: "clinical psychologist".into(),
            date: date.into(),
            messages: c
                .ids
                .iter()
                .map(|id| format!("{id}:{}", message_hash(c, f, tag, id).unwrap()))
                .collect(),
        }
    }

    fn signed_then(edit: impl Fn(&mut Catalog)) -> Catalog {
        let f = Finder::default();
        let mut c = catalog(EN, ES);
        let s = sign_all(&c, &f, "es", "A. Reviewer", "2025-01-10");
        c.locales[1].signoffs.push(s);
        apply(&mut c, &f);
        assert!(c.locales[1].reviewed, "fully signed");
        edit(&mut c);
        apply(&mut c, &f);
        c
    }

    fn status_of(c: &Catalog, tag: &str, id: &str) -> String {
        let loc = c.locale(tag).unwrap();
        let h = message_hash(c, &Finder::default(), tag, id).unwrap();
        match status(loc, id, &h) {
            Status::Signed(s) => format!("signed by {}", s.reviewer),
            Status::Changed(s) => format!("changed since {}", s.reviewer),
            Status::Unsigned => "unsigned".into(),
        }
    }

    #[test]
    fn nothing_signed_means_not_reviewed() {
        let mut c = catalog(EN, ES);
        apply(&mut c, &Finder::default());
        assert!(!c.locales[0].reviewed && !c.locales[1].reviewed);
        assert_eq!(status_of(&c, "es", "title"), "unsigned");
    }

    #[test]
    fn changing_a_translation_marks_that_message_unreviewed() {
        let c = signed_then(|c| {
            let mut p = Vec::new();
            c.locales[1].messages = parse_ftl("title = Ayuda\nstep-of = Paso { $step } de { $total }\n", "t", &mut p);
        });
        assert!(!c.locales[1].reviewed);
        assert_eq!(status_of(&c, "es", "title"), "changed since A. Reviewer");
        assert_eq!(status_of(&c, "es", "step-of"), "signed by A. Reviewer");
        assert_eq!(signed_count(&c, &Finder::default(), "es"), 1);
    }

    #[test]
    fn changing_the_english_marks_the_translation_unreviewed_too() {
        let c = signed_then(|c| {
            let mut p = Vec::new();
            c.locales[0].messages = parse_ftl("title = Help\nstep-of = Step { $step } of { $total }\n", "t", &mut p);
        });
        assert!(!c.locales[1].reviewed);
        assert_eq!(status_of(&c, "es", "title"), "changed since A. Reviewer");
    }

    #[test]
    fn a_newer_sign_off_at_the_new_text_counts() {
        let f = Finder::default();
        let mut c = signed_then(|c| {
            let mut p = Vec::new();
            c.locales[1].messages = parse_ftl("title = Ayuda\nstep-of = Paso { $step } de { $total }\n", "t", &mut p);
        });
        let again = sign_all(&c, &f, "es", "B. Reviewer", "2025-03-01");
        c.locales[1].signoffs.push(again);
        apply(&mut c, &f);
        assert!(c.locales[1].reviewed);
        assert_eq!(status_of(&c, "es", "title"), "signed by B. Reviewer");
    }

    #[test]
    fn the_hash_covers_both_texts_and_an_evidence_lines_source() {
        let mut f = Finder::default();
        let c = catalog(
            "finder-evidence-x = May help.\ntitle = Support\n",
            "finder-evidence-x = Puede ayudar.\ntitle = Apoyo\n",
        );
        let en_only = message_hash(&c, &f, "en", "title").unwrap();
        let es = message_hash(&c, &f, "es", "title").unwrap();
        assert_ne!(en_only, es, "the translation's hash includes the translation");
        assert_eq!(es.len(), 8);
        f.evidence.push(Evidence {
            id: "x".into(),
            approach: "cbt".into(),
            age_group: "any".into(),
            kind: "review".into(),
            certainty: Some("low".into()),
            url: "https://example.org/a".into(),
        });
        let before = message_hash(&c, &f, "es", "finder-evidence-x").unwrap();
        f.evidence[0].certainty = Some("moderate".into());
        let moderate = message_hash(&c, &f, "es", "finder-evidence-x").unwrap();
        assert_ne!(before, moderate);
        f.evidence[0].url = "https://example.org/b".into();
        assert_ne!(moderate, message_hash(&c, &f, "es", "finder-evidence-x").unwrap());
        assert_eq!(message_hash(&c, &f, "es", "missing"), None);
    }

    #[test]
    fn a_malformed_record_is_reported() {
        let mut p = Vec::new();
        let bad = Signoff {
            reviewer: "".into(),
            role: "".into(),
            date: "2025-13-01".into(),
            messages: vec!["title".into(), "a:xyz".into(), "b:0123abcd".into(), "b:0123abcd".into()],
        };
        check_record(&[bad], "es", "locales.toml", &mut p);
        let p: Vec<String> = p.into_iter().map(|p| p.message).collect();
        for needle in [
            "name and role",
            "YYYY-MM-DD",
            "`title` should be",
            "`a:xyz` should be",
            "`b` is listed twice",
        ] {
            assert!(p.iter().any(|m| m.contains(needle)), "{needle}: {p:#?}");
        }
        let mut p = Vec::new();
        let future = Signoff {
            reviewer: "R".into(),
            role: "r".into(),
            date: "2999-01-01".into(),
            messages: vec!["b:0123abcd".into()],
        };
        check_record(&[future], "es", "locales.toml", &mut p);
        assert!(p.iter().any(|p| p.message.contains("in the future")), "{p:?}");
    }

    #[test]
    fn the_widget_flag_follows_the_record_and_never_marks_english() {
        let f = Finder::default();
        let mut c = catalog(EN, ES);
        apply(&mut c, &f);
        let code = crate::codegen::i18n(&c);
        assert!(
            code.contains(r#"tag: "en", name: "en", rtl: false, reviewed: true"#),
            "{code}"
        );
        assert!(
            code.contains(r#"tag: "es", name: "es", rtl: false, reviewed: false"#),
            "{code}"
        );
        let s = sign_all(&c, &f, "es", "A. Reviewer", "2025-01-10");
        c.locales[1].signoffs.push(s);
        apply(&mut c, &f);
        assert!(crate::codegen::i18n(&c).contains(r#"tag: "es", name: "es", rtl: false, reviewed: true"#));
    }

    #[test]
    fn the_real_record_parses_and_decides_reviewed() {
        let content = crate::load(&crate::default_data_dir()).unwrap_or_else(|p| panic!("{p:#?}"));
        for loc in &content.i18n.locales {
            let signed = signed_count(&content.i18n, &content.finder, &loc.tag);
            assert_eq!(loc.reviewed, signed == content.i18n.ids.len(), "{}", loc.tag);
        }
    }
}
