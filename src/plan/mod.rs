//! "My plan for hard moments": a safety plan (Stanley & Brown's six steps, then what matters
//! to the visitor) written one step per screen, then printed, saved as a text file or copied.
//!
//! The plan lives only in the widget's memory (`model::Plan` in a `use_reducer` the shell
//! holds): nothing is stored, sent, dispatched as an event or written to an attribute. The file
//! is built in memory and handed to the browser's download; the print shows only the plan.
//! "Clear my plan", closing the launcher, removing the widget and Quick exit clear it.
//! What the services step starts with comes from the shell (the crisis section's lines), so this
//! feature depends on no other feature.
pub mod model;
mod view;

pub use view::{PlanScreen, PlanScreenProps};
