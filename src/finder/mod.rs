//! "Find an approach": a few questions about what a visitor would like from therapy, then all
//! three approaches ranked, each with why it came up, what it is, what the research says about
//! self-harm, and who it may suit less. It never scores risk and never diagnoses.
//!
//! Answers live only in the widget's memory (`model::Finder` in a `use_reducer` the shell holds):
//! nothing is stored, sent, dispatched as an event or written to an attribute. Stepping away
//! (to "Get help now", home) keeps them; "Start over" clears them, and so does closing the
//! launcher or removing the widget.
pub mod data;
pub mod model;
mod view;

pub use view::{fresh, FinderScreen};
