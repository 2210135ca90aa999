use super::evidence::EvidenceItem;
use crate::finder::data::{AgeGroup, Approach, EVIDENCE};
use crate::finder::model::{evidence, Ranked};
use crate::i18n::{use_i18n, Arg, Msg};
use yew::prelude::*;

/// One sentence on the card; the longer "what it is" opens below it.
fn summary(approach: Approach) -> Msg {
    match approach {
        Approach::Cbt => Msg::FinderSummaryCbt,
        Approach::Dbt => Msg::FinderSummaryDbt,
        Approach::Psychodynamic => Msg::FinderSummaryPsychodynamic,
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct ApproachProps {
    pub ranked: Ranked,
    pub age: Option<AgeGroup>,
    /// Say when this approach is level with the one above (off when all three are level).
    pub show_level: bool,
}

/// One approach as a summary: its name, one sentence, and how many answers point to it. Two
/// disclosures (native `<details>`: keyboard- and screen-reader-operable, no script) hold
/// the rest: why it came up (the visitor's own answers), what it is, what sessions are like
/// and who it may suit less; and, after a content note, what the research says about
/// self-harm.
#[function_component]
pub(super) fn ApproachCard(props: &ApproachProps) -> Html {
    let i18n = use_i18n();
    let r = &props.ranked;
    let text = r.approach.text();
    let reasons: Vec<Msg> = r.reasons.iter().filter_map(|a| a.why).collect();
    let count = if reasons.is_empty() {
        i18n.t(Msg::FinderNoReasons)
    } else {
        i18n.format(Msg::FinderReasonsCount, &[("count", Arg::Num(reasons.len() as i64))])
    };
    html! {
        <div class="hb-finder-approach">
            <h4 class="hb-finder-approach-name">{ i18n.t(text.name) }</h4>
            if props.show_level && r.level_with_previous {
                <p class="hb-finder-level">{ i18n.t(Msg::FinderLevelWithAbove) }</p>
            }
            <p>
                { i18n.t(summary(r.approach)) }{ " " }
                <span class={if reasons.is_empty() { "hb-finder-reasons-none" } else { "hb-finder-reasons-count" }}>{ count }</span>
            </p>
            <details class="hb-more hb-finder-more">
                <summary>{ i18n.t(Msg::FinderMore) }</summary>
                if !reasons.is_empty() {
                    <h5>{ i18n.t(Msg::FinderHeadingWhy) }</h5>
                    <ul class="hb-finder-reasons">
                        { for reasons.iter().map(|why| html! { <li>{ i18n.t(*why) }</li> }) }
                    </ul>
                }
                <h5>{ i18n.t(Msg::FinderHeadingWhat) }</h5>
                <p>{ i18n.t(text.about) }</p>
                <h5>{ i18n.t(Msg::FinderHeadingSessions) }</h5>
                <p>{ i18n.t(text.sessions) }</p>
                <h5>{ i18n.t(Msg::FinderHeadingSuitsLess) }</h5>
                <p>{ i18n.t(text.suits_less) }</p>
            </details>
            <details class="hb-more hb-finder-research">
                <summary>{ i18n.t(Msg::FinderHeadingResearch) }</summary>
                <p class="hb-finder-note">{ i18n.t(Msg::FinderContentNote) }</p>
                <ul class="hb-finder-evidence" role="list">
                    { for evidence(EVIDENCE, r.approach, props.age).map(|line| html! { <EvidenceItem {line} /> }) }
                </ul>
            </details>
        </div>
    }
}
