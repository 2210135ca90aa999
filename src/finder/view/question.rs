use super::controls::Controls;
use super::StageProps;
use crate::finder::model::{Action, Finder};
use crate::i18n::{use_i18n, Arg, Msg};
use crate::nav::use_shell;
use crate::ui::StepProgress;
use yew::prelude::*;

const HINT_ID: &str = "hb-finder-hint";

/// A callback (for any event type) that dispatches `action`.
fn send<E>(finder: &UseReducerHandle<Finder>, action: Action) -> Callback<E> {
    let finder = finder.clone();
    Callback::from(move |_| finder.dispatch(action))
}

/// One question: real radio buttons in a fieldset whose legend is the question, then "Next"
/// (submits), "Not sure" (skips, moves nothing), a step back and "Start over".
#[function_component]
pub(super) fn QuestionView(props: &StageProps) -> Html {
    let i18n = use_i18n();
    let shell = use_shell();
    let finder = &props.finder;
    let Some((index, question, chosen)) = finder.current() else {
        return Html::default();
    };
    let total = finder.questions().len();
    let last = index + 1 == total;
    let onsubmit = {
        let finder = finder.clone();
        let announce = shell.announce.clone();
        let hint = i18n.t(Msg::FinderChooseFirst);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if chosen.is_none() {
                announce.emit(hint.clone());
            }
            finder.dispatch(Action::Next);
        })
    };
    let progress = i18n.format(
        Msg::FinderProgress,
        &[("n", Arg::Num(index as i64 + 1)), ("total", Arg::Num(total as i64))],
    );
    // The input sits inside its label: the whole row is the target, and no ids are needed.
    let choices = question.answers.iter().enumerate().map(|(i, answer)| {
        html! {
            <label class="hb-finder-choice">
                <input type="radio" class="hb-finder-radio" name="hb-finder-answer"
                       checked={chosen == Some(i)} onchange={send(finder, Action::Choose(i))} />
                <span>{ i18n.t(answer.text) }</span>
            </label>
        }
    });
    html! {
        // Keyed by question, so each question gets fresh radio buttons.
        <form class="hb-finder-question" key={question.id} {onsubmit} novalidate=true>
            <StepProgress step={index + 1} of={total} label={progress} />
            <fieldset class="hb-finder-fieldset" aria-describedby={finder.needs_choice.then_some(HINT_ID)}>
                <legend class="hb-finder-legend">
                    <h3 class="hb-finder-heading" tabindex="-1" ref={props.heading.clone()}>{ i18n.t(question.text) }</h3>
                </legend>
                <div class="hb-finder-choices">{ for choices }</div>
            </fieldset>
            if finder.needs_choice {
                <p id={HINT_ID} class="hb-caution hb-finder-hint">{ i18n.t(Msg::FinderChooseFirst) }</p>
            }
            <div class="hb-actions">
                <button type="submit" class="hb-button hb-finder-next">
                    { i18n.t(if last { Msg::FinderShowResults } else { Msg::FinderNext }) }
                </button>
                <button type="button" class="hb-button hb-button-secondary hb-finder-not-sure" onclick={send(finder, Action::NotSure)}>
                    { i18n.t(Msg::FinderNotSure) }
                </button>
            </div>
            <Controls finder={finder.clone()} back={(index > 0).then_some(Msg::FinderPrevious)} />
        </form>
    }
}
