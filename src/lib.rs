//! Harbor: a private, accessible self-help widget for therapy-practice websites.
//!
//! There are two ways to use it.
//!
//! - **On any web page**, as the `<harbor-widget>` custom element: the browser build (this
//!   crate's `cdylib`, through `cargo xtask build`) writes `dist/`, whose loader
//!   (`js/loader.js`) defines the element, reads its attributes and `<harbor-line>` children into
//!   a [`Config`](config::Config) and calls this crate's `mount` export. The README's "Adding
//!   Harbor to a website" says how; nothing here needs Rust.
//! - **In a Yew application**, as a component (this crate's `rlib`): build a
//!   [`Config`](config::Config) in Rust and render [`Harbor`], which puts [`App`], Harbor's root
//!   component, in a shadow root with Harbor's stylesheet. A whole example is
//!   `examples/yew-app/` (README → "Use from a Rust/Yew app").
//!
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
mod embed;

pub use embed::Harbor;
pub use shell::{App, AppProps};

/// A table decoded once from compiled-in text (translations, crisis lines) and kept for the
/// page's life, like the compiled-in data it replaces: leaked on purpose.
pub(crate) fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}
