//! Components that only render state and report clicks; the state lives in `exercises.rs`.

pub mod breathing;
pub mod checkin;
pub mod guide;
pub mod ideas;
pub mod menu;
pub mod muscle;
pub mod senses;
pub mod urge;

use crate::i18n::{I18n, Msg};
use yew::prelude::*;

/// The Start button that ends an exercise's set-up screen.
pub fn start_button(i18n: &I18n, on_start: Callback<MouseEvent>) -> Html {
    html! {
        <div class="hb-actions">
            <button type="button" class="hb-button hb-start" onclick={on_start}>
                { i18n.t(Msg::GroundingStart) }
            </button>
        </div>
    }
}
