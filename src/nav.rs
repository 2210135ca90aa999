//! What a screen may ask of the frame around it: which screens exist, how to go to one, and
//! how to say something to screen readers. It sits below the features and the shell, so the
//! features depend only downward: the shell (`shell/`) provides this context, the features
//! (`grounding/`, `plan/`, `finder/`, `crisis/`) use it, and neither imports the other's views.

use crate::config::Config;
use crate::i18n::{I18n, Msg};
use std::rc::Rc;
use yew::prelude::*;

/// The top-level screens, in the order the home screen offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    Grounding,
    Plan,
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
    /// The screen's heading (`#hb-screen-title`). Each screen renders its own heading with
    /// [`header`] and this ref, so the shell can focus it when the screen changes.
    pub heading: NodeRef,
    /// The screen the shell's way back returns to, if there is one.
    pub back_to: Option<Screen>,
    /// Go back one screen.
    pub go_back: Callback<()>,
}

impl Shell {
    /// The way back to the screen below this one, named for where it goes (`None` on the
    /// first screen). A screen with a nearer way back (an exercise: "All exercises") uses that
    /// instead: one way back per screen.
    pub fn way_back(&self) -> Option<Back> {
        self.back_to.map(|to| Back {
            label: short_name(to),
            onclick: self.go_back.reform(|_| ()),
        })
    }
}

/// The one way back at the top of a screen.
pub struct Back {
    /// Where it goes ("Home", "All exercises").
    pub label: Msg,
    pub onclick: Callback<MouseEvent>,
}

/// A screen's name as a way back says it: short, so the link stays on one line.
pub fn short_name(screen: Screen) -> Msg {
    match screen {
        Screen::Home => Msg::NavHome,
        Screen::Grounding => Msg::GroundingTitle,
        Screen::Plan => Msg::PlanShortName,
        Screen::Finder => Msg::FinderTitle,
        Screen::Crisis => Msg::GetHelpNow,
    }
}

/// The top of every screen: the way back (if any), then the heading the shell focuses.
/// The chevron is CSS (`.hb-back::before`), outside the accessible name.
pub fn header(i18n: &I18n, back: Option<Back>, title: &str, heading: &NodeRef) -> Html {
    html! {
        <>
            if let Some(Back { label, onclick }) = back {
                <button type="button" class="hb-back" {onclick}>{ i18n.t(label) }</button>
            }
            <h2 id="hb-screen-title" class="hb-title" tabindex="-1" ref={heading.clone()}>{ title.to_owned() }</h2>
        </>
    }
}

#[hook]
pub fn use_shell() -> Shell {
    use_context::<Shell>().expect("screens render inside the shell")
}
