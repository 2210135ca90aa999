//! Tier 2: the shell rendered by Yew in headless Chromium (`cargo xtask test --only wasm`).
#![cfg(target_arch = "wasm32")]

use harbor_widget::config::{Config, Mode};
use harbor_widget::{App, AppProps};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{click, mount, settle, text};

#[wasm_bindgen_test]
async fn home_shows_the_three_sections_and_the_crisis_entry() {
    let root = mount(Config::default()).await;
    let t = text(&root);
    assert!(t.contains("Ground yourself now"), "{t}");
    assert!(t.contains("Find an approach"), "{t}");
    assert!(t.contains("Get help now"), "{t}");
    // Quick exit, then Get help now: the first two buttons.
    let buttons = root.query_selector_all("button").unwrap();
    let first: web_sys::Element = buttons.item(0).unwrap().dyn_into().unwrap();
    let second: web_sys::Element = buttons.item(1).unwrap().dyn_into().unwrap();
    assert_eq!(first.text_content().unwrap(), "Quick exit");
    assert_eq!(second.text_content().unwrap(), "Get help now");
}

#[wasm_bindgen_test]
async fn navigates_to_a_section_and_back() {
    let root = mount(Config::default()).await;
    click(&root, ".hb-help").await;
    assert_eq!(
        root.query_selector(".hb-title")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Get help now"
    );
    assert!(root.query_selector(".hb-emergency").unwrap().is_some());
    click(&root, ".hb-back").await;
    assert_eq!(
        root.query_selector(".hb-title")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Support for difficult moments"
    );
    assert!(
        root.query_selector(".hb-back").unwrap().is_none(),
        "no Back on the home screen"
    );
}

#[wasm_bindgen_test]
async fn quick_exit_can_be_turned_off_and_get_help_stays() {
    let root = mount(Config {
        quick_exit: false,
        ..Config::default()
    })
    .await;
    assert!(root.query_selector(".hb-quick-exit").unwrap().is_none());
    assert!(root.query_selector(".hb-help").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn launcher_mode_shows_a_button_first() {
    let root = mount(Config {
        mode: Mode::Launcher,
        ..Config::default()
    })
    .await;
    assert!(root.query_selector(".hb-launcher").unwrap().is_some());
    assert!(
        root.query_selector(".hb-bar").unwrap().is_none(),
        "the panel is closed until asked for"
    );
    click(&root, ".hb-launcher").await;
    let dialog: web_sys::HtmlDialogElement = root.query_selector("dialog").unwrap().unwrap().dyn_into().unwrap();
    assert!(dialog.open());
    assert!(root.query_selector(".hb-bar").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn props_can_be_updated_after_mount() {
    let div = common::new_root();
    let mut app = yew::Renderer::<App>::with_root_and_props(
        div.clone(),
        AppProps {
            config: Rc::new(Config::default()),
            page_languages: Rc::default(),
            open: false,
            help: false,
        },
    )
    .render();
    settle().await;
    assert!(div.query_selector(".hb-quick-exit").unwrap().is_some());
    app.update(AppProps {
        config: Rc::new(Config {
            quick_exit: false,
            ..Config::default()
        }),
        page_languages: Rc::default(),
        open: false,
        help: false,
    });
    settle().await;
    assert!(div.query_selector(".hb-quick-exit").unwrap().is_none());
    app.destroy();
}
