//! Paired muscle relaxation: gently tense one part of the body, then let it go, part by part.

use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Hands,
    Arms,
    Shoulders,
    Face,
    Legs,
    Feet,
}

impl Part {
    pub const ALL: [Part; 6] = [
        Part::Hands,
        Part::Arms,
        Part::Shoulders,
        Part::Face,
        Part::Legs,
        Part::Feet,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    Tense,
    Release,
}

impl Phase {
    /// Short, gentle tensing; a longer time to let go and notice the difference.
    pub fn seconds(self) -> u32 {
        match self {
            Phase::Tense => 5,
            Phase::Release => 10,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Active {
    /// 0-based index into [`Part::ALL`].
    pub part: usize,
    pub phase: Phase,
    pub left: u32,
    pub paused: bool,
    /// Counts phase changes in this run (see `breathing::Active::changes`).
    pub changes: u32,
}

impl Active {
    fn at(part: usize, changes: u32, paused: bool) -> Active {
        Active {
            part,
            phase: Phase::Tense,
            left: Phase::Tense.seconds(),
            paused,
            changes,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Muscle {
    #[default]
    Setup,
    Active(Active),
    Done,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Start,
    Tick(u32),
    Pause,
    Resume,
    /// Skip to the next part (a part that is sore or hurt).
    SkipPart,
    Stop,
    Again,
}

impl Muscle {
    pub fn active(&self) -> Option<&Active> {
        match self {
            Muscle::Active(a) => Some(a),
            _ => None,
        }
    }

    pub fn part(&self) -> Option<Part> {
        self.active().and_then(|a| Part::ALL.get(a.part).copied())
    }

    pub fn ticking(&self) -> bool {
        matches!(self, Muscle::Active(a) if !a.paused)
    }

    pub fn reduce(&self, action: Action) -> Muscle {
        match (action, *self) {
            (Action::Start, Muscle::Setup) => Muscle::Active(Active::at(0, 0, false)),
            (Action::Tick(secs), Muscle::Active(a)) if !a.paused => advance(a, secs),
            (Action::Pause, Muscle::Active(a)) => Muscle::Active(Active { paused: true, ..a }),
            (Action::Resume, Muscle::Active(a)) => Muscle::Active(Active { paused: false, ..a }),
            (Action::SkipPart, Muscle::Active(a)) => next_part(a),
            (Action::Stop, Muscle::Active(_)) => Muscle::Done,
            (Action::Again, Muscle::Done) => Muscle::Setup,
            _ => *self,
        }
    }
}

fn next_part(a: Active) -> Muscle {
    if a.part + 1 < Part::ALL.len() {
        Muscle::Active(Active::at(a.part + 1, a.changes + 1, a.paused))
    } else {
        Muscle::Done
    }
}

fn advance(mut a: Active, mut secs: u32) -> Muscle {
    while secs > 0 {
        let step = secs.min(a.left);
        a.left -= step;
        secs -= step;
        if a.left == 0 {
            match a.phase {
                Phase::Tense => {
                    a.phase = Phase::Release;
                    a.left = Phase::Release.seconds();
                    a.changes += 1;
                }
                Phase::Release => match next_part(a) {
                    Muscle::Active(n) => a = n,
                    done => return done,
                },
            }
        }
    }
    Muscle::Active(a)
}

impl Reducible for Muscle {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Muscle::reduce(&self, action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn active(m: &Muscle) -> Active {
        *m.active().expect("running")
    }

    #[test]
    fn tense_then_release_for_each_part_then_done() {
        let mut m = Muscle::default().reduce(Action::Start);
        for (i, part) in Part::ALL.iter().enumerate() {
            assert_eq!(m.part(), Some(*part));
            assert_eq!((active(&m).phase, active(&m).left), (Phase::Tense, 5), "part {i}");
            m = m.reduce(Action::Tick(5));
            assert_eq!((active(&m).phase, active(&m).left), (Phase::Release, 10));
            m = m.reduce(Action::Tick(10));
        }
        assert_eq!(m, Muscle::Done);
    }

    #[test]
    fn every_phase_change_is_counted_once() {
        let m = Muscle::default().reduce(Action::Start);
        assert_eq!(active(&m).changes, 0);
        let m = m.reduce(Action::Tick(5));
        assert_eq!(active(&m).changes, 1);
        let m = m.reduce(Action::Tick(10));
        assert_eq!((active(&m).part, active(&m).changes), (1, 2));
        let m = m.reduce(Action::Tick(3));
        assert_eq!(active(&m).changes, 2, "no change mid-phase");
    }

    #[test]
    fn a_long_tick_can_cover_several_parts_and_finish() {
        let m = Muscle::default().reduce(Action::Start).reduce(Action::Tick(31));
        assert_eq!(
            (active(&m).part, active(&m).phase, active(&m).left),
            (2, Phase::Tense, 4)
        );
        assert_eq!(
            Muscle::default().reduce(Action::Start).reduce(Action::Tick(10_000)),
            Muscle::Done
        );
    }

    #[test]
    fn pause_holds_time_including_at_a_phase_change() {
        let m = Muscle::default()
            .reduce(Action::Start)
            .reduce(Action::Tick(4))
            .reduce(Action::Pause);
        assert!(!m.ticking());
        assert_eq!(m.reduce(Action::Tick(1)), m);
        let m = m.reduce(Action::Resume).reduce(Action::Tick(1));
        assert_eq!(active(&m).phase, Phase::Release);
        let paused = m.reduce(Action::Pause);
        assert_eq!(paused.reduce(Action::Tick(20)), paused);
    }

    #[test]
    fn skip_part_moves_on_and_keeps_a_pause() {
        let m = Muscle::default()
            .reduce(Action::Start)
            .reduce(Action::Pause)
            .reduce(Action::SkipPart);
        assert_eq!(m.part(), Some(Part::Arms));
        assert!(active(&m).paused);
        assert_eq!(active(&m).changes, 1);
        let last = (0..5).fold(Muscle::default().reduce(Action::Start), |m, _| {
            m.reduce(Action::SkipPart)
        });
        assert_eq!(last.part(), Some(Part::Feet));
        assert_eq!(last.reduce(Action::SkipPart), Muscle::Done);
    }

    #[test]
    fn stop_from_every_state() {
        assert_eq!(Muscle::Setup.reduce(Action::Stop), Muscle::Setup);
        let running = Muscle::default().reduce(Action::Start).reduce(Action::Tick(2));
        assert_eq!(running.reduce(Action::Stop), Muscle::Done);
        assert_eq!(running.reduce(Action::Pause).reduce(Action::Stop), Muscle::Done);
        let releasing = Muscle::default().reduce(Action::Start).reduce(Action::Tick(5));
        assert_eq!(releasing.reduce(Action::Stop), Muscle::Done);
        assert_eq!(Muscle::Done.reduce(Action::Stop), Muscle::Done);
        assert_eq!(Muscle::Done.reduce(Action::Tick(3)), Muscle::Done);
        assert_eq!(Muscle::Done.reduce(Action::Again), Muscle::Setup);
    }
}
