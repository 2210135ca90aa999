//! Urge surfing: a 5- or 15-minute timer. An urge rises, peaks and passes like a wave; every
//! minute the timer waits for a check-in ("Has the urge eased?"), like Calm Harm's activities.
//! If the visitor says the urge is getting stronger, or hasn't eased when the time is up, the
//! timer does not simply carry on: it stops at [`Stage::Reach`], which offers help first.

use std::rc::Rc;
use yew::Reducible;

/// Seconds between check-ins.
pub const CHECK_EVERY: u32 = 60;
/// "Add 5 minutes".
pub const EXTEND_BY: u32 = 5 * 60;
/// The timer never runs longer than this, however often it is extended.
pub const MAX_TOTAL: u32 = 60 * 60;
/// The lengths offered.
pub const CHOICES: [u32; 2] = [5, 15];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Setup,
    Running,
    /// A minute passed: the timer waits for an answer.
    CheckIn,
    /// The time chosen is over: the timer waits for an answer.
    TimeUp,
    /// The urge is getting stronger (at a check-in) or hasn't eased (at time-up): the timer
    /// waits, and the screen offers "Get help now" first, then more time or another exercise.
    Reach,
    /// The visitor said the urge eased.
    Eased,
    /// The visitor stopped.
    Stopped,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Urge {
    pub stage: Stage,
    /// Seconds chosen (plus any extensions).
    pub total: u32,
    /// Seconds passed (pauses and check-ins don't count).
    pub elapsed: u32,
    pub paused: bool,
}

impl Default for Urge {
    fn default() -> Self {
        Urge {
            stage: Stage::Setup,
            total: 0,
            elapsed: 0,
            paused: false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start a timer of this many minutes.
    Start(u32),
    Tick(u32),
    Pause,
    Resume,
    Stop,
    /// "Not yet, keep going" at a check-in.
    KeepGoing,
    /// "Yes, it has eased".
    Eased,
    /// "It's getting stronger" at a check-in, or "It hasn't eased yet" at time-up.
    NotEasing,
    /// "Add 5 minutes".
    Extend,
    /// Back to choosing a length.
    Again,
}

impl Urge {
    pub fn left(&self) -> u32 {
        self.total.saturating_sub(self.elapsed)
    }

    pub fn ticking(&self) -> bool {
        self.stage == Stage::Running && !self.paused
    }

    /// Waiting for an answer to "Has the urge eased?".
    pub fn asking(&self) -> bool {
        matches!(self.stage, Stage::CheckIn | Stage::TimeUp)
    }

    /// Whether "Add 5 minutes" would add any time (the total is capped at [`MAX_TOTAL`]).
    pub fn can_extend(&self) -> bool {
        self.total < MAX_TOTAL
    }

    pub fn reduce(&self, action: Action) -> Urge {
        let mut next = *self;
        match (action, self.stage) {
            (Action::Start(minutes), Stage::Setup) => {
                next = Urge {
                    stage: Stage::Running,
                    total: (minutes.max(1) * 60).min(MAX_TOTAL),
                    elapsed: 0,
                    paused: false,
                }
            }
            (Action::Tick(secs), Stage::Running) if !self.paused && secs > 0 => {
                let next_check = (self.elapsed / CHECK_EVERY + 1) * CHECK_EVERY;
                let boundary = next_check.min(self.total);
                // Time stops at the check-in; any extra seconds in this tick are not counted.
                next.elapsed = (self.elapsed + secs).min(boundary);
                if next.elapsed == self.total {
                    next.stage = Stage::TimeUp;
                } else if next.elapsed == boundary {
                    next.stage = Stage::CheckIn;
                }
            }
            (Action::Pause, Stage::Running) => next.paused = true,
            (Action::Resume, Stage::Running) => next.paused = false,
            (Action::KeepGoing, Stage::CheckIn) => next.stage = Stage::Running,
            // Back to the timer from the offer of help, if there is time left.
            (Action::KeepGoing, Stage::Reach) if self.left() > 0 => next.stage = Stage::Running,
            (Action::NotEasing, Stage::CheckIn | Stage::TimeUp) => next.stage = Stage::Reach,
            (Action::Extend, Stage::Running | Stage::CheckIn | Stage::TimeUp | Stage::Reach) => {
                next.total = (self.total + EXTEND_BY).min(MAX_TOTAL);
                if next.total > next.elapsed {
                    next.stage = Stage::Running;
                }
            }
            (Action::Eased, Stage::Running | Stage::CheckIn | Stage::TimeUp) => next.stage = Stage::Eased,
            (Action::Stop, Stage::Running | Stage::CheckIn | Stage::TimeUp | Stage::Reach) => {
                next.stage = Stage::Stopped
            }
            (Action::Again, Stage::Eased | Stage::Stopped) => next = Urge::default(),
            _ => {}
        }
        next
    }
}

impl Reducible for Urge {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Urge::reduce(&self, action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn started(minutes: u32) -> Urge {
        Urge::default().reduce(Action::Start(minutes))
    }

    #[test]
    fn starts_with_the_chosen_length() {
        let u = started(5);
        assert_eq!((u.stage, u.total, u.left()), (Stage::Running, 300, 300));
        assert!(u.ticking());
        assert_eq!(started(15).left(), 900);
        assert_eq!(
            Urge::default().reduce(Action::Tick(5)),
            Urge::default(),
            "no time before a start"
        );
    }

    #[test]
    fn asks_every_minute_and_waits() {
        let u = started(5).reduce(Action::Tick(59));
        assert_eq!(u.stage, Stage::Running);
        let u = u.reduce(Action::Tick(1));
        assert_eq!((u.stage, u.elapsed), (Stage::CheckIn, 60));
        assert!(u.asking() && !u.ticking());
        assert_eq!(u.reduce(Action::Tick(30)), u, "the timer waits for an answer");
        let u = u.reduce(Action::KeepGoing);
        assert_eq!(u.stage, Stage::Running);
        let u = u.reduce(Action::Tick(60));
        assert_eq!((u.stage, u.elapsed), (Stage::CheckIn, 120));
    }

    #[test]
    fn a_long_tick_stops_at_the_check_in() {
        let u = started(5).reduce(Action::Tick(10)).reduce(Action::Tick(500));
        assert_eq!((u.stage, u.elapsed), (Stage::CheckIn, 60));
    }

    #[test]
    fn time_up_then_extend_or_eased() {
        let mut u = started(5);
        for _ in 0..4 {
            u = u.reduce(Action::Tick(60));
            assert_eq!(u.stage, Stage::CheckIn);
            u = u.reduce(Action::KeepGoing);
        }
        let u = u.reduce(Action::Tick(60));
        assert_eq!((u.stage, u.left()), (Stage::TimeUp, 0));
        assert_eq!(u.reduce(Action::KeepGoing), u, "time up offers extend, not keep going");
        let extended = u.reduce(Action::Extend);
        assert_eq!((extended.stage, extended.left()), (Stage::Running, 300));
        assert_eq!(u.reduce(Action::Eased).stage, Stage::Eased);
    }

    #[test]
    fn extend_at_a_check_in_adds_five_minutes_and_carries_on() {
        let u = started(5).reduce(Action::Tick(60)).reduce(Action::Extend);
        assert_eq!((u.stage, u.total, u.left()), (Stage::Running, 600, 540));
    }

    #[test]
    fn extending_is_capped() {
        let mut u = started(15);
        for _ in 0..20 {
            u = u.reduce(Action::Extend);
        }
        assert_eq!(u.total, MAX_TOTAL);
    }

    #[test]
    fn pause_and_resume() {
        let u = started(5).reduce(Action::Tick(10)).reduce(Action::Pause);
        assert!(!u.ticking());
        assert_eq!(u.reduce(Action::Tick(30)).elapsed, 10);
        let u = u.reduce(Action::Resume).reduce(Action::Tick(5));
        assert_eq!(u.elapsed, 15);
    }

    #[test]
    fn pause_just_before_a_check_in() {
        let u = started(5).reduce(Action::Tick(59)).reduce(Action::Pause);
        let u = u.reduce(Action::Tick(1));
        assert_eq!((u.stage, u.elapsed), (Stage::Running, 59));
        let u = u.reduce(Action::Resume).reduce(Action::Tick(1));
        assert_eq!(u.stage, Stage::CheckIn);
        assert_eq!(u.reduce(Action::Pause), u, "nothing to pause while asking");
    }

    #[test]
    fn eased_from_a_check_in() {
        let u = started(15).reduce(Action::Tick(60)).reduce(Action::Eased);
        assert_eq!(u.stage, Stage::Eased);
        assert_eq!(u.reduce(Action::Tick(60)), u);
    }

    #[test]
    fn stop_from_every_state() {
        assert_eq!(Urge::default().reduce(Action::Stop).stage, Stage::Setup);
        let running = started(5).reduce(Action::Tick(5));
        assert_eq!(running.reduce(Action::Stop).stage, Stage::Stopped);
        assert_eq!(running.reduce(Action::Pause).reduce(Action::Stop).stage, Stage::Stopped);
        let check = started(5).reduce(Action::Tick(60));
        assert_eq!(check.reduce(Action::Stop).stage, Stage::Stopped);
        let up = started(5).reduce(Action::Tick(300));
        assert_eq!(up.stage, Stage::CheckIn, "a minute's check-in comes first");
        let up = (0..5).fold(started(5), |u, _| u.reduce(Action::KeepGoing).reduce(Action::Tick(60)));
        assert_eq!(up.stage, Stage::TimeUp);
        assert_eq!(up.reduce(Action::Stop).stage, Stage::Stopped);
        let stopped = running.reduce(Action::Stop);
        assert_eq!(stopped.reduce(Action::Stop), stopped);
        assert_eq!(stopped.reduce(Action::Eased).reduce(Action::Stop).stage, Stage::Stopped);
        let eased = check.reduce(Action::Eased);
        assert_eq!(eased.reduce(Action::Stop), eased);
    }

    /// "Not yet, keep going" at every check-in, until the time is up.
    fn time_up(minutes: u32) -> Urge {
        let mut u = started(minutes);
        while u.stage != Stage::TimeUp {
            u = match u.stage {
                Stage::CheckIn => u.reduce(Action::KeepGoing),
                _ => u.reduce(Action::Tick(60)),
            };
        }
        u
    }

    #[test]
    fn getting_stronger_at_a_check_in_offers_help_and_the_timer_waits() {
        let check = started(5).reduce(Action::Tick(60));
        let u = check.reduce(Action::NotEasing);
        assert_eq!((u.stage, u.elapsed, u.total), (Stage::Reach, 60, 300));
        assert!(!u.ticking() && !u.asking(), "neither running nor asking again");
        assert_eq!(u.reduce(Action::Tick(60)), u, "no time passes while help is offered");
        assert_eq!(u.reduce(Action::Pause), u);
        assert_eq!(
            u.reduce(Action::Eased),
            u,
            "the offer is answered with a choice, not a question"
        );
        let back = u.reduce(Action::KeepGoing);
        assert_eq!(
            (back.stage, back.left()),
            (Stage::Running, 240),
            "back to the timer, time kept"
        );
        let more = u.reduce(Action::Extend);
        assert_eq!((more.stage, more.left()), (Stage::Running, 540));
        assert_eq!(u.reduce(Action::Stop).stage, Stage::Stopped);
    }

    #[test]
    fn not_eased_at_time_up_offers_help_then_more_time() {
        let up = time_up(5);
        assert_eq!(up.left(), 0);
        let u = up.reduce(Action::NotEasing);
        assert_eq!(u.stage, Stage::Reach);
        assert_eq!(u.reduce(Action::KeepGoing), u, "no time left to keep going with");
        let more = u.reduce(Action::Extend);
        assert_eq!((more.stage, more.left()), (Stage::Running, 300));
        let mut later = more;
        while !later.asking() {
            later = later.reduce(Action::Tick(60));
        }
        assert_eq!(
            later.reduce(Action::NotEasing).stage,
            Stage::Reach,
            "and again at the next check-in"
        );
    }

    #[test]
    fn not_easing_is_only_an_answer_to_the_question() {
        assert_eq!(Urge::default().reduce(Action::NotEasing), Urge::default());
        let running = started(5).reduce(Action::Tick(10));
        assert_eq!(running.reduce(Action::NotEasing), running);
        let eased = started(5).reduce(Action::Tick(60)).reduce(Action::Eased);
        assert_eq!(eased.reduce(Action::NotEasing), eased);
    }

    #[test]
    fn at_the_cap_there_is_nothing_to_add() {
        let mut u = started(15);
        assert!(u.can_extend());
        for _ in 0..9 {
            u = u.reduce(Action::Extend);
        }
        assert_eq!(u.total, MAX_TOTAL);
        assert!(!u.can_extend());
        let reach = (0..60).fold(u, |u, _| u.reduce(Action::Tick(60)).reduce(Action::KeepGoing));
        assert_eq!(reach.stage, Stage::TimeUp);
        let reach = reach.reduce(Action::NotEasing);
        assert_eq!(
            reach.reduce(Action::Extend).stage,
            Stage::Reach,
            "capped: the offer stays"
        );
    }

    #[test]
    fn again_returns_to_setup() {
        let u = started(5).reduce(Action::Stop).reduce(Action::Again);
        assert_eq!(u, Urge::default());
        assert_eq!(started(5).reduce(Action::Again).stage, Stage::Running, "not mid-run");
    }
}
