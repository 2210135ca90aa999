//! Fetching a language the first time it is needed. Every Harbor on the page shares what was
//! loaded. A file that fails to load or decode leaves that language in English, with one
//! console warning for the site owner; the visitor is never left without text.

use super::{decode, I18n, LocaleMeta, Messages, CATALOG_KEY};
use crate::platform;
use std::cell::RefCell;
use yew::prelude::*;

/// Where a language stands on this page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Loaded {
    Ready(I18n),
    Loading,
    /// Shown in English from now on (the file is missing or unreadable).
    Failed,
}

/// Called when a language settles (loaded or failed), to re-render whoever asked for it.
type Waiter = Box<dyn FnOnce()>;

#[derive(Default)]
struct Registry {
    /// The URL translation files are relative to (the wasm's own URL, set by the loader).
    base: Option<String>,
    ready: Vec<(&'static str, Messages)>,
    /// Languages on their way, with what to call when each settles.
    loading: Vec<(&'static str, Vec<Waiter>)>,
    failed: Vec<&'static str>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::default();
}

/// Called once by the loader (`js/loader.js`) with the URL the wasm came from.
pub fn set_asset_base(url: String) {
    REGISTRY.with(|r| r.borrow_mut().base = Some(url));
}

pub fn status(meta: &'static LocaleMeta) -> Loaded {
    if meta.file.is_none() {
        return Loaded::Ready(I18n::default());
    }
    REGISTRY.with(|r| {
        let r = r.borrow();
        if let Some((_, messages)) = r.ready.iter().find(|(t, _)| *t == meta.tag) {
            Loaded::Ready(I18n::new(meta, messages))
        } else if r.failed.contains(&meta.tag) {
            Loaded::Failed
        } else {
            Loaded::Loading
        }
    })
}

/// Fetches and decodes `meta`'s file unless it is loaded or on its way; calls `done` when it
/// settles (either way). Instances asking at the same time share one request.
fn request(meta: &'static LocaleMeta, done: impl FnOnce() + 'static) {
    let Some(file) = meta.file else { return done() };
    let fetch_from = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        if let Some((_, waiters)) = r.loading.iter_mut().find(|(t, _)| *t == meta.tag) {
            waiters.push(Box::new(done));
            return Ok(None);
        }
        if r.ready.iter().any(|(t, _)| *t == meta.tag) || r.failed.contains(&meta.tag) {
            return Err(Box::new(done) as Waiter);
        }
        r.loading.push((meta.tag, vec![Box::new(done)]));
        Ok(Some(r.base.clone()))
    });
    let base = match fetch_from {
        Ok(Some(base)) => base,
        Ok(None) => return,
        Err(done) => return done(),
    };
    yew::platform::spawn_local(async move {
        let result = match platform::fetch_text(file, base.as_deref()).await {
            Ok(text) => decode(&text, CATALOG_KEY),
            Err(e) => Err(e),
        };
        let waiters = REGISTRY.with(|r| {
            let mut r = r.borrow_mut();
            match result {
                Ok(messages) => r.ready.push((meta.tag, messages)),
                Err(e) => {
                    r.failed.push(meta.tag);
                    platform::warn(&format!(
                        "Harbor could not load its {} text ({file}), so it shows English: {e}",
                        meta.name
                    ));
                }
            }
            let at = r.loading.iter().position(|(t, _)| *t == meta.tag);
            at.map(|i| r.loading.remove(i).1).unwrap_or_default()
        });
        // Outside the borrow: a waiter re-renders, which reads the registry.
        for done in waiters {
            done();
        }
    });
}

/// The language to show for `wanted`: it when loaded; while it loads, the language shown
/// before (on a switch) or `None` (at start-up, so the visitor never sees a flash of English);
/// English if it cannot load.
#[hook]
pub fn use_locale(wanted: &'static LocaleMeta) -> Option<I18n> {
    let shown = use_mut_ref(|| None::<I18n>);
    let rerender = use_force_update();
    let status = status(wanted);
    use_effect_with((wanted.tag, status == Loaded::Loading), move |(_, loading)| {
        if *loading {
            request(wanted, move || rerender.force_update());
        }
    });
    let now = match status {
        Loaded::Ready(i18n) => Some(i18n),
        Loaded::Failed => Some(I18n::default()),
        Loaded::Loading => *shown.borrow(),
    };
    *shown.borrow_mut() = now;
    now
}
