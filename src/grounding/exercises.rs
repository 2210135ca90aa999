//! One stateful component per exercise: it holds the pure model (`use_reducer`), runs the
//! clock only while time should pass, speaks each phase change once through the shell's live
//! region, plays the optional cues, and moves focus when the stage changes. Views render.

use super::hooks::{can_vibrate, use_clock, use_focus_on, use_tone, vibrate};
use super::model::{breathing, muscle, senses, urge, Exercise};
use super::view;
use super::Place;
use crate::i18n::Msg;
use crate::shell::{use_i18n, use_shell};
use std::cell::Cell;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExerciseProps {
    /// Go to the menu (`None`) or straight to another exercise.
    pub open: Callback<Place>,
    /// Focus the exercise heading (after "Do this again").
    pub focus_title: Callback<()>,
}

/// A tick callback for `use_clock` that feeds the reducer.
fn ticker<R, F>(dispatcher: UseReducerDispatcher<R>, tick: F) -> Callback<u32>
where
    R: Reducible + 'static,
    F: Fn(u32) -> R::Action + 'static,
{
    Callback::from(move |secs| dispatcher.dispatch(tick(secs)))
}

thread_local! {
    static NEXT_ID: Cell<usize> = const { Cell::new(0) };
}

/// A number unique to this component instance (for radio-group names).
#[hook]
fn use_instance_id() -> usize {
    *use_memo((), |_| {
        NEXT_ID.with(|n| {
            n.set(n.get() + 1);
            n.get()
        })
    })
}

#[function_component]
pub fn SensesExercise(props: &ExerciseProps) -> Html {
    let state = use_reducer(senses::Senses::default);
    let heading = use_focus_on(state.stage, false);
    let on = {
        let state = state.clone();
        Callback::from(move |a| state.dispatch(a))
    };
    if state.stage == senses::Stage::CheckIn {
        return html! {
            <view::checkin::CheckIn lead={Some(Msg::GroundingSensesDone)}
                on_again={on.reform(|_| senses::Action::Restart)} on_menu={props.open.reform(|_| None)} />
        };
    }
    html! { <view::senses::SensesStep state={*state} {heading} {on} /> }
}

#[function_component]
pub fn BreathingExercise(props: &ExerciseProps) -> Html {
    use breathing::{Action, Run};
    let i18n = use_i18n();
    let shell = use_shell();
    let state = use_reducer(breathing::Breathing::default);
    let tone = use_tone();
    let id = use_instance_id();
    let clock = use_clock(state.ticking(), ticker(state.dispatcher(), Action::Tick));
    let focus = use_focus_on(std::mem::discriminant(&state.run), false);

    // Each phase change, once: speak it, and give the optional cues.
    {
        let announce = shell.announce.clone();
        let snapshot = *state;
        let tone = tone.clone();
        use_effect_with(state.active().map(|a| a.changes), move |changes| {
            if let (Some(_), Some(a)) = (changes, snapshot.active()) {
                let seconds = snapshot.settings.pattern.seconds(a.phase);
                announce.emit(view::breathing::announcement(&i18n, a.phase, seconds));
                let cue = match a.phase {
                    breathing::Phase::In => Some((1, 392.0)),
                    breathing::Phase::Out => Some((2, 294.0)),
                    _ => None,
                };
                if let Some((pulses, hz)) = cue {
                    if snapshot.settings.vibrate {
                        vibrate(pulses);
                    }
                    if snapshot.settings.sound {
                        tone.play(hz);
                    }
                }
            }
        });
    }

    let dispatch = |a: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(a))
    };
    match state.run {
        Run::Setup => {
            let on_start = {
                let state = state.clone();
                let tone = tone.clone();
                Callback::from(move |()| {
                    // Browsers only allow sound that starts from the visitor's own click.
                    if state.settings.sound {
                        tone.prepare();
                    }
                    clock.reset();
                    state.dispatch(Action::Start);
                })
            };
            let on = {
                let state = state.clone();
                Callback::from(move |a| state.dispatch(a))
            };
            html! {
                <view::breathing::BreathingSetup settings={state.settings} {on} {on_start} {id}
                    on_senses={props.open.reform(|_| Some(Exercise::Senses))} can_vibrate={can_vibrate()} />
            }
        }
        Run::Active(active) => {
            let on_pause = {
                let state = state.clone();
                let announce = shell.announce.clone();
                let text = i18n.t(Msg::GroundingPaused);
                Callback::from(move |()| {
                    state.dispatch(Action::Pause);
                    announce.emit(text.clone());
                })
            };
            let on_resume = {
                let state = state.clone();
                let announce = shell.announce.clone();
                let text = view::breathing::announcement(&i18n, active.phase, active.left);
                Callback::from(move |()| {
                    state.dispatch(Action::Resume);
                    announce.emit(text.clone());
                })
            };
            html! {
                <view::breathing::BreathingRun settings={state.settings} {active} minutes_left={state.minutes_left()}
                    {on_pause} {on_resume} on_stop={dispatch(Action::Stop)} {focus} />
            }
        }
        Run::Done => {
            let on_again = {
                let state = state.clone();
                let focus_title = props.focus_title.clone();
                Callback::from(move |()| {
                    state.dispatch(Action::Again);
                    focus_title.emit(());
                })
            };
            html! {
                <view::checkin::CheckIn lead={Some(Msg::GroundingBreathingDone)} {on_again}
                    on_menu={props.open.reform(|_| None)} />
            }
        }
    }
}

#[function_component]
pub fn UrgeExercise(props: &ExerciseProps) -> Html {
    use urge::{Action, Stage};
    let i18n = use_i18n();
    let shell = use_shell();
    let state = use_reducer(urge::Urge::default);
    let clock = use_clock(state.ticking(), ticker(state.dispatcher(), Action::Tick));
    let focus = use_focus_on(state.stage, false);
    let on = {
        let state = state.clone();
        let announce = shell.announce.clone();
        let paused = i18n.t(Msg::GroundingPaused);
        Callback::from(move |a: Action| {
            if matches!(a, Action::Start(_)) {
                clock.reset();
            }
            if a == Action::Pause {
                announce.emit(paused.clone());
            }
            state.dispatch(a)
        })
    };
    let on_menu = props.open.reform(|_| None);
    match state.stage {
        Stage::Setup => html! { <view::urge::UrgeSetup {on} /> },
        Stage::Running | Stage::CheckIn | Stage::TimeUp => {
            html! { <view::urge::UrgeRun state={*state} {on} {focus} {on_menu} /> }
        }
        Stage::Eased | Stage::Stopped => {
            let lead = (state.stage == Stage::Eased).then_some(Msg::GroundingUrgeEasedText);
            let on_again = {
                let focus_title = props.focus_title.clone();
                Callback::from(move |()| {
                    on.emit(Action::Again);
                    focus_title.emit(());
                })
            };
            html! { <view::checkin::CheckIn {lead} {on_again} {on_menu} /> }
        }
    }
}

#[function_component]
pub fn MuscleExercise(props: &ExerciseProps) -> Html {
    use muscle::{Action, Muscle};
    let i18n = use_i18n();
    let shell = use_shell();
    let state = use_reducer(Muscle::default);
    let clock = use_clock(state.ticking(), ticker(state.dispatcher(), Action::Tick));
    let focus = use_focus_on(std::mem::discriminant(&*state), false);
    {
        let announce = shell.announce.clone();
        let snapshot = *state;
        use_effect_with(state.active().map(|a| a.changes), move |changes| {
            if let (Some(_), Some(a), Some(part)) = (changes, snapshot.active(), snapshot.part()) {
                announce.emit(view::muscle::announcement(&i18n, part, a.phase));
            }
        });
    }
    let on = {
        let state = state.clone();
        let announce = shell.announce.clone();
        let paused = i18n.t(Msg::GroundingPaused);
        Callback::from(move |a: Action| {
            if a == Action::Start {
                clock.reset();
            }
            if a == Action::Pause {
                announce.emit(paused.clone());
            }
            state.dispatch(a)
        })
    };
    match *state {
        Muscle::Setup => html! { <view::muscle::MuscleSetup on_start={on.reform(|_| Action::Start)} /> },
        Muscle::Active(active) => html! { <view::muscle::MuscleRun {active} {on} {focus} /> },
        Muscle::Done => {
            let on_again = {
                let focus_title = props.focus_title.clone();
                Callback::from(move |()| {
                    on.emit(Action::Again);
                    focus_title.emit(());
                })
            };
            html! {
                <view::checkin::CheckIn lead={Some(Msg::GroundingMuscleDone)} {on_again}
                    on_menu={props.open.reform(|_| None)} />
            }
        }
    }
}
