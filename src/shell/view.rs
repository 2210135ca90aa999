use super::model::{Nav, NavAction};
use super::plan_start;
use crate::config::{Config, Mode, Module};
use crate::crisis::{model as crisis_model, CrisisScreen};
use crate::finder::{self, FinderScreen};
use crate::grounding::GroundingScreen;
use crate::i18n::{negotiate, use_i18n, use_locale, I18n, LocaleMeta, Msg, LOCALES};
use crate::nav::{self, use_shell, Screen, Shell};
use crate::plan::{model::Plan, PlanScreen};
use crate::platform;
use crate::ui::{focus_without_scrolling, use_focus_on_screen_change};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The props of [`App`] (and of [`Harbor`](crate::Harbor), which passes them on).
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What the host configured (see [`Config`]).
    pub config: Rc<Config>,
    /// Language tags the host page declares (`<html lang>`), most important first.
    #[prop_or_default]
    pub page_languages: Rc<Vec<String>>,
    /// Launcher mode: open the panel at once (the visitor already pressed the loader's button).
    #[prop_or_default]
    pub open: bool,
    /// Start on "Get help now" (pressed in the loader's frame before the app was ready).
    #[prop_or_default]
    pub help: bool,
}

/// Harbor's root component. A Yew application can render it directly; the custom element
/// (src/element.rs) renders it inside a shadow root.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let chosen_lang = use_state(|| None::<&'static LocaleMeta>);
    let chosen_country = use_state(|| None::<&'static str>);
    let announcement = use_state(String::new);
    let nav = {
        let help = props.help;
        use_reducer(move || {
            if help {
                Nav::starting_at(Screen::Crisis)
            } else {
                Nav::default()
            }
        })
    };

    let wanted: Vec<String> = config
        .lang
        .iter()
        .cloned()
        .chain(props.page_languages.iter().cloned())
        .chain(platform::browser_languages())
        .collect();
    // None only while the visitor's language loads at start-up (see i18n::use_locale).
    let loaded = use_locale((*chosen_lang).unwrap_or_else(|| negotiate(&wanted)));
    let i18n = loaded.unwrap_or_default();
    let detected = {
        let attribute = config.country.clone();
        use_memo((attribute, wanted.clone()), |(attribute, wanted)| {
            crisis_model::detect_country(attribute.as_deref(), wanted, platform::time_zone)
        })
    };
    // A new `country` attribute overrides the visitor's earlier pick; otherwise the pick stays.
    {
        let chosen_country = chosen_country.clone();
        use_effect_with(config.country.clone(), move |_| chosen_country.set(None));
    }
    let country = (*chosen_country).or(*detected);

    let heading = use_node_ref();
    let shell = Shell {
        config: config.clone(),
        go: {
            let nav = nav.clone();
            Callback::from(move |s: Screen| nav.dispatch(NavAction::Open(s)))
        },
        heading,
        back_to: nav.previous(),
        go_back: {
            let nav = nav.clone();
            Callback::from(move |()| nav.dispatch(NavAction::Back))
        },
        announce: {
            let announcement = announcement.clone();
            Callback::from(move |text: String| announcement.set(text))
        },
    };
    let on_lang = {
        let chosen_lang = chosen_lang.clone();
        Callback::from(move |l: &'static LocaleMeta| chosen_lang.set(Some(l)))
    };
    let on_country = {
        let chosen_country = chosen_country.clone();
        Callback::from(move |c: &'static str| chosen_country.set(Some(c)))
    };

    if loaded.is_none() {
        return html! { <div class="harbor" part="root" aria-busy="true"></div> };
    }
    let panel = html! {
        <Panel nav={nav.clone()} {country} {on_country} {on_lang} announcement={(*announcement).clone()} />
    };
    let body = match config.mode {
        Mode::Inline => panel,
        Mode::Launcher => html! { <Launcher open={props.open}>{ panel }</Launcher> },
    };
    html! {
        <ContextProvider<I18n> context={i18n}>
            <ContextProvider<Shell> context={shell}>
                <div class="harbor" part="root" lang={i18n.tag()} dir={if i18n.rtl() { "rtl" } else { "ltr" }}
                     data-theme={config.theme.as_str()}>
                    { body }
                </div>
            </ContextProvider<Shell>>
        </ContextProvider<I18n>>
    }
}

#[derive(Properties, PartialEq)]
struct PanelProps {
    nav: UseReducerHandle<Nav>,
    country: Option<&'static str>,
    on_country: Callback<&'static str>,
    on_lang: Callback<&'static LocaleMeta>,
    announcement: String,
}

#[function_component]
fn Panel(props: &PanelProps) -> Html {
    let shell = use_shell();
    let i18n = use_i18n();
    let nav = &props.nav;
    let screen = nav.current();
    let heading = shell.heading.clone();
    let section = use_node_ref();
    // Kept here, above the screens, so the finder's answers and the plan survive a visit
    // elsewhere; closing the launcher or removing the widget drops them with the panel.
    let finder_state = use_reducer(finder::fresh);
    let plan_state = use_reducer(Plan::default);
    use_clear_on_pagehide(plan_state.clone());
    // A new screen starts at its top (the way back, then the heading); "Get help now" starts
    // at its heading, so that on a phone the first crisis line is in the first view too.
    let start = if screen == Screen::Crisis {
        heading.clone()
    } else {
        section.clone()
    };
    use_focus_on_screen_change(screen, heading.clone(), start);

    let content = match screen {
        Screen::Home => html! { <Home /> },
        Screen::Grounding => html! { <GroundingScreen /> },
        Screen::Finder => html! { <FinderScreen state={finder_state.clone()} /> },
        Screen::Plan => {
            html! {
                <PlanScreen state={plan_state.clone()}
                    services={plan_start::services_text(&i18n, props.country, &shell.config.practice_lines)}
                    danger_now={plan_start::danger_now(&i18n, props.country)} />
            }
        }
        Screen::Crisis => {
            html! { <CrisisScreen country={props.country} on_country={props.on_country.clone()} /> }
        }
    };
    html! {
        <div class="hb-panel" part="panel">
            <TopBar current={screen} />
            // Not a named landmark: the host page has its own, and several widgets on one page
            // would give screen readers regions with the same name (axe `landmark-unique`).
            // The heading is how a visitor finds each screen.
            <div class="hb-screen" part="screen" ref={section}>
                // Each screen draws its own way back and heading (nav::header), so that an
                // exercise can name its nearer way back ("All exercises") instead of a second one.
                { content }
            </div>
            <Footer on_lang={props.on_lang.clone()} />
            <div class="hb-sr-only" aria-live="polite" aria-atomic="true">{ props.announcement.clone() }</div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TopBarProps {
    current: Screen,
}

/// Quick exit first, then "Get help now": the first two stops in tab order on every screen.
#[function_component]
fn TopBar(props: &TopBarProps) -> Html {
    let i18n = use_i18n();
    let shell = use_shell();
    let exit = {
        let url = shell.config.exit_url.clone();
        Callback::from(move |_| quick_exit(&url))
    };
    let help = {
        let go = shell.go.clone();
        Callback::from(move |_| go.emit(Screen::Crisis))
    };
    let on_crisis = props.current == Screen::Crisis;
    let close = use_context::<DialogClose>();
    html! {
        <div class="hb-bar" part="bar">
            if shell.config.quick_exit {
                <button type="button" class="hb-button hb-quick-exit" part="quick-exit" onclick={exit}>{ i18n.t(Msg::QuickExit) }</button>
            }
            <button type="button" class="hb-button hb-help" part="help-button" onclick={help}
                    aria-current={if on_crisis { Some("page") } else { None }}>
                { i18n.t(Msg::GetHelpNow) }
            </button>
            if let Some(DialogClose(close)) = close {
                // A symbol, named "Close" for assistive technology: the bar keeps one row on a phone.
                <button type="button" class="hb-button hb-button-secondary hb-close" onclick={close.reform(|_| ())}
                        aria-label={i18n.t(Msg::LauncherClose)} title={i18n.t(Msg::LauncherClose)}>
                    <span aria-hidden="true">{ "×" }</span>
                </button>
            }
        </div>
    }
}

/// Clears the plan when the page is hidden for good or put in the back/forward cache (Quick
/// exit, following a link, closing the tab): a visitor who comes back with "Back", or the next
/// person at a shared device, finds it empty, as the plan's summary says.
#[hook]
fn use_clear_on_pagehide(plan: UseReducerHandle<Plan>) {
    use wasm_bindgen::closure::Closure;
    use_effect_with((), move |_| {
        let window = web_sys::window();
        let listener = Closure::<dyn Fn()>::new(move || plan.dispatch(crate::plan::model::Action::Clear));
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback("pagehide", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = &window {
                let _ = w.remove_event_listener_with_callback("pagehide", listener.as_ref().unchecked_ref());
            }
        }
    });
}

/// Leaves at once and replaces this page in history, so "back" doesn't return to it.
fn quick_exit(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(url);
    }
}

#[function_component]
fn Home() -> Html {
    let i18n = use_i18n();
    let shell = use_shell();
    let cards = shell.config.modules.iter().map(|m| {
        let (screen, title, blurb) = match m {
            Module::Grounding => (Screen::Grounding, Msg::GroundingTitle, Msg::HomeGroundingBlurb),
            Module::Plan => (Screen::Plan, Msg::PlanTitle, Msg::HomePlanBlurb),
            Module::Finder => (Screen::Finder, Msg::FinderTitle, Msg::HomeFinderBlurb),
            Module::Crisis => (Screen::Crisis, Msg::CrisisTitle, Msg::HomeCrisisBlurb),
        };
        let go = shell.go.clone();
        let onclick = Callback::from(move |_| go.emit(screen));
        html! {
            <li>
                <button type="button" class="hb-card" part="card" {onclick}>
                    <span class="hb-card-title">{ i18n.t(title) }</span>
                    <span class="hb-card-text">{ i18n.t(blurb) }</span>
                </button>
            </li>
        }
    });
    html! {
        <>
            { nav::header(&i18n, shell.way_back(), &i18n.t(Msg::HomeTitle), &shell.heading) }
            <p class="hb-lead">{ i18n.t(Msg::HomeIntro) }</p>
            <ul class="hb-cards" role="list">{ for cards }</ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FooterProps {
    on_lang: Callback<&'static LocaleMeta>,
}

#[function_component]
fn Footer(props: &FooterProps) -> Html {
    let i18n = use_i18n();
    let onchange = {
        let cb = props.on_lang.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(l) = LocaleMeta::by_tag(&select.value()) {
                cb.emit(l);
            }
        })
    };
    html! {
        <div class="hb-footer" part="footer">
            <p class="hb-privacy">{ i18n.t(Msg::PrivacyNote) }</p>
            if let Some(note) = review_note(&i18n) {
                <p class="hb-unreviewed">{ note }</p>
            }
            <label class="hb-label" for="hb-language">{ i18n.t(Msg::LanguageLabel) }</label>
            <select id="hb-language" class="hb-input hb-language" {onchange}>
                { for LOCALES.iter().map(|l| html! {
                    <option value={l.tag} lang={l.tag} selected={l.tag == i18n.tag()}>{ l.name }</option>
                }) }
            </select>
        </div>
    }
}

/// The footer's quiet note for a translation not yet signed off (data/i18n/locales.toml), in
/// that language; `None` for a reviewed one, and so always for English, the source.
fn review_note(i18n: &I18n) -> Option<String> {
    (!i18n.reviewed()).then(|| i18n.t(Msg::TranslationNotReviewed))
}

/// Present inside the launcher's dialog: the top bar adds a Close button after "Get help now".
#[derive(Clone, PartialEq)]
struct DialogClose(Callback<()>);

#[derive(Properties, PartialEq)]
struct LauncherProps {
    open: bool,
    children: Html,
}

/// A button that opens Harbor in a modal `<dialog>`: the browser traps focus, closes on
/// Escape, and returns focus to the button.
#[function_component]
fn Launcher(props: &LauncherProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| props.open);
    let dialog = use_node_ref();
    let button = use_node_ref();
    // Set by a press on the launcher until the dialog has opened (see on_close).
    let opening = use_mut_ref(|| false);
    {
        let dialog = dialog.clone();
        let button = button.clone();
        let opening = opening.clone();
        let was_open = use_mut_ref(|| false);
        use_effect_with(*open, move |open| {
            if *open {
                *opening.borrow_mut() = false;
            }
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if *open && !d.open() {
                    let _ = d.show_modal();
                    // showModal() focuses the first control, Quick exit: a visitor pressing
                    // Enter again because the app took a moment to load would leave the page,
                    // and a screen reader would say "Quick exit" before what opened. Start on
                    // the screen's heading instead, in the same task, so no key press lands
                    // on Quick exit in between.
                    let heading = d
                        .query_selector("#hb-screen-title")
                        .ok()
                        .flatten()
                        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(h) = heading {
                        focus_without_scrolling(&h);
                    }
                } else if !*open && d.open() {
                    d.close();
                }
            }
            // Closing (by button or Escape) returns focus to the launcher. The browser would do
            // it too, but in launcher mode the element focused before was the loader's button,
            // which Harbor has since replaced.
            if !*open && std::mem::replace(&mut *was_open.borrow_mut(), false) {
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
            if *open {
                *was_open.borrow_mut() = true;
            }
        });
    }
    let show = {
        let open = open.clone();
        let opening = opening.clone();
        Callback::from(move |_| {
            if !*open {
                *opening.borrow_mut() = true;
                open.set(true);
            }
        })
    };
    let hide = {
        let open = open.clone();
        Callback::from(move |()| open.set(false))
    };
    // Escape: the browser closes the dialog itself; keep our state in step. The close event
    // comes some tasks after the dialog closed (Chromium was seen to hold it back past the next
    // press on the launcher): skip it if the dialog is open again or about to open.
    let on_close = {
        let open = open.clone();
        let dialog = dialog.clone();
        Callback::from(move |_: Event| {
            let open_now = dialog.cast::<web_sys::HtmlDialogElement>().is_some_and(|d| d.open());
            if !open_now && !*opening.borrow() {
                open.set(false);
            }
        })
    };
    html! {
        <>
            <button type="button" class="hb-button hb-launcher" part="launcher" aria-haspopup="dialog" onclick={show} ref={button}>
                { i18n.t(Msg::LauncherOpen) }
            </button>
            <dialog class="hb-dialog" part="dialog" aria-labelledby="hb-dialog-title" onclose={on_close} ref={dialog}>
                <p id="hb-dialog-title" class="hb-sr-only">{ i18n.t(Msg::LauncherTitle) }</p>
                <ContextProvider<DialogClose> context={DialogClose(hide)}>
                    if *open { { props.children.clone() } }
                </ContextProvider<DialogClose>>
            </dialog>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{decode, CATALOG_KEY};

    #[test]
    fn english_never_shows_the_review_note() {
        assert_eq!(review_note(&I18n::default()), None);
    }

    /// Each translation, as the widget loads it: one not signed off says so in its own words;
    /// one that is signed off says nothing.
    #[test]
    fn a_translation_not_signed_off_says_so_in_its_own_language() {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let content = harbor_content::load(&data).expect("data/ loads");
        let english = I18n::default().t(Msg::TranslationNotReviewed);
        for meta in &LOCALES[1..] {
            let text = harbor_content::codegen::locale_file(&content.i18n, meta.tag).expect("a file per locale");
            let messages = decode(&text, CATALOG_KEY).unwrap_or_else(|e| panic!("{}: {e}", meta.tag));
            let note = review_note(&I18n::new(meta, messages));
            if meta.reviewed {
                assert_eq!(note, None, "{}", meta.tag);
            } else {
                let note = note.unwrap_or_else(|| panic!("{}: no note", meta.tag));
                assert!(!note.is_empty() && note != english, "{}: {note}", meta.tag);
            }
        }
    }
}
