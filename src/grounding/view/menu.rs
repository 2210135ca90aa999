//! The grounding menu: 5-4-3-2-1 first (it doesn't use the breath), then the rest.

use crate::grounding::model::Exercise;
use crate::grounding::{title, Place};
use crate::i18n::{I18n, Msg};
use yew::prelude::*;

fn blurb(exercise: Exercise) -> Msg {
    match exercise {
        Exercise::Senses => Msg::GroundingSensesBlurb,
        Exercise::Breathing => Msg::GroundingBreathingBlurb,
        Exercise::Urge => Msg::GroundingUrgeBlurb,
        Exercise::Muscle => Msg::GroundingMuscleBlurb,
        Exercise::Ideas => Msg::GroundingIdeasBlurb,
    }
}

/// `back_to`: the exercise the visitor just left; its card carries `card` (to get focus back).
pub fn menu(i18n: &I18n, open: &Callback<Place>, back_to: Option<Exercise>, card: &NodeRef) -> Html {
    let cards = Exercise::MENU.iter().map(|&exercise| {
        let onclick = open.reform(move |_: MouseEvent| Some(exercise));
        let node = if back_to == Some(exercise) {
            card.clone()
        } else {
            NodeRef::default()
        };
        html! {
            <li>
                <button type="button" class="hb-card hb-exercise-card" part="card" {onclick} ref={node}>
                    <span class="hb-card-title">{ i18n.t(title(exercise)) }</span>
                    <span class="hb-card-text">{ i18n.t(blurb(exercise)) }</span>
                </button>
            </li>
        }
    });
    html! {
        <div class="hb-grounding">
            <p class="hb-lead">{ i18n.t(Msg::GroundingIntro) }</p>
            <ul class="hb-cards" role="list">{ for cards }</ul>
        </div>
    }
}
