//! Urge surfing: choose 5 or 15 minutes, watch the wave, answer the check-in each minute.

use super::guide::{controls, Control};
use crate::grounding::model::clock_text;
use crate::grounding::model::urge::{Action, Stage, Urge, CHOICES};
use crate::i18n::{Arg, I18n, Msg};
use yew::prelude::*;

pub fn setup(i18n: &I18n, on: &Callback<Action>) -> Html {
    html! {
        <div class="hb-urge-setup">
            <p>{ i18n.t(Msg::GroundingUrgeIntro) }</p>
            <p>{ i18n.t(Msg::GroundingUrgeHow) }</p>
            <h3>{ i18n.t(Msg::GroundingUrgeChoose) }</h3>
            <div class="hb-actions">
                { for CHOICES.iter().map(|&m| html! {
                    <button type="button" class="hb-button hb-urge-start" onclick={on.reform(move |_: MouseEvent| Action::Start(m))}>
                        { i18n.format(Msg::GroundingUrgeMinutes, &[("minutes", Arg::Num(m.into()))]) }
                    </button>
                }) }
            </div>
        </div>
    }
}

/// The timer, the question when it waits for an answer, or the offer of help when the urge
/// stays strong. `focus` goes on Pause while running and on the heading otherwise. Each
/// question has one filled button. `on_menu` / `on_help`: "Try another exercise" and "Get
/// help now".
pub fn run(
    i18n: &I18n,
    u: &Urge,
    on: &Callback<Action>,
    focus: &NodeRef,
    on_menu: Callback<MouseEvent>,
    on_help: Callback<MouseEvent>,
) -> Html {
    if u.stage == Stage::Reach {
        return reach(i18n, u, on, focus, on_menu, on_help);
    }
    let time = i18n.format(Msg::GroundingUrgeTimeLeft, &[("time", Arg::Str(&clock_text(u.left())))]);
    if !u.asking() {
        let control = on.reform(|c: Control| match c {
            Control::Pause => Action::Pause,
            Control::Resume => Action::Resume,
            Control::Stop => Action::Stop,
        });
        return html! {
            <div class="hb-urge-run">
                <div class="hb-wave" aria-hidden="true"><div class="hb-wave-line"></div></div>
                <p>{ i18n.t(Msg::GroundingUrgeGuide) }</p>
                <p class="hb-run-time hb-urge-time">{ time }</p>
                { controls(i18n, u.paused, control, focus, Html::default()) }
            </div>
        };
    }
    let click = |a: Action| on.reform(move |_: MouseEvent| a);
    // One filled button: carrying on at a check-in; at time-up, "It hasn't eased yet", which
    // leads to the offer of help (an unsure visitor lands there, not back in the timer).
    let time_up = u.stage == Stage::TimeUp;
    let title = if time_up {
        Msg::GroundingUrgeTimeupTitle
    } else {
        Msg::GroundingUrgeCheckTitle
    };
    html! {
        <div class="hb-urge-ask">
            <h3 class="hb-step-title" tabindex="-1" ref={focus.clone()}>{ i18n.t(title) }</h3>
            <p>{ i18n.t(Msg::GroundingUrgeCheckText) }</p>
            <p class="hb-run-time">{ time }</p>
            <div class="hb-actions">
                <button type="button" class="hb-button hb-button-secondary hb-urge-eased" onclick={click(Action::Eased)}>
                    { i18n.t(Msg::GroundingUrgeEased) }
                </button>
                if time_up {
                    <button type="button" class="hb-button hb-urge-not-eased" onclick={click(Action::NotEasing)}>
                        { i18n.t(Msg::GroundingUrgeNotEased) }
                    </button>
                } else {
                    <button type="button" class="hb-button hb-urge-keep-going" onclick={click(Action::KeepGoing)}>
                        { i18n.t(Msg::GroundingUrgeKeepGoing) }
                    </button>
                    <button type="button" class="hb-button hb-button-secondary hb-urge-stronger" onclick={click(Action::NotEasing)}>
                        { i18n.t(Msg::GroundingUrgeStronger) }
                    </button>
                }
                <button type="button" class="hb-button hb-button-secondary hb-checkin-help" onclick={on_help}>
                    { i18n.t(Msg::GetHelpNow) }
                </button>
                if u.can_extend() {
                    <button type="button" class="hb-button hb-button-secondary hb-urge-extend" onclick={click(Action::Extend)}>
                        { i18n.t(Msg::GroundingUrgeExtend) }
                    </button>
                }
                <button type="button" class="hb-button hb-button-secondary" onclick={on_menu}>
                    { i18n.t(Msg::GroundingTryAnother) }
                </button>
            </div>
        </div>
    }
}

/// The urge is getting stronger, or hasn't eased at time-up: a calm line, and "Get help now"
/// as the one filled button; then back to the timer (or 5 more minutes if the time is up), or
/// another exercise.
fn reach(
    i18n: &I18n,
    u: &Urge,
    on: &Callback<Action>,
    focus: &NodeRef,
    on_menu: Callback<MouseEvent>,
    on_help: Callback<MouseEvent>,
) -> Html {
    let click = |a: Action| on.reform(move |_: MouseEvent| a);
    html! {
        <div class="hb-urge-reach">
            <h3 class="hb-step-title" tabindex="-1" ref={focus.clone()}>{ i18n.t(Msg::GroundingUrgeReachTitle) }</h3>
            <p>{ i18n.t(Msg::GroundingUrgeReachText) }</p>
            <div class="hb-actions">
                <button type="button" class="hb-button hb-checkin-help" onclick={on_help}>
                    { i18n.t(Msg::GetHelpNow) }
                </button>
                if u.left() > 0 {
                    <button type="button" class="hb-button hb-button-secondary hb-urge-back" onclick={click(Action::KeepGoing)}>
                        { i18n.t(Msg::GroundingUrgeBack) }
                    </button>
                } else if u.can_extend() {
                    <button type="button" class="hb-button hb-button-secondary hb-urge-extend" onclick={click(Action::Extend)}>
                        { i18n.t(Msg::GroundingUrgeExtend) }
                    </button>
                }
                <button type="button" class="hb-button hb-button-secondary" onclick={on_menu}>
                    { i18n.t(Msg::GroundingTryAnother) }
                </button>
            </div>
        </div>
    }
}
