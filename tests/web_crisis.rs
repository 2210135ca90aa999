//! Tier 2: "Get help now" rendered in headless Chromium.
#![cfg(target_arch = "wasm32")]

use harbor_widget::config::{Config, PracticeLine};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{click, mount, text};

fn links(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        .filter_map(|e| e.get_attribute("href"))
        .collect()
}

#[wasm_bindgen_test]
async fn gb_shows_999_then_samaritans_and_shout() {
    let root = mount(Config {
        country: Some("GB".into()),
        ..Config::default()
    })
    .await;
    click(&root, ".hb-help").await;
    assert_eq!(links(&root, ".hb-emergency a"), vec!["tel:999"]);
    let services = links(&root, ".hb-services a");
    assert!(services.contains(&"tel:116123".to_string()), "{services:?}");
    assert!(services.contains(&"sms:85258".to_string()), "{services:?}");
    assert!(
        text(&root).contains("Text SHOUT to 85258"),
        "the keyword is on the text button, not in the link"
    );
    assert!(text(&root).contains("Samaritans"));
    assert!(text(&root).contains("Checked"), "each service says when it was checked");
}

#[wasm_bindgen_test]
async fn withheld_emergency_number_and_no_confirmed_line() {
    // Cameroon: its emergency number is withheld (data/emergency.toml) and no line is checked.
    let root = mount(Config {
        country: Some("CM".into()),
        ..Config::default()
    })
    .await;
    click(&root, ".hb-help").await;
    assert!(
        root.query_selector(".hb-emergency a").unwrap().is_none(),
        "no guessed number"
    );
    assert!(text(&root).contains("call your local emergency number"));
    assert!(root.query_selector(".hb-service").unwrap().is_none());
    assert!(!links(&root, ".hb-directories a").is_empty());
}

#[wasm_bindgen_test]
async fn practice_lines_come_first() {
    let line = PracticeLine {
        name: "Riverside crisis team".into(),
        phone: Some("+15035550100".into()),
        text: None,
        display: Some("503-555-0100".into()),
        hours: None,
        url: None,
    };
    let root = mount(Config {
        country: Some("US".into()),
        practice_lines: vec![line],
        ..Config::default()
    })
    .await;
    click(&root, ".hb-help").await;
    let first = root.query_selector(".hb-service").unwrap().unwrap();
    assert!(first.class_name().contains("hb-service-practice"));
    assert_eq!(links(&first, "a"), vec!["tel:+15035550100"]);
}
