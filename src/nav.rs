//! What a screen may ask of the frame around it: which screens exist, how to go to one, and
//! how to say something to screen readers. It sits below the features and the shell, so the
//! features depend only downward: the shell (`shell/`) provides this context, the features
//! (`grounding/`, `finder/`, `crisis/`) use it, and neither imports the other's views.

use crate::config::Config;
use std::rc::Rc;
use yew::prelude::*;

/// The top-level screens, in the order the home screen offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    Grounding,
    Finder,
    Crisis,
}

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
