//! A practice's page written as a Yew app, rendering Harbor from a [`Config`] built in Rust.
//!
//! This is the code the README's "Use from a Rust/Yew app" section points at, and the code
//! `tests/e2e/example.test.mjs` renders (page: `www/example.html`). The lines between the two
//! `README` markers are the README's sample: a native test in xtask checks it is shown verbatim.

// README: begin
use harbor_widget::config::{Config, Contact, Module, Theme};
use harbor_widget::Harbor;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Harbor's configuration, as a `<harbor-widget>`'s attributes would give it. Values written in
/// Rust are used as they are: spell `country` as an upper-case code and give `https://` URLs.
fn harbor_config() -> Config {
    Config {
        country: Some("GB".into()),
        lang: Some("en".into()),
        modules: vec![Module::Grounding, Module::Crisis, Module::Finder],
        theme: Theme::Light,
        contact: Some(Contact {
            url: "https://practice.example/book".into(),
            label: Some("Book a free consultation".into()),
        }),
        ..Config::default()
    }
}

/// The practice's page: its own heading and text, then Harbor.
#[function_component]
fn PracticePage() -> Html {
    // Built once: a new `Rc` at every render would make Harbor re-render for nothing.
    let config = use_memo((), |_| harbor_config());
    html! {
        <main>
            <h1>{ "Riverside Counselling" }</h1>
            <p>{ "If things feel like too much right now, Harbor below can help." }</p>
            <Harbor config={Rc::clone(&config)} />
        </main>
    }
}
// README: end

/// Runs when the page loads the module (the `--target web` glue's `init()`): renders the page
/// into its `<div id="app">`.
#[wasm_bindgen(start)]
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .expect("www/example.html has a <div id=\"app\">");
    yew::Renderer::<PracticePage>::with_root(root).render();
}
