use super::StageProps;
use crate::finder::model::Action;
use crate::i18n::{use_i18n, Msg};
use yew::prelude::*;

/// What this is and how long it takes, Start, then that it isn't a test, that answers stay
/// here, and where help is.
#[function_component]
pub(super) fn Intro(props: &StageProps) -> Html {
    let i18n = use_i18n();
    let start = {
        let finder = props.finder.clone();
        Callback::from(move |_| finder.dispatch(Action::Start))
    };
    html! {
        <div class="hb-finder-intro">
            <h3 class="hb-finder-heading" tabindex="-1" ref={props.heading.clone()}>{ i18n.t(Msg::FinderIntroTitle) }</h3>
            <p class="hb-lead">{ i18n.t(Msg::FinderIntroLead) }{ " " }{ i18n.t(Msg::FinderIntroTime) }</p>
            // Start is in the first view on a phone; what the finder is not, and where
            // help is, follow it.
            <div class="hb-actions">
                <button type="button" class="hb-button hb-finder-start" onclick={start}>{ i18n.t(Msg::FinderStart) }</button>
            </div>
            <ul class="hb-finder-points" role="list">
                <li>{ i18n.t(Msg::FinderIntroNotATest) }</li>
                <li>{ i18n.t(Msg::FinderIntroPrivate) }</li>
                <li>{ i18n.t(Msg::FinderIntroHelp) }</li>
            </ul>
        </div>
    }
}
