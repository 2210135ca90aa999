//! The grounding menu: 5-4-3-2-1 first (it doesn't use the breath), then the rest.

use crate::grounding::model::Exercise;
use crate::grounding::{title, Place};
use crate::i18n::Msg;
use crate::shell::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MenuProps {
    pub open: Callback<Place>,
    /// The exercise the visitor just left: its card gets focus back.
    pub came_from: Option<Exercise>,
}

fn blurb(exercise: Exercise) -> Msg {
    match exercise {
        Exercise::Senses => Msg::GroundingSensesBlurb,
        Exercise::Breathing => Msg::GroundingBreathingBlurb,
        Exercise::Urge => Msg::GroundingUrgeBlurb,
        Exercise::Muscle => Msg::GroundingMuscleBlurb,
        Exercise::Ideas => Msg::GroundingIdeasBlurb,
    }
}

#[function_component]
pub fn Menu(props: &MenuProps) -> Html {
    let i18n = use_i18n();
    let back_to = props.came_from;
    let focus = crate::grounding::hooks::use_focus_on((), back_to.is_some());
    let cards = Exercise::MENU.iter().map(|&exercise| {
        let open = props.open.reform(move |_| Some(exercise));
        let node = if back_to == Some(exercise) {
            focus.clone()
        } else {
            NodeRef::default()
        };
        html! {
            <li>
                <button type="button" class="hb-card hb-exercise-card" part="card" onclick={open} ref={node}>
                    <span class="hb-card-title">{ i18n.t(title(exercise)) }</span>
                    <span class="hb-card-text">{ i18n.t(blurb(exercise)) }</span>
                </button>
            </li>
        }
    });
    html! {
        <div class="hb-grounding" part="grounding">
            <p class="hb-lead">{ i18n.t(Msg::GroundingIntro) }</p>
            <ul class="hb-cards" role="list">{ for cards }</ul>
        </div>
    }
}
