//! Urge surfing: choose 5 or 15 minutes, watch the wave, answer the check-in each minute.

use super::guide::Controls;
use crate::grounding::model::clock_text;
use crate::grounding::model::urge::{Action, Stage, Urge, CHOICES};
use crate::i18n::{Arg, Msg};
use crate::shell::{use_i18n, use_shell, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UrgeSetupProps {
    pub on: Callback<Action>,
}

#[function_component]
pub fn UrgeSetup(props: &UrgeSetupProps) -> Html {
    let i18n = use_i18n();
    html! {
        <div class="hb-urge-setup" part="urge-setup">
            <p>{ i18n.t(Msg::GroundingUrgeIntro) }</p>
            <p>{ i18n.t(Msg::GroundingUrgeHow) }</p>
            <h4>{ i18n.t(Msg::GroundingUrgeChoose) }</h4>
            <div class="hb-actions">
                { for CHOICES.iter().map(|&m| html! {
                    <button type="button" class="hb-button hb-urge-start" onclick={props.on.reform(move |_| Action::Start(m))}>
                        { i18n.format(Msg::GroundingUrgeMinutes, &[("minutes", Arg::Num(m.into()))]) }
                    </button>
                }) }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct UrgeRunProps {
    pub state: Urge,
    pub on: Callback<Action>,
    /// The Pause button while running, the question while asking.
    pub focus: NodeRef,
    /// "Try another exercise".
    pub on_menu: Callback<()>,
}

#[function_component]
pub fn UrgeRun(props: &UrgeRunProps) -> Html {
    let i18n = use_i18n();
    let shell = use_shell();
    let u = props.state;
    let time = i18n.format(Msg::GroundingUrgeTimeLeft, &[("time", Arg::Str(&clock_text(u.left())))]);
    let on = |a: Action| props.on.reform(move |()| a);
    let click = |a: Action| props.on.reform(move |_: MouseEvent| a);
    if !u.asking() {
        return html! {
            <div class="hb-urge-run" part="urge">
                <div class="hb-wave" aria-hidden="true"><div class="hb-wave-line"></div></div>
                <p>{ i18n.t(Msg::GroundingUrgeGuide) }</p>
                <p class="hb-run-time hb-urge-time">{ time }</p>
                <Controls paused={u.paused} on_pause={on(Action::Pause)} on_resume={on(Action::Resume)}
                          on_stop={on(Action::Stop)} focus={props.focus.clone()} />
            </div>
        };
    }
    let title = if u.stage == Stage::TimeUp {
        Msg::GroundingUrgeTimeupTitle
    } else {
        Msg::GroundingUrgeCheckTitle
    };
    html! {
        <div class="hb-urge-ask" part="urge-check">
            <h4 class="hb-step-title" tabindex="-1" ref={props.focus.clone()}>{ i18n.t(title) }</h4>
            <p>{ i18n.t(Msg::GroundingUrgeCheckText) }</p>
            <p class="hb-run-time">{ time }</p>
            <div class="hb-actions">
                <button type="button" class="hb-button hb-urge-eased" onclick={click(Action::Eased)}>
                    { i18n.t(Msg::GroundingUrgeEased) }
                </button>
                if u.stage == Stage::CheckIn {
                    <button type="button" class="hb-button hb-urge-keep-going" onclick={click(Action::KeepGoing)}>
                        { i18n.t(Msg::GroundingUrgeKeepGoing) }
                    </button>
                }
                <button type="button" class="hb-button hb-button-secondary hb-urge-extend" onclick={click(Action::Extend)}>
                    { i18n.t(Msg::GroundingUrgeExtend) }
                </button>
                <button type="button" class="hb-button hb-button-secondary" onclick={props.on_menu.reform(|_| ())}>
                    { i18n.t(Msg::GroundingTryAnother) }
                </button>
                <button type="button" class="hb-button hb-button-secondary hb-checkin-help" onclick={shell.go.reform(|_| Screen::Crisis)}>
                    { i18n.t(Msg::GetHelpNow) }
                </button>
            </div>
        </div>
    }
}
