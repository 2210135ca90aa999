//! "Get help now": crisis lines for the visitor's country.
pub mod data;
pub mod model;
mod view;
pub use view::CrisisScreen;
