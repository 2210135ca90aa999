//! The finder's screens, one small component each: the intro, one question at a time, and the
//! result (approach cards with their evidence, then next steps).
mod approach;
mod controls;
mod evidence;
mod intro;
mod next_steps;
mod question;
mod result;

use super::data::QUESTIONS;
use super::model::{Finder, Stage};
use crate::i18n::{use_i18n, Msg};
use crate::nav::{self, use_shell};
use crate::ui::use_focus_on_change;
use yew::prelude::*;

/// What every stage gets: the state (to read and to dispatch to) and the heading to focus.
#[derive(Properties, PartialEq)]
pub(super) struct StageProps {
    pub finder: UseReducerHandle<Finder>,
    /// Put on the stage's heading; focused whenever the stage changes.
    pub heading: NodeRef,
}

/// The finder's state before any answer: the shell holds it (`use_reducer(finder::fresh)`) so
/// that a visitor who steps away, to "Get help now" or home, finds their answers when they come
/// back. Only "Start over", closing the launcher or removing the widget clears them.
pub fn fresh() -> Finder {
    Finder::new(QUESTIONS)
}

#[derive(Properties, PartialEq)]
pub struct FinderScreenProps {
    pub state: UseReducerHandle<Finder>,
}

/// The "Find an approach" screen, on the state the shell keeps for it.
#[function_component]
pub fn FinderScreen(props: &FinderScreenProps) -> Html {
    let i18n = use_i18n();
    let shell = use_shell();
    let finder = props.state.clone();
    let heading = use_node_ref();
    use_focus_on_change(finder.stage, heading.clone());
    let props = StageProps {
        finder: finder.clone(),
        heading,
    };
    let stage = match finder.stage {
        Stage::Intro => html! { <intro::Intro ..props /> },
        Stage::Question(_) => html! { <question::QuestionView ..props /> },
        Stage::Result => html! { <result::ResultView ..props /> },
    };
    // The way back keeps every answer (the shell holds them), so it needs no warning.
    html! {
        <>
            { nav::header(&i18n, shell.way_back(), &i18n.t(Msg::FinderTitle), &shell.heading) }
            <div class="hb-finder">{ stage }</div>
        </>
    }
}
