//! The few things Harbor asks of the browser: plural rules, country names, dates, the visitor's
//! languages and time zone. Native builds (cargo test) get simple stand-ins so models stay
//! testable without a browser.

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
        type DisplayNames;
        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DisplayNames", catch)]
        fn new(locales: &JsValue, options: &JsValue) -> Result<DisplayNames, JsValue>;
        #[wasm_bindgen(method, catch)]
        fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
    }

    fn options(pairs: &[(&str, &str)]) -> JsValue {
        let o = js_sys::Object::new();
        for (k, v) in pairs {
            let _ = js_sys::Reflect::set(&o, &(*k).into(), &(*v).into());
        }
        o.into()
    }

    fn locales(tag: &str) -> JsValue {
        js_sys::Array::of1(&tag.into()).into()
    }

    pub fn plural_category(tag: &str, n: i64) -> String {
        let rules = js_sys::Intl::PluralRules::new(&js_sys::Array::of1(&tag.into()), &js_sys::Object::new());
        rules.select(n as f64).into()
    }

    fn display_name(tag: &str, kind: &str, code: &str) -> Option<String> {
        let names = DisplayNames::new(&locales(tag), &options(&[("type", kind), ("fallback", "none")])).ok()?;
        names.of(code).ok()?.as_string()
    }

    pub fn country_name(tag: &str, code: &str) -> String {
        display_name(tag, "region", code).unwrap_or_else(|| code.to_string())
    }

    pub fn language_name(tag: &str, code: &str) -> String {
        display_name(tag, "language", code).unwrap_or_else(|| code.to_string())
    }

    pub fn format_date(tag: &str, iso: &str) -> String {
        // Noon UTC, so the calendar day is the same in every time zone.
        let date = js_sys::Date::new(&format!("{iso}T12:00:00Z").into());
        if date.get_time().is_nan() {
            return iso.to_string();
        }
        let f = js_sys::Intl::DateTimeFormat::new(
            &js_sys::Array::of1(&tag.into()),
            &options(&[("dateStyle", "long"), ("timeZone", "UTC")]).into(),
        );
        let format = f.format();
        format
            .call1(&JsValue::NULL, &date)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| iso.to_string())
    }

    /// The browser's lower-casing (Unicode-aware), so the wasm needn't carry case tables.
    pub fn lowercase(s: &str) -> String {
        js_sys::JsString::from(s).to_lower_case().into()
    }

    pub fn browser_languages() -> Vec<String> {
        let Some(window) = web_sys::window() else {
            return Vec::new();
        };
        window
            .navigator()
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect()
    }

    pub fn time_zone() -> Option<String> {
        let f = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
        let opts = f.resolved_options();
        js_sys::Reflect::get(&opts, &"timeZone".into()).ok()?.as_string()
    }

    /// `path` resolved against `base`, as the browser would.
    pub fn resolve_url(path: &str, base: &str) -> Option<String> {
        web_sys::Url::new_with_base(path, base).ok().map(|u| u.href())
    }

    /// GET `path` relative to `base` (or the page): a file Harbor ships next to its wasm.
    pub async fn fetch_text(path: &str, base: Option<&str>) -> Result<String, String> {
        use wasm_bindgen_futures::JsFuture;
        let url = match base {
            Some(b) => web_sys::Url::new_with_base(path, b)
                .map_err(|_| format!("bad base URL {b}"))?
                .href(),
            None => path.to_string(),
        };
        let window = web_sys::window().ok_or("no window")?;
        let response = JsFuture::from(window.fetch_with_str(&url))
            .await
            .map_err(|e| format!("{url}: {}", describe(&e)))?;
        let response: web_sys::Response =
            wasm_bindgen::JsCast::dyn_into(response).map_err(|_| "not a response".to_string())?;
        if !response.ok() {
            return Err(format!("{url}: HTTP {}", response.status()));
        }
        let text = JsFuture::from(response.text().map_err(|e| describe(&e))?)
            .await
            .map_err(|e| describe(&e))?;
        text.as_string().ok_or_else(|| "not text".to_string())
    }

    fn describe(e: &JsValue) -> String {
        use wasm_bindgen::JsCast;
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "request failed".into())
    }

    pub fn warn(message: &str) {
        web_sys::console::warn_1(&message.into());
    }

    /// Offers `text` as a download named `file_name`, built in memory (a `blob:` URL that is
    /// revoked soon after): nothing is uploaded or stored. `false` if the browser refused.
    pub fn save_text_file(file_name: &str, text: &str) -> bool {
        use wasm_bindgen::JsCast;
        let save = || -> Option<()> {
            let parts = js_sys::Array::of1(&text.into());
            let options = web_sys::BlobPropertyBag::new();
            options.set_type("text/plain;charset=utf-8");
            let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
            let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
            let document = web_sys::window()?.document()?;
            let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
            link.set_href(&url);
            link.set_download(file_name);
            // Never attached to the page: the host sees no element, and click() still downloads.
            link.click();
            // Revoked once the download has surely started (at once is too soon for some
            // browsers), so the plan does not stay reachable by URL.
            gloo_timers::callback::Timeout::new(10_000, move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            })
            .forget();
            Some(())
        };
        save().is_some()
    }

    /// Puts `text` on the clipboard, then calls `done` with whether it worked (it needs a
    /// secure context, and the browser may refuse).
    pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
        let Some(window) = web_sys::window() else {
            return done(false);
        };
        let navigator = window.navigator();
        // Absent outside a secure context, although the type says otherwise.
        if !js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
            return done(false);
        }
        let promise = navigator.clipboard().write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    }

    /// Opens the browser's print dialog with only Harbor on the page: a print-only style on
    /// the host document hides everything that is not, and does not hold, a `<harbor-widget>`
    /// (Harbor's own print style then shows only the plan). The style is added for this print
    /// and removed after it, so the host's own printing is untouched.
    pub fn print_only_harbor() {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        const HOST_PRINT_CSS: &str = "@media print{body *:not(harbor-widget,:has(harbor-widget))\
            {display:none!important}}";
        let Some(window) = web_sys::window() else { return };
        let Some(document) = window.document() else { return };
        let Ok(sheet) = web_sys::CssStyleSheet::new() else {
            return;
        };
        if sheet.replace_sync(HOST_PRINT_CSS).is_err() {
            return;
        }
        let sheets = document.adopted_style_sheets();
        sheets.push(&sheet);
        document.set_adopted_style_sheets(&sheets);
        let added: wasm_bindgen::JsValue = sheet.into();
        let restore = Closure::once_into_js(move || {
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                let kept = document.adopted_style_sheets().filter(&mut |s, _, _| s != added);
                document.set_adopted_style_sheets(&kept);
            }
        });
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            "afterprint",
            restore.unchecked_ref::<js_sys::Function>(),
            &options,
        );
        let _ = window.print();
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn plural_category(_tag: &str, n: i64) -> String {
        if n == 1 { "one" } else { "other" }.to_string()
    }
    pub fn country_name(_tag: &str, code: &str) -> String {
        code.to_string()
    }
    pub fn language_name(_tag: &str, code: &str) -> String {
        code.to_string()
    }
    pub fn format_date(_tag: &str, iso: &str) -> String {
        iso.to_string()
    }
    pub fn lowercase(s: &str) -> String {
        s.to_lowercase()
    }
    pub fn browser_languages() -> Vec<String> {
        Vec::new()
    }
    pub fn time_zone() -> Option<String> {
        None
    }
    pub fn resolve_url(_path: &str, _base: &str) -> Option<String> {
        None
    }
    pub async fn fetch_text(path: &str, _base: Option<&str>) -> Result<String, String> {
        Err(format!("{path}: no browser"))
    }
    pub fn warn(message: &str) {
        eprintln!("{message}");
    }
    pub fn save_text_file(_file_name: &str, _text: &str) -> bool {
        false
    }
    pub fn copy_text(_text: String, done: impl FnOnce(bool) + 'static) {
        done(false)
    }
    pub fn print_only_harbor() {}
}

pub use imp::*;
