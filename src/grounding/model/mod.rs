//! Pure state for "Ground yourself now": one model per exercise, each a plain Rust type with
//! an `Action` enum and a `reduce` function. Time only moves through explicit `Tick(seconds)`
//! actions, so every transition (including pause at a phase change, and stop from any state)
//! is tested natively. Nothing here touches the browser.

pub mod breathing;
pub mod muscle;
pub mod senses;
pub mod urge;

/// The exercises on the grounding menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exercise {
    Senses,
    Breathing,
    Urge,
    Muscle,
    Ideas,
}

impl Exercise {
    /// Menu order. 5-4-3-2-1 comes first: it doesn't use the breath, and focusing on the breath
    /// makes some people more anxious (CONTENT.md).
    pub const MENU: [Exercise; 5] = [
        Exercise::Senses,
        Exercise::Breathing,
        Exercise::Urge,
        Exercise::Muscle,
        Exercise::Ideas,
    ];
}

/// Whole seconds as "m:ss" (a timer's remaining time).
pub fn clock_text(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn senses_is_offered_first_and_every_exercise_once() {
        assert_eq!(Exercise::MENU[0], Exercise::Senses);
        for e in Exercise::MENU {
            assert_eq!(Exercise::MENU.iter().filter(|m| **m == e).count(), 1);
        }
    }

    #[test]
    fn clock_text_pads_seconds() {
        assert_eq!(clock_text(300), "5:00");
        assert_eq!(clock_text(65), "1:05");
        assert_eq!(clock_text(9), "0:09");
        assert_eq!(clock_text(900), "15:00");
    }
}
