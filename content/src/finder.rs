//! The approach finder's structure: `data/finder.toml` (questions, answers, weights, evidence
//! lines with their sources). All visitor-facing text lives in the translation files under ids
//! derived from these ids, so a clinician reviews weights here and words there, and every
//! shipped language must have them:
//!
//! | id | when |
//! |---|---|
//! | `finder-q-<question>` | every question |
//! | `finder-a-<question>-<answer>` | every answer |
//! | `finder-why-<question>-<answer>` | answers that give any approach points ("why this came up") |
//! | `finder-evidence-<id>` | every evidence line |
//! | `finder-source-<id>` | every evidence line: its source as named to visitors (the url stays in finder.toml) |
//! | `finder-approach-<a>`, `finder-about-<a>`, `finder-sessions-<a>`, `finder-suits-less-<a>` | every approach: name, what it is, what sessions are like, who it may suit less |
//!
//! A message under one of these prefixes that the data does not call for is reported too, so
//! stale text cannot linger after an answer is removed.

use crate::i18n::Catalog;
use crate::{problem, read, Problem};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// In this order everywhere: the weights array, ties in the ranking, the generated enum.
pub const APPROACHES: &[&str] = &["cbt", "dbt", "psychodynamic"];
pub const MAX_WEIGHT: u8 = 3;
/// The issue asks for 6–10 questions: enough to be useful, short enough for about two minutes.
pub const QUESTION_COUNT: std::ops::RangeInclusive<usize> = 6..=10;
/// GRADE certainty, as the source review states it: the four GRADE levels and nothing else
/// ("uncertain" is how a review words a very-low finding, not a level of its own).
pub const CERTAINTIES: &[&str] = &["high", "moderate", "low", "very-low"];
/// What kind of source a line reports: a systematic review (needs a certainty), a single trial
/// (certainty only if a review rated it), or a guideline (a recommendation, not a finding).
pub const KINDS: &[&str] = &["review", "trial", "guideline"];
pub const AGE_GROUPS: &[&str] = &["any", "adult", "under-18"];
/// Per-approach texts: `finder-<text>-<approach>`.
pub const APPROACH_TEXTS: &[&str] = &["approach", "about", "sessions", "suits-less"];
/// Prefixes of ids derived from the data (see the table above).
const DERIVED_PREFIXES: &[&str] = &[
    "finder-q-",
    "finder-a-",
    "finder-why-",
    "finder-evidence-",
    "finder-source-",
    "finder-approach-",
    "finder-about-",
    "finder-sessions-",
    "finder-suits-less-",
];

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finder {
    #[serde(default, rename = "question")]
    pub questions: Vec<Question>,
    #[serde(default, rename = "evidence")]
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    #[serde(rename = "answer")]
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub id: String,
    /// Points each approach gets from this answer (0..=3). Missing approaches get 0.
    #[serde(default)]
    pub weights: BTreeMap<String, u8>,
    /// Set on the age question's answers (`adult` or `under-18`): which evidence lines apply.
    #[serde(default)]
    pub age_group: Option<String>,
}

impl Answer {
    pub fn weight(&self, approach: &str) -> u8 {
        self.weights.get(approach).copied().unwrap_or(0)
    }
    pub fn moves_anything(&self) -> bool {
        self.weights.values().any(|w| *w > 0)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub id: String,
    pub approach: String,
    /// Which visitors the line is about: any, adult, under-18.
    pub age_group: String,
    pub kind: String,
    /// Required for reviews, allowed for trials, not allowed for guidelines.
    #[serde(default)]
    pub certainty: Option<String>,
    /// Where the source lives. Its visible name is the message `finder-source-<id>`, so every
    /// locale names it in its own words.
    pub url: String,
}

pub fn load(path: &Path, catalog: &Catalog, problems: &mut Vec<Problem>) -> Finder {
    let file = path.display().to_string();
    if !path.exists() {
        problems.push(problem(
            &file,
            "missing: the approach finder's questions and evidence live here",
        ));
        return Finder::default();
    }
    let Some(text) = read(path, problems) else {
        return Finder::default();
    };
    let finder: Finder = match toml::from_str(&text) {
        Ok(f) => f,
        Err(e) => {
            problems.push(problem(&file, e.to_string()));
            return Finder::default();
        }
    };
    check(&finder, catalog, &file, problems);
    finder
}

/// Ids become parts of message ids and Rust names: lower-case words joined by single hyphens.
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
        && s.as_bytes()[0].is_ascii_lowercase()
}

/// The message ids the data calls for, in a stable order.
pub fn text_ids(finder: &Finder) -> Vec<String> {
    let mut ids = Vec::new();
    for q in &finder.questions {
        ids.push(format!("finder-q-{}", q.id));
        for a in &q.answers {
            ids.push(format!("finder-a-{}-{}", q.id, a.id));
            if a.moves_anything() {
                ids.push(format!("finder-why-{}-{}", q.id, a.id));
            }
        }
    }
    for approach in APPROACHES {
        for t in APPROACH_TEXTS {
            ids.push(format!("finder-{t}-{approach}"));
        }
    }
    for e in &finder.evidence {
        ids.push(format!("finder-evidence-{}", e.id));
        ids.push(format!("finder-source-{}", e.id));
    }
    ids
}

pub fn check(finder: &Finder, catalog: &Catalog, file: &str, problems: &mut Vec<Problem>) {
    let mut say = |m: String| problems.push(problem(file, m));
    let n = finder.questions.len();
    if !QUESTION_COUNT.contains(&n) {
        say(format!(
            "the finder has {n} questions; it needs {} to {}",
            QUESTION_COUNT.start(),
            QUESTION_COUNT.end()
        ));
    }
    let mut qids = BTreeSet::new();
    let mut age_questions = Vec::new();
    for q in &finder.questions {
        if !is_id(&q.id) {
            say(format!("question id `{}` must be lower-case words joined by `-`", q.id));
        }
        if !qids.insert(q.id.as_str()) {
            say(format!("question `{}` is defined twice", q.id));
        }
        let mut aids = BTreeSet::new();
        if q.answers.len() < 2 {
            say(format!("question `{}` needs at least two answers", q.id));
        }
        for a in &q.answers {
            if !is_id(&a.id) {
                say(format!(
                    "answer id `{}-{}` must be lower-case words joined by `-`",
                    q.id, a.id
                ));
            }
            if !aids.insert(a.id.as_str()) {
                say(format!("answer `{}-{}` is defined twice", q.id, a.id));
            }
            for (approach, w) in &a.weights {
                if !APPROACHES.contains(&approach.as_str()) {
                    say(format!(
                        "answer `{}-{}` weights unknown approach `{approach}`",
                        q.id, a.id
                    ));
                }
                if *w > MAX_WEIGHT {
                    say(format!("answer `{}-{}`: weight {w} is above {MAX_WEIGHT}", q.id, a.id));
                }
            }
            if let Some(g) = &a.age_group {
                if g != "adult" && g != "under-18" {
                    say(format!(
                        "answer `{}-{}`: age_group must be `adult` or `under-18`, not `{g}`",
                        q.id, a.id
                    ));
                }
            }
        }
        let with_age = q.answers.iter().filter(|a| a.age_group.is_some()).count();
        if with_age > 0 {
            age_questions.push(q.id.as_str());
            if with_age < q.answers.len() {
                say(format!(
                    "question `{}`: every answer of the age question needs an age_group",
                    q.id
                ));
            }
            for g in ["adult", "under-18"] {
                if !q.answers.iter().any(|a| a.age_group.as_deref() == Some(g)) {
                    say(format!("question `{}`: no answer has age_group `{g}`", q.id));
                }
            }
        } else if !q.answers.iter().any(Answer::moves_anything) {
            say(format!(
                "question `{}` changes nothing: no answer gives any approach points",
                q.id
            ));
        }
    }
    match age_questions.len() {
        1 => {}
        0 => say("no question asks the age group (answers with age_group); under-18s need their own evidence".into()),
        _ => say(format!(
            "only one question may set age_group, not {}",
            age_questions.join(", ")
        )),
    }

    let mut eids = BTreeSet::new();
    for e in &finder.evidence {
        if !is_id(&e.id) {
            say(format!("evidence id `{}` must be lower-case words joined by `-`", e.id));
        }
        if !eids.insert(e.id.as_str()) {
            say(format!("evidence `{}` is defined twice", e.id));
        }
        if !APPROACHES.contains(&e.approach.as_str()) {
            say(format!("evidence `{}`: unknown approach `{}`", e.id, e.approach));
        }
        if !KINDS.contains(&e.kind.as_str()) {
            say(format!("evidence `{}`: kind must be one of {}", e.id, KINDS.join(", ")));
        }
        match (e.kind.as_str(), &e.certainty) {
            ("review", None) => say(format!("evidence `{}`: a review needs the certainty it reports", e.id)),
            ("guideline", Some(_)) => say(format!(
                "evidence `{}`: a guideline is a recommendation and has no certainty",
                e.id
            )),
            (_, Some(c)) if !CERTAINTIES.contains(&c.as_str()) => say(format!(
                "evidence `{}`: certainty must be one of {}",
                e.id,
                CERTAINTIES.join(", ")
            )),
            _ => {}
        }
        if !AGE_GROUPS.contains(&e.age_group.as_str()) {
            say(format!("evidence `{}`: unknown age_group `{}`", e.id, e.age_group));
        }
        if !crate::crisis::is_https_url(&e.url) {
            say(format!("evidence `{}` needs an https url for its source", e.id));
        }
    }
    for approach in APPROACHES {
        for group in ["adult", "under-18"] {
            let shown = finder
                .evidence
                .iter()
                .any(|e| e.approach == *approach && (e.age_group == group || e.age_group == "any"));
            if !shown {
                say(format!(
                    "approach `{approach}` has no evidence line for `{group}` visitors"
                ));
            }
        }
        if !finder.questions.is_empty() && !can_come_first(finder, approach) {
            say(format!("no set of answers puts `{approach}` first"));
        }
    }

    let ids = text_ids(finder);
    let mut seen = BTreeSet::new();
    for id in &ids {
        if !seen.insert(id.as_str()) {
            say(format!("two items share the message id `{id}`; rename one"));
        }
        if !catalog.has(id) {
            say(format!("data/i18n/en/ has no message `{id}`"));
        }
    }
    for id in &catalog.ids {
        if DERIVED_PREFIXES.iter().any(|p| id.starts_with(p)) && !seen.contains(id.as_str()) {
            say(format!(
                "data/i18n/en/ has `{id}`, which finder.toml does not call for (stale, or a typo)"
            ));
        }
    }
}

/// Whether some answers (skipping any question) put `approach` strictly first. Greedy: on each
/// question take the answer that best beats the strongest other approach, or skip. A `true`
/// is a witness; the widget's tests check the real answer sets too.
fn can_come_first(finder: &Finder, approach: &str) -> bool {
    let mut totals: BTreeMap<&str, u32> = APPROACHES.iter().map(|a| (*a, 0)).collect();
    for q in &finder.questions {
        let margin = |a: &Answer| {
            let best_other = APPROACHES
                .iter()
                .filter(|o| **o != approach)
                .map(|o| a.weight(o))
                .max()
                .unwrap_or(0);
            i32::from(a.weight(approach)) - i32::from(best_other)
        };
        if let Some(best) = q.answers.iter().filter(|a| margin(a) > 0).max_by_key(|a| margin(a)) {
            for (ap, total) in totals.iter_mut() {
                *total += u32::from(best.weight(ap));
            }
        }
    }
    let mine = totals[approach];
    totals.iter().all(|(ap, t)| *ap == approach || *t < mine)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn answer(id: &str, weights: &[(&str, u8)]) -> Answer {
        Answer {
            id: id.into(),
            weights: weights.iter().map(|(a, w)| (a.to_string(), *w)).collect(),
            age_group: None,
        }
    }

    fn evidence(id: &str, approach: &str, age: &str) -> Evidence {
        Evidence {
            id: id.into(),
            approach: approach.into(),
            age_group: age.into(),
            kind: "review".into(),
            certainty: Some("low".into()),
            url: "https://example.org/review".into(),
        }
    }

    /// Six questions (one per approach twice, the last asking age) and evidence for everyone.
    fn valid() -> Finder {
        let mut questions: Vec<Question> = (0..5)
            .map(|i| Question {
                id: format!("q{i}"),
                answers: vec![
                    answer("x", &[(APPROACHES[i % 3], 2)]),
                    answer("y", &[(APPROACHES[(i + 1) % 3], 1)]),
                ],
            })
            .collect();
        let mut adult = answer("adult", &[]);
        adult.age_group = Some("adult".into());
        let mut young = answer("young", &[("dbt", 1)]);
        young.age_group = Some("under-18".into());
        questions.push(Question {
            id: "age".into(),
            answers: vec![adult, young],
        });
        let evidence = APPROACHES
            .iter()
            .map(|a| evidence(&format!("{a}-any"), a, "any"))
            .collect();
        Finder { questions, evidence }
    }

    fn catalog_for(ids: &[String]) -> Catalog {
        Catalog {
            ids: ids.to_vec(),
            locales: vec![Locale {
                tag: "en".into(),
                name: "English".into(),
                messages: ids.iter().map(|id| (id.clone(), vec![])).collect(),
                ..Default::default()
            }],
        }
    }

    fn problems(f: &Finder, catalog: &Catalog) -> Vec<String> {
        let mut p = Vec::new();
        check(f, catalog, "finder.toml", &mut p);
        p.into_iter().map(|p| p.message).collect()
    }

    fn problems_with_own_text(f: &Finder) -> Vec<String> {
        problems(f, &catalog_for(&text_ids(f)))
    }

    fn assert_reports(p: &[String], needle: &str) {
        assert!(p.iter().any(|m| m.contains(needle)), "expected `{needle}` in {p:#?}");
    }

    #[test]
    fn a_valid_finder_passes() {
        let p = problems_with_own_text(&valid());
        assert!(p.is_empty(), "{p:#?}");
    }

    #[test]
    fn the_real_data_passes() {
        let content = crate::load(&crate::default_data_dir());
        assert!(content.is_ok(), "{:#?}", content.err());
    }

    fn real() -> crate::Content {
        match crate::load(&crate::default_data_dir()) {
            Ok(c) => c,
            Err(p) => panic!("data/ has problems:\n{p:#?}"),
        }
    }

    use crate::i18n::plain_text as plain;

    /// `needle` in `hay` as a word of its own (so "UK" is not found in "Ukraine").
    fn has_word(hay: &str, needle: &str) -> bool {
        hay.match_indices(needle).any(|(i, _)| {
            let before = hay[..i].chars().next_back();
            let after = hay[i + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }

    #[test]
    fn every_evidence_line_has_a_translated_source_label_in_every_locale() {
        let c = real();
        assert!(!c.finder.evidence.is_empty());
        for e in &c.finder.evidence {
            let id = format!("finder-source-{}", e.id);
            for loc in &c.i18n.locales {
                let label = loc.messages.get(&id).map(|p| plain(p)).unwrap_or_default();
                assert!(!label.trim().is_empty(), "{}: no `{id}`", loc.tag);
            }
        }
    }

    /// NICE writes guidance for England, not the whole UK: no finder text, in any language,
    /// may say UK (or Britain), and the guideline lines say England.
    #[test]
    fn no_finder_text_says_uk_and_nice_lines_say_england() {
        const UK: &[&str] = &[
            "UK",
            "U.K.",
            "United Kingdom",
            "Britain",
            "British",
            "Reino Unido",
            "Gran Bretaña",
            "Grã-Bretanha",
            "Royaume-Uni",
            "Grande-Bretagne",
            "britannique",
            "Vereinigte Königreich",
            "Vereinigten Königreich",
            "Vereinigtes Königreich",
            "Großbritannien",
            "britisch",
            "المملكة المتحدة",
            "بريطانيا",
        ];
        const ENGLAND: &[(&str, &str)] = &[
            ("en", "England"),
            ("es", "Inglaterra"),
            ("pt-BR", "Inglaterra"),
            ("fr", "Angleterre"),
            ("de", "England"),
            ("ar", "إنجلترا"),
        ];
        let c = real();
        for loc in &c.i18n.locales {
            for (id, pieces) in loc.messages.iter().filter(|(id, _)| id.starts_with("finder-")) {
                let text = plain(pieces);
                for name in UK {
                    assert!(
                        !has_word(&text.to_lowercase(), &name.to_lowercase()),
                        "{}: `{id}` says {name}: {text}",
                        loc.tag
                    );
                }
            }
            let england = ENGLAND
                .iter()
                .find(|(tag, _)| *tag == loc.tag)
                .unwrap_or_else(|| panic!("add the word for England in `{}`", loc.tag))
                .1;
            let nice = c.finder.evidence.iter().filter(|e| e.kind == "guideline");
            let ids = nice
                .map(|e| format!("finder-evidence-{}", e.id))
                .chain(["finder-kind-guideline".to_string()]);
            for id in ids {
                let text = loc.messages.get(&id).map(|p| plain(p)).unwrap_or_default();
                assert!(
                    text.contains(england),
                    "{}: `{id}` should say {england}: {text}",
                    loc.tag
                );
            }
        }
    }

    /// "Automutilation" (self-mutilation) is a word self-injury services ask French writers to
    /// avoid; Harbor says "comportements auto-agressifs" or gentler words.
    #[test]
    fn no_shipped_french_text_says_automutilation() {
        let c = real();
        let fr = c.i18n.locales.iter().find(|l| l.tag == "fr").expect("French ships");
        // Every .ftl file in data/i18n/fr/ is in the catalog (i18n::load reads the whole folder).
        assert!(fr.messages.len() >= c.i18n.ids.len() / 2, "French looks unloaded");
        let mut bad = Vec::new();
        for (id, pieces) in &fr.messages {
            let text = plain(pieces).to_lowercase().replace(['-', '\u{2011}'], "");
            if text.contains("automutil") {
                bad.push(id.as_str());
            }
        }
        assert!(bad.is_empty(), "French messages saying automutilation: {bad:?}");
    }

    #[test]
    fn every_text_must_exist_and_nothing_stale_may_remain() {
        let f = valid();
        let mut ids = text_ids(&f);
        ids.retain(|id| id != "finder-why-q0-x" && id != "finder-sessions-dbt");
        ids.push("finder-why-q0-gone".into());
        let p = problems(&f, &catalog_for(&ids));
        assert_reports(&p, "no message `finder-why-q0-x`");
        assert_reports(&p, "no message `finder-sessions-dbt`");
        assert_reports(&p, "`finder-why-q0-gone`, which finder.toml does not call for");
    }

    #[test]
    fn an_answer_that_moves_nothing_needs_no_why() {
        let f = valid();
        assert!(!text_ids(&f).contains(&"finder-why-age-adult".to_string()));
        assert!(text_ids(&f).contains(&"finder-why-age-young".to_string()));
    }

    #[test]
    fn weights_and_approaches_are_checked() {
        let mut f = valid();
        f.questions[0].answers[0].weights.insert("cbt".into(), 4);
        f.questions[1].answers[0].weights.insert("art".into(), 1);
        let p = problems_with_own_text(&f);
        assert_reports(&p, "weight 4 is above 3");
        assert_reports(&p, "unknown approach `art`");
    }

    #[test]
    fn question_count_and_useless_questions_are_reported() {
        let mut f = valid();
        f.questions.remove(0);
        assert_reports(&problems_with_own_text(&f), "needs 6 to 10");
        let mut f = valid();
        f.questions[2].answers = vec![answer("a", &[]), answer("b", &[])];
        assert_reports(&problems_with_own_text(&f), "`q2` changes nothing");
    }

    #[test]
    fn exactly_one_complete_age_question() {
        let mut f = valid();
        f.questions[5].answers[1].age_group = None;
        let p = problems_with_own_text(&f);
        assert_reports(&p, "every answer of the age question needs an age_group");
        assert_reports(&p, "no answer has age_group `under-18`");
        let mut f = valid();
        f.questions.pop();
        assert_reports(&problems_with_own_text(&f), "no question asks the age group");
        let mut f = valid();
        f.questions[5].answers[0].age_group = Some("any".into());
        assert_reports(&problems_with_own_text(&f), "must be `adult` or `under-18`");
    }

    #[test]
    fn every_approach_needs_evidence_for_both_age_groups() {
        let mut f = valid();
        f.evidence[1].age_group = "adult".into();
        assert_reports(
            &problems_with_own_text(&f),
            "`dbt` has no evidence line for `under-18` visitors",
        );
    }

    #[test]
    fn certainty_follows_the_kind_of_source() {
        let mut f = valid();
        f.evidence[0].certainty = None;
        f.evidence[1].kind = "guideline".into();
        f.evidence[2].certainty = Some("medium".into());
        let p = problems_with_own_text(&f);
        assert_reports(&p, "a review needs the certainty");
        assert_reports(&p, "a guideline is a recommendation");
        assert_reports(&p, "certainty must be one of");
        let mut f = valid();
        f.evidence[0].kind = "trial".into();
        f.evidence[0].certainty = None;
        f.evidence[1].kind = "blog".into();
        let p = problems_with_own_text(&f);
        assert!(!p.iter().any(|m| m.contains("`cbt-any`")), "{p:#?}");
        assert_reports(&p, "kind must be one of");
    }

    #[test]
    fn certainty_is_a_grade_level_and_nothing_else() {
        assert_eq!(CERTAINTIES, ["high", "moderate", "low", "very-low"]);
        for not_grade in ["uncertain", "unclear", "medium", "Low"] {
            let mut f = valid();
            f.evidence[0].certainty = Some(not_grade.into());
            assert_reports(
                &problems_with_own_text(&f),
                "certainty must be one of high, moderate, low, very-low",
            );
        }
        for grade in CERTAINTIES {
            let mut f = valid();
            f.evidence[0].certainty = Some(grade.to_string());
            let p = problems_with_own_text(&f);
            assert!(p.is_empty(), "{grade}: {p:#?}");
        }
    }

    #[test]
    fn sources_need_an_https_url_and_a_label_in_the_translations() {
        let mut f = valid();
        f.evidence[0].url = "http://example.org/".into();
        assert_reports(&problems_with_own_text(&f), "needs an https url");
        let f = valid();
        let mut ids = text_ids(&f);
        assert!(ids.contains(&"finder-source-cbt-any".to_string()));
        ids.retain(|id| id != "finder-source-cbt-any");
        ids.push("finder-source-gone".into());
        let p = problems(&f, &catalog_for(&ids));
        assert_reports(&p, "no message `finder-source-cbt-any`");
        assert_reports(&p, "`finder-source-gone`, which finder.toml does not call for");
    }

    #[test]
    fn a_source_named_in_finder_toml_is_refused() {
        // Visible words live in the translation files only; a `source = "..."` would ship
        // untranslated in every locale.
        let text = "[[evidence]]\nid = \"x\"\napproach = \"cbt\"\nage_group = \"any\"\nkind = \"trial\"\nsource = \"A trial\"\nurl = \"https://example.org/\"\n";
        let err = toml::from_str::<Finder>(text).unwrap_err().to_string();
        assert!(err.contains("unknown field `source`"), "{err}");
    }

    #[test]
    fn an_approach_that_can_never_come_first_is_reported() {
        let mut f = valid();
        for q in &mut f.questions {
            for a in &mut q.answers {
                if a.weights.remove("psychodynamic").is_some() {
                    a.weights.insert("cbt".into(), 1);
                }
            }
        }
        assert_reports(
            &problems_with_own_text(&f),
            "no set of answers puts `psychodynamic` first",
        );
    }

    #[test]
    fn ids_are_checked_and_derived_ids_must_not_collide() {
        let mut f = valid();
        f.questions[0].id = "Q 0".into();
        assert_reports(&problems_with_own_text(&f), "must be lower-case words");
        // `a` + `b-c` and `a-b` + `c` would both be `finder-a-a-b-c`.
        let mut f = valid();
        f.questions[0].id = "a".into();
        f.questions[0].answers[0].id = "b-c".into();
        f.questions[1].id = "a-b".into();
        f.questions[1].answers[0].id = "c".into();
        assert_reports(&problems_with_own_text(&f), "share the message id `finder-a-a-b-c`");
    }
}
