//! Paced breathing: the settings form, and the guide while it runs.

use super::guide::{controls, Control, Guide};
use crate::grounding::model::breathing::{
    Action, Active, LengthKind, Phase, Preset, Settings, MAX_BREATHS, MAX_MINUTES, MAX_PHASE_SECONDS, MIN_BREATHS,
    MIN_MINUTES,
};
use crate::i18n::{Arg, I18n, Msg};
use yew::prelude::*;

pub fn phase_msg(phase: Phase) -> Msg {
    match phase {
        Phase::In => Msg::GroundingBreathingPhaseIn,
        Phase::Hold => Msg::GroundingBreathingPhaseHold,
        Phase::Out => Msg::GroundingBreathingPhaseOut,
        Phase::Rest => Msg::GroundingBreathingPhaseRest,
    }
}

/// What screen readers hear at a phase change: "Breathe in, 4 seconds".
pub fn announcement(i18n: &I18n, phase: Phase, seconds: u32) -> String {
    i18n.format(
        Msg::GroundingBreathingAnnounce,
        &[
            ("phase", Arg::Str(&i18n.t(phase_msg(phase)))),
            ("seconds", Arg::Num(seconds.into())),
        ],
    )
}

fn css_phase(phase: Phase) -> &'static str {
    match phase {
        Phase::In => "in",
        Phase::Hold => "hold",
        Phase::Out => "out",
        Phase::Rest => "rest",
    }
}

fn preset_msg(p: Preset) -> Msg {
    match p {
        Preset::Box => Msg::GroundingBreathingPresetBox,
        Preset::FourSevenEight => Msg::GroundingBreathingPreset478,
        Preset::LongerOut => Msg::GroundingBreathingPresetLonger,
    }
}

fn seconds_label(phase: Phase) -> Msg {
    match phase {
        Phase::In => Msg::GroundingBreathingInSeconds,
        Phase::Hold => Msg::GroundingBreathingHoldSeconds,
        Phase::Out => Msg::GroundingBreathingOutSeconds,
        Phase::Rest => Msg::GroundingBreathingRestSeconds,
    }
}

/// A whole number typed into a number field; `None` while it is empty or half-typed.
fn number_from(e: &InputEvent) -> Option<u32> {
    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
    input.value().trim().parse().ok()
}

/// What the settings form reports besides changes to the settings.
pub struct SetupEvents {
    pub on: Callback<Action>,
    pub on_start: Callback<MouseEvent>,
    /// Offer 5-4-3-2-1 instead, for people the breath makes more anxious.
    pub on_senses: Callback<MouseEvent>,
}

/// The settings form. `can_vibrate`: only offer vibration where the device can. `id` makes
/// radio-group names unique to this widget.
pub fn setup(i18n: &I18n, s: &Settings, ev: SetupEvents, can_vibrate: bool, id: usize) -> Html {
    let s = *s;
    let SetupEvents {
        on,
        on_start,
        on_senses,
    } = ev;
    let chosen = Preset::matching(s.pattern);
    let preset_name = format!("hb-breath-preset-{id}");
    let length_name = format!("hb-breath-length-{id}");
    let presets = Preset::ALL.iter().map(|&p| {
        let onchange = on.reform(move |_: Event| Action::Preset(p));
        html! {
            <label class="hb-check">
                <input type="radio" name={preset_name.clone()} checked={chosen == Some(p)} {onchange} />
                <span>{ i18n.t(preset_msg(p)) }</span>
            </label>
        }
    });
    let seconds = Phase::ALL.iter().map(|&phase| {
        let on = on.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            if let Some(n) = number_from(&e) {
                on.emit(Action::Seconds(phase, n));
            }
        });
        html! {
            <label class="hb-field">
                <span class="hb-label">{ i18n.t(seconds_label(phase)) }</span>
                <input class="hb-input hb-input-number" type="number" inputmode="numeric"
                       min={phase.min_seconds().to_string()} max={MAX_PHASE_SECONDS.to_string()} step="1"
                       value={s.pattern.seconds(phase).to_string()} {oninput} />
            </label>
        }
    });
    let length_radio = |kind: LengthKind, msg: Msg| {
        let onchange = on.reform(move |_: Event| Action::Length(kind));
        html! {
            <label class="hb-check">
                <input type="radio" name={length_name.clone()} checked={s.length == kind} {onchange} />
                <span>{ i18n.t(msg) }</span>
            </label>
        }
    };
    let (amount_label, amount, min, max) = match s.length {
        LengthKind::Minutes => (Msg::GroundingBreathingMinutes, s.minutes, MIN_MINUTES, MAX_MINUTES),
        LengthKind::Breaths => (Msg::GroundingBreathingBreaths, s.breaths, MIN_BREATHS, MAX_BREATHS),
    };
    let on_amount = {
        let on = on.clone();
        let kind = s.length;
        Callback::from(move |e: InputEvent| {
            if let Some(n) = number_from(&e) {
                on.emit(match kind {
                    LengthKind::Minutes => Action::Minutes(n),
                    LengthKind::Breaths => Action::Breaths(n),
                });
            }
        })
    };
    let on_vibrate = on.reform(move |_: Event| Action::Vibrate(!s.vibrate));
    let on_sound = on.reform(move |_: Event| Action::Sound(!s.sound));
    html! {
        <div class="hb-breathing-setup">
            <p>{ i18n.t(Msg::GroundingBreathingIntro) }</p>
            // Start is the first control: the gentlest rhythm is already chosen, and every
            // setting is folded away below it.
            { super::start_button(i18n, on_start) }
            <details class="hb-more">
                <summary>{ i18n.t(Msg::GroundingBreathingMore) }</summary>
                <fieldset class="hb-fieldset">
                    <legend>{ i18n.t(Msg::GroundingBreathingRhythm) }</legend>
                    { for presets }
                    // Box and 4-7-8 hold the breath: say what to do if it makes them dizzy.
                    <p class="hb-note">{ i18n.t(Msg::GroundingBreathingDizzy) }</p>
                </fieldset>
                <fieldset class="hb-fieldset">
                    <legend>{ i18n.t(Msg::GroundingBreathingOwn) }</legend>
                    <p class="hb-note">{ i18n.t(Msg::GroundingBreathingOwnHint) }</p>
                    <div class="hb-fields">{ for seconds }</div>
                </fieldset>
                <fieldset class="hb-fieldset">
                    <legend>{ i18n.t(Msg::GroundingBreathingLength) }</legend>
                    { length_radio(LengthKind::Minutes, Msg::GroundingBreathingByMinutes) }
                    { length_radio(LengthKind::Breaths, Msg::GroundingBreathingByBreaths) }
                    <label class="hb-field">
                        <span class="hb-label">{ i18n.t(amount_label) }</span>
                        <input class="hb-input hb-input-number hb-amount" type="number" inputmode="numeric"
                               min={min.to_string()} max={max.to_string()} step="1"
                               value={amount.to_string()} oninput={on_amount} />
                    </label>
                </fieldset>
                <fieldset class="hb-fieldset">
                    <legend>{ i18n.t(Msg::GroundingBreathingCues) }</legend>
                    if can_vibrate {
                        <label class="hb-check">
                            <input type="checkbox" class="hb-vibrate" checked={s.vibrate} onchange={on_vibrate} />
                            <span>{ i18n.t(Msg::GroundingBreathingVibrate) }</span>
                        </label>
                    }
                    <label class="hb-check">
                        <input type="checkbox" class="hb-sound" checked={s.sound} onchange={on_sound} />
                        <span>{ i18n.t(Msg::GroundingBreathingSound) }</span>
                    </label>
                </fieldset>
            </details>
            // For people the breath makes more anxious (CONTENT.md): the way to an exercise
            // that doesn't use it.
            <div class="hb-aside">
                <p>{ i18n.t(Msg::GroundingBreathingNotForYou) }</p>
                <button type="button" class="hb-button hb-button-secondary hb-try-senses" onclick={on_senses}>
                    { i18n.t(Msg::GroundingBreathingTrySenses) }
                </button>
            </div>
        </div>
    }
}

/// The guide while breathing. `focus` goes on Pause (the keyboard lands there at the start).
pub fn run(
    i18n: &I18n,
    settings: &Settings,
    a: &Active,
    minutes_left: Option<u32>,
    on: Callback<Control>,
    focus: &NodeRef,
) -> Html {
    let n = ("n", Arg::Num(a.breath.into()));
    let progress = match settings.length {
        LengthKind::Breaths => i18n.format(
            Msg::GroundingBreathingBreathOf,
            &[n, ("total", Arg::Num(settings.breaths.into()))],
        ),
        LengthKind::Minutes => i18n.format(Msg::GroundingBreathingBreath, &[n]),
    };
    html! {
        <div class="hb-breathing-run">
            <p class="hb-run-progress">
                { progress }
                if let Some(m) = minutes_left {
                    <span class="hb-run-time">
                        { i18n.format(Msg::GroundingBreathingMinutesLeft, &[("minutes", Arg::Num(m.into()))]) }
                    </span>
                }
            </p>
            <Guide phase={css_phase(a.phase)} seconds={settings.pattern.seconds(a.phase)} left={a.left}
                   paused={a.paused} change={a.changes} cue={i18n.t(phase_msg(a.phase))} />
            { controls(i18n, a.paused, on, focus, Html::default()) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn announcements_say_the_phase_and_its_length() {
        let i18n = I18n::default();
        assert_eq!(announcement(&i18n, Phase::In, 4), "Breathe in, 4 seconds");
        assert_eq!(announcement(&i18n, Phase::Hold, 1), "Hold, 1 second");
        assert_eq!(announcement(&i18n, Phase::Out, 8), "Breathe out, 8 seconds");
        assert_eq!(announcement(&i18n, Phase::Rest, 2), "Rest, 2 seconds");
    }

    #[test]
    fn minutes_left_reads_kindly() {
        let i18n = I18n::default();
        let say = |m: i64| i18n.format(Msg::GroundingBreathingMinutesLeft, &[("minutes", Arg::Num(m))]);
        assert_eq!(say(0), "Less than a minute left");
        assert_eq!(say(1), "About 1 minute left");
        assert_eq!(say(3), "About 3 minutes left");
    }
}
