//! "Ground yourself now": a menu of exercises and the routing between them.
//!
//! - `model/`: pure state per exercise (`reduce`, time only by `Tick`), tested natively.
//! - `exercises.rs`: one stateful component per exercise: holds the model, runs the clock,
//!   speaks phase changes, moves focus, plays the optional cues.
//! - `view/`: small render functions (and the animated `Guide`) that only render state and
//!   report clicks. Plain functions, not components: each Yew component costs ~3 KB of wasm.
//! - `hooks.rs`: the clock, focus, vibration and tone (all dropped on unmount).
//!
//! Nothing is stored or sent, and nothing is exposed to the host page: state lives here.

mod exercises;
pub mod hooks;
pub mod model;
mod view;

use crate::i18n::{use_i18n, Msg};
use crate::nav::{self, use_shell, Back, Screen};
use crate::ui::use_focus_on_change;
use model::Exercise;
use yew::prelude::*;

/// Where the grounding screen is: the menu (`None`) or an exercise.
pub type Place = Option<Exercise>;

#[function_component]
pub fn GroundingScreen() -> Html {
    let i18n = use_i18n();
    let shell = use_shell();
    let current = use_state(|| None::<Exercise>);
    // The exercise the visitor came back from, so the menu can return focus to its card.
    let came_from = use_state(|| None::<Exercise>);
    // Inside an exercise, the screen's heading is the exercise's name.
    let heading = shell.heading.clone();
    let card = use_node_ref();
    // Opening an exercise focuses its heading; coming back focuses the card it was opened from.
    use_focus_on_change(
        *current,
        if current.is_some() {
            heading.clone()
        } else {
            card.clone()
        },
    );
    // A new screen starts with an empty live region, so its first announcement is always heard
    // (a screen reader ignores text that didn't change).
    {
        let announce = shell.announce.clone();
        use_effect_with(*current, move |_| announce.emit(String::new()));
    }
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
    let Some(exercise) = *current else {
        return html! {
            <>
                { nav::header(&i18n, shell.way_back(), &i18n.t(Msg::GroundingTitle), &heading) }
                { view::menu::menu(&i18n, &open, *came_from, &card) }
            </>
        };
    };
    let focus_title = {
        let heading = heading.clone();
        Callback::from(move |()| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        })
    };
    // Each exercise is its own component type, so switching straight from one to another
    // (breathing → 5-4-3-2-1) starts the new one fresh.
    let o = open.clone();
    let body = match exercise {
        Exercise::Senses => html! { <exercises::SensesExercise open={o} {focus_title} /> },
        Exercise::Breathing => html! { <exercises::BreathingExercise open={o} {focus_title} /> },
        Exercise::Urge => html! { <exercises::UrgeExercise open={o} {focus_title} /> },
        Exercise::Muscle => html! { <exercises::MuscleExercise open={o} {focus_title} /> },
        Exercise::Ideas => view::ideas::ideas(&i18n, shell.go.reform(|_| Screen::Crisis)),
    };
    // One way back: to the exercises, which is nearer than the screen the shell would name.
    let back = Back {
        label: Msg::GroundingAllExercises,
        onclick: open.reform(|_| None),
    };
    html! {
        <div class="hb-exercise" part="exercise">
            { nav::header(&i18n, Some(back), &i18n.t(title(exercise)), &heading) }
            { body }
        </div>
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
