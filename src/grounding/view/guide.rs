//! The moving guide shared by breathing and muscle relaxation: a shape that grows and shrinks
//! by CSS animation on the compositor (never a per-frame timer), a text cue, and a countdown.
//! The shape is decorative (`aria-hidden`); the words carry the meaning. With
//! `prefers-reduced-motion: reduce` the CSS swaps scaling for a gentle fade.

use crate::grounding::hooks::set_css_var;
use crate::i18n::{use_i18n, Arg, I18n, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    /// The CSS phase: `in`, `hold`, `out`, `rest`, `tense` or `release`.
    pub phase: &'static str,
    /// How long the phase lasts (the animation's duration).
    pub seconds: u32,
    /// Seconds left in the phase.
    pub left: u32,
    pub paused: bool,
    /// Changes at every phase change, so the animation restarts even if the phase name repeats.
    pub change: u32,
    /// What to do now, e.g. "Breathe in".
    pub cue: AttrValue,
}

#[function_component]
pub fn Guide(props: &GuideProps) -> Html {
    let i18n = use_i18n();
    let node = use_node_ref();
    {
        // The duration goes through the CSSOM: `style=` attributes are blocked by strict CSP.
        let node = node.clone();
        use_effect_with((props.change, props.seconds), move |(_, seconds)| {
            set_css_var(&node, "--hb-phase-seconds", &format!("{seconds}s"));
        });
    }
    let class = classes!(
        "hb-guide",
        format!("hb-guide-{}", props.phase),
        props.paused.then_some("hb-guide-paused")
    );
    html! {
        <div {class} part="guide" ref={node}>
            <div class="hb-guide-stage" aria-hidden="true">
                <div key={props.change.to_string()} class="hb-guide-shape"></div>
            </div>
            // Paused must look paused, not only the button label: the cue says so and the
            // shape dims (styles/grounding.css).
            <p class="hb-guide-cue">{ if props.paused { i18n.t(Msg::GroundingPaused).into() } else { props.cue.clone() } }</p>
            <p class="hb-guide-count">
                <span aria-hidden="true">{ props.left }</span>
                <span class="hb-sr-only">{ i18n.format(Msg::GroundingSecondsLeft, &[("seconds", Arg::Num(props.left.into()))]) }</span>
            </p>
        </div>
    }
}

/// Pause/Resume and Stop, always available while something moves. `focus` goes on the
/// Pause/Resume button (one element, so focus stays on it when it toggles); `extra` sits
/// between the two.
pub fn controls(i18n: &I18n, paused: bool, on: Callback<Control>, focus: &NodeRef, extra: Html) -> Html {
    let (label, action) = if paused {
        (Msg::GroundingResume, Control::Resume)
    } else {
        (Msg::GroundingPause, Control::Pause)
    };
    html! {
        <div class="hb-actions hb-controls">
            <button type="button" class="hb-button hb-pause" onclick={on.reform(move |_: MouseEvent| action)} ref={focus.clone()}>
                { i18n.t(label) }
            </button>
            { extra }
            <button type="button" class="hb-button hb-button-secondary hb-stop" onclick={on.reform(|_: MouseEvent| Control::Stop)}>
                { i18n.t(Msg::GroundingStop) }
            </button>
        </div>
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Pause,
    Resume,
    Stop,
}
