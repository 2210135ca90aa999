//! Fetching a language the first time it is needed. Every Harbor on the page shares what was
//! loaded. A file that fails to load or decode leaves that language in English, with one
//! console warning for the site owner; the visitor is never left without text.

use super::{decode, I18n, LocaleMeta, Messages, CATALOG_KEY};
use crate::platform;
use std::cell::RefCell;
use yew::prelude::*;

/// Called when a language settles (loaded or failed), to re-render whoever asked for it.
type Waiter = Box<dyn FnOnce()>;

/// Where a language stands on this page.
enum Entry {
    /// On its way, with whoever is waiting for it.
    Loading(Vec<Waiter>),
    Ready(Messages),
    /// Shown in English from now on (the file is missing or unreadable).
    Failed,
}

#[derive(Default)]
struct Registry {
    /// The URL translation files are relative to (the wasm's own URL, set by the loader).
    base: Option<String>,
    languages: Vec<(&'static str, Entry)>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::default();
}

/// Called once by the loader (`js/loader.js`) with the URL the wasm came from.
pub fn set_asset_base(url: String) {
    REGISTRY.with(|r| r.borrow_mut().base = Some(url));
}

/// The URL of a file Harbor ships next to its wasm (`None` before the loader said where).
pub fn asset_url(name: &str) -> Option<String> {
    let base = REGISTRY.with(|r| r.borrow().base.clone())?;
    platform::resolve_url(name, &base)
}

/// The language's text if it has settled (English if it failed); `None` while it is still to
/// come. English itself is always ready.
fn settled(meta: &'static LocaleMeta) -> Option<I18n> {
    if meta.file.is_none() {
        return Some(I18n::default());
    }
    REGISTRY.with(|r| match r.borrow().languages.iter().find(|(t, _)| *t == meta.tag) {
        Some((_, Entry::Ready(messages))) => Some(I18n::new(meta, messages)),
        Some((_, Entry::Failed)) => Some(I18n::default()),
        _ => None,
    })
}

/// Fetches and decodes `meta`'s file unless it is loaded or on its way; calls `done` when it
/// settles (at once if it already has). Instances asking at the same time share one request.
fn request(meta: &'static LocaleMeta, done: impl FnOnce() + 'static) {
    let Some(file) = meta.file else { return done() };
    let done: Waiter = Box::new(done);
    // Ok(base): fetch it; Err(done): already settled; None: already on its way.
    let next = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let base = r.base.clone();
        match r.languages.iter_mut().find(|(t, _)| *t == meta.tag) {
            Some((_, Entry::Loading(waiters))) => {
                waiters.push(done);
                None
            }
            Some(_) => Some(Err(done)),
            None => {
                r.languages.push((meta.tag, Entry::Loading(vec![done])));
                Some(Ok(base))
            }
        }
    });
    let base = match next {
        Some(Ok(base)) => base,
        Some(Err(done)) => return done(),
        None => return,
    };
    yew::platform::spawn_local(async move {
        let result = match platform::fetch_text(file, base.as_deref()).await {
            Ok(text) => decode(&text, CATALOG_KEY),
            Err(e) => Err(e),
        };
        let entry = match result {
            Ok(messages) => Entry::Ready(messages),
            Err(e) => {
                platform::warn(&format!(
                    "Harbor could not load its {} text ({file}), so it shows English: {e}",
                    meta.name
                ));
                Entry::Failed
            }
        };
        let waiters = REGISTRY.with(|r| {
            let mut r = r.borrow_mut();
            let slot = r.languages.iter_mut().find(|(t, _)| *t == meta.tag).map(|(_, e)| e);
            match slot.map(|e| std::mem::replace(e, entry)) {
                Some(Entry::Loading(waiters)) => waiters,
                _ => Vec::new(),
            }
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
    let now = settled(wanted);
    use_effect_with((wanted.tag, now.is_none()), move |(_, waiting)| {
        if *waiting {
            request(wanted, move || rerender.force_update());
        }
    });
    let now = now.or(*shown.borrow());
    *shown.borrow_mut() = now;
    now
}
