//! The finder as pure state: where the visitor is, what they answered, and the ranking their
//! answers give. No risk, no diagnosis: only how well each approach's usual shape matches the
//! preferences the visitor stated.

use super::data::{AgeGroup, Answer, Approach, EvidenceLine, Question};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Intro,
    /// 0-based question index.
    Question(usize),
    Result,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finder {
    questions: &'static [Question],
    pub stage: Stage,
    /// One slot per question: the chosen answer's index, or `None` (not answered, or "Not sure").
    pub answers: Vec<Option<usize>>,
    /// "Next" was pressed on the current question with nothing chosen.
    pub needs_choice: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Start,
    /// Choose answer `i` of the current question (not yet moving on).
    Choose(usize),
    /// Move on with the chosen answer.
    Next,
    /// Skip: clears the current question's answer and moves on.
    NotSure,
    Back,
    StartOver,
}

impl Finder {
    pub fn new(questions: &'static [Question]) -> Finder {
        Finder {
            questions,
            stage: Stage::Intro,
            answers: vec![None; questions.len()],
            needs_choice: false,
        }
    }

    pub fn questions(&self) -> &'static [Question] {
        self.questions
    }

    /// The current question and the answer chosen for it, if on a question.
    pub fn current(&self) -> Option<(usize, &'static Question, Option<usize>)> {
        match self.stage {
            Stage::Question(i) => Some((i, &self.questions[i], self.answers[i])),
            _ => None,
        }
    }

    pub fn reduce(&self, action: Action) -> Finder {
        let mut next = self.clone();
        next.needs_choice = false;
        let after = |i: usize| {
            if i + 1 < self.questions.len() {
                Stage::Question(i + 1)
            } else {
                Stage::Result
            }
        };
        match (action, self.stage) {
            (Action::StartOver, _) => return Finder::new(self.questions),
            (Action::Start, Stage::Intro) if !self.questions.is_empty() => next.stage = Stage::Question(0),
            (Action::Choose(a), Stage::Question(i)) if a < self.questions[i].answers.len() => {
                next.answers[i] = Some(a);
            }
            (Action::Next, Stage::Question(i)) => match self.answers[i] {
                Some(_) => next.stage = after(i),
                None => next.needs_choice = true,
            },
            (Action::NotSure, Stage::Question(i)) => {
                next.answers[i] = None;
                next.stage = after(i);
            }
            (Action::Back, Stage::Question(0)) => next.stage = Stage::Intro,
            (Action::Back, Stage::Question(i)) => next.stage = Stage::Question(i - 1),
            (Action::Back, Stage::Result) if !self.questions.is_empty() => {
                next.stage = Stage::Question(self.questions.len() - 1)
            }
            // Anything else (e.g. a stale click from the previous screen) changes nothing.
            _ => {}
        }
        next
    }

    pub fn ranking(&self) -> Vec<Ranked> {
        score(self.questions, &self.answers)
    }

    pub fn age_group(&self) -> Option<AgeGroup> {
        age_group(self.questions, &self.answers)
    }
}

impl Reducible for Finder {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Finder::reduce(&self, action))
    }
}

/// One approach in the ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub approach: Approach,
    /// Internal only: the view never shows numbers (no scores, CONTENT.md).
    pub points: u32,
    /// Exactly the visitor's answers that gave this approach points, in question order.
    pub reasons: Vec<&'static Answer>,
    /// Same points as the approach ranked just above it.
    pub level_with_previous: bool,
}

/// Ranks all three approaches by the points the visitor's answers give them (`answers[q]` is the
/// chosen answer of question `q`; `None` moves nothing).
///
/// Ties: approaches with equal points keep the fixed order CBT, DBT, psychodynamic
/// (`Approach::ALL`, a stable sort), and are marked `level_with_previous` so the view can say
/// so instead of implying a difference that isn't there.
pub fn score(questions: &'static [Question], answers: &[Option<usize>]) -> Vec<Ranked> {
    let chosen: Vec<&'static Answer> = questions
        .iter()
        .zip(answers)
        .filter_map(|(q, a)| a.and_then(|a| q.answers.get(a)))
        .collect();
    let mut ranking: Vec<Ranked> = Approach::ALL
        .iter()
        .map(|&approach| {
            let reasons: Vec<&'static Answer> = chosen.iter().copied().filter(|a| a.weight(approach) > 0).collect();
            Ranked {
                approach,
                points: reasons.iter().map(|a| u32::from(a.weight(approach))).sum(),
                reasons,
                level_with_previous: false,
            }
        })
        .collect();
    ranking.sort_by_key(|r| std::cmp::Reverse(r.points));
    for i in 1..ranking.len() {
        ranking[i].level_with_previous = ranking[i].points == ranking[i - 1].points;
    }
    ranking
}

/// The age group the visitor chose, if they answered the age question.
pub fn age_group(questions: &[Question], answers: &[Option<usize>]) -> Option<AgeGroup> {
    questions
        .iter()
        .zip(answers)
        .find_map(|(q, a)| a.and_then(|a| q.answers.get(a)).and_then(|a| a.age_group))
}

/// The evidence lines to show for `approach`: lines about everyone, plus those about the
/// visitor's age group. If they didn't say, both groups' lines (each says whom it is about).
pub fn evidence(
    lines: &'static [EvidenceLine],
    approach: Approach,
    age: Option<AgeGroup>,
) -> impl Iterator<Item = &'static EvidenceLine> {
    lines
        .iter()
        .filter(move |l| l.approach == approach && (l.age_group.is_none() || age.is_none() || l.age_group == age))
}

#[cfg(test)]
mod tests {
    use super::super::data::{Certainty, EvidenceKind, EVIDENCE, QUESTIONS};
    use super::*;
    use crate::i18n::Msg;

    /// Answers by id, e.g. `[("structure", "planned")]`; questions not listed stay unanswered.
    fn answers(picks: &[(&str, &str)]) -> Vec<Option<usize>> {
        QUESTIONS
            .iter()
            .map(|q| {
                picks.iter().find(|(qid, _)| *qid == q.id).map(|(_, aid)| {
                    q.answers
                        .iter()
                        .position(|a| a.id == *aid)
                        .unwrap_or_else(|| panic!("no answer `{aid}` in `{}`", q.id))
                })
            })
            .collect()
    }

    fn order(r: &[Ranked]) -> Vec<Approach> {
        r.iter().map(|r| r.approach).collect()
    }

    const CBT_SET: &[(&str, &str)] = &[
        ("structure", "planned"),
        ("homework", "yes"),
        ("focus", "skills"),
        ("when", "now"),
        ("group", "one-to-one"),
        ("hours", "one"),
        ("length", "short"),
        ("age", "adult"),
    ];
    const DBT_SET: &[(&str, &str)] = &[
        ("structure", "planned"),
        ("homework", "yes"),
        ("focus", "skills"),
        ("group", "ok"),
        ("hours", "more"),
        ("length", "long"),
        ("age", "under-18"),
    ];
    const PSYCHODYNAMIC_SET: &[(&str, &str)] = &[
        ("structure", "open"),
        ("homework", "no"),
        ("focus", "understand"),
        ("when", "past"),
        ("group", "one-to-one"),
        ("hours", "one"),
        ("length", "long"),
        ("age", "adult"),
    ];

    #[test]
    fn the_data_has_six_to_ten_questions_each_with_an_age_question() {
        assert!((6..=10).contains(&QUESTIONS.len()), "{}", QUESTIONS.len());
        assert_eq!(
            QUESTIONS
                .iter()
                .filter(|q| q.answers.iter().any(|a| a.age_group.is_some()))
                .count(),
            1
        );
    }

    #[test]
    fn each_approach_comes_first_for_a_plausible_answer_set() {
        for (set, want) in [
            (CBT_SET, Approach::Cbt),
            (DBT_SET, Approach::Dbt),
            (PSYCHODYNAMIC_SET, Approach::Psychodynamic),
        ] {
            let r = score(QUESTIONS, &answers(set));
            assert_eq!(r[0].approach, want, "{set:?} → {r:#?}");
            assert!(r[0].points > r[1].points, "{want:?} should be first on its own: {r:#?}");
        }
    }

    #[test]
    fn not_sure_moves_nothing() {
        let none = score(QUESTIONS, &vec![None; QUESTIONS.len()]);
        assert!(none.iter().all(|r| r.points == 0 && r.reasons.is_empty()), "{none:#?}");
        // Skipping one question of a full set leaves every other approach's points unchanged
        // and takes away exactly what that answer gave.
        let full = score(QUESTIONS, &answers(CBT_SET));
        let mut skipped = answers(CBT_SET);
        let i = QUESTIONS.iter().position(|q| q.id == "when").unwrap();
        let dropped = &QUESTIONS[i].answers[skipped[i].unwrap()];
        skipped[i] = None;
        let less = score(QUESTIONS, &skipped);
        for approach in Approach::ALL {
            let p = |r: &[Ranked]| r.iter().find(|x| x.approach == approach).unwrap().points;
            assert_eq!(p(&full) - p(&less), u32::from(dropped.weight(approach)), "{approach:?}");
        }
        // Through the reducer: "Not sure" clears a chosen answer and moves on.
        let f = Finder::new(QUESTIONS)
            .reduce(Action::Start)
            .reduce(Action::Choose(0))
            .reduce(Action::NotSure);
        assert_eq!(f.answers[0], None);
        assert_eq!(f.stage, Stage::Question(1));
        assert!(f.ranking().iter().all(|r| r.points == 0));
    }

    #[test]
    fn ties_keep_the_fixed_order_and_are_marked_level() {
        let none = score(QUESTIONS, &vec![None; QUESTIONS.len()]);
        assert_eq!(order(&none), Approach::ALL.to_vec());
        assert_eq!(
            none.iter().map(|r| r.level_with_previous).collect::<Vec<_>>(),
            [false, true, true]
        );
        // "One-to-one" gives CBT and psychodynamic 2 each: level, CBT before psychodynamic,
        // DBT (0) last and not level.
        let r = score(QUESTIONS, &answers(&[("group", "one-to-one")]));
        assert_eq!(order(&r), [Approach::Cbt, Approach::Psychodynamic, Approach::Dbt]);
        assert_eq!(
            r.iter().map(|r| r.level_with_previous).collect::<Vec<_>>(),
            [false, true, false]
        );
        // The same tie from a different question gives the same order: it depends on nothing else.
        let r2 = score(QUESTIONS, &answers(&[("hours", "one")]));
        assert_eq!(order(&r2), order(&r));
    }

    #[test]
    fn reasons_are_exactly_the_answers_that_gave_points() {
        for set in [CBT_SET, DBT_SET, PSYCHODYNAMIC_SET] {
            let given = answers(set);
            let chosen: Vec<&Answer> = QUESTIONS
                .iter()
                .zip(&given)
                .filter_map(|(q, a)| a.map(|a| &q.answers[a]))
                .collect();
            for r in score(QUESTIONS, &given) {
                let want: Vec<&Answer> = chosen.iter().copied().filter(|a| a.weight(r.approach) > 0).collect();
                assert_eq!(r.reasons, want, "{:?} for {set:?}", r.approach);
                assert_eq!(
                    r.points,
                    r.reasons.iter().map(|a| u32::from(a.weight(r.approach))).sum::<u32>()
                );
                // Each reason has a "why" to show, and answers that moved nothing never appear.
                assert!(r.reasons.iter().all(|a| a.why.is_some()));
            }
        }
        // The adult answer gives no points: it is never a reason.
        let r = score(QUESTIONS, &answers(&[("age", "adult")]));
        assert!(r.iter().all(|r| r.reasons.is_empty()));
    }

    #[test]
    fn under_18_sees_the_adolescent_evidence_and_adults_the_adult_evidence() {
        assert_eq!(age_group(QUESTIONS, &answers(DBT_SET)), Some(AgeGroup::Under18));
        assert_eq!(age_group(QUESTIONS, &answers(CBT_SET)), Some(AgeGroup::Adult));
        assert_eq!(age_group(QUESTIONS, &answers(&[])), None);
        for approach in Approach::ALL {
            let young: Vec<_> = evidence(EVIDENCE, approach, Some(AgeGroup::Under18)).collect();
            let adult: Vec<_> = evidence(EVIDENCE, approach, Some(AgeGroup::Adult)).collect();
            let unknown: Vec<_> = evidence(EVIDENCE, approach, None).collect();
            assert!(!young.is_empty() && !adult.is_empty(), "{approach:?}");
            assert!(young.iter().all(|l| l.age_group != Some(AgeGroup::Adult)));
            assert!(adult.iter().all(|l| l.age_group != Some(AgeGroup::Under18)));
            assert_eq!(
                unknown.len(),
                EVIDENCE.iter().filter(|l| l.approach == approach).count()
            );
        }
        // The one high-certainty finding is DBT-A, shown to under-18s only.
        let high: Vec<_> = EVIDENCE
            .iter()
            .filter(|l| l.certainty == Some(Certainty::High))
            .collect();
        assert_eq!(high.len(), 1);
        assert_eq!(
            (high[0].approach, high[0].age_group),
            (Approach::Dbt, Some(AgeGroup::Under18))
        );
    }

    /// English, as a visitor reads it.
    fn en(msg: Msg) -> String {
        crate::i18n::I18n::default().t(msg)
    }

    fn line(id: &str) -> &'static EvidenceLine {
        EVIDENCE
            .iter()
            .find(|l| l.id == id)
            .unwrap_or_else(|| panic!("no evidence line `{id}`"))
    }

    #[test]
    fn every_line_names_its_source_and_says_how_sure() {
        for l in EVIDENCE {
            assert!(l.url.starts_with("https://"), "{}", l.id);
            assert!(!en(l.source).trim().is_empty(), "{}: no source label", l.id);
            let sure = l.how_sure();
            match l.kind {
                EvidenceKind::Guideline => assert_eq!(sure, Msg::FinderKindGuideline),
                EvidenceKind::Review => assert!(l.certainty.is_some(), "{}", l.id),
                EvidenceKind::Trial => {}
            }
        }
        let cited: Vec<&str> = EVIDENCE.iter().map(|l| l.url).collect();
        for needed in ["CD013668", "CD013667", "ng225", "bmj.323.7305.135"] {
            assert!(cited.iter().any(|u| u.contains(needed)), "no line cites {needed}");
        }
    }

    #[test]
    fn the_adult_cbt_line_says_one_to_one() {
        // The review's finding is for individual CBT-based therapy; the CBT card also offers
        // group and self-help formats, so the line must say which one was studied.
        let text = en(line("cbt-adult").text);
        assert!(text.contains("one-to-one"), "{text}");
        assert!(
            !text.contains("especially"),
            "the review reports no larger later effect: {text}"
        );
    }

    #[test]
    fn the_dbt_a_line_says_how_little_its_high_certainty_rests_on() {
        let l = line("dbt-under-18");
        assert_eq!(l.certainty, Some(Certainty::High));
        let text = en(l.text);
        assert!(
            text.contains("small studies") && text.contains("end of treatment"),
            "{text}"
        );
        let high = en(Msg::FinderCertaintyHigh);
        assert!(high.contains("confident") && !high.contains("fairly"), "{high}");
    }

    #[test]
    fn no_finder_text_says_uk() {
        // NICE is guidance for England. (content/src/finder.rs checks every language.)
        for (i, id) in crate::i18n::MSG_IDS
            .iter()
            .enumerate()
            .filter(|(_, id)| id.starts_with("finder-"))
        {
            let Some(pieces) = crate::i18n::source_messages()[i] else {
                continue;
            };
            let text: String = pieces
                .iter()
                .map(|p| match p {
                    crate::i18n::Piece::Text(t) => *t,
                    _ => " ",
                })
                .collect();
            let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric() && c != '.').collect();
            assert!(
                !words.iter().any(|w| matches!(w.trim_end_matches('.'), "UK" | "U.K"))
                    && !text.contains("United Kingdom"),
                "`{id}` says UK: {text}"
            );
        }
        for l in EVIDENCE.iter().filter(|l| l.kind == EvidenceKind::Guideline) {
            assert!(en(l.text).contains("England"), "{}", l.id);
        }
        assert!(en(Msg::FinderKindGuideline).contains("England"));
    }

    #[test]
    fn a_single_trial_is_called_one_small_study_not_early_evidence() {
        let trial = en(Msg::FinderKindTrial);
        assert!(
            trial.contains("one small study") || trial.contains("One small study"),
            "{trial}"
        );
        assert!(!trial.to_lowercase().contains("early"), "{trial}");
        let guthrie = en(line("psychodynamic-adult").text);
        assert!(
            !guthrie.contains("meant"),
            "a secondary, self-reported outcome is not a cause: {guthrie}"
        );
        assert!(guthrie.contains("said"), "the outcome was self-reported: {guthrie}");
    }

    #[test]
    fn walks_forward_and_back_through_every_question() {
        let n = QUESTIONS.len();
        let mut f = Finder::new(QUESTIONS);
        assert_eq!(f.stage, Stage::Intro);
        assert_eq!(f.reduce(Action::Next), f, "nothing to do on the intro");
        f = f.reduce(Action::Start);
        for i in 0..n {
            assert_eq!(f.stage, Stage::Question(i));
            f = f.reduce(Action::Choose(1)).reduce(Action::Next);
        }
        assert_eq!(f.stage, Stage::Result);
        assert_eq!(f.answers, vec![Some(1); n]);
        f = f.reduce(Action::Back);
        assert_eq!(f.stage, Stage::Question(n - 1));
        assert_eq!(f.current().unwrap().2, Some(1), "going back shows the earlier answer");
        for _ in 0..n {
            f = f.reduce(Action::Back);
        }
        assert_eq!(f.stage, Stage::Intro);
        assert_eq!(
            f.answers,
            vec![Some(1); n],
            "Back keeps answers; only Start over clears"
        );
    }

    #[test]
    fn next_without_a_choice_asks_instead_of_moving_on() {
        let f = Finder::new(QUESTIONS).reduce(Action::Start).reduce(Action::Next);
        assert_eq!(f.stage, Stage::Question(0));
        assert!(f.needs_choice);
        let f = f.reduce(Action::Choose(0));
        assert!(!f.needs_choice);
        assert_eq!(f.reduce(Action::Next).stage, Stage::Question(1));
    }

    #[test]
    fn out_of_range_or_out_of_place_actions_change_nothing() {
        let q = Finder::new(QUESTIONS).reduce(Action::Start);
        assert_eq!(q.reduce(Action::Choose(99)), q);
        let intro = Finder::new(QUESTIONS);
        assert_eq!(intro.reduce(Action::Choose(0)), intro);
        assert_eq!(intro.reduce(Action::NotSure), intro);
        assert_eq!(intro.reduce(Action::Back), intro);
    }

    #[test]
    fn start_over_clears_every_answer() {
        let mut f = Finder::new(QUESTIONS).reduce(Action::Start);
        for _ in 0..QUESTIONS.len() {
            f = f.reduce(Action::Choose(0)).reduce(Action::Next);
        }
        assert_eq!(f.stage, Stage::Result);
        let cleared = f.reduce(Action::StartOver);
        assert_eq!(cleared, Finder::new(QUESTIONS));
        assert!(cleared.answers.iter().all(Option::is_none));
    }
}
