//! 5-4-3-2-1: five steps, one per sense. Ticking ideas is optional; any step can be skipped
//! (Next moves on either way);
//! the end is a check-in, never a score.

use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sense {
    See,
    Touch,
    Hear,
    Smell,
    Taste,
}

impl Sense {
    pub const ALL: [Sense; 5] = [Sense::See, Sense::Touch, Sense::Hear, Sense::Smell, Sense::Taste];

    /// How many things the step asks the visitor to notice (5, 4, 3, 2, 1).
    pub fn count(self) -> usize {
        5 - self as usize
    }
}

pub const STEPS: usize = Sense::ALL.len();
/// Ideas per step that can be ticked (bits of a `u32`).
pub const MAX_IDEAS: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// 0-based index into [`Sense::ALL`].
    Step(usize),
    CheckIn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Senses {
    pub stage: Stage,
    /// One bit per ticked idea, per step. Kept when going back; never counted or scored.
    ticked: [u32; STEPS],
}

impl Default for Senses {
    fn default() -> Self {
        Senses {
            stage: Stage::Step(0),
            ticked: [0; STEPS],
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Tick or untick idea `i` on the current step.
    Toggle(usize),
    /// Move on, whether or not the visitor found anything (any step can be skipped: one
    /// "Next" says so, rather than a second button that does the same).
    Next,
    Back,
    /// Go to the check-in from any step.
    Finish,
    /// Start again from the first step, nothing ticked.
    Restart,
}

impl Senses {
    pub fn sense(&self) -> Option<Sense> {
        match self.stage {
            Stage::Step(i) => Sense::ALL.get(i).copied(),
            Stage::CheckIn => None,
        }
    }

    /// "Step n of 5", 1-based.
    pub fn step_number(&self) -> Option<usize> {
        match self.stage {
            Stage::Step(i) => Some(i + 1),
            Stage::CheckIn => None,
        }
    }

    pub fn is_ticked(&self, idea: usize) -> bool {
        match self.stage {
            Stage::Step(i) if idea < MAX_IDEAS => self.ticked[i] & (1 << idea) != 0,
            _ => false,
        }
    }

    pub fn is_last_step(&self) -> bool {
        self.stage == Stage::Step(STEPS - 1)
    }

    pub fn reduce(&self, action: Action) -> Senses {
        let mut next = *self;
        match (action, self.stage) {
            (Action::Toggle(idea), Stage::Step(i)) if idea < MAX_IDEAS => next.ticked[i] ^= 1 << idea,
            (Action::Next, Stage::Step(i)) => {
                next.stage = if i + 1 < STEPS {
                    Stage::Step(i + 1)
                } else {
                    Stage::CheckIn
                }
            }
            (Action::Back, Stage::Step(i)) if i > 0 => next.stage = Stage::Step(i - 1),
            (Action::Finish, Stage::Step(_)) => next.stage = Stage::CheckIn,
            (Action::Restart, _) => next = Senses::default(),
            _ => {}
        }
        next
    }
}

impl Reducible for Senses {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Senses::reduce(&self, action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_steps_counting_down() {
        let counts: Vec<usize> = Sense::ALL.iter().map(|s| s.count()).collect();
        assert_eq!(counts, [5, 4, 3, 2, 1]);
        let s = Senses::default();
        assert_eq!(s.sense(), Some(Sense::See));
        assert_eq!(s.step_number(), Some(1));
    }

    #[test]
    fn next_walks_every_step_then_checks_in() {
        let mut s = Senses::default();
        for (i, sense) in Sense::ALL.iter().enumerate() {
            assert_eq!(s.sense(), Some(*sense));
            assert_eq!(s.step_number(), Some(i + 1));
            assert_eq!(s.is_last_step(), i == STEPS - 1);
            s = s.reduce(Action::Next);
        }
        assert_eq!(s.stage, Stage::CheckIn);
        assert_eq!(s.step_number(), None);
        assert_eq!(s.reduce(Action::Next), s, "nothing after the check-in");
    }

    #[test]
    fn back_goes_to_the_previous_step_but_not_before_the_first() {
        let s = Senses::default();
        assert_eq!(s.reduce(Action::Back), s);
        let s = s.reduce(Action::Next).reduce(Action::Next).reduce(Action::Back);
        assert_eq!(s.sense(), Some(Sense::Touch));
        let done = s.reduce(Action::Finish);
        assert_eq!(done.reduce(Action::Back), done, "the check-in offers its own choices");
    }

    #[test]
    fn next_moves_on_without_ticking() {
        let s = Senses::default().reduce(Action::Next);
        assert_eq!(s.sense(), Some(Sense::Touch));
        assert!(!s.reduce(Action::Back).is_ticked(0));
        let last = (0..4).fold(Senses::default(), |s, _| s.reduce(Action::Next));
        assert_eq!(last.sense(), Some(Sense::Taste));
        assert_eq!(last.reduce(Action::Next).stage, Stage::CheckIn);
    }

    #[test]
    fn finish_from_any_step() {
        for i in 0..STEPS {
            let s = (0..i).fold(Senses::default(), |s, _| s.reduce(Action::Next));
            assert_eq!(s.reduce(Action::Finish).stage, Stage::CheckIn, "from step {}", i + 1);
        }
    }

    #[test]
    fn ticks_belong_to_their_step_and_survive_going_back() {
        let s = Senses::default().reduce(Action::Toggle(2));
        assert!(s.is_ticked(2));
        assert!(!s.is_ticked(0));
        let s = s.reduce(Action::Next);
        assert!(!s.is_ticked(2), "step 2 has its own ticks");
        let s = s.reduce(Action::Toggle(0)).reduce(Action::Back);
        assert!(s.is_ticked(2));
        let s = s.reduce(Action::Toggle(2));
        assert!(!s.is_ticked(2), "a second toggle unticks");
        assert_eq!(s.reduce(Action::Toggle(MAX_IDEAS)), s, "out-of-range ideas are ignored");
        assert!(!s.is_ticked(MAX_IDEAS));
    }

    #[test]
    fn restart_clears_everything() {
        let s = Senses::default()
            .reduce(Action::Toggle(1))
            .reduce(Action::Next)
            .reduce(Action::Finish)
            .reduce(Action::Restart);
        assert_eq!(s, Senses::default());
    }
}
