//! The safety plan as a pure model: seven steps of free text, where the visitor is, and the
//! plain-text form the plan is printed, saved and copied as. No browser here (cargo test).

use crate::i18n::Msg;
use std::rc::Rc;
use yew::Reducible;

/// One step of the plan (Stanley & Brown's six, then what matters to the visitor), with the
/// words for it. The order is the order a hard moment escalates: on my own first, then other
/// people, then professionals.
#[derive(Debug, PartialEq)]
pub struct Step {
    /// Stable, short, ASCII: used in element ids.
    pub id: &'static str,
    pub title: Msg,
    pub prompt: Msg,
    /// Ideas the visitor can tap to add (and edit).
    pub ideas: &'static [Msg],
    pub optional: bool,
    /// A line under the ideas, if the step needs one.
    pub note: Option<Msg>,
}

pub const STEPS: &[Step] = &[
    Step {
        id: "signs",
        title: Msg::PlanSignsTitle,
        prompt: Msg::PlanSignsPrompt,
        ideas: &[
            Msg::PlanSignsIdea1,
            Msg::PlanSignsIdea2,
            Msg::PlanSignsIdea3,
            Msg::PlanSignsIdea4,
            Msg::PlanSignsIdea5,
            Msg::PlanSignsIdea6,
        ],
        optional: false,
        note: None,
    },
    Step {
        id: "alone",
        title: Msg::PlanAloneTitle,
        prompt: Msg::PlanAlonePrompt,
        // Harbor's own exercises first: the visitor has them here, on this page.
        ideas: &[
            Msg::GroundingSensesTitle,
            Msg::GroundingBreathingTitle,
            Msg::GroundingUrgeTitle,
            Msg::GroundingMuscleTitle,
            Msg::PlanAloneIdea1,
            Msg::PlanAloneIdea2,
            Msg::PlanAloneIdea3,
            Msg::PlanAloneIdea4,
        ],
        optional: false,
        note: None,
    },
    Step {
        id: "distract",
        title: Msg::PlanDistractTitle,
        prompt: Msg::PlanDistractPrompt,
        ideas: &[
            Msg::PlanDistractIdea1,
            Msg::PlanDistractIdea2,
            Msg::PlanDistractIdea3,
            Msg::PlanDistractIdea4,
            Msg::PlanDistractIdea5,
        ],
        optional: false,
        note: None,
    },
    Step {
        id: "ask",
        title: Msg::PlanAskTitle,
        prompt: Msg::PlanAskPrompt,
        ideas: &[
            Msg::PlanAskIdea1,
            Msg::PlanAskIdea2,
            Msg::PlanAskIdea3,
            Msg::PlanAskIdea4,
            Msg::PlanAskIdea5,
        ],
        optional: false,
        note: Some(Msg::PlanAskNone),
    },
    Step {
        id: "services",
        title: Msg::PlanServicesTitle,
        prompt: Msg::PlanServicesPrompt,
        ideas: &[
            Msg::PlanServicesIdea1,
            Msg::PlanServicesIdea2,
            Msg::PlanServicesIdea3,
            Msg::PlanServicesIdea4,
        ],
        optional: false,
        note: None,
    },
    Step {
        id: "safer",
        title: Msg::PlanSaferTitle,
        prompt: Msg::PlanSaferPrompt,
        ideas: &[
            Msg::PlanSaferIdea1,
            Msg::PlanSaferIdea2,
            Msg::PlanSaferIdea3,
            Msg::PlanSaferIdea4,
            Msg::PlanSaferIdea5,
        ],
        optional: false,
        note: None,
    },
    Step {
        id: "matters",
        title: Msg::PlanMattersTitle,
        prompt: Msg::PlanMattersPrompt,
        ideas: &[
            Msg::PlanMattersIdea1,
            Msg::PlanMattersIdea2,
            Msg::PlanMattersIdea3,
            Msg::PlanMattersIdea4,
            Msg::PlanMattersIdea5,
        ],
        optional: true,
        note: None,
    },
];

/// The step whose field starts out holding the country's crisis lines (editable).
pub const SERVICES_STEP: usize = 4;

/// A field holds at most this many characters: a plan is short, and a pasted novel should not
/// make every keystroke slow.
pub const MAX_CHARS: usize = 2000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Intro,
    /// Index into [`STEPS`].
    Step(usize),
    /// The whole plan on one page, to print, save or copy.
    Summary,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub stage: Stage,
    /// One per step. `None`: never touched, so the field shows its starting text (empty, or
    /// for the services step the country's lines, which follow a change of country).
    fields: Vec<Option<String>>,
    /// "Clear my plan" was pressed once and waits for "Yes, clear it".
    pub confirming_clear: bool,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            stage: Stage::Intro,
            fields: vec![None; STEPS.len()],
            confirming_clear: false,
        }
    }
}

#[derive(Clone)]
pub enum Action {
    Start,
    Next,
    Previous,
    /// Jump to a step (from the summary's "Change" buttons).
    Open(usize),
    Summary,
    /// The field's whole new text.
    Edit(usize, String),
    AskClear,
    CancelClear,
    /// Forget everything written and start again.
    Clear,
}

impl Plan {
    /// What step `index`'s field shows: what the visitor wrote, else `start`.
    pub fn text<'a>(&'a self, index: usize, start: &'a str) -> &'a str {
        match self.fields.get(index) {
            Some(Some(text)) => text,
            _ => start,
        }
    }

    /// Whether anything has been written or edited (what "Clear my plan" would throw away).
    pub fn is_touched(&self) -> bool {
        self.fields.iter().any(Option::is_some)
    }

    pub fn reduce(&self, action: Action) -> Plan {
        let mut next = self.clone();
        next.confirming_clear = false;
        let last = STEPS.len() - 1;
        match action {
            Action::Start => next.stage = Stage::Step(0),
            Action::Next => {
                next.stage = match self.stage {
                    Stage::Intro => Stage::Step(0),
                    Stage::Step(i) if i < last => Stage::Step(i + 1),
                    Stage::Step(_) | Stage::Summary => Stage::Summary,
                }
            }
            Action::Previous => {
                next.stage = match self.stage {
                    Stage::Step(0) | Stage::Intro => Stage::Intro,
                    Stage::Step(i) => Stage::Step(i - 1),
                    Stage::Summary => Stage::Step(last),
                }
            }
            Action::Open(i) => next.stage = Stage::Step(i.min(last)),
            Action::Summary => next.stage = Stage::Summary,
            Action::Edit(i, text) => {
                if let Some(field) = next.fields.get_mut(i) {
                    *field = Some(truncate(&text, MAX_CHARS).to_string());
                }
            }
            Action::AskClear => next.confirming_clear = true,
            Action::CancelClear => {}
            Action::Clear => next = Plan::default(),
        }
        next
    }
}

impl Reducible for Plan {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Plan::reduce(&self, action))
    }
}

/// At most `max` characters of `s`, cut at a character boundary.
fn truncate(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Whether `text` has `idea` as one of its lines.
pub fn has_line(text: &str, idea: &str) -> bool {
    text.lines().any(|l| l.trim() == idea.trim())
}

/// `text` with the line `idea` added at the end, or taken out if it is already there: what
/// tapping an idea does.
pub fn toggle_line(text: &str, idea: &str) -> String {
    if has_line(text, idea) {
        text.lines()
            .filter(|l| l.trim() != idea.trim())
            .collect::<Vec<_>>()
            .join("\n")
    } else if text.trim().is_empty() {
        idea.to_string()
    } else {
        format!("{}\n{idea}", text.trim_end())
    }
}

/// The plan as plain text, the form it is saved and copied in: the title, each step with what
/// was written (empty steps left out), then `footer` (the emergency number, always last, and
/// never editable away). Plain text cannot carry markup, so nothing typed can run anywhere.
pub fn as_text(title: &str, sections: &[(String, String)], footer: &[String]) -> String {
    let mut out = String::new();
    out.push_str(title);
    out.push('\n');
    out.push_str(&"=".repeat(title.chars().count().clamp(3, 60)));
    out.push_str("\n\n");
    for (heading, body) in sections {
        let body = body.trim();
        if body.is_empty() {
            continue;
        }
        out.push_str(heading);
        out.push('\n');
        for line in body.lines() {
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out.push('\n');
    }
    for line in footer {
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(plan: &Plan, actions: Vec<Action>) -> Plan {
        actions.into_iter().fold(plan.clone(), |p, a| p.reduce(a))
    }

    #[test]
    fn steps_run_from_intro_to_summary_and_back() {
        let mut p = Plan::default();
        assert_eq!(p.stage, Stage::Intro);
        p = p.reduce(Action::Start);
        assert_eq!(p.stage, Stage::Step(0));
        for i in 1..STEPS.len() {
            p = p.reduce(Action::Next);
            assert_eq!(p.stage, Stage::Step(i));
        }
        p = p.reduce(Action::Next);
        assert_eq!(p.stage, Stage::Summary);
        assert_eq!(p.reduce(Action::Next).stage, Stage::Summary);
        p = p.reduce(Action::Previous);
        assert_eq!(p.stage, Stage::Step(STEPS.len() - 1));
        assert_eq!(walk(&p, vec![Action::Open(0), Action::Previous]).stage, Stage::Intro);
        assert_eq!(p.reduce(Action::Open(99)).stage, Stage::Step(STEPS.len() - 1));
    }

    #[test]
    fn the_six_steps_then_an_optional_one() {
        assert_eq!(STEPS.len(), 7);
        assert!(STEPS[..6].iter().all(|s| !s.optional));
        assert!(STEPS[6].optional);
        assert_eq!(STEPS[SERVICES_STEP].id, "services");
        let mut ids: Vec<_> = STEPS.iter().map(|s| s.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), STEPS.len());
        // Every step offers ideas, and Harbor's exercises are among "things I can do on my own".
        assert!(STEPS.iter().all(|s| s.ideas.len() >= 3));
        assert!(STEPS[1].ideas.contains(&Msg::GroundingSensesTitle));
    }

    #[test]
    fn untouched_fields_show_their_start_and_edits_replace_it() {
        let p = Plan::default();
        assert_eq!(p.text(SERVICES_STEP, "Emergency number: 911"), "Emergency number: 911");
        assert!(!p.is_touched());
        let p = p.reduce(Action::Edit(SERVICES_STEP, "My GP".into()));
        assert_eq!(p.text(SERVICES_STEP, "Emergency number: 911"), "My GP");
        assert!(p.is_touched());
        // An emptied field stays empty: the visitor deleted the start text on purpose.
        let p = p.reduce(Action::Edit(SERVICES_STEP, String::new()));
        assert_eq!(p.text(SERVICES_STEP, "Emergency number: 911"), "");
        // Out-of-range edits change nothing.
        assert_eq!(p.reduce(Action::Edit(99, "x".into())), p);
    }

    #[test]
    fn clearing_asks_first_then_forgets_everything() {
        let p = walk(
            &Plan::default(),
            vec![
                Action::Start,
                Action::Edit(0, "I stop replying to messages".into()),
                Action::Summary,
            ],
        );
        let asked = p.reduce(Action::AskClear);
        assert!(asked.confirming_clear);
        let kept = asked.reduce(Action::CancelClear);
        assert!(!kept.confirming_clear);
        assert_eq!(kept.text(0, ""), "I stop replying to messages");
        // Any other action also drops the question, so it never lingers on another step.
        assert!(!asked.reduce(Action::Open(2)).confirming_clear);
        let cleared = asked.reduce(Action::Clear);
        assert_eq!(cleared, Plan::default());
        assert_eq!(cleared.text(0, ""), "");
    }

    #[test]
    fn long_text_is_cut_at_a_character_boundary() {
        let long = "é".repeat(MAX_CHARS + 10);
        let p = Plan::default().reduce(Action::Edit(0, long));
        assert_eq!(p.text(0, "").chars().count(), MAX_CHARS);
    }

    #[test]
    fn tapping_an_idea_adds_it_once_and_tapping_again_takes_it_out() {
        let t = toggle_line("", "Go for a walk");
        assert_eq!(t, "Go for a walk");
        let t = toggle_line(&t, "Listen to music");
        assert_eq!(t, "Go for a walk\nListen to music");
        assert!(has_line(&t, "Listen to music"));
        let t = toggle_line(&t, "Go for a walk");
        assert_eq!(t, "Listen to music");
        assert!(!has_line(&t, "Go for a walk"));
        // What the visitor typed around an idea stays.
        let t = toggle_line("my own words  \n", "Go for a walk");
        assert_eq!(t, "my own words\nGo for a walk");
        // A line that merely contains the idea is not the idea.
        assert!(!has_line("Go for a walk with my dog", "Go for a walk"));
    }

    #[test]
    fn the_text_form_keeps_what_was_typed_as_text_and_ends_with_the_emergency_number() {
        let hostile = "<img src=x onerror=alert(1)> & <script>bad()</script>";
        let sections = vec![
            ("Warning signs".to_string(), format!("{hostile}\nsecond line")),
            ("People I can ask".to_string(), "   ".to_string()),
            ("Services".to_string(), "Emergency number: 112".to_string()),
        ];
        let footer = vec!["If you are in immediate danger, call 112.".to_string()];
        let text = as_text("My plan", &sections, &footer);
        assert!(text.starts_with("My plan\n=======\n\n"), "{text}");
        assert!(text.contains(&format!("Warning signs\n{hostile}\nsecond line\n\n")));
        assert!(!text.contains("People I can ask"), "empty steps are left out");
        assert!(text.ends_with("If you are in immediate danger, call 112.\n"));
    }
}
