//! The frame around every screen: quick exit, "Get help now", navigation, language, launcher.
pub mod model;
mod view;

pub use model::Screen;
pub use view::{App, AppProps};

use crate::config::Config;
use crate::i18n::I18n;
use std::rc::Rc;
use yew::prelude::*;

/// What any screen may ask of the shell.
#[derive(Clone, PartialEq)]
pub struct Shell {
    pub config: Rc<Config>,
    /// Go to a screen (pushes it on the back stack).
    pub go: Callback<Screen>,
    /// Say something politely to screen readers (one live region per widget).
    pub announce: Callback<String>,
}

#[hook]
pub fn use_shell() -> Shell {
    use_context::<Shell>().expect("screens render inside the shell")
}

#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_default()
}
