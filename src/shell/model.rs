//! Navigation as a pure reducer: a stack of screens with Home at the bottom.

pub use crate::nav::Screen;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct Nav {
    stack: Vec<Screen>,
}

impl Default for Nav {
    fn default() -> Self {
        Nav {
            stack: vec![Screen::Home],
        }
    }
}

pub enum NavAction {
    Open(Screen),
    Back,
    Home,
}

impl Nav {
    /// Home, with `screen` open on top of it (Back returns home).
    pub fn starting_at(screen: Screen) -> Nav {
        Nav::default().reduce(NavAction::Open(screen))
    }
    pub fn current(&self) -> Screen {
        *self.stack.last().unwrap_or(&Screen::Home)
    }
    /// The screen Back returns to, if any.
    pub fn previous(&self) -> Option<Screen> {
        self.stack.len().checked_sub(2).map(|i| self.stack[i])
    }
    pub fn reduce(&self, action: NavAction) -> Nav {
        let mut stack = self.stack.clone();
        match action {
            NavAction::Open(Screen::Home) | NavAction::Home => stack.truncate(1),
            NavAction::Open(screen) => {
                // Going to a screen already on the stack returns to it instead of looping.
                if let Some(i) = stack.iter().position(|s| *s == screen) {
                    stack.truncate(i + 1);
                } else {
                    stack.push(screen);
                }
            }
            NavAction::Back => {
                if stack.len() > 1 {
                    stack.pop();
                }
            }
        }
        Nav { stack }
    }
}

impl Reducible for Nav {
    type Action = NavAction;
    fn reduce(self: Rc<Self>, action: NavAction) -> Rc<Self> {
        Rc::new(Nav::reduce(&self, action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_at_home_and_cannot_go_back() {
        let n = Nav::default();
        assert_eq!(n.current(), Screen::Home);
        assert_eq!(n.previous(), None);
        assert_eq!(n.reduce(NavAction::Back), n);
    }

    #[test]
    fn starting_at_a_screen_goes_back_home() {
        let n = Nav::starting_at(Screen::Crisis);
        assert_eq!(n.current(), Screen::Crisis);
        assert_eq!(n.reduce(NavAction::Back).current(), Screen::Home);
        assert_eq!(Nav::starting_at(Screen::Home), Nav::default());
    }

    #[test]
    fn open_then_back() {
        let n = Nav::default().reduce(NavAction::Open(Screen::Finder));
        assert_eq!(n.current(), Screen::Finder);
        assert_eq!(n.previous(), Some(Screen::Home));
        let n = n.reduce(NavAction::Open(Screen::Crisis));
        assert_eq!(n.current(), Screen::Crisis);
        assert_eq!(n.previous(), Some(Screen::Finder));
        assert_eq!(n.reduce(NavAction::Back).current(), Screen::Finder);
        assert_eq!(n.reduce(NavAction::Home).current(), Screen::Home);
    }

    #[test]
    fn reopening_a_screen_on_the_stack_unwinds_to_it() {
        let n = Nav::default()
            .reduce(NavAction::Open(Screen::Crisis))
            .reduce(NavAction::Open(Screen::Grounding))
            .reduce(NavAction::Open(Screen::Crisis));
        assert_eq!(n.current(), Screen::Crisis);
        assert_eq!(n.reduce(NavAction::Back).current(), Screen::Home);
    }
}
