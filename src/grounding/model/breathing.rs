//! Paced breathing: a rhythm of up to four phases (in, hold, out, rest), run for a number of
//! minutes or breaths. Holds can be set to 0 so nobody is made to hold their breath.

use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    In,
    /// Hold after breathing in.
    Hold,
    Out,
    /// Rest (an empty-lung pause) after breathing out.
    Rest,
}

impl Phase {
    pub const ALL: [Phase; 4] = [Phase::In, Phase::Hold, Phase::Out, Phase::Rest];

    /// The phase after this one, and whether that starts a new breath.
    fn following(self) -> (Phase, bool) {
        match self {
            Phase::In => (Phase::Hold, false),
            Phase::Hold => (Phase::Out, false),
            Phase::Out => (Phase::Rest, false),
            Phase::Rest => (Phase::In, true),
        }
    }

    /// Breathing in and out can't be skipped; holding and resting can.
    pub fn min_seconds(self) -> u32 {
        match self {
            Phase::In | Phase::Out => 1,
            Phase::Hold | Phase::Rest => 0,
        }
    }
}

pub const MAX_PHASE_SECONDS: u32 = 30;
pub const MIN_MINUTES: u32 = 1;
pub const MAX_MINUTES: u32 = 30;
pub const MIN_BREATHS: u32 = 1;
pub const MAX_BREATHS: u32 = 100;
/// Breaths at the start of a run in which every phase is spoken (see `Breathing::speaks`).
pub const SPOKEN_BREATHS: u32 = 2;
/// After those, at least this many seconds between spoken cues.
pub const QUIET_SECONDS: u32 = 10;

/// Seconds for each phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pattern {
    pub breathe_in: u32,
    pub hold: u32,
    pub breathe_out: u32,
    pub rest: u32,
}

impl Pattern {
    pub fn seconds(&self, phase: Phase) -> u32 {
        match phase {
            Phase::In => self.breathe_in,
            Phase::Hold => self.hold,
            Phase::Out => self.breathe_out,
            Phase::Rest => self.rest,
        }
    }

    /// The pattern with one phase changed, kept within the allowed range.
    pub fn with(mut self, phase: Phase, seconds: u32) -> Pattern {
        let s = seconds.clamp(phase.min_seconds(), MAX_PHASE_SECONDS);
        match phase {
            Phase::In => self.breathe_in = s,
            Phase::Hold => self.hold = s,
            Phase::Out => self.breathe_out = s,
            Phase::Rest => self.rest = s,
        }
        self
    }

    /// Seconds in one full breath.
    pub fn breath_seconds(&self) -> u32 {
        Phase::ALL.iter().map(|p| self.seconds(*p)).sum()
    }

    /// The next phase that lasts at least a second after `phase`, and whether a new breath starts.
    fn next(&self, phase: Phase) -> (Phase, bool) {
        let mut p = phase;
        let mut wrapped = false;
        loop {
            let (n, w) = p.following();
            wrapped |= w;
            if self.seconds(n) > 0 {
                return (n, wrapped);
            }
            p = n;
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// 4-4-4-4.
    Box,
    /// 4-7-8.
    FourSevenEight,
    /// 4-6, no holds.
    LongerOut,
}

impl Preset {
    pub const ALL: [Preset; 3] = [Preset::Box, Preset::FourSevenEight, Preset::LongerOut];

    pub fn pattern(self) -> Pattern {
        let (breathe_in, hold, breathe_out, rest) = match self {
            Preset::Box => (4, 4, 4, 4),
            Preset::FourSevenEight => (4, 7, 8, 0),
            Preset::LongerOut => (4, 0, 6, 0),
        };
        Pattern {
            breathe_in,
            hold,
            breathe_out,
            rest,
        }
    }

    /// The preset a pattern matches, if any (the visitor may have set their own seconds).
    pub fn matching(pattern: Pattern) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.pattern() == pattern)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LengthKind {
    Minutes,
    Breaths,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    pub pattern: Pattern,
    pub length: LengthKind,
    pub minutes: u32,
    pub breaths: u32,
    /// Off by default: one pulse to breathe in, two to breathe out.
    pub vibrate: bool,
    /// Off by default: a short, quiet tone generated on the device.
    pub sound: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            // No holds by default: nobody is asked to hold their breath unless they choose to.
            pattern: Preset::LongerOut.pattern(),
            length: LengthKind::Minutes,
            minutes: 2,
            breaths: 10,
            vibrate: false,
            sound: false,
        }
    }
}

/// A run in progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Active {
    pub phase: Phase,
    /// Whole seconds left in this phase (what the countdown shows).
    pub left: u32,
    /// 1-based.
    pub breath: u32,
    /// Seconds breathed so far (pauses don't count).
    pub elapsed: u32,
    pub paused: bool,
    /// Counts phase changes in this run: views key their cues (announcement, vibration,
    /// sound, animation) on it so each change is signalled exactly once.
    pub changes: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Run {
    Setup,
    Active(Active),
    /// Finished: the check-in.
    Done,
    /// Stopped by the visitor before the end: a check-in that says so, and offers an exercise
    /// that doesn't use the breath (focusing on it makes some people feel worse).
    Stopped,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Breathing {
    pub settings: Settings,
    pub run: Run,
}

impl Default for Breathing {
    fn default() -> Self {
        Breathing {
            settings: Settings::default(),
            run: Run::Setup,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Preset(Preset),
    Seconds(Phase, u32),
    Length(LengthKind),
    Minutes(u32),
    Breaths(u32),
    Vibrate(bool),
    Sound(bool),
    Start,
    Pause,
    Resume,
    Stop,
    /// Whole seconds that passed while running.
    Tick(u32),
    /// Back to the settings after the check-in.
    Again,
}

impl Breathing {
    pub fn active(&self) -> Option<&Active> {
        match &self.run {
            Run::Active(a) => Some(a),
            _ => None,
        }
    }

    /// True while time should pass (the view runs its clock only then).
    pub fn ticking(&self) -> bool {
        matches!(self.run, Run::Active(a) if !a.paused)
    }

    /// In minutes mode: minutes left, to the nearest minute (0 means "less than a minute"), so
    /// two seconds into a 2-minute session it says "about 2", not "about 1".
    pub fn minutes_left(&self) -> Option<u32> {
        let a = self.active()?;
        (self.settings.length == LengthKind::Minutes)
            .then(|| ((self.settings.minutes * 60).saturating_sub(a.elapsed) + 30) / 60)
    }

    /// Whether screen readers should hear the phase just begun. The first
    /// [`SPOKEN_BREATHS`] breaths say every phase, so the rhythm can be learnt by ear; after
    /// that only the start of a breath is said, and no more often than every
    /// [`QUIET_SECONDS`]: on the default rhythm that is 6 a minute instead of 12, and a
    /// custom rhythm of 2-second breaths can't make it chatter.
    pub fn speaks(&self) -> bool {
        let Some(a) = self.active() else {
            return false;
        };
        if a.breath <= SPOKEN_BREATHS {
            return true;
        }
        let every = QUIET_SECONDS.div_ceil(self.settings.pattern.breath_seconds().max(1));
        a.phase == Phase::In && (a.breath - SPOKEN_BREATHS - 1).is_multiple_of(every)
    }

    pub fn reduce(&self, action: Action) -> Breathing {
        let mut next = *self;
        let s = &mut next.settings;
        match (action, &mut next.run) {
            // Settings change only before a run starts.
            (Action::Preset(p), Run::Setup) => s.pattern = p.pattern(),
            (Action::Seconds(phase, secs), Run::Setup) => s.pattern = s.pattern.with(phase, secs),
            (Action::Length(kind), Run::Setup) => s.length = kind,
            (Action::Minutes(m), Run::Setup) => s.minutes = m.clamp(MIN_MINUTES, MAX_MINUTES),
            (Action::Breaths(b), Run::Setup) => s.breaths = b.clamp(MIN_BREATHS, MAX_BREATHS),
            (Action::Vibrate(on), Run::Setup) => s.vibrate = on,
            (Action::Sound(on), Run::Setup) => s.sound = on,
            (Action::Start, Run::Setup) => {
                next.run = Run::Active(Active {
                    phase: Phase::In,
                    left: s.pattern.breathe_in,
                    breath: 1,
                    elapsed: 0,
                    paused: false,
                    changes: 0,
                })
            }
            (Action::Pause, Run::Active(a)) => a.paused = true,
            (Action::Resume, Run::Active(a)) => a.paused = false,
            (Action::Stop, Run::Active(_)) => next.run = Run::Stopped,
            (Action::Tick(secs), Run::Active(a)) if !a.paused => {
                if let Some(a) = advance(&next.settings, *a, secs) {
                    next.run = Run::Active(a);
                } else {
                    next.run = Run::Done;
                }
            }
            (Action::Again, Run::Done | Run::Stopped) => next.run = Run::Setup,
            _ => {}
        }
        next
    }
}

/// Moves a run on by `secs`, through as many phases as that covers; `None` when it is over.
/// A run ends only when a breath is complete, never half-way through breathing out.
fn advance(settings: &Settings, mut a: Active, mut secs: u32) -> Option<Active> {
    let pattern = settings.pattern;
    while secs > 0 {
        let step = secs.min(a.left);
        a.left -= step;
        a.elapsed += step;
        secs -= step;
        if a.left == 0 {
            let (phase, new_breath) = pattern.next(a.phase);
            if new_breath {
                let over = match settings.length {
                    LengthKind::Breaths => a.breath >= settings.breaths,
                    LengthKind::Minutes => a.elapsed >= settings.minutes * 60,
                };
                if over {
                    return None;
                }
                a.breath += 1;
            }
            a.phase = phase;
            a.left = pattern.seconds(phase);
            a.changes += 1;
        }
    }
    Some(a)
}

impl Reducible for Breathing {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Breathing::reduce(&self, action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boxed(breaths: u32) -> Breathing {
        Breathing::default()
            .reduce(Action::Preset(Preset::Box))
            .reduce(Action::Length(LengthKind::Breaths))
            .reduce(Action::Breaths(breaths))
    }

    fn active(b: &Breathing) -> Active {
        *b.active().expect("a run in progress")
    }

    /// The seconds (from the start) at which a 10-minute run of `pattern` speaks.
    fn spoken_times(pattern: Pattern) -> Vec<u32> {
        let mut b = Breathing::default()
            .reduce(Action::Seconds(Phase::In, pattern.breathe_in))
            .reduce(Action::Seconds(Phase::Hold, pattern.hold))
            .reduce(Action::Seconds(Phase::Out, pattern.breathe_out))
            .reduce(Action::Seconds(Phase::Rest, pattern.rest))
            .reduce(Action::Minutes(10))
            .reduce(Action::Start);
        let mut times = vec![0];
        assert!(b.speaks(), "the first phase is spoken");
        for t in 1..600 {
            let before = active(&b).changes;
            b = b.reduce(Action::Tick(1));
            if b.active().is_some_and(|a| a.changes != before) && b.speaks() {
                times.push(t);
            }
        }
        times
    }

    #[test]
    fn screen_readers_learn_the_rhythm_then_hear_little_more_than_each_breath() {
        let fast = Pattern {
            breathe_in: 1,
            hold: 0,
            breathe_out: 1,
            rest: 0,
        };
        let patterns = Preset::ALL.iter().map(|p| p.pattern()).chain([fast]);
        for pattern in patterns {
            let times = spoken_times(pattern);
            let phases = Phase::ALL.iter().filter(|p| pattern.seconds(**p) > 0).count();
            let learning = SPOKEN_BREATHS * pattern.breath_seconds();
            let first: Vec<_> = times.iter().filter(|t| **t < learning).collect();
            assert_eq!(
                first.len(),
                SPOKEN_BREATHS as usize * phases,
                "{pattern:?}: every phase at first"
            );
            // After the first breaths, any minute holds at most 60 / QUIET_SECONDS cues.
            for start in learning..540 {
                let n = times.iter().filter(|t| (start..start + 60).contains(*t)).count();
                assert!(n <= 6, "{pattern:?}: {n} cues in the minute from {start} s");
            }
            // Never silent for long either: at least one cue in every 30 s.
            for pair in times.windows(2) {
                assert!(
                    pair[1] - pair[0] <= 30,
                    "{pattern:?}: silent from {} to {} s",
                    pair[0],
                    pair[1]
                );
            }
        }
    }

    #[test]
    fn defaults_have_no_holds_and_nothing_on() {
        let b = Breathing::default();
        assert_eq!(b.settings.pattern.hold, 0);
        assert_eq!(b.settings.pattern.rest, 0);
        assert!(!b.settings.vibrate, "vibration is off by default");
        assert!(!b.settings.sound, "sound is off by default");
        assert_eq!(b.run, Run::Setup);
        assert!(!b.ticking());
    }

    #[test]
    fn presets_set_the_pattern() {
        let b = Breathing::default().reduce(Action::Preset(Preset::Box));
        assert_eq!(
            b.settings.pattern,
            Pattern {
                breathe_in: 4,
                hold: 4,
                breathe_out: 4,
                rest: 4
            }
        );
        let b = b.reduce(Action::Preset(Preset::FourSevenEight));
        assert_eq!(
            (
                b.settings.pattern.breathe_in,
                b.settings.pattern.hold,
                b.settings.pattern.breathe_out,
                b.settings.pattern.rest
            ),
            (4, 7, 8, 0)
        );
        assert_eq!(Preset::matching(b.settings.pattern), Some(Preset::FourSevenEight));
        let b = b.reduce(Action::Seconds(Phase::Out, 9));
        assert_eq!(
            Preset::matching(b.settings.pattern),
            None,
            "own seconds match no preset"
        );
    }

    #[test]
    fn seconds_are_clamped_and_only_holds_can_be_zero() {
        let b = Breathing::default()
            .reduce(Action::Seconds(Phase::In, 0))
            .reduce(Action::Seconds(Phase::Out, 99))
            .reduce(Action::Seconds(Phase::Hold, 0))
            .reduce(Action::Seconds(Phase::Rest, 31));
        let p = b.settings.pattern;
        assert_eq!(
            (p.breathe_in, p.hold, p.breathe_out, p.rest),
            (1, 0, MAX_PHASE_SECONDS, MAX_PHASE_SECONDS)
        );
        let b = b.reduce(Action::Minutes(0)).reduce(Action::Breaths(1000));
        assert_eq!(b.settings.minutes, MIN_MINUTES);
        assert_eq!(b.settings.breaths, MAX_BREATHS);
    }

    #[test]
    fn box_breathing_walks_through_the_four_phases_and_counts_down() {
        let b = boxed(2).reduce(Action::Start);
        let a = active(&b);
        assert_eq!((a.phase, a.left, a.breath, a.changes), (Phase::In, 4, 1, 0));
        assert!(b.ticking());
        let b = b.reduce(Action::Tick(1));
        assert_eq!((active(&b).phase, active(&b).left), (Phase::In, 3));
        let b = b.reduce(Action::Tick(3));
        assert_eq!(
            (active(&b).phase, active(&b).left, active(&b).changes),
            (Phase::Hold, 4, 1)
        );
        let b = b.reduce(Action::Tick(4));
        assert_eq!(active(&b).phase, Phase::Out);
        let b = b.reduce(Action::Tick(4));
        assert_eq!(active(&b).phase, Phase::Rest);
        let b = b.reduce(Action::Tick(4));
        assert_eq!(
            (active(&b).phase, active(&b).breath, active(&b).changes),
            (Phase::In, 2, 4)
        );
    }

    #[test]
    fn zero_second_holds_are_skipped() {
        let b = Breathing::default().reduce(Action::Start); // 4-0-6-0
        let b = b.reduce(Action::Tick(4));
        assert_eq!(active(&b).phase, Phase::Out);
        let b = b.reduce(Action::Tick(6));
        assert_eq!((active(&b).phase, active(&b).breath), (Phase::In, 2));
    }

    #[test]
    fn ends_after_the_chosen_number_of_breaths() {
        let b = boxed(2).reduce(Action::Start);
        let b = b.reduce(Action::Tick(16));
        assert_eq!(active(&b).breath, 2);
        let b = b.reduce(Action::Tick(15));
        assert_eq!((active(&b).phase, active(&b).left), (Phase::Rest, 1));
        assert_eq!(b.reduce(Action::Tick(1)).run, Run::Done);
    }

    #[test]
    fn a_long_tick_covers_several_phases_and_can_finish() {
        let b = boxed(3).reduce(Action::Start);
        let a = active(&b.reduce(Action::Tick(9)));
        assert_eq!((a.phase, a.left, a.changes), (Phase::Out, 3, 2));
        assert_eq!(b.reduce(Action::Tick(1000)).run, Run::Done);
    }

    #[test]
    fn minutes_end_at_the_end_of_a_breath_not_half_way() {
        // 4-7-8 is 19 s a breath: after 60 s the fourth breath is still going; it ends at 76 s.
        let b = Breathing::default()
            .reduce(Action::Preset(Preset::FourSevenEight))
            .reduce(Action::Minutes(1))
            .reduce(Action::Start);
        assert_eq!(b.minutes_left(), Some(1));
        let b = b.reduce(Action::Tick(60));
        assert_eq!(active(&b).breath, 4);
        assert_eq!(b.minutes_left(), Some(0));
        let b = b.reduce(Action::Tick(15));
        assert!(b.active().is_some());
        assert_eq!(b.reduce(Action::Tick(1)).run, Run::Done);
    }

    #[test]
    fn minutes_left_rounds_to_the_nearest_minute() {
        let b = Breathing::default().reduce(Action::Minutes(2)).reduce(Action::Start);
        assert_eq!(b.minutes_left(), Some(2));
        assert_eq!(b.reduce(Action::Tick(2)).minutes_left(), Some(2), "2 s into 2 minutes");
        assert_eq!(b.reduce(Action::Tick(89)).minutes_left(), Some(1), "31 s left");
        assert_eq!(
            b.reduce(Action::Tick(91)).minutes_left(),
            Some(0),
            "29 s left: under a minute"
        );
    }

    #[test]
    fn minutes_left_only_in_minutes_mode() {
        assert_eq!(boxed(2).reduce(Action::Start).minutes_left(), None);
        assert_eq!(Breathing::default().minutes_left(), None, "not before a run");
    }

    #[test]
    fn paused_time_does_not_pass() {
        let b = boxed(2)
            .reduce(Action::Start)
            .reduce(Action::Tick(2))
            .reduce(Action::Pause);
        assert!(!b.ticking());
        let paused = b.reduce(Action::Tick(30));
        assert_eq!(paused, b, "ticks while paused change nothing");
        let b = paused.reduce(Action::Resume).reduce(Action::Tick(1));
        assert_eq!(
            (active(&b).phase, active(&b).left, active(&b).paused),
            (Phase::In, 1, false)
        );
    }

    #[test]
    fn pause_at_the_moment_of_a_phase_change() {
        // One second left of breathing in; the pause arrives before the tick that would change it.
        let b = boxed(2)
            .reduce(Action::Start)
            .reduce(Action::Tick(3))
            .reduce(Action::Pause);
        let b = b.reduce(Action::Tick(1));
        assert_eq!(
            (active(&b).phase, active(&b).left, active(&b).changes),
            (Phase::In, 1, 0)
        );
        let b = b.reduce(Action::Resume).reduce(Action::Tick(1));
        assert_eq!(
            (active(&b).phase, active(&b).left, active(&b).changes),
            (Phase::Hold, 4, 1)
        );
        // And pausing right after the change keeps the new phase, whole.
        let b = b.reduce(Action::Pause).reduce(Action::Tick(2));
        assert_eq!((active(&b).phase, active(&b).left), (Phase::Hold, 4));
    }

    #[test]
    fn stop_from_every_state() {
        let setup = boxed(2);
        assert_eq!(
            setup.reduce(Action::Stop).run,
            Run::Setup,
            "nothing to stop before a run"
        );
        let running = setup.reduce(Action::Start).reduce(Action::Tick(5));
        assert_eq!(running.reduce(Action::Stop).run, Run::Stopped);
        let paused = running.reduce(Action::Pause);
        assert_eq!(paused.reduce(Action::Stop).run, Run::Stopped);
        let at_change = setup.reduce(Action::Start).reduce(Action::Tick(4));
        assert_eq!(at_change.reduce(Action::Stop).run, Run::Stopped);
        let stopped = running.reduce(Action::Stop);
        assert_eq!(stopped.reduce(Action::Stop).run, Run::Stopped);
        assert_eq!(
            stopped.reduce(Action::Tick(5)).run,
            Run::Stopped,
            "no ticks after stopping"
        );
        assert_eq!(stopped.reduce(Action::Again).run, Run::Setup);
    }

    #[test]
    fn settings_are_locked_while_running_and_kept_for_again() {
        let running = boxed(2).reduce(Action::Start);
        assert_eq!(running.reduce(Action::Preset(Preset::LongerOut)), running);
        assert_eq!(running.reduce(Action::Seconds(Phase::In, 9)), running);
        assert_eq!(running.reduce(Action::Start), running, "Start again does not restart");
        let again = running.reduce(Action::Stop).reduce(Action::Again);
        assert_eq!(again.run, Run::Setup);
        assert_eq!(again.settings, boxed(2).settings);
        let restarted = again.reduce(Action::Start);
        assert_eq!(active(&restarted).breath, 1);
        assert_eq!(active(&restarted).changes, 0);
    }

    #[test]
    fn cue_options_toggle() {
        let b = Breathing::default()
            .reduce(Action::Vibrate(true))
            .reduce(Action::Sound(true));
        assert!(b.settings.vibrate && b.settings.sound);
        let b = b.reduce(Action::Vibrate(false));
        assert!(!b.settings.vibrate && b.settings.sound);
    }
}
