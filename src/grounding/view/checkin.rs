//! The closing check-in every exercise ends with: no score, just choices.

use crate::grounding::hooks::use_focus_on;
use crate::i18n::Msg;
use crate::shell::{use_i18n, use_shell, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckInProps {
    /// A kind line about what the visitor just did (never a score).
    #[prop_or_default]
    pub lead: Option<Msg>,
    pub on_again: Callback<()>,
    pub on_menu: Callback<()>,
}

#[function_component]
pub fn CheckIn(props: &CheckInProps) -> Html {
    let i18n = use_i18n();
    let shell = use_shell();
    let heading = use_focus_on((), true);
    let help = shell.go.reform(|_| Screen::Crisis);
    html! {
        <div class="hb-checkin" part="check-in">
            <h4 class="hb-step-title" tabindex="-1" ref={heading}>{ i18n.t(Msg::GroundingCheckinTitle) }</h4>
            if let Some(lead) = props.lead {
                <p>{ i18n.t(lead) }</p>
            }
            <p>{ i18n.t(Msg::GroundingCheckinText) }</p>
            <div class="hb-actions">
                <button type="button" class="hb-button" onclick={props.on_again.reform(|_| ())}>{ i18n.t(Msg::GroundingAgain) }</button>
                <button type="button" class="hb-button hb-button-secondary" onclick={props.on_menu.reform(|_| ())}>{ i18n.t(Msg::GroundingTryAnother) }</button>
                <button type="button" class="hb-button hb-button-secondary hb-checkin-help" onclick={help}>{ i18n.t(Msg::GetHelpNow) }</button>
            </div>
        </div>
    }
}
