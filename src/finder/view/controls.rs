use crate::finder::model::{Action, Finder};
use crate::i18n::{use_i18n, Msg};
use crate::nav::use_shell;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct ControlsProps {
    pub finder: UseReducerHandle<Finder>,
    /// The label of the step-back button, or `None` to leave it out.
    pub back: Option<Msg>,
}

/// A step back, and "Start over", which clears every answer and says so.
#[function_component]
pub(super) fn Controls(props: &ControlsProps) -> Html {
    let i18n = use_i18n();
    let shell = use_shell();
    let back = {
        let finder = props.finder.clone();
        Callback::from(move |_| finder.dispatch(Action::Back))
    };
    let start_over = {
        let finder = props.finder.clone();
        let announce = shell.announce.clone();
        let cleared = i18n.t(Msg::FinderCleared);
        Callback::from(move |_| {
            finder.dispatch(Action::StartOver);
            announce.emit(cleared.clone());
        })
    };
    html! {
        <div class="hb-quiet-row">
            if let Some(label) = props.back {
                <button type="button" class="hb-quiet hb-finder-back" onclick={back}>{ i18n.t(label) }</button>
            }
            <button type="button" class="hb-quiet hb-finder-start-over" onclick={start_over}>{ i18n.t(Msg::FinderStartOver) }</button>
        </div>
    }
}
