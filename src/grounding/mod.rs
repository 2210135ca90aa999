//! "Ground yourself now".
use crate::i18n::Msg;
use crate::shell::use_i18n;
use yew::prelude::*;

#[function_component]
pub fn GroundingScreen() -> Html {
    let i18n = use_i18n();
    html! { <p>{ i18n.t(Msg::HomeGroundingBlurb) }</p> }
}
