use super::approach::ApproachCard;
use super::controls::Controls;
use super::next_steps::NextSteps;
use super::StageProps;
use crate::i18n::{use_i18n, Msg};
use yew::prelude::*;

/// Short first, detail on demand: what this is (and isn't), the next steps, then a summary
/// card per approach, closest first, whose detail and research open when asked, then what
/// to keep in mind about the research and the fit. On a phone the summaries and next steps
/// fit in the first two views.
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
            <p>{ i18n.t(Msg::FinderResultLead) }{ " " }{ i18n.t(Msg::FinderFrameNotATest) }</p>
            <NextSteps />
            if all_level {
                <p class="hb-finder-level">{ i18n.t(Msg::FinderAllLevel) }</p>
            }
            <ol class="hb-finder-ranking" role="list">
                { for ranking.into_iter().map(|ranked| html! {
                    <li><ApproachCard {ranked} {age} show_level={!all_level} /></li>
                }) }
            </ol>
            // Hope after the detail, so the summaries and next steps stay in the first views.
            <p class="hb-finder-hope">{ i18n.t(Msg::FinderResultHope) }</p>
            <p class="hb-finder-frame">{ i18n.t(Msg::FinderFrameEvidence) }{ " " }{ i18n.t(Msg::FinderFrameFit) }</p>
            <Controls finder={finder.clone()} back={Some(Msg::FinderBackToQuestions)} />
        </div>
    }
}
