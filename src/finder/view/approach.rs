use super::evidence::EvidenceItem;
use crate::finder::data::{AgeGroup, EVIDENCE};
use crate::finder::model::{evidence, Ranked};
use crate::i18n::{use_i18n, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct ApproachProps {
    pub ranked: Ranked,
    pub age: Option<AgeGroup>,
    /// Say when this approach is level with the one above (off when all three are level).
    pub show_level: bool,
}

/// One approach: why it came up (the visitor's own answers), what it is, what sessions are
/// like, what the research says about self-harm, and who it may suit less.
#[function_component]
pub(super) fn ApproachCard(props: &ApproachProps) -> Html {
    let i18n = use_i18n();
    let r = &props.ranked;
    let text = r.approach.text();
    html! {
        <div class="hb-finder-approach">
            <h4 class="hb-finder-approach-name">{ i18n.t(text.name) }</h4>
            if props.show_level && r.level_with_previous {
                <p class="hb-finder-level">{ i18n.t(Msg::FinderLevelWithAbove) }</p>
            }
            <h5>{ i18n.t(Msg::FinderHeadingWhy) }</h5>
            if r.reasons.is_empty() {
                <p class="hb-finder-reasons-none">{ i18n.t(Msg::FinderNoReasons) }</p>
            } else {
                <ul class="hb-finder-reasons">
                    { for r.reasons.iter().filter_map(|a| a.why).map(|why| html! { <li>{ i18n.t(why) }</li> }) }
                </ul>
            }
            <h5>{ i18n.t(Msg::FinderHeadingWhat) }</h5>
            <p>{ i18n.t(text.about) }</p>
            <h5>{ i18n.t(Msg::FinderHeadingSessions) }</h5>
            <p>{ i18n.t(text.sessions) }</p>
            <h5>{ i18n.t(Msg::FinderHeadingResearch) }</h5>
            <ul class="hb-finder-evidence" role="list">
                { for evidence(EVIDENCE, r.approach, props.age).map(|line| html! { <EvidenceItem {line} /> }) }
            </ul>
            <h5>{ i18n.t(Msg::FinderHeadingSuitsLess) }</h5>
            <p>{ i18n.t(text.suits_less) }</p>
        </div>
    }
}
