//! The few browser things the exercises need: a once-a-second clock, vibration, a soft tone,
//! and setting a CSS custom property. Each hook owns its timers and objects and drops them on
//! unmount, so no callback ever reaches a destroyed app.

use gloo_timers::callback::{Interval, Timeout};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Milliseconds counted towards the next whole second when the clock last stopped.
#[derive(Clone)]
pub struct ClockCarry(Rc<Cell<f64>>);

impl ClockCarry {
    /// Call when a new run starts, so it begins with a whole second.
    pub fn reset(&self) {
        self.0.set(0.0);
    }
}

/// While `running`, emits `on_tick(seconds)` about once a second with the whole seconds that
/// passed (usually 1; more if the browser throttled the page). No per-frame work: animation is
/// CSS. Stopping at 2.6 s and starting again keeps the 0.6 s, so the clock stays in step with a
/// CSS animation paused at the same moment.
#[hook]
pub fn use_clock(running: bool, on_tick: Callback<u32>) -> ClockCarry {
    let carry = use_memo((), |_| ClockCarry(Rc::new(Cell::new(0.0))));
    {
        let carry = (*carry).clone();
        use_effect_with(running, move |&running| {
            let last = Rc::new(Cell::new(0.0_f64));
            let interval: Rc<RefCell<Option<Interval>>> = Rc::default();
            let mut first = None;
            if running {
                let offset = carry.0.get().clamp(0.0, 999.0);
                last.set(js_sys::Date::now() - offset);
                let tick: Rc<dyn Fn()> = {
                    let last = last.clone();
                    Rc::new(move || {
                        let now = js_sys::Date::now();
                        let secs = ((now - last.get()) / 1000.0).round();
                        if secs >= 1.0 {
                            last.set(last.get() + secs * 1000.0);
                            on_tick.emit(secs as u32);
                        }
                    })
                };
                let slot = interval.clone();
                first = Some(Timeout::new((1000.0 - offset) as u32, move || {
                    tick();
                    *slot.borrow_mut() = Some(Interval::new(1000, move || tick()));
                }));
            }
            move || {
                if running {
                    carry.0.set((js_sys::Date::now() - last.get()).clamp(0.0, 999.0));
                }
                drop(first);
                interval.borrow_mut().take();
            }
        });
    }
    (*carry).clone()
}

/// Whether this device can vibrate: the browser has the Vibration API (iOS doesn't) and the
/// main pointer is a finger (desktop Chrome has the API but no motor to drive).
pub fn can_vibrate() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let has_api = js_sys::Reflect::has(&w.navigator(), &"vibrate".into()).unwrap_or(false);
    let touch = w
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    has_api && touch
}

/// One pulse (breathe in) or two (breathe out). Does nothing where vibration isn't supported.
pub fn vibrate(pulses: u32) {
    if !can_vibrate() {
        return;
    }
    let Some(w) = web_sys::window() else {
        return;
    };
    let nav = w.navigator();
    if pulses <= 1 {
        nav.vibrate_with_duration(200);
    } else {
        let pattern = js_sys::Array::of3(&150.into(), &120.into(), &150.into());
        nav.vibrate_with_pattern(&pattern);
    }
}

/// A soft tone made on the device with WebAudio (no audio files). The context is created on
/// the visitor's own click (browsers require that) and closed on unmount.
#[derive(Clone, Default)]
pub struct Tone(Rc<RefCell<Option<web_sys::AudioContext>>>);

impl Tone {
    /// Call from a click handler before the first `play`.
    pub fn prepare(&self) {
        let mut ctx = self.0.borrow_mut();
        if ctx.is_none() {
            *ctx = web_sys::AudioContext::new().ok();
        }
        if let Some(c) = ctx.as_ref() {
            let _ = c.resume();
        }
    }

    /// About half a second, quiet, fading in and out so it never clicks.
    pub fn play(&self, frequency: f32) {
        let ctx = self.0.borrow();
        let Some(ctx) = ctx.as_ref() else {
            return;
        };
        let _ = (|| -> Result<(), wasm_bindgen::JsValue> {
            let osc = ctx.create_oscillator()?;
            let gain = ctx.create_gain()?;
            let t = ctx.current_time();
            osc.frequency().set_value(frequency);
            let g = gain.gain();
            g.set_value_at_time(0.0, t)?;
            g.linear_ramp_to_value_at_time(0.05, t + 0.08)?;
            g.linear_ramp_to_value_at_time(0.0, t + 0.6)?;
            osc.connect_with_audio_node(&gain)?;
            gain.connect_with_audio_node(&ctx.destination())?;
            osc.start_with_when(t)?;
            osc.stop_with_when(t + 0.65)?;
            Ok(())
        })();
    }

    pub fn close(&self) {
        if let Some(ctx) = self.0.borrow_mut().take() {
            let _ = ctx.close();
        }
    }
}

/// A [`Tone`] that lives as long as the component and is closed when it unmounts.
#[hook]
pub fn use_tone() -> Tone {
    let tone = use_memo((), |_| Tone::default());
    {
        let tone = (*tone).clone();
        use_effect_with((), move |_| move || tone.close());
    }
    (*tone).clone()
}

/// Sets a CSS custom property on an element through the CSSOM (allowed under a strict
/// `style-src`; `style=` attributes are not).
pub fn set_css_var(node: &NodeRef, name: &str, value: &str) {
    if let Some(el) = node.get().and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.style().set_property(name, value);
    }
}
