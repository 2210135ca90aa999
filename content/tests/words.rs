//! Checks of the words themselves (issue 11, "Every word checked"): the things a reviewer found
//! once and that must not come back. Structural checks (every message in every locale, same
//! variables) run at build time in src/i18n.rs; these look at what the messages say.

use harbor_content::i18n::{Catalog, Locale, Piece};

fn catalog() -> Catalog {
    match harbor_content::load(&harbor_content::default_data_dir()) {
        Ok(c) => c.i18n,
        Err(p) => panic!(
            "data/ has problems:\n{}",
            p.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
        ),
    }
}

use harbor_content::i18n::plain_text as plain;

fn text(loc: &Locale, id: &str) -> String {
    loc.messages
        .get(id)
        .map(|p| plain(p))
        .unwrap_or_else(|| panic!("{}: no `{id}`", loc.tag))
}

fn locale<'a>(c: &'a Catalog, tag: &str) -> &'a Locale {
    c.locale(tag).unwrap_or_else(|| panic!("no locale {tag}"))
}

/// Messages added for issue 11: each exists, and is translated, in every locale.
#[test]
fn the_new_messages_are_in_every_locale_and_translated() {
    let c = catalog();
    let ids = [
        "translation-not-reviewed",
        "grounding-breathing-dizzy",
        "finder-result-hope",
        "crisis-directory-iasp",
    ];
    for id in ids {
        let english = text(c.source(), id);
        assert!(!english.trim().is_empty(), "en: `{id}` is empty");
        for loc in &c.locales[1..] {
            let t = text(loc, id);
            assert!(
                !t.trim().is_empty() && t != english,
                "{}: `{id}` is not translated: {t}",
                loc.tag
            );
        }
    }
}

/// The 5-4-3-2-1 "see" ideas never point at the visitor's own body: hands and arms can draw
/// attention to injuries or scars.
#[test]
fn no_see_idea_points_at_the_visitors_body() {
    let c = catalog();
    let body_words: &[(&str, &[&str])] = &[
        ("en", &["hand", "hands", "arm", "arms", "skin", "wrist", "wrists"]),
        ("es", &["mano", "manos", "brazo", "brazos", "piel", "muñeca", "muñecas"]),
        ("pt-BR", &["mão", "mãos", "braço", "braços", "pele", "pulso", "pulsos"]),
        ("fr", &["main", "mains", "bras", "peau", "poignet", "poignets"]),
        (
            "de",
            &["hand", "hände", "arm", "arme", "haut", "handgelenk", "handgelenke"],
        ),
        (
            "ar",
            &["يد", "يداك", "يديك", "ذراع", "ذراعاك", "ذراعيك", "جلد", "جلدك", "معصم"],
        ),
    ];
    for (tag, words) in body_words {
        let loc = locale(&c, tag);
        for id in c.ids.iter().filter(|id| id.starts_with("grounding-senses-see-")) {
            if id.ends_with("-heading") || id.ends_with("-prompt") {
                continue;
            }
            let t = text(loc, id).to_lowercase();
            for w in *words {
                assert!(
                    !t.split(|ch: char| !ch.is_alphanumeric()).any(|word| word == *w),
                    "{tag}: `{id}` mentions `{w}`: {t}"
                );
            }
        }
    }
}

/// Smell and taste ideas lead with things that are not food, and name food at most once (food
/// can be hard for some visitors). Checked on the English source, which the translations follow.
#[test]
fn smell_and_taste_ideas_lead_with_non_food() {
    let c = catalog();
    let en = c.source();
    let food = [
        "food",
        "sweet",
        "fruit",
        "chocolate",
        "snack",
        "meal",
        "coffee",
        "tea",
        "mint",
    ];
    let is_food = |t: &str| {
        let t = t.to_lowercase();
        t.split(|ch: char| !ch.is_alphanumeric()).any(|w| food.contains(&w))
    };
    for sense in ["smell", "taste"] {
        let ideas: Vec<String> = c
            .ids
            .iter()
            .filter(|id| {
                id.strip_prefix(&format!("grounding-senses-{sense}-"))
                    .is_some_and(|n| n.parse::<u32>().is_ok())
            })
            .map(|id| text(en, id))
            .collect();
        assert!(ideas.len() >= 3, "{sense}: {ideas:?}");
        assert!(!is_food(&ideas[0]), "{sense}: the first idea is food: {}", ideas[0]);
        let foods = ideas.iter().filter(|t| is_food(t)).count();
        assert!(foods <= 1, "{sense}: {foods} food ideas: {ideas:?}");
    }
}

/// The English blurbs and the helpline idea don't promise: the exercises may help, urges
/// usually ease, and a helpline has people trained to listen (lines have hours and queues).
#[test]
fn the_english_blurbs_do_not_promise() {
    let c = catalog();
    let en = c.source();
    let grounding = text(en, "home-grounding-blurb");
    assert!(
        grounding.contains("may"),
        "home-grounding-blurb should say the exercises may help: {grounding}"
    );
    let promises = [
        "will listen",
        "someone is there",
        "straight away",
        "right away",
        "immediately",
        "always",
        "rises and passes",
        "will pass",
        "will help",
        "to help you feel",
    ];
    let ids = c
        .ids
        .iter()
        .filter(|id| id.ends_with("-blurb") || id.starts_with("grounding-ideas-") || id.starts_with("grounding-urge-"));
    for id in ids {
        let t = text(en, id).to_lowercase();
        for p in promises {
            assert!(!t.contains(p), "en: `{id}` says \"{p}\": {t}");
        }
    }
}

/// A country's name goes in with no preposition before it in the languages where the
/// preposition (or its article) depends on the name: "in the United Kingdom", "en el Reino
/// Unido", "no Brasil", "au Canada", "in der Schweiz". Arabic "في" fits every name, which
/// carries its own article.
#[test]
fn no_preposition_is_glued_to_a_country_name() {
    let c = catalog();
    let glued: &[(&str, &[&str])] = &[
        ("en", &["in", "for", "to"]),
        ("es", &["en", "para", "de"]),
        ("pt-BR", &["em", "no", "na", "nos", "nas", "para", "de"]),
        ("fr", &["en", "au", "aux", "pour", "de", "du"]),
        ("de", &["in", "im", "in der", "in den", "für"]),
    ];
    for (tag, preps) in glued {
        let loc = locale(&c, tag);
        for (id, pieces) in &loc.messages {
            for (i, p) in pieces.iter().enumerate() {
                if *p != Piece::Var("country".into()) {
                    continue;
                }
                let before = match i.checked_sub(1).map(|j| &pieces[j]) {
                    Some(Piece::Text(t)) => t.trim_end().to_lowercase(),
                    _ => String::new(),
                };
                for prep in *preps {
                    let glued_on = before == *prep || before.ends_with(&format!(" {prep}"));
                    assert!(
                        !glued_on,
                        "{tag}: `{id}` puts \"{prep}\" before the country: {before:?}"
                    );
                }
            }
        }
    }
}

/// Whether a language has been reviewed comes from the sign-off record alone: no `.ftl` file
/// claims a review status by hand.
#[test]
fn no_translation_file_claims_a_review_status() {
    let dir = harbor_content::default_data_dir().join("i18n");
    let mut claims = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("data/i18n") {
        let sub = entry.expect("an entry").path();
        if !sub.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&sub).expect("a locale folder") {
            let path = file.expect("a file").path();
            if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("readable");
            for (n, line) in text.lines().enumerate() {
                let l = line.to_lowercase();
                if line.starts_with('#') && (l.contains("not yet reviewed") || l.contains("reviewed by")) {
                    claims.push(format!("{}:{}: {line}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(claims.is_empty(), "hand-written review claims:\n{}", claims.join("\n"));
}

/// One neutral Spanish: no words used only in Spain, no "vosotros".
#[test]
fn spanish_is_one_neutral_spanish() {
    let c = catalog();
    let es = locale(&c, "es");
    let peninsular = [
        "ordenador",
        "móvil",
        "vosotros",
        "vosotras",
        "vuestro",
        "vuestra",
        "os",
        "coger",
        "añadir",
        "añadido",
        "añade",
    ];
    for (id, pieces) in &es.messages {
        let t = plain(pieces).to_lowercase();
        for w in peninsular {
            assert!(
                !t.split(|ch: char| !ch.is_alphanumeric()).any(|word| word == w),
                "es: `{id}` uses \"{w}\": {t}"
            );
        }
    }
}

/// Translations that once said more, or less, than the English.
#[test]
fn translations_keep_the_meaning_of_the_english() {
    let c = catalog();
    let ar = locale(&c, "ar");
    let lead = text(ar, "crisis-emergency-lead");
    assert!(
        !lead.contains("أقوى منك"),
        "ar: the crisis lead must not say the thoughts are stronger than you"
    );
    for id in ["crisis-emergency-lead", "crisis-emergency-unknown"] {
        assert!(
            !text(ar, id).contains("خطر مباشر"),
            "ar: `{id}` uses the calque for immediate danger"
        );
    }
    for id in c.ids.iter().filter(|id| id.starts_with("grounding-urge-")) {
        let t = text(ar, id);
        if t.contains("رغب") {
            assert!(
                t.contains("ملحّة"),
                "ar: `{id}`: an urge is a رغبة ملحّة, not a wish: {t}"
            );
        }
    }
    let de = text(locale(&c, "de"), "crisis-emergency-lead");
    assert!(
        !de.contains("nehmen könntest"),
        "de: the crisis lead is about acting on thoughts: {de}"
    );
    let fr = locale(&c, "fr");
    assert_ne!(
        text(fr, "crisis-call-backup"),
        "Autre numéro",
        "fr: the backup number must read as a backup"
    );
    assert!(
        text(fr, "grounding-ideas-comfort-4").contains("animal de compagnie"),
        "fr: a pet"
    );
    assert!(
        !text(fr, "finder-evidence-dbt-under-18-nice").contains("il faut"),
        "fr: NICE says consider, not must"
    );
}
