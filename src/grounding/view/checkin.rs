//! The closing check-in every exercise ends with: no score, just choices.

use crate::i18n::{I18n, Msg};
use yew::prelude::*;

/// What the check-in offers. `focus` is attached to the question, which gets focus when the
/// check-in appears (the exercise moves it there).
pub struct CheckIn<'a> {
    /// A kind line about what the visitor just did (never a score).
    pub lead: Option<Msg>,
    pub focus: &'a NodeRef,
    pub on_again: Callback<MouseEvent>,
    pub on_menu: Callback<MouseEvent>,
    pub on_help: Callback<MouseEvent>,
    /// One more choice, offered first after the kind line (breathing stopped: 5-4-3-2-1).
    pub extra: Option<(Msg, Callback<MouseEvent>)>,
}

pub fn check_in(i18n: &I18n, c: CheckIn) -> Html {
    let has_extra = c.extra.is_some();
    html! {
        <div class="hb-checkin" part="check-in">
            <h3 class="hb-step-title" tabindex="-1" ref={c.focus.clone()}>{ i18n.t(Msg::GroundingCheckinTitle) }</h3>
            if let Some(lead) = c.lead {
                <p>{ i18n.t(lead) }</p>
            }
            <p>{ i18n.t(Msg::GroundingCheckinText) }</p>
            <div class="hb-actions">
                if let Some((label, onclick)) = c.extra {
                    <button type="button" class="hb-button hb-checkin-extra" {onclick}>{ i18n.t(label) }</button>
                }
                <button type="button" class={if has_extra { "hb-button hb-button-secondary" } else { "hb-button" }} onclick={c.on_again}>{ i18n.t(Msg::GroundingAgain) }</button>
                <button type="button" class="hb-button hb-button-secondary" onclick={c.on_menu}>{ i18n.t(Msg::GroundingTryAnother) }</button>
                <button type="button" class="hb-button hb-button-secondary hb-checkin-help" onclick={c.on_help}>{ i18n.t(Msg::GetHelpNow) }</button>
            </div>
        </div>
    }
}
