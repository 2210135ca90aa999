//! One stateful component per exercise: it holds the pure model (`use_reducer`), runs the
//! clock only while time should pass, speaks each phase change once through the shell's live
//! region, plays the optional cues, and moves focus when the stage changes. Views render.

use super::hooks::{can_vibrate, use_clock, use_tone, vibrate, ClockCarry};
use super::model::{breathing, muscle, senses, urge, Exercise};
use super::view;
use super::view::checkin::{check_in, CheckIn};
use super::view::guide::Control;
use super::Place;
use crate::i18n::{use_i18n, I18n, Msg};
use crate::nav::{use_shell, Screen, Shell};
use crate::ui::use_focus_on_change;
use std::cell::Cell;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExerciseProps {
    /// Go to the menu (`None`) or straight to another exercise.
    pub open: Callback<Place>,
    /// Focus the exercise heading (after "Do this again").
    pub focus_title: Callback<()>,
}

/// A callback that feeds actions to a reducer.
fn dispatcher<R: Reducible + 'static>(state: &UseReducerHandle<R>) -> Callback<R::Action> {
    let d = state.dispatcher();
    Callback::from(move |a| d.dispatch(a))
}

/// Which of a timed exercise's actions need more than the reducer.
#[derive(PartialEq)]
enum Timed {
    Start,
    Pause,
    Resume,
    Other,
}

/// Feeds actions to the reducer, and around them does what urge surfing and muscle relaxation
/// share: a new run restarts the clock's carry, pausing says "Paused.", and resuming empties
/// the live region so a later "Paused." is heard again.
fn timed_dispatcher<R: Reducible + 'static>(
    state: &UseReducerHandle<R>,
    clock: ClockCarry,
    shell: &Shell,
    i18n: &I18n,
    timed: fn(&R::Action) -> Timed,
) -> Callback<R::Action> {
    let dispatch = dispatcher(state);
    let announce = shell.announce.clone();
    let paused = i18n.t(Msg::GroundingPaused);
    Callback::from(move |a: R::Action| {
        match timed(&a) {
            Timed::Start => clock.reset(),
            Timed::Pause => announce.emit(paused.clone()),
            Timed::Resume => announce.emit(String::new()),
            Timed::Other => {}
        }
        dispatch.emit(a)
    })
}

fn to_menu(props: &ExerciseProps) -> Callback<MouseEvent> {
    props.open.reform(|_| None)
}

fn to_help(shell: &Shell) -> Callback<MouseEvent> {
    shell.go.reform(|_| Screen::Crisis)
}

/// "Do this again": reset the model, and put focus on the exercise heading.
fn again<A: Clone + 'static>(on: &Callback<A>, action: A, focus_title: &Callback<()>) -> Callback<MouseEvent> {
    let on = on.clone();
    let focus_title = focus_title.clone();
    Callback::from(move |_| {
        on.emit(action.clone());
        focus_title.emit(());
    })
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
    let i18n = use_i18n();
    let shell = use_shell();
    let state = use_reducer(senses::Senses::default);
    // The step heading, or the check-in's question.
    let focus = use_node_ref();
    use_focus_on_change(state.stage, focus.clone());
    let on = dispatcher(&state);
    if state.stage == senses::Stage::CheckIn {
        // "Do this again" lands on the first step's heading (a stage change), not the title.
        let on_again = on.reform(|_| senses::Action::Restart);
        return check_in(
            &i18n,
            CheckIn {
                lead: Some(Msg::GroundingSensesDone),
                focus: &focus,
                on_again,
                on_menu: to_menu(props),
                on_help: to_help(&shell),
                extra: None,
            },
        );
    }
    view::senses::step(&i18n, &state, &focus, &on)
}

#[function_component]
pub fn BreathingExercise(props: &ExerciseProps) -> Html {
    use breathing::{Action, Run};
    let i18n = use_i18n();
    let shell = use_shell();
    let state = use_reducer(breathing::Breathing::default);
    let tone = use_tone();
    let id = use_instance_id();
    let on = dispatcher(&state);
    let clock = use_clock(state.ticking(), on.reform(Action::Tick));
    // Pause while running, the question at the end.
    let focus = use_node_ref();
    use_focus_on_change(std::mem::discriminant(&state.run), focus.clone());

    // Each phase change, once: speak it, and give the optional cues.
    {
        let announce = shell.announce.clone();
        let snapshot = *state;
        let tone = tone.clone();
        use_effect_with(state.active().map(|a| a.changes), move |changes| {
            // Between runs the live region is emptied, so the next run's first words are
            // heard even if they match the last ones.
            if changes.is_none() {
                announce.emit(String::new());
            }
            if let (Some(_), Some(a)) = (changes, snapshot.active()) {
                // Not every phase is spoken (Breathing::speaks). A silent change empties the
                // region, so the next "Breathe in" is new text and is heard.
                let seconds = snapshot.settings.pattern.seconds(a.phase);
                announce.emit(if snapshot.speaks() {
                    view::breathing::announcement(&i18n, a.phase, seconds)
                } else {
                    String::new()
                });
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

    match state.run {
        Run::Setup => {
            let on_start = {
                let on = on.clone();
                let sound = state.settings.sound;
                Callback::from(move |_| {
                    // Browsers only allow sound that starts from the visitor's own click.
                    if sound {
                        tone.prepare();
                    }
                    clock.reset();
                    on.emit(Action::Start);
                })
            };
            let events = view::breathing::SetupEvents {
                on,
                on_start,
                on_senses: props.open.reform(|_| Some(Exercise::Senses)),
            };
            view::breathing::setup(&i18n, &state.settings, events, can_vibrate(), id)
        }
        Run::Active(active) => {
            let control = {
                let announce = shell.announce.clone();
                let paused = i18n.t(Msg::GroundingPaused);
                let resumed = view::breathing::announcement(&i18n, active.phase, active.left);
                Callback::from(move |c: Control| match c {
                    Control::Pause => {
                        on.emit(Action::Pause);
                        announce.emit(paused.clone());
                    }
                    Control::Resume => {
                        on.emit(Action::Resume);
                        announce.emit(resumed.clone());
                    }
                    Control::Stop => on.emit(Action::Stop),
                })
            };
            view::breathing::run(&i18n, &state.settings, &active, state.minutes_left(), control, &focus)
        }
        Run::Done | Run::Stopped => {
            let stopped = state.run == Run::Stopped;
            check_in(
                &i18n,
                CheckIn {
                    lead: Some(if stopped {
                        Msg::GroundingBreathingStopped
                    } else {
                        Msg::GroundingBreathingDone
                    }),
                    focus: &focus,
                    on_again: again(&on, Action::Again, &props.focus_title),
                    on_menu: to_menu(props),
                    on_help: to_help(&shell),
                    extra: stopped.then(|| {
                        (
                            Msg::GroundingBreathingTrySenses,
                            props.open.reform(|_| Some(Exercise::Senses)),
                        )
                    }),
                },
            )
        }
    }
}

#[function_component]
pub fn UrgeExercise(props: &ExerciseProps) -> Html {
    use urge::{Action, Stage};
    let i18n = use_i18n();
    let shell = use_shell();
    let state = use_reducer(urge::Urge::default);
    let clock = use_clock(state.ticking(), dispatcher(&state).reform(Action::Tick));
    // Pause while running, the question while asking, the offer of help's heading, the
    // check-in's question at the end.
    let focus = use_node_ref();
    use_focus_on_change(state.stage, focus.clone());
    // The offer of help is said once when it appears (focus reads its heading; this is the
    // line under it), and the live region is emptied when it goes, so it is heard again later.
    {
        let announce = shell.announce.clone();
        let text = i18n.t(Msg::GroundingUrgeReachText);
        use_effect_with(state.stage == Stage::Reach, move |reach| {
            announce.emit(if *reach { text } else { String::new() });
        });
    }
    let on = timed_dispatcher(&state, clock, &shell, &i18n, |a| match a {
        Action::Start(_) => Timed::Start,
        Action::Pause => Timed::Pause,
        Action::Resume => Timed::Resume,
        _ => Timed::Other,
    });
    match state.stage {
        Stage::Setup => view::urge::setup(&i18n, &on),
        Stage::Running | Stage::CheckIn | Stage::TimeUp | Stage::Reach => {
            view::urge::run(&i18n, &state, &on, &focus, to_menu(props), to_help(&shell))
        }
        Stage::Eased | Stage::Stopped => check_in(
            &i18n,
            CheckIn {
                lead: (state.stage == Stage::Eased).then_some(Msg::GroundingUrgeEasedText),
                focus: &focus,
                on_again: again(&on, Action::Again, &props.focus_title),
                on_menu: to_menu(props),
                on_help: to_help(&shell),
                extra: None,
            },
        ),
    }
}

#[function_component]
pub fn MuscleExercise(props: &ExerciseProps) -> Html {
    use muscle::{Action, Muscle};
    let i18n = use_i18n();
    let shell = use_shell();
    let state = use_reducer(Muscle::default);
    let clock = use_clock(state.ticking(), dispatcher(&state).reform(Action::Tick));
    // Pause while running, the question at the end.
    let focus = use_node_ref();
    use_focus_on_change(std::mem::discriminant(&*state), focus.clone());
    {
        let announce = shell.announce.clone();
        let snapshot = *state;
        use_effect_with(state.active().map(|a| a.changes), move |changes| {
            if changes.is_none() {
                announce.emit(String::new());
            }
            if let (Some(_), Some(a), Some(part)) = (changes, snapshot.active(), snapshot.part()) {
                announce.emit(view::muscle::announcement(&i18n, a.part, part, a.phase));
            }
        });
    }
    let on = timed_dispatcher(&state, clock, &shell, &i18n, |a| match a {
        Action::Start => Timed::Start,
        Action::Pause => Timed::Pause,
        Action::Resume => Timed::Resume,
        _ => Timed::Other,
    });
    match *state {
        Muscle::Setup => view::muscle::setup(&i18n, on.reform(|_| Action::Start)),
        Muscle::Active(active) => view::muscle::run(&i18n, &active, &on, &focus),
        Muscle::Done => check_in(
            &i18n,
            CheckIn {
                lead: Some(Msg::GroundingMuscleDone),
                focus: &focus,
                on_again: again(&on, Action::Again, &props.focus_title),
                on_menu: to_menu(props),
                on_help: to_help(&shell),
                extra: None,
            },
        ),
    }
}
