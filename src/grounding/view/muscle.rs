//! Tense and let go: the start screen, and the guide for each part of the body.

use super::guide::{controls, Control, Guide};
use crate::grounding::model::muscle::{Action, Active, Part, Phase};
use crate::i18n::{Arg, I18n, Msg};
use crate::ui::StepProgress;
use yew::prelude::*;

pub fn part_msg(part: Part) -> Msg {
    match part {
        Part::Hands => Msg::GroundingMuscleHands,
        Part::Arms => Msg::GroundingMuscleArms,
        Part::Shoulders => Msg::GroundingMuscleShoulders,
        Part::Face => Msg::GroundingMuscleFace,
        Part::Legs => Msg::GroundingMuscleLegs,
        Part::Feet => Msg::GroundingMuscleFeet,
    }
}

pub fn how_msg(part: Part) -> Msg {
    match part {
        Part::Hands => Msg::GroundingMuscleHandsHow,
        Part::Arms => Msg::GroundingMuscleArmsHow,
        Part::Shoulders => Msg::GroundingMuscleShouldersHow,
        Part::Face => Msg::GroundingMuscleFaceHow,
        Part::Legs => Msg::GroundingMuscleLegsHow,
        Part::Feet => Msg::GroundingMuscleFeetHow,
    }
}

/// What screen readers hear at each change: the part and what to do, then "Let go". How to
/// let go (a long sentence) is said in full only after the first part (`index` 0): six times
/// would flood a screen reader with words it has already heard.
pub fn announcement(i18n: &I18n, index: usize, part: Part, phase: Phase) -> String {
    match phase {
        Phase::Tense => i18n.format(
            Msg::GroundingMuscleAnnounce,
            &[
                ("part", Arg::Str(&i18n.t(part_msg(part)))),
                ("how", Arg::Str(&i18n.t(how_msg(part)))),
            ],
        ),
        Phase::Release if index == 0 => i18n.t(Msg::GroundingMuscleReleaseHow),
        Phase::Release => i18n.t(Msg::GroundingMuscleRelease),
    }
}

pub fn setup(i18n: &I18n, on_start: Callback<MouseEvent>) -> Html {
    html! {
        <div class="hb-muscle-setup">
            <p>{ i18n.t(Msg::GroundingMuscleIntro) }</p>
            { super::start_button(i18n, on_start) }
        </div>
    }
}

/// One part of the body: what to do, the guide, and Pause / Skip this part / Stop.
pub fn run(i18n: &I18n, a: &Active, on: &Callback<Action>, focus: &NodeRef) -> Html {
    let Some(part) = Part::ALL.get(a.part).copied() else {
        return Html::default();
    };
    let total = Part::ALL.len();
    let progress = i18n.format(
        Msg::StepOf,
        &[("step", Arg::Num(a.part as i64 + 1)), ("total", Arg::Num(total as i64))],
    );
    let (phase, cue, how) = match a.phase {
        Phase::Tense => ("tense", Msg::GroundingMuscleTense, how_msg(part)),
        Phase::Release => ("release", Msg::GroundingMuscleRelease, Msg::GroundingMuscleReleaseHow),
    };
    let control = on.reform(|c: Control| match c {
        Control::Pause => Action::Pause,
        Control::Resume => Action::Resume,
        Control::Stop => Action::Stop,
    });
    let skip = html! {
        <button type="button" class="hb-button hb-button-secondary hb-skip" onclick={on.reform(|_: MouseEvent| Action::SkipPart)}>
            { i18n.t(Msg::GroundingMuscleSkip) }
        </button>
    };
    html! {
        <div class="hb-muscle-run">
            <StepProgress step={a.part + 1} of={total} label={progress} />
            <h3 class="hb-step-title">{ i18n.t(part_msg(part)) }</h3>
            <p class="hb-muscle-how">{ i18n.t(how) }</p>
            <Guide {phase} seconds={a.phase.seconds()} left={a.left} paused={a.paused} change={a.changes}
                   cue={i18n.t(cue)} />
            { controls(i18n, a.paused, control, focus, skip) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn announcements_name_the_part_and_what_to_do() {
        let i18n = I18n::default();
        assert_eq!(
            announcement(&i18n, 0, Part::Hands, Phase::Tense),
            "Hands: Make two fists and squeeze gently."
        );
        assert!(announcement(&i18n, 0, Part::Hands, Phase::Release).starts_with("Let it all go."));
        assert_eq!(
            announcement(&i18n, 5, Part::Feet, Phase::Release),
            "Let go",
            "said in full once"
        );
        for part in Part::ALL {
            assert!(!i18n.t(how_msg(part)).is_empty());
        }
    }
}
