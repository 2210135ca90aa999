//! Harbor inside a Yew application: [`Harbor`] renders [`App`] in a shadow root of its own,
//! with Harbor's stylesheet, as the custom element does (src/element.rs shares the stylesheet
//! from here).

use crate::shell::{App, AppProps};
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::prelude::*;

/// styles/*.css, minified by build.rs.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/harbor.min.css"));

thread_local! {
    /// One stylesheet object shared by every instance (constructable stylesheets are allowed
    /// under `style-src 'self'`; `<style>` elements are not).
    static SHEET: Option<CssStyleSheet> = {
        let sheet = CssStyleSheet::new().ok();
        if let Some(s) = &sheet {
            s.replace_sync(CSS).ok();
        }
        sheet
    };
}

/// Gives `shadow` Harbor's stylesheet.
pub(crate) fn adopt_stylesheet(shadow: &ShadowRoot) {
    SHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
        }
    });
}

/// Harbor in a Yew application, configured in Rust: renders [`App`] with these props inside an
/// open shadow root of a `<div>` (the shadow host), with Harbor's stylesheet adopted there, so
/// the page's CSS cannot reach Harbor's and Harbor's cannot reach the page. Theme it as a
/// `<harbor-widget>`: `--harbor-*` custom properties set on an ancestor, `::part()` names.
///
/// [`AppProps::config`] is used as given, not checked the way attributes are
/// ([`config::parse`](crate::config::parse)): write `country` as an upper-case code Harbor
/// knows and `https://` URLs. English is compiled in; for another language, tell Harbor where
/// its translation files (`dist/harbor-<language>.<hash>.txt`) are served with
/// [`i18n::set_asset_base`](crate::i18n::set_asset_base).
///
/// ```ignore
/// let config = Rc::new(Config { country: Some("GB".into()), ..Config::default() });
/// html! { <Harbor {config} /> }
/// ```
/// The whole example: `examples/yew-app/src/lib.rs`.
#[function_component]
pub fn Harbor(props: &AppProps) -> Html {
    let host = use_node_ref();
    // The element inside the shadow root that App renders into, once the host is in the DOM.
    let mount = use_state(|| None::<Element>);
    {
        let (host, mount) = (host.clone(), mount.clone());
        use_effect_with((), move |_| {
            let root = host.cast::<Element>().and_then(|host| {
                let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()?;
                adopt_stylesheet(&shadow);
                let root = host.owner_document()?.create_element("div").ok()?;
                root.set_class_name("harbor-mount");
                shadow.append_child(&root).ok()?;
                Some(root)
            });
            mount.set(root);
        });
    }
    let app = mount.as_ref().map(|root| {
        let app = html! {
            <App config={props.config.clone()} page_languages={props.page_languages.clone()}
                 open={props.open} help={props.help} />
        };
        create_portal(app, root.clone())
    });
    html! { <div class="harbor-host" ref={host}>{ for app }</div> }
}
