//! Harbor: a private, accessible self-help widget for therapy-practice websites.
//!
//! The browser build (`cdylib`) exports `mount` for the loader (`js/loader.js`), which defines
//! the `<harbor-widget>` element. As an `rlib`, a Yew app can render [`App`] directly.
//! Map of the code: README.md → "How the code is organised".

pub mod config;
pub mod crisis;
pub mod finder;
pub mod grounding;
pub mod i18n;
pub mod nav;
pub mod plan;
pub mod platform;
pub mod shell;
pub mod ui;

#[cfg(target_arch = "wasm32")]
mod element;

pub use shell::{App, AppProps};

/// A table decoded once from compiled-in text (translations, crisis lines) and kept for the
/// page's life, like the compiled-in data it replaces: leaked on purpose.
pub(crate) fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}
