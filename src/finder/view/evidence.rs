use crate::finder::data::EvidenceLine;
use crate::i18n::{use_i18n, Msg};
use crate::ui::ExternalLink;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct EvidenceProps {
    pub line: &'static EvidenceLine,
}

/// One finding: how sure it is in plain words, what it says, and its named source.
#[function_component]
pub(super) fn EvidenceItem(props: &EvidenceProps) -> Html {
    let i18n = use_i18n();
    let line = props.line;
    html! {
        <li class="hb-finder-evidence-item">
            <p class="hb-finder-certainty">{ i18n.t(line.how_sure()) }</p>
            <p>{ i18n.t(line.text) }</p>
            <p class="hb-finder-source">
                { i18n.t(Msg::FinderSource) }{ " " }
                <ExternalLink href={line.url} text={i18n.t(line.source)} />
            </p>
        </li>
    }
}
