//! Components that only render state and report clicks; the state lives in `exercises.rs`.

pub mod breathing;
pub mod checkin;
pub mod guide;
pub mod ideas;
pub mod menu;
pub mod muscle;
pub mod senses;
pub mod urge;
