//! "Ground yourself now": a menu of exercises and the routing between them.
//!
//! - `model/`: pure state per exercise (`reduce`, time only by `Tick`), tested natively.
//! - `exercises.rs`: one stateful component per exercise: holds the model, runs the clock,
//!   speaks phase changes, moves focus, plays the optional cues.
//! - `view/`: small components that only render state and report clicks.
//! - `hooks.rs`: the clock, focus, vibration and tone (all dropped on unmount).
//!
//! Nothing is stored or sent, and nothing is exposed to the host page: state lives here.

mod exercises;
pub mod hooks;
pub mod model;
mod view;

use crate::i18n::Msg;
use crate::shell::use_i18n;
use model::Exercise;
use yew::prelude::*;

/// Where the grounding screen is: the menu (`None`) or an exercise.
pub type Place = Option<Exercise>;

#[function_component]
pub fn GroundingScreen() -> Html {
    let current = use_state(|| None::<Exercise>);
    // The exercise the visitor came back from, so the menu can return focus to its card.
    let came_from = use_state(|| None::<Exercise>);
    let open = {
        let current = current.clone();
        let came_from = came_from.clone();
        Callback::from(move |place: Place| {
            if place.is_none() {
                came_from.set(*current);
            }
            current.set(place);
        })
    };
    match *current {
        None => html! { <view::menu::Menu open={open} came_from={*came_from} /> },
        // Keyed, so switching straight from one exercise to another starts the new one fresh.
        Some(exercise) => html! {
            <ExerciseFrame key={format!("{exercise:?}")} {exercise} {open} />
        },
    }
}

pub fn title(exercise: Exercise) -> Msg {
    match exercise {
        Exercise::Senses => Msg::GroundingSensesTitle,
        Exercise::Breathing => Msg::GroundingBreathingTitle,
        Exercise::Urge => Msg::GroundingUrgeTitle,
        Exercise::Muscle => Msg::GroundingMuscleTitle,
        Exercise::Ideas => Msg::GroundingIdeasTitle,
    }
}

#[derive(Properties, PartialEq)]
struct FrameProps {
    exercise: Exercise,
    open: Callback<Place>,
}

/// The exercise's heading (focused when it opens) and the way back to the menu.
#[function_component]
fn ExerciseFrame(props: &FrameProps) -> Html {
    let i18n = use_i18n();
    let heading = hooks::use_focus_on((), true);
    let focus_title = {
        let heading = heading.clone();
        Callback::from(move |()| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        })
    };
    let open = props.open.clone();
    let to_menu = props.open.reform(|_| None);
    let body = match props.exercise {
        Exercise::Senses => html! { <exercises::SensesExercise {open} {focus_title} /> },
        Exercise::Breathing => html! { <exercises::BreathingExercise {open} {focus_title} /> },
        Exercise::Urge => html! { <exercises::UrgeExercise {open} {focus_title} /> },
        Exercise::Muscle => html! { <exercises::MuscleExercise {open} {focus_title} /> },
        Exercise::Ideas => html! { <view::ideas::Ideas /> },
    };
    html! {
        <div class="hb-exercise" part="exercise">
            <button type="button" class="hb-back hb-all-exercises" onclick={to_menu}>
                { i18n.t(Msg::GroundingAllExercises) }
            </button>
            <h3 class="hb-exercise-title" tabindex="-1" ref={heading}>{ i18n.t(title(props.exercise)) }</h3>
            { body }
        </div>
    }
}
