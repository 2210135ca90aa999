use super::approach::ApproachCard;
use super::controls::Controls;
use super::next_steps::NextSteps;
use super::StageProps;
use crate::i18n::{use_i18n, Msg};
use yew::prelude::*;

/// All three approaches, closest first, inside the honest frame, then the next steps.
#[function_component]
pub(super) fn ResultView(props: &StageProps) -> Html {
    let i18n = use_i18n();
    let finder = &props.finder;
    let ranking = finder.ranking();
    let age = finder.age_group();
    let all_level = ranking.iter().all(|r| r.points == ranking[0].points);
    html! {
        <div class="hb-finder-result">
            <h3 class="hb-finder-heading" tabindex="-1" ref={props.heading.clone()}>{ i18n.t(Msg::FinderResultTitle) }</h3>
            <div class="hb-finder-frame">
                <h4>{ i18n.t(Msg::FinderFrameTitle) }</h4>
                <p>{ i18n.t(Msg::FinderFrameNotATest) }</p>
                <p>{ i18n.t(Msg::FinderFrameEvidence) }</p>
                <p>{ i18n.t(Msg::FinderFrameFit) }</p>
            </div>
            <p>{ i18n.t(Msg::FinderResultLead) }</p>
            <p class="hb-finder-note">{ i18n.t(Msg::FinderContentNote) }</p>
            if all_level {
                <p class="hb-finder-level">{ i18n.t(Msg::FinderAllLevel) }</p>
            }
            <ol class="hb-finder-ranking" role="list">
                { for ranking.into_iter().map(|ranked| html! {
                    <li><ApproachCard {ranked} {age} show_level={!all_level} /></li>
                }) }
            </ol>
            <NextSteps />
            <Controls finder={finder.clone()} back={Some(Msg::FinderBackToQuestions)} />
        </div>
    }
}
