//! Helpers shared by the wasm-bindgen tests.
#![allow(dead_code)]

use harbor_widget::config::Config;
use harbor_widget::{App, AppProps};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// A fresh element in the test page's body.
pub fn new_root() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

/// Lets Yew's scheduler render and effects run.
pub async fn settle() {
    gloo_timers::future::TimeoutFuture::new(30).await;
}

/// Renders Harbor with `config` (English, as page language) and waits for it.
pub async fn mount(config: Config) -> web_sys::Element {
    let root = new_root();
    let props = AppProps {
        config: Rc::new(config),
        page_languages: Rc::new(vec!["en".into()]),
        open: false,
        help: false,
    };
    // The handle lives as long as the test page; leaking it keeps the app alive for assertions.
    std::mem::forget(yew::Renderer::<App>::with_root_and_props(root.clone(), props).render());
    settle().await;
    root
}

pub fn text(root: &web_sys::Element) -> String {
    root.text_content().unwrap_or_default()
}

/// Clicks the first element matching `selector` and waits for the re-render.
pub async fn click(root: &web_sys::Element, selector: &str) {
    let el: web_sys::HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .unwrap();
    el.click();
    settle().await;
}
