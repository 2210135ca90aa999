//! Where the Rust app meets the host page. The loader (`js/loader.js`) defines the
//! `<harbor-widget>` element, creates its shadow root and calls `mount`; it calls `refresh` when
//! an attribute changes and `destroy` when the element leaves the page.

use crate::config::{self, parse_practice_lines, Config};
use crate::crisis::model::is_known_region;
use crate::shell::{App, AppProps};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::prelude::*;
use yew::AppHandle;

#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    /// The element Yew renders into, inside the shadow root.
    root: Element,
    app: Option<AppHandle<Root>>,
    generation: u32,
    /// The last config, so `refresh` only re-renders on a real change.
    config: Rc<Config>,
    /// The warnings already given, so `refresh` warns only about values newly bad.
    warned: Vec<config::Warning>,
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// `None` while parked in the pool: nothing renders, so no state, timer or listener of
    /// Harbor's survives a removed widget.
    app: Option<AppProps>,
    /// New for every mount, so a reused root starts a fresh `App`, never the previous one.
    generation: u32,
}

/// What each Yew root renders: Harbor's `App`, keyed by mount, or nothing while parked.
#[function_component]
pub fn Root(props: &RootProps) -> Html {
    match &props.app {
        Some(app) => html! {
            <App key={props.generation} config={app.config.clone()}
                 page_languages={app.page_languages.clone()} open={app.open} help={app.help} />
        },
        None => Html::default(),
    }
}

thread_local! {
    /// Roots of removed widgets, parked for reuse. Yew 0.23 never releases the event listeners
    /// it puts on a root (`HostHandlers::add_listener` forgets them, and they keep the root
    /// alive), so a fresh root per mount would leak a node and its listeners each time. Reusing
    /// roots keeps memory flat however often a page adds and removes widgets; the pool only grows
    /// to the most widgets a page has had at once.
    static POOL: RefCell<Vec<(Element, AppHandle<Root>)>> = const { RefCell::new(Vec::new()) };
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

/// Tells Harbor where its own files are (the wasm's URL): translation files sit next to it.
#[wasm_bindgen(js_name = setAssetBase)]
pub fn set_asset_base(url: String) {
    crate::i18n::set_asset_base(url);
}

/// Mounts Harbor into `shadow`. `open`: launcher mode with the panel already requested.
/// `help`: the visitor pressed "Get help now" in the loader's frame before the app was ready,
/// so the app starts on that screen.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, shadow: ShadowRoot, open: bool, help: bool) -> Result<Widget, JsValue> {
    crate::embed::adopt_stylesheet(&shadow);
    let (config, warned) = read_config(&host);
    warn(warned.iter());
    let config = Rc::new(config);
    let generation = GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    });
    let props = RootProps {
        app: Some(AppProps {
            config: config.clone(),
            page_languages: Rc::new(page_languages(&host)),
            open,
            help,
        }),
        generation,
    };
    let (root, app) = match POOL.with(|p| p.borrow_mut().pop()) {
        Some((root, mut app)) => {
            shadow.append_child(&root)?;
            app.update(props);
            (root, app)
        }
        None => {
            let root = host.owner_document().ok_or("no document")?.create_element("div")?;
            root.set_class_name("harbor-mount");
            shadow.append_child(&root)?;
            let app = yew::Renderer::<Root>::with_root_and_props(root.clone(), props).render();
            (root, app)
        }
    };
    Ok(Widget {
        host,
        root,
        app: Some(app),
        generation,
        config,
        warned,
    })
}

#[wasm_bindgen]
impl Widget {
    /// Re-reads the attributes and children after the host changed them.
    pub fn refresh(&mut self) {
        #[cfg(feature = "test-panic")]
        test_panic(&self.host);
        let (new, warned) = read_config(&self.host);
        // Warn only about values that are newly bad (a bad value changed to another bad one
        // leaves the config as it was, yet is new).
        warn(config::new_warnings(&self.warned, &warned));
        self.warned = warned;
        if new == *self.config {
            return;
        }
        self.config = Rc::new(new);
        if let Some(app) = &mut self.app {
            app.update(RootProps {
                app: Some(AppProps {
                    config: self.config.clone(),
                    page_languages: Rc::new(page_languages(&self.host)),
                    open: false,
                    help: false,
                }),
                generation: self.generation,
            });
        }
    }

    /// Tears the app down (timers, listeners and state go with it) and parks its root.
    pub fn destroy(&mut self) {
        if let Some(mut app) = self.app.take() {
            app.update(RootProps {
                app: None,
                generation: self.generation,
            });
            self.root.remove();
            POOL.with(|p| p.borrow_mut().push((self.root.clone(), app)));
        }
    }
}

fn warn<'a>(warnings: impl Iterator<Item = &'a config::Warning>) {
    for w in warnings {
        web_sys::console::warn_1(&w.to_string().into());
    }
}

fn read_config(host: &HtmlElement) -> (Config, Vec<config::Warning>) {
    let (mut config, mut warnings) = config::parse(|name| host.get_attribute(name), is_known_region);
    let children: Vec<Element> = {
        let list = host.query_selector_all(":scope > harbor-line").ok();
        let n = list.as_ref().map(|l| l.length()).unwrap_or(0);
        (0..n)
            .filter_map(|i| list.as_ref()?.item(i)?.dyn_into::<Element>().ok())
            .collect()
    };
    let getters: Vec<_> = children.iter().map(|el| move |n: &str| el.get_attribute(n)).collect();
    let (lines, line_warnings) = parse_practice_lines(&getters);
    config.practice_lines = lines;
    warnings.extend(line_warnings);
    (config, warnings)
}

/// The host page's `<html lang>`, if any (the `lang` attribute and the browser come separately).
fn page_languages(host: &HtmlElement) -> Vec<String> {
    host.owner_document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .filter(|l| config::is_language_tag(l))
        .into_iter()
        .collect()
}

/// Test-only (feature `test-panic`): a real panic in each place one can happen — in a call from
/// the loader, in a spawned task, in a timer's callback — so the tests see what a visitor would.
#[cfg(feature = "test-panic")]
fn test_panic(host: &HtmlElement) {
    match host.get_attribute("test-panic").as_deref() {
        Some("refresh") => panic!("test-panic: in a call from the loader"),
        Some("task") => wasm_bindgen_futures::spawn_local(async { panic!("test-panic: in a task") }),
        Some("timer") => {
            gloo_timers::callback::Timeout::new(0, || panic!("test-panic: in a timer")).forget();
        }
        _ => {}
    }
}
