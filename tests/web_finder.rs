//! Tier 2: "Find an approach" rendered by Yew in headless Chromium (`cargo xtask test --only wasm`).
#![cfg(target_arch = "wasm32")]

use harbor_widget::config::{Config, Contact, Module};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{click, mount, text};

/// Answer indices that put psychodynamic therapy first (see data/finder.toml): open, no,
/// understand, past, one-to-one, about one session, about a year, 18 or over.
const PSYCHODYNAMIC: [Option<usize>; 8] = [Some(1), Some(1), Some(1), Some(1), Some(1), Some(0), Some(1), Some(1)];
/// Everything "Not sure" except "under 18".
const ONLY_UNDER_18: [Option<usize>; 8] = [None, None, None, None, None, None, None, Some(0)];

/// Harbor with only the finder on the home screen, opened at the finder's intro.
async fn open_finder(config: Config) -> Element {
    let root = mount(Config {
        modules: vec![Module::Finder],
        ..config
    })
    .await;
    click(&root, ".hb-card").await;
    root
}

/// Chooses answer `i` and presses Next, or presses "Not sure" for `None`.
async fn answer(root: &Element, choice: Option<usize>) {
    match choice {
        Some(i) => {
            click(root, &format!(".hb-finder-choice:nth-child({}) input", i + 1)).await;
            click(root, ".hb-finder-next").await;
        }
        None => click(root, ".hb-finder-not-sure").await,
    }
}

async fn complete(root: &Element, answers: &[Option<usize>]) {
    click(root, ".hb-finder-start").await;
    for a in answers {
        answer(root, *a).await;
    }
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn all_text(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn radios(root: &Element) -> Vec<HtmlInputElement> {
    let list = root.query_selector_all("input[type=radio]").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

fn checked(root: &Element) -> Vec<bool> {
    radios(root).iter().map(|r| r.checked()).collect()
}

fn focused() -> Element {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .expect("something has focus")
}

fn progress(root: &Element) -> String {
    one(root, ".hb-progress-text").text_content().unwrap()
}

#[wasm_bindgen_test]
async fn intro_says_what_it_is_how_long_that_answers_stay_and_where_help_is() {
    let root = open_finder(Config::default()).await;
    let t = text(&one(&root, ".hb-finder-intro"));
    assert!(t.contains("about two minutes"), "{t}");
    assert!(t.contains("not saved or sent"), "{t}");
    assert!(t.contains("Get help now"), "{t}");
    assert!(t.contains("doesn't diagnose"), "{t}");
    assert!(root.query_selector("input[type=radio]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_question_is_a_labelled_radio_group_with_progress_and_takes_focus() {
    let root = open_finder(Config::default()).await;
    click(&root, ".hb-finder-start").await;
    assert_eq!(progress(&root), "Question 1 of 8");
    let legend = one(&root, "fieldset > legend");
    assert_eq!(
        legend.text_content().unwrap(),
        "What would you like your sessions to be like?"
    );
    let f = focused();
    assert!(
        f.class_name().contains("hb-finder-heading"),
        "focus is on {}",
        f.outer_html()
    );
    assert_eq!(f.text_content().unwrap(), legend.text_content().unwrap());
    // Each radio has its own label.
    let rs = radios(&root);
    assert_eq!(rs.len(), 2);
    for r in &rs {
        let labels = r.labels().unwrap();
        assert_eq!(labels.length(), 1);
        assert!(!labels.item(0).unwrap().text_content().unwrap().is_empty());
    }
    assert_eq!(checked(&root), [false, false]);
    assert!(
        root.query_selector(".hb-finder-back").unwrap().is_none(),
        "nothing before question 1"
    );

    answer(&root, Some(0)).await;
    assert_eq!(progress(&root), "Question 2 of 8");
    assert_eq!(
        focused().text_content().unwrap(),
        one(&root, "legend").text_content().unwrap()
    );
    assert_eq!(
        checked(&root),
        [false, false],
        "a new question starts with nothing chosen"
    );
}

#[wasm_bindgen_test]
async fn next_without_a_choice_explains_and_stays() {
    let root = open_finder(Config::default()).await;
    click(&root, ".hb-finder-start").await;
    click(&root, ".hb-finder-next").await;
    assert_eq!(progress(&root), "Question 1 of 8");
    let hint = one(&root, "#hb-finder-hint");
    assert!(hint.text_content().unwrap().contains("Not sure"));
    assert_eq!(
        one(&root, "fieldset").get_attribute("aria-describedby").as_deref(),
        Some("hb-finder-hint")
    );
}

#[wasm_bindgen_test]
async fn not_sure_skips_and_back_shows_earlier_answers() {
    let root = open_finder(Config::default()).await;
    click(&root, ".hb-finder-start").await;
    answer(&root, Some(1)).await;
    answer(&root, None).await;
    assert_eq!(progress(&root), "Question 3 of 8");
    click(&root, ".hb-finder-back").await;
    assert_eq!(progress(&root), "Question 2 of 8");
    assert_eq!(checked(&root), [false, false], "Not sure leaves nothing chosen");
    click(&root, ".hb-finder-back").await;
    assert_eq!(progress(&root), "Question 1 of 8");
    assert_eq!(checked(&root), [false, true]);
}

#[wasm_bindgen_test]
async fn result_ranks_all_three_and_explains_with_the_visitors_own_answers() {
    let root = open_finder(Config::default()).await;
    complete(&root, &PSYCHODYNAMIC).await;
    let f = focused();
    assert_eq!(f.text_content().unwrap(), "What might suit you");
    assert_eq!(
        all_text(&root, ".hb-finder-approach-name"),
        [
            "Psychodynamic therapy",
            "CBT (cognitive behavioural therapy)",
            "DBT (dialectical behaviour therapy)"
        ]
    );
    let cards: Vec<Element> = {
        let l = root.query_selector_all(".hb-finder-approach").unwrap();
        (0..l.length())
            .map(|i| l.item(i).unwrap().dyn_into().unwrap())
            .collect()
    };
    // Psychodynamic: every answer but "18 or over" (which moves nothing) gave it points.
    let reasons = all_text(&cards[0], ".hb-finder-reasons li");
    assert_eq!(reasons.len(), 7, "{reasons:?}");
    assert!(reasons.contains(&"You'd like to understand where your feelings come from.".to_string()));
    // CBT: only "one-to-one" and "about one session a week".
    assert_eq!(
        all_text(&cards[1], ".hb-finder-reasons li"),
        [
            "You'd rather see a therapist on your own.",
            "You'd like about one session a week."
        ]
    );
    // DBT: only "about a year".
    assert_eq!(
        all_text(&cards[2], ".hb-finder-reasons li"),
        ["You're open to therapy lasting about a year, or longer."]
    );
    // Each card: what it is, sessions, evidence with a named source, who it may suit less.
    for card in &cards {
        let t = text(card);
        for heading in [
            "What it is",
            "What sessions are like",
            "Research on self-harm",
            "Who it may suit less",
        ] {
            assert!(t.contains(heading), "{heading} missing in {t}");
        }
        let sources = card.query_selector_all(".hb-finder-source a").unwrap();
        assert!(sources.length() > 0);
        // An adult sees the adult lines only.
        assert!(!t.contains("For under-18s"), "{t}");
        assert!(!t.contains("Cochrane review for under-18s"), "{t}");
    }
    // The honest frame and both ways forward.
    let t = text(&root);
    assert!(
        t.contains("doesn't diagnose anything and it doesn't measure risk"),
        "{t}"
    );
    assert!(t.contains("except for DBT made for teenagers (DBT-A)"), "{t}");
    assert!(t.contains("a therapist you get on with"), "{t}");
    assert!(
        root.query_selector(".hb-finder-contact").unwrap().is_none(),
        "no contact configured"
    );
    assert!(t.contains("Cochrane review for adults, Witt et al. 2021"));
    assert!(t.contains("Guthrie et al. 2001"));
    click(&root, ".hb-finder-help").await;
    assert_eq!(one(&root, ".hb-title").text_content().unwrap(), "Get help now");
}

#[wasm_bindgen_test]
async fn under_18_sees_the_adolescent_evidence() {
    let root = open_finder(Config::default()).await;
    complete(&root, &ONLY_UNDER_18).await;
    let names = all_text(&root, ".hb-finder-approach-name");
    assert_eq!(
        names[0], "DBT (dialectical behaviour therapy)",
        "under 18 gives DBT its one point"
    );
    let t = text(&one(&root, ".hb-finder-ranking"));
    assert!(t.contains("DBT made for teenagers (DBT-A) lowered the chance"), "{t}");
    assert!(t.contains("Strong evidence"), "{t}");
    assert!(t.contains("Cochrane review for under-18s"), "{t}");
    assert!(!t.contains("For adults"), "{t}");
    assert!(!t.contains("Cochrane review for adults"), "{t}");
}

#[wasm_bindgen_test]
async fn when_nothing_was_answered_the_result_says_all_are_level() {
    let root = open_finder(Config::default()).await;
    complete(&root, &[None; 8]).await;
    assert_eq!(
        all_text(&root, ".hb-finder-approach-name"),
        [
            "CBT (cognitive behavioural therapy)",
            "DBT (dialectical behaviour therapy)",
            "Psychodynamic therapy"
        ],
        "ties keep the fixed order"
    );
    assert!(text(&root).contains("didn't point to one approach more than the others"));
    assert_eq!(all_text(&root, ".hb-finder-reasons-none").len(), 3);
    // Not knowing the age, both groups' lines are shown, each saying whom it is about.
    let t = text(&root);
    assert!(t.contains("For adults") && t.contains("For under-18s"), "{t}");
}

#[wasm_bindgen_test]
async fn the_practices_contact_link_uses_its_label_or_a_default() {
    let root = open_finder(Config {
        contact: Some(Contact {
            url: "https://practice.example/book".into(),
            label: Some("Book a free consultation".into()),
        }),
        ..Config::default()
    })
    .await;
    complete(&root, &PSYCHODYNAMIC).await;
    let link = one(&root, "a.hb-finder-contact");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://practice.example/book")
    );
    assert_eq!(link.text_content().unwrap(), "Book a free consultation");
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));

    let root = open_finder(Config {
        contact: Some(Contact {
            url: "https://practice.example/book".into(),
            label: None,
        }),
        ..Config::default()
    })
    .await;
    complete(&root, &PSYCHODYNAMIC).await;
    assert_eq!(
        one(&root, "a.hb-finder-contact").text_content().unwrap(),
        "Contact this practice"
    );
}

#[wasm_bindgen_test]
async fn start_over_clears_every_answer_and_says_so() {
    let root = open_finder(Config::default()).await;
    complete(&root, &PSYCHODYNAMIC).await;
    click(&root, ".hb-finder-start-over").await;
    assert!(root.query_selector(".hb-finder-intro").unwrap().is_some());
    assert!(text(&root).contains("Your answers have been cleared."));
    assert!(focused().class_name().contains("hb-finder-heading"));
    click(&root, ".hb-finder-start").await;
    assert_eq!(checked(&root), [false, false]);
    // Straight to the end with "Not sure": nothing is left of the earlier answers.
    for _ in 0..8 {
        answer(&root, None).await;
    }
    assert_eq!(all_text(&root, ".hb-finder-reasons-none").len(), 3);
}

#[wasm_bindgen_test]
async fn leaving_the_screen_keeps_the_answers_until_start_over() {
    let root = open_finder(Config::default()).await;
    click(&root, ".hb-finder-start").await;
    answer(&root, Some(1)).await;
    click(&root, ".hb-back").await; // the shell's Back, to the home screen
    click(&root, ".hb-card").await;
    assert!(
        root.query_selector(".hb-finder-intro").unwrap().is_none(),
        "not sent back to the start"
    );
    assert_eq!(text(&one(&root, ".hb-progress-text")), "Question 2 of 8");
    click(&root, ".hb-finder-question .hb-finder-back").await;
    assert_eq!(checked(&root), [false, true], "the first answer is still chosen");
}

#[wasm_bindgen_test]
async fn answers_are_not_reflected_in_attributes() {
    let root = open_finder(Config::default()).await;
    click(&root, ".hb-finder-start").await;
    let before = attributes(&root);
    click(&root, ".hb-finder-choice:nth-child(2) input").await;
    assert_eq!(checked(&root), [false, true]);
    assert_eq!(attributes(&root), before, "choosing changed an attribute");
}

/// Every attribute of every element under `root`, in document order.
fn attributes(root: &Element) -> Vec<String> {
    let list = root.query_selector_all("*").unwrap();
    let mut out = Vec::new();
    for i in 0..list.length() {
        let el: Element = list.item(i).unwrap().dyn_into().unwrap();
        for name in el.get_attribute_names().iter() {
            let name = name.as_string().unwrap();
            out.push(format!("{}[{name}={:?}]", el.tag_name(), el.get_attribute(&name)));
        }
    }
    out
}
