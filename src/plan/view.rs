//! The plan's screens: what a safety plan is, one step per screen, then the whole plan to print,
//! save or copy. Plain functions returning `Html` under one component, so the feature adds one
//! set of Yew's generic code, not one per screen.

use super::model::{has_line, toggle_line, Action, Plan, Stage, Step, SERVICES_STEP, STEPS};
use crate::i18n::{use_i18n, Arg, I18n, Msg};
use crate::nav::{self, use_shell, Shell};
use crate::platform;
use crate::ui::{use_focus_on_change, StepProgress};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanScreenProps {
    /// Held by the shell, so the plan survives a visit to "Get help now" and back.
    pub state: UseReducerHandle<Plan>,
    /// What the services step starts with: the emergency number, the practice's own lines and
    /// the country's crisis lines, one per line (the shell asks the crisis section for them).
    pub services: AttrValue,
    /// The plan's last line, in the summary, the print and the file: "If you are in immediate
    /// danger, call 112." It cannot be edited away.
    pub danger_now: AttrValue,
}

/// "My plan for hard moments".
#[function_component]
pub fn PlanScreen(props: &PlanScreenProps) -> Html {
    let i18n = use_i18n();
    let shell = use_shell();
    let plan = &props.state;
    let heading = use_node_ref();
    use_focus_on_change(plan.stage, heading.clone());
    // After "Clear my plan", focus goes to its question; after "Keep my plan", back to it.
    let clear_button = use_node_ref();
    let keep_button = use_node_ref();
    use_focus_on_change(
        plan.confirming_clear,
        if plan.confirming_clear {
            keep_button.clone()
        } else {
            clear_button.clone()
        },
    );
    let view = View {
        i18n: &i18n,
        shell: &shell,
        plan,
        heading,
        services: &props.services,
        danger_now: &props.danger_now,
    };
    let stage = match plan.stage {
        Stage::Intro => view.intro(),
        Stage::Step(i) => view.step(i),
        Stage::Summary => view.summary(),
    };
    html! {
        <>
            { nav::header(&i18n, shell.way_back(), &i18n.t(Msg::PlanTitle), &shell.heading) }
            <div class="hb-plan">
                { stage }
                { view.clear_controls(clear_button, keep_button) }
            </div>
        </>
    }
}

const STEP_TITLE_ID: &str = "hb-plan-title";

/// A button's callback that dispatches `action` (one function for every button, so one copy
/// of Yew's callback code).
fn send(plan: &UseReducerHandle<Plan>, action: Action) -> Callback<MouseEvent> {
    let plan = plan.clone();
    Callback::from(move |_| plan.dispatch(action.clone()))
}

/// What every stage reads.
struct View<'a> {
    i18n: &'a I18n,
    shell: &'a Shell,
    plan: &'a UseReducerHandle<Plan>,
    /// The stage's heading, focused when the stage changes.
    heading: NodeRef,
    services: &'a str,
    danger_now: &'a str,
}

impl View<'_> {
    fn stage_heading(&self, text: String) -> Html {
        html! { <h3 id={STEP_TITLE_ID} class="hb-plan-heading" tabindex="-1" ref={self.heading.clone()}>{ text }</h3> }
    }

    /// The text step `index` shows: what was written, else its starting text.
    fn text(&self, index: usize) -> String {
        let start = if index == SERVICES_STEP { self.services } else { "" };
        self.plan.text(index, start).to_string()
    }

    fn intro(&self) -> Html {
        let i18n = self.i18n;
        html! {
            <div class="hb-plan-intro">
                { self.stage_heading(i18n.t(Msg::PlanIntroTitle)) }
                <p class="hb-lead">{ i18n.t(Msg::PlanIntro) }</p>
                <div class="hb-actions">
                    <button type="button" class="hb-button hb-plan-start" onclick={send(self.plan, Action::Start)}>
                        { i18n.t(if self.plan.is_touched() { Msg::PlanContinue } else { Msg::PlanStart }) }
                    </button>
                </div>
                <p>{ i18n.t(Msg::PlanIntroPrivate) }{ " " }{ i18n.t(Msg::PlanIntroCalm) }</p>
                <p class="hb-plan-source">{ i18n.t(Msg::PlanIntroSource) }</p>
            </div>
        }
    }

    /// One step: where you are, the title and prompt, the field, Next, then ideas to tap.
    fn step(&self, index: usize) -> Html {
        let i18n = self.i18n;
        let step: &Step = &STEPS[index];
        let text = self.text(index);
        let field_id = format!("hb-plan-{}", step.id);
        let prompt_id = format!("hb-plan-{}-prompt", step.id);
        let last = index + 1 == STEPS.len();
        let progress = i18n.format(
            Msg::StepOf,
            &[
                ("step", Arg::Num(index as i64 + 1)),
                ("total", Arg::Num(STEPS.len() as i64)),
            ],
        );
        let oninput = {
            let plan = self.plan.clone();
            Callback::from(move |e: InputEvent| {
                let field: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                plan.dispatch(Action::Edit(index, field.value()));
            })
        };
        let ideas = step.ideas.iter().map(|idea| {
            let idea = i18n.t(*idea);
            let pressed = has_line(&text, &idea);
            let onclick = send(self.plan, Action::Edit(index, toggle_line(&text, &idea)));
            html! {
                <li>
                    <button type="button" class="hb-plan-idea" aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
                        { idea }
                    </button>
                </li>
            }
        });
        html! {
            // Keyed by step, so each step gets a fresh field (and its own undo history).
            <div class="hb-plan-step" key={step.id}>
                <StepProgress step={index + 1} of={STEPS.len()} label={progress} />
                // The field is named by the step's heading and described by its prompt.
                { self.stage_heading(i18n.t(step.title)) }
                <p id={prompt_id.clone()} class="hb-plan-prompt">
                    { i18n.t(step.prompt) }
                    if step.optional { { " " }{ i18n.t(Msg::PlanOptional) } }
                </p>
                <textarea id={field_id} class="hb-input hb-plan-field" rows="4" maxlength={super::model::MAX_CHARS.to_string()}
                          aria-labelledby={STEP_TITLE_ID} aria-describedby={prompt_id} value={text.clone()} {oninput} />
                <div class="hb-actions">
                    <button type="button" class="hb-button hb-plan-next" onclick={send(self.plan, Action::Next)}>
                        { i18n.t(if last { Msg::PlanSeePlan } else { Msg::PlanNext }) }
                    </button>
                    <button type="button" class="hb-button hb-button-secondary hb-plan-previous" onclick={send(self.plan, Action::Previous)}>
                        { i18n.t(Msg::PlanPrevious) }
                    </button>
                </div>
                // Ideas after the step's own controls, so on a phone the field and Next are in
                // the first view; a tapped idea shows as pressed where it was tapped.
                <p class="hb-plan-ideas-lead" id="hb-plan-ideas-lead">{ i18n.t(Msg::PlanIdeas) }</p>
                <ul class="hb-plan-ideas" role="list" aria-labelledby="hb-plan-ideas-lead">{ for ideas }</ul>
                if let Some(note) = step.note {
                    <p class="hb-plan-note">{ i18n.t(note) }</p>
                }
                if !last {
                    <div class="hb-quiet-row">
                        <button type="button" class="hb-quiet hb-plan-see" onclick={send(self.plan, Action::Summary)}>
                            { i18n.t(Msg::PlanSeePlan) }
                        </button>
                    </div>
                }
            </div>
        }
    }

    /// The plan's steps with their text: the part that prints.
    fn sections(&self) -> Vec<(String, String)> {
        (0..STEPS.len())
            .map(|i| (self.i18n.t(STEPS[i].title), self.text(i)))
            .collect()
    }

    /// The whole plan, then how to keep it (it is gone when Harbor closes).
    fn summary(&self) -> Html {
        let i18n = self.i18n;
        let title = i18n.t(Msg::PlanTitle);
        let sections = self.sections();
        let items = sections.iter().enumerate().map(|(i, (heading, body))| {
            let empty = body.trim().is_empty();
            html! {
                <li class="hb-plan-section">
                    <h4>{ heading.clone() }</h4>
                    if empty {
                        <p class="hb-plan-empty">{ i18n.t(Msg::PlanNothingYet) }</p>
                    } else {
                        // Text nodes only, line breaks kept by CSS: nothing typed becomes markup.
                        <p class="hb-plan-text">{ body.trim().to_string() }</p>
                    }
                    <button type="button" class="hb-quiet hb-plan-change" onclick={send(self.plan, Action::Open(i))}>
                        { i18n.format(Msg::PlanChange, &[("step", Arg::Str(heading))]) }
                    </button>
                </li>
            }
        });
        let text = super::model::as_text(&title, &sections, &[self.danger_now.to_string()]);
        let file_name = file_name(&i18n.t(Msg::PlanFileName));
        let save = {
            let announce = self.shell.announce.clone();
            let saved = i18n.t(Msg::PlanSaved);
            let text = text.clone();
            Callback::from(move |_| {
                if platform::save_text_file(&file_name, &text) {
                    announce.emit(saved.clone());
                }
            })
        };
        let copy = {
            let announce = self.shell.announce.clone();
            let (copied, failed) = (i18n.t(Msg::PlanCopied), i18n.t(Msg::PlanCopyFailed));
            Callback::from(move |_| {
                let announce = announce.clone();
                let (copied, failed) = (copied.clone(), failed.clone());
                platform::copy_text(text.clone(), move |ok| announce.emit(if ok { copied } else { failed }));
            })
        };
        html! {
            <div class="hb-plan-summary">
                { self.stage_heading(i18n.t(Msg::PlanSummaryTitle)) }
                <p>{ i18n.t(Msg::PlanSummaryLead) }</p>
                // Printing shows only this block (styles/plan.css and platform::print_only_harbor).
                <div class="hb-plan-sheet">
                    <p class="hb-plan-sheet-title">{ title }</p>
                    <ol class="hb-plan-sections" role="list">{ for items }</ol>
                    <p class="hb-plan-danger">{ self.danger_now.to_string() }</p>
                </div>
                <p class="hb-plan-keep">{ i18n.t(Msg::PlanKeepLead) }</p>
                <p class="hb-caution hb-plan-warning">{ i18n.t(Msg::PlanDeviceWarning) }</p>
                <div class="hb-actions">
                    // Saving or copying suits a phone best; printing follows.
                    <button type="button" class="hb-button hb-plan-save" onclick={save}>{ i18n.t(Msg::PlanSave) }</button>
                    <button type="button" class="hb-button hb-button-secondary hb-plan-copy" onclick={copy}>{ i18n.t(Msg::PlanCopy) }</button>
                    <button type="button" class="hb-button hb-button-secondary hb-plan-print" onclick={Callback::from(|_| platform::print_only_harbor())}>
                        { i18n.t(Msg::PlanPrint) }
                    </button>
                </div>
            </div>
        }
    }

    /// "Clear my plan" (once something is written), and its question.
    fn clear_controls(&self, clear_button: NodeRef, keep_button: NodeRef) -> Html {
        let i18n = self.i18n;
        if !self.plan.is_touched() {
            return Html::default();
        }
        if !self.plan.confirming_clear {
            return html! {
                <div class="hb-quiet-row">
                    <button type="button" class="hb-quiet hb-plan-clear" ref={clear_button}
                            onclick={send(self.plan, Action::AskClear)}>
                        { i18n.t(Msg::PlanClear) }
                    </button>
                </div>
            };
        }
        let clear = {
            let plan = self.plan.clone();
            let announce = self.shell.announce.clone();
            let cleared = i18n.t(Msg::PlanCleared);
            Callback::from(move |_| {
                plan.dispatch(Action::Clear);
                announce.emit(cleared.clone());
            })
        };
        html! {
            <div class="hb-plan-confirm" role="group" aria-labelledby="hb-plan-confirm-text">
                <p id="hb-plan-confirm-text">{ i18n.t(Msg::PlanClearConfirm) }</p>
                <div class="hb-actions">
                    <button type="button" class="hb-button hb-button-secondary hb-plan-keep-it" ref={keep_button}
                            onclick={send(self.plan, Action::CancelClear)}>
                        { i18n.t(Msg::PlanClearNo) }
                    </button>
                    <button type="button" class="hb-button hb-plan-clear-yes" onclick={clear}>{ i18n.t(Msg::PlanClearYes) }</button>
                </div>
            </div>
        }
    }
}

/// The translated file name, kept to letters, digits and hyphens (a translation cannot make
/// it a path), with `.txt`.
fn file_name(translated: &str) -> String {
    let stem: String = translated
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .take(40)
        .collect();
    let stem = if stem.is_empty() { "my-plan".to_string() } else { stem };
    format!("{stem}.txt")
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_cannot_be_paths() {
        assert_eq!(file_name("my-plan"), "my-plan.txt");
        assert_eq!(file_name("../../etc/passwd"), "etcpasswd.txt");
        assert_eq!(file_name("<>:\"/\\|?*"), "my-plan.txt");
        assert_eq!(file_name("خطتي"), "خطتي.txt");
    }
}
