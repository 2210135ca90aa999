//! The approach finder's structure: `data/finder.toml` (questions, answers, weights, evidence
//! lines with their sources). All visitor-facing text lives in the translation files under ids
//! derived from these ids (`finder-q-<question>`, `finder-a-<question>-<answer>`,
//! `finder-why-<question>-<answer>`, `finder-evidence-<id>`), so a clinician reviews weights
//! here and words there, and every shipped language must have them.

use crate::i18n::Catalog;
use crate::{problem, read, Problem};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;

pub const APPROACHES: &[&str] = &["cbt", "dbt", "psychodynamic"];
pub const MAX_WEIGHT: u8 = 3;
pub const CERTAINTIES: &[&str] = &["high", "moderate", "low", "very-low", "uncertain"];
pub const AGE_GROUPS: &[&str] = &["any", "adult", "under-18"];

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
    pub weights: std::collections::BTreeMap<String, u8>,
    /// Set on the age question's answers: which evidence lines apply.
    #[serde(default)]
    pub age_group: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub id: String,
    pub approach: String,
    /// Which visitors the line is about: any, adult, under-18.
    pub age_group: String,
    pub certainty: String,
    /// How the source is named to visitors, e.g. "Cochrane review, Witt et al. 2021".
    pub source: String,
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

pub fn check(finder: &Finder, catalog: &Catalog, file: &str, problems: &mut Vec<Problem>) {
    let mut say = |m: String| problems.push(problem(file, m));
    let mut need_text = Vec::new();
    let mut qids = BTreeSet::new();
    if finder.questions.is_empty() {
        say("the finder needs questions".into());
    }
    for q in &finder.questions {
        if !qids.insert(q.id.as_str()) {
            say(format!("question `{}` is defined twice", q.id));
        }
        need_text.push(format!("finder-q-{}", q.id));
        let mut aids = BTreeSet::new();
        if q.answers.len() < 2 {
            say(format!("question `{}` needs at least two answers", q.id));
        }
        for a in &q.answers {
            if !aids.insert(a.id.as_str()) {
                say(format!("answer `{}-{}` is defined twice", q.id, a.id));
            }
            need_text.push(format!("finder-a-{}-{}", q.id, a.id));
            if a.weights.values().any(|w| *w > 0) {
                need_text.push(format!("finder-why-{}-{}", q.id, a.id));
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
                if !AGE_GROUPS.contains(&g.as_str()) {
                    say(format!("answer `{}-{}`: unknown age_group `{g}`", q.id, a.id));
                }
            }
        }
    }
    for approach in APPROACHES {
        need_text.push(format!("finder-approach-{approach}"));
        if !finder.evidence.iter().any(|e| e.approach == *approach) {
            say(format!("approach `{approach}` has no evidence line"));
        }
    }
    let mut eids = BTreeSet::new();
    for e in &finder.evidence {
        if !eids.insert(e.id.as_str()) {
            say(format!("evidence `{}` is defined twice", e.id));
        }
        need_text.push(format!("finder-evidence-{}", e.id));
        if !APPROACHES.contains(&e.approach.as_str()) {
            say(format!("evidence `{}`: unknown approach `{}`", e.id, e.approach));
        }
        if !CERTAINTIES.contains(&e.certainty.as_str()) {
            say(format!(
                "evidence `{}`: certainty must be one of {}",
                e.id,
                CERTAINTIES.join(", ")
            ));
        }
        if !AGE_GROUPS.contains(&e.age_group.as_str()) {
            say(format!("evidence `{}`: unknown age_group `{}`", e.id, e.age_group));
        }
        if e.source.trim().is_empty() || !crate::crisis::is_https_url(&e.url) {
            say(format!("evidence `{}` needs a named source and an https url", e.id));
        }
    }
    for id in need_text {
        if !catalog.has(&id) {
            say(format!("data/i18n/en/ has no message `{id}`"));
        }
    }
}
