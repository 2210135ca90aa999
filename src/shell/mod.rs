//! The frame around every screen: quick exit, "Get help now", navigation, language, launcher.
//! It sits on top: it renders the features and provides them the context in `crate::nav`.
pub mod model;
mod plan_start;
mod view;

pub use view::{App, AppProps};
