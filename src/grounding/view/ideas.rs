//! Comfort and distraction ideas: grounding, comfort, distraction, expression, connection.
//! Nothing here is a "substitute" for self-harm (no ice, rubber bands, red pen) and nothing
//! involves cold water or hard exercise (CONTENT.md).

use crate::i18n::{I18n, Msg};
use yew::prelude::*;

pub const GROUPS: &[(Msg, &[Msg])] = &[
    (
        Msg::GroundingIdeasGrounding,
        &[
            Msg::GroundingIdeasGrounding1,
            Msg::GroundingIdeasGrounding2,
            Msg::GroundingIdeasGrounding3,
        ],
    ),
    (
        Msg::GroundingIdeasComfort,
        &[
            Msg::GroundingIdeasComfort1,
            Msg::GroundingIdeasComfort2,
            Msg::GroundingIdeasComfort3,
            Msg::GroundingIdeasComfort4,
        ],
    ),
    (
        Msg::GroundingIdeasDistract,
        &[
            Msg::GroundingIdeasDistract1,
            Msg::GroundingIdeasDistract2,
            Msg::GroundingIdeasDistract3,
            Msg::GroundingIdeasDistract4,
        ],
    ),
    (
        Msg::GroundingIdeasExpress,
        &[
            Msg::GroundingIdeasExpress1,
            Msg::GroundingIdeasExpress2,
            Msg::GroundingIdeasExpress3,
        ],
    ),
    (
        Msg::GroundingIdeasConnect,
        &[
            Msg::GroundingIdeasConnect1,
            Msg::GroundingIdeasConnect2,
            Msg::GroundingIdeasConnect3,
        ],
    ),
];

/// The ideas, then "Get help now" (`on_help`).
pub fn ideas(i18n: &I18n, on_help: Callback<MouseEvent>) -> Html {
    html! {
        <div class="hb-ideas">
            <p>{ i18n.t(Msg::GroundingIdeasIntro) }</p>
            { for GROUPS.iter().map(|(heading, items)| html! {
                <section class="hb-idea-group">
                    <h3>{ i18n.t(*heading) }</h3>
                    <ul class="hb-idea-list">
                        { for items.iter().map(|m| html! { <li>{ i18n.t(*m) }</li> }) }
                    </ul>
                </section>
            }) }
            <div class="hb-actions">
                <button type="button" class="hb-button hb-checkin-help" onclick={on_help}>
                    { i18n.t(Msg::GetHelpNow) }
                </button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CONTENT.md: no "substitute harm" and no TIPP skills without a medical caution.
    #[test]
    fn no_substitute_harm_or_tipp_ideas() {
        let i18n = I18n::default();
        let all: Vec<String> = GROUPS
            .iter()
            .flat_map(|(h, items)| std::iter::once(*h).chain(items.iter().copied()))
            .map(|m| i18n.t(m).to_lowercase())
            .collect();
        assert_eq!(
            GROUPS.len(),
            5,
            "grounding, comfort, distraction, expression, connection"
        );
        for text in &all {
            let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
            for banned in ["ice", "snap", "elastic", "cold", "sprint", "run", "pain"] {
                assert!(!words.contains(&banned), "{banned:?} in {text:?}");
            }
            for banned in ["rubber band", "red pen", "red marker", "on your skin"] {
                assert!(!text.contains(banned), "{banned:?} in {text:?}");
            }
        }
    }
}
