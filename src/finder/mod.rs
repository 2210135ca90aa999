//! "Find an approach".
use crate::i18n::Msg;
use crate::shell::use_i18n;
use yew::prelude::*;

#[function_component]
pub fn FinderScreen() -> Html {
    let i18n = use_i18n();
    html! { <p>{ i18n.t(Msg::HomeFinderBlurb) }</p> }
}
