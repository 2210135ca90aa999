//! One step of 5-4-3-2-1: progress, the sense, a gentle prompt, the way on, then ideas to tick.

use crate::grounding::model::senses::{Action, Sense, Senses, STEPS};
use crate::i18n::{Arg, I18n, Msg};
use crate::ui::StepProgress;
use yew::prelude::*;

pub fn heading(sense: Sense) -> Msg {
    match sense {
        Sense::See => Msg::GroundingSensesSeeHeading,
        Sense::Touch => Msg::GroundingSensesTouchHeading,
        Sense::Hear => Msg::GroundingSensesHearHeading,
        Sense::Smell => Msg::GroundingSensesSmellHeading,
        Sense::Taste => Msg::GroundingSensesTasteHeading,
    }
}

pub fn prompt(sense: Sense) -> Msg {
    match sense {
        Sense::See => Msg::GroundingSensesSeePrompt,
        Sense::Touch => Msg::GroundingSensesTouchPrompt,
        Sense::Hear => Msg::GroundingSensesHearPrompt,
        Sense::Smell => Msg::GroundingSensesSmellPrompt,
        Sense::Taste => Msg::GroundingSensesTastePrompt,
    }
}

/// Ideas the visitor can tick (optional; nothing to type).
pub fn ideas(sense: Sense) -> &'static [Msg] {
    match sense {
        Sense::See => &[
            Msg::GroundingSensesSee1,
            Msg::GroundingSensesSee2,
            Msg::GroundingSensesSee3,
            Msg::GroundingSensesSee4,
            Msg::GroundingSensesSee5,
            Msg::GroundingSensesSee6,
        ],
        Sense::Touch => &[
            Msg::GroundingSensesTouch1,
            Msg::GroundingSensesTouch2,
            Msg::GroundingSensesTouch3,
            Msg::GroundingSensesTouch4,
            Msg::GroundingSensesTouch5,
        ],
        Sense::Hear => &[
            Msg::GroundingSensesHear1,
            Msg::GroundingSensesHear2,
            Msg::GroundingSensesHear3,
            Msg::GroundingSensesHear4,
            Msg::GroundingSensesHear5,
        ],
        Sense::Smell => &[
            Msg::GroundingSensesSmell1,
            Msg::GroundingSensesSmell2,
            Msg::GroundingSensesSmell3,
            Msg::GroundingSensesSmell4,
        ],
        Sense::Taste => &[
            Msg::GroundingSensesTaste1,
            Msg::GroundingSensesTaste2,
            Msg::GroundingSensesTaste3,
            Msg::GroundingSensesTaste4,
        ],
    }
}

/// One step. `focus` goes on the step heading (focused when the step changes).
pub fn step(i18n: &I18n, state: &Senses, focus: &NodeRef, on: &Callback<Action>) -> Html {
    let (Some(sense), Some(step)) = (state.sense(), state.step_number()) else {
        return Html::default();
    };
    let progress = i18n.format(
        Msg::StepOf,
        &[("step", Arg::Num(step as i64)), ("total", Arg::Num(STEPS as i64))],
    );
    let items = ideas(sense).iter().enumerate().map(|(i, msg)| {
        let onchange = on.reform(move |_: Event| Action::Toggle(i));
        html! {
            <li>
                <label class="hb-check">
                    <input type="checkbox" checked={state.is_ticked(i)} {onchange} />
                    <span>{ i18n.t(*msg) }</span>
                </label>
            </li>
        }
    });
    let click = |a: Action| on.reform(move |_: MouseEvent| a);
    html! {
        <div class="hb-senses">
            <StepProgress {step} of={STEPS} label={progress} />
            <h3 class="hb-step-title" tabindex="-1" ref={focus.clone()}>{ i18n.t(heading(sense)) }</h3>
            if step == 1 {
                <p class="hb-note">{ i18n.t(Msg::GroundingSensesIntro) }</p>
            }
            <p>{ i18n.t(prompt(sense)) }</p>
            // The main action comes first, straight after the prompt, so it is in the first
            // view on a phone; the ideas are optional and follow it.
            <div class="hb-actions hb-step-actions">
                if state.is_last_step() {
                    <button type="button" class="hb-button hb-next" onclick={click(Action::Finish)}>
                        { i18n.t(Msg::GroundingSensesFinish) }
                    </button>
                } else {
                    <button type="button" class="hb-button hb-next" onclick={click(Action::Next)}>
                        { i18n.t(Msg::GroundingSensesNext) }
                    </button>
                }
                if step > 1 {
                    <button type="button" class="hb-button hb-button-secondary hb-previous" onclick={click(Action::Back)}>
                        { i18n.t(Msg::GroundingSensesPrevious) }
                    </button>
                }
            </div>
            <fieldset class="hb-fieldset hb-ideas">
                <legend>{ i18n.t(Msg::GroundingSensesIdeas) }</legend>
                <ul class="hb-checks" role="list">{ for items }</ul>
            </fieldset>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grounding::model::senses::MAX_IDEAS;

    #[test]
    fn every_step_has_a_heading_a_prompt_and_a_few_ideas() {
        let i18n = I18n::default();
        for sense in Sense::ALL {
            assert!(i18n.t(heading(sense)).starts_with(&sense.count().to_string()));
            assert!(!i18n.t(prompt(sense)).is_empty());
            let n = ideas(sense).len();
            assert!((3..=MAX_IDEAS).contains(&n), "{sense:?} has {n} ideas");
        }
    }
}
