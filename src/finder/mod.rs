//! "Find an approach": a few questions about what a visitor would like from therapy, then all
//! three approaches ranked, each with why it came up, what it is, what the research says about
//! self-harm, and who it may suit less. It never scores risk and never diagnoses.
//!
//! Answers live only in this component's memory (`model::Finder` inside `use_reducer`): nothing
//! is stored, sent, dispatched as an event or written to an attribute. "Start over" clears
//! them; leaving the screen unmounts the component and drops them.
pub mod data;
pub mod model;
mod view;

pub use view::FinderScreen;
