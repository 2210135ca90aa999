//! The host's configuration: `<harbor-widget>` attributes and `<harbor-line>` children, parsed
//! by pure functions. Every value is optional; a bad one yields one warning naming the
//! attribute and the default. Nothing here is ever rendered as HTML (views render text).

mod practice_line;
pub use practice_line::{parse_practice_lines, PracticeLine};

/// The longest attribute value Harbor reads; anything longer is refused, not truncated.
pub const MAX_VALUE_LEN: usize = 2048;
pub const MAX_LABEL_LEN: usize = 80;
pub const DEFAULT_EXIT_URL: &str = "https://www.google.com/";

/// Attributes the element observes (the loader passes this list to `observedAttributes`).
pub const ATTRIBUTES: &[&str] = &[
    "lang",
    "country",
    "mode",
    "modules",
    "theme",
    "contact-url",
    "contact-label",
    "quick-exit",
    "exit-url",
    "report-url",
];

/// How Harbor shows itself (the `mode` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// In place, in the page's flow (the default).
    Inline,
    /// A button that opens Harbor in a dialog.
    Launcher,
}

/// One of Harbor's sections (the `modules` attribute lists them, in order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Module {
    /// "Ground yourself now": the guided exercises.
    Grounding,
    /// "My plan for hard moments": the safety plan.
    Plan,
    /// "Find an approach": the therapy finder.
    Finder,
    /// "Get help now": crisis lines and the emergency number (always in the top bar too).
    Crisis,
}

impl Module {
    /// The default order: in-the-moment help, then the plan for the next hard moment, then
    /// therapy, then the crisis lines (also pinned in the top bar on every screen).
    pub const ALL: [Module; 4] = [Module::Grounding, Module::Plan, Module::Finder, Module::Crisis];
    fn parse(s: &str) -> Option<Module> {
        match s {
            "grounding" => Some(Module::Grounding),
            "plan" => Some(Module::Plan),
            "finder" => Some(Module::Finder),
            "crisis" => Some(Module::Crisis),
            _ => None,
        }
    }
}

/// Light or dark colours (the `theme` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follows the visitor's system setting (the default).
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The attribute value (`data-theme` in the markup).
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The practice's call to action (`contact-url` and `contact-label`).
#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    /// The booking or contact page, `https://` only.
    pub url: String,
    /// `None`: the view shows its translated default label.
    pub label: Option<String>,
}

/// Everything a host can configure: what `<harbor-widget>`'s attributes and `<harbor-line>`
/// children give ([`parse`], [`parse_practice_lines`]), or what a Yew app writes in Rust for
/// [`Harbor`](crate::Harbor). [`Config::default`] is every attribute left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// A well-formed language tag, or `None` for auto.
    pub lang: Option<String>,
    /// An upper-case region code Harbor knows, or `None` for auto-detection.
    pub country: Option<String>,
    /// Inline or launcher.
    pub mode: Mode,
    /// The sections on the home screen, in this order (not empty).
    pub modules: Vec<Module>,
    /// Light, dark or automatic.
    pub theme: Theme,
    /// The practice's link, shown at the finder's result; `None`: no call to action.
    pub contact: Option<Contact>,
    /// Whether the Quick exit button is shown.
    pub quick_exit: bool,
    /// Where Quick exit goes (replacing the page), `https://` only.
    pub exit_url: String,
    /// Where "Report a wrong number" goes: the practice's https page or mailto: address.
    /// `None`: Harbor's own sources page, which says how to report.
    pub report_url: Option<String>,
    /// The practice's own lines, shown first under "Get help now".
    pub practice_lines: Vec<PracticeLine>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: None,
            country: None,
            mode: Mode::Inline,
            modules: Module::ALL.to_vec(),
            theme: Theme::Auto,
            contact: None,
            quick_exit: true,
            exit_url: DEFAULT_EXIT_URL.to_string(),
            report_url: None,
            practice_lines: Vec::new(),
        }
    }
}

/// One problem with one attribute. `Display` is the console message.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    pub attribute: String,
    pub problem: &'static str,
    /// The attribute's value as written (`None` for `<harbor-line>` problems), so a live change
    /// to another bad value is a new warning and the same value is not.
    pub value: Option<String>,
}

/// The warnings in `now` that were not already given in `before`: what to say after a live
/// change, so each bad value is reported once, not again at every re-render.
pub fn new_warnings<'a>(before: &'a [Warning], now: &'a [Warning]) -> impl Iterator<Item = &'a Warning> {
    now.iter().filter(|w| !before.contains(w))
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Harbor: ignoring the `{}` attribute: {}. Using the default instead.",
            self.attribute, self.problem
        )
    }
}

/// Parses the attributes `get` returns. `known_region` says whether Harbor has data for a
/// region code (the emergency-number table covers every region libphonenumber knows).
pub fn parse(get: impl Fn(&str) -> Option<String>, known_region: impl Fn(&str) -> bool) -> (Config, Vec<Warning>) {
    let mut c = Config::default();
    let mut warnings = Vec::new();
    let mut warn = |attribute: &str, problem: &'static str| {
        warnings.push(Warning {
            attribute: attribute.to_string(),
            problem,
            value: get(attribute),
        })
    };

    // Read an attribute, refusing huge values and treating empty as absent.
    let read = |name: &str, warn: &mut dyn FnMut(&str, &'static str)| -> Option<String> {
        let v = get(name)?;
        if v.len() > MAX_VALUE_LEN {
            warn(name, "the value is too long");
            return None;
        }
        let v = v.trim().to_string();
        (!v.is_empty()).then_some(v)
    };

    if let Some(v) = read("lang", &mut warn) {
        if v.eq_ignore_ascii_case("auto") {
        } else if is_language_tag(&v) {
            c.lang = Some(v);
        } else {
            warn("lang", "it is not a language tag such as `en` or `pt-BR`");
        }
    }
    if let Some(v) = read("country", &mut warn) {
        let code = v.to_ascii_uppercase();
        if v.eq_ignore_ascii_case("auto") {
        } else if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) && known_region(&code) {
            c.country = Some(code);
        } else {
            warn(
                "country",
                "it is not a known two-letter country code such as `US` or `GB`",
            );
        }
    }
    if let Some(v) = read("mode", &mut warn) {
        match v.to_ascii_lowercase().as_str() {
            "inline" => c.mode = Mode::Inline,
            "launcher" => c.mode = Mode::Launcher,
            _ => warn("mode", "it must be `inline` or `launcher`"),
        }
    }
    if let Some(v) = read("modules", &mut warn) {
        let mut modules = Vec::new();
        let mut bad = false;
        for word in v.split([',', ' ']).filter(|w| !w.is_empty()) {
            match Module::parse(&word.to_ascii_lowercase()) {
                Some(m) if !modules.contains(&m) => modules.push(m),
                Some(_) => {}
                None => bad = true,
            }
        }
        if bad || modules.is_empty() {
            warn(
                "modules",
                "it must list any of `grounding`, `plan`, `finder` and `crisis`, separated by commas",
            );
        } else {
            c.modules = modules;
        }
    }
    if let Some(v) = read("theme", &mut warn) {
        match v.to_ascii_lowercase().as_str() {
            "auto" => c.theme = Theme::Auto,
            "light" => c.theme = Theme::Light,
            "dark" => c.theme = Theme::Dark,
            _ => warn("theme", "it must be `light`, `dark` or `auto`"),
        }
    }
    if let Some(v) = read("contact-url", &mut warn) {
        if is_safe_https_url(&v) {
            c.contact = Some(Contact { url: v, label: None });
        } else {
            warn("contact-url", "it must be a full https:// address");
        }
    }
    if let Some(v) = read("contact-label", &mut warn) {
        match (&mut c.contact, is_plain_label(&v)) {
            (Some(contact), true) => contact.label = Some(v),
            (None, true) => warn("contact-label", "it needs a valid `contact-url` to go with it"),
            (_, false) => warn("contact-label", "it must be plain text of at most 80 characters"),
        }
    }
    if let Some(v) = read("quick-exit", &mut warn) {
        match v.to_ascii_lowercase().as_str() {
            "on" | "true" | "yes" => c.quick_exit = true,
            "off" | "false" | "no" => c.quick_exit = false,
            _ => warn("quick-exit", "it must be `on` or `off`"),
        }
    }
    if let Some(v) = read("exit-url", &mut warn) {
        if is_safe_https_url(&v) {
            c.exit_url = v;
        } else {
            warn("exit-url", "it must be a full https:// address");
        }
    }
    if let Some(v) = read("report-url", &mut warn) {
        if is_safe_https_url(&v) || is_plain_mailto(&v) {
            c.report_url = Some(v);
        } else {
            warn(
                "report-url",
                "it must be a full https:// address or mailto:name@example.org",
            );
        }
    }
    (c, warnings)
}

/// `mailto:` and one plain address (no query, no list, nothing that could break out).
pub fn is_plain_mailto(s: &str) -> bool {
    let Some(address) = s.strip_prefix("mailto:") else {
        return false;
    };
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.bytes().all(|b| b.is_ascii_alphanumeric() || b".-".contains(&b))
        && s.len() <= 254
}

/// BCP 47-shaped: a 2–3 letter language, then 1–8 character alphanumeric subtags.
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split(['-', '_']);
    let lang = parts.next().unwrap_or("");
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
        && s.len() <= 35
}

/// An absolute https URL with a host and nothing that could break out of an attribute.
pub fn is_safe_https_url(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("https://").or_else(|| s.strip_prefix("HTTPS://")) else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    !host.is_empty()
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
        && !s
            .chars()
            .any(|ch| ch.is_whitespace() || ch.is_control() || "\"'<>\\`".contains(ch))
}

/// Plain, short text: no markup characters, no control characters.
pub fn is_plain_label(s: &str) -> bool {
    s.chars().count() <= MAX_LABEL_LEN && !s.chars().any(|ch| ch.is_control() || ch == '<' || ch == '>')
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse_map(pairs: &[(&str, &str)]) -> (Config, Vec<Warning>) {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        parse(
            |name| map.get(name).cloned(),
            |code| ["US", "GB", "FR", "AU"].contains(&code),
        )
    }

    fn warned(w: &[Warning]) -> Vec<&str> {
        w.iter().map(|w| w.attribute.as_str()).collect()
    }

    #[test]
    fn no_attributes_gives_safe_defaults() {
        let (c, w) = parse_map(&[]);
        assert_eq!(c, Config::default());
        assert!(w.is_empty());
        assert!(c.quick_exit);
        assert_eq!(
            c.modules,
            vec![Module::Grounding, Module::Plan, Module::Finder, Module::Crisis]
        );
    }

    #[test]
    fn good_values_are_taken() {
        let (c, w) = parse_map(&[
            ("lang", "pt-BR"),
            ("country", "gb"),
            ("mode", "Launcher"),
            ("modules", "crisis, plan, grounding"),
            ("theme", "dark"),
            ("contact-url", "https://practice.example/book"),
            ("contact-label", "Book a free consultation"),
            ("quick-exit", "off"),
            ("exit-url", "https://weather.example/"),
        ]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.lang.as_deref(), Some("pt-BR"));
        assert_eq!(c.country.as_deref(), Some("GB"));
        assert_eq!(c.mode, Mode::Launcher);
        assert_eq!(c.modules, vec![Module::Crisis, Module::Plan, Module::Grounding]);
        assert_eq!(c.theme, Theme::Dark);
        assert_eq!(
            c.contact,
            Some(Contact {
                url: "https://practice.example/book".into(),
                label: Some("Book a free consultation".into())
            })
        );
        assert!(!c.quick_exit);
        assert_eq!(c.exit_url, "https://weather.example/");
    }

    #[test]
    fn report_url_takes_https_or_one_plain_mailto() {
        for good in ["https://practice.example/report", "mailto:help@practice.example"] {
            let (c, w) = parse_map(&[("report-url", good)]);
            assert!(w.is_empty(), "{good}: {w:?}");
            assert_eq!(c.report_url.as_deref(), Some(good));
        }
        for bad in [
            "mailto:",
            "mailto:nobody",
            "mailto:a@b.example?bcc=everyone@example.org",
            "mailto:a@b.example,c@d.example",
            "mailto:\"><script>@x.example",
            "mailto:a@.example",
            "javascript:alert(1)",
            "http://practice.example/report",
        ] {
            let (c, w) = parse_map(&[("report-url", bad)]);
            assert_eq!(c.report_url, None, "{bad}");
            assert_eq!(warned(&w), vec!["report-url"], "{bad}");
        }
    }

    #[test]
    fn auto_values_are_not_warnings() {
        let (c, w) = parse_map(&[("lang", "auto"), ("country", "AUTO"), ("theme", "auto")]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.lang, None);
        assert_eq!(c.country, None);
    }

    #[test]
    fn dangerous_urls_are_refused_with_one_warning_each() {
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://practice.example/book",
            "//practice.example/book",
            "https://",
            "https://practice.example/\"><script>",
            "https://practice.example/a b",
            " JaVaScRiPt:alert(1)",
        ] {
            let (c, w) = parse_map(&[("contact-url", bad), ("exit-url", bad)]);
            assert_eq!(c.contact, None, "{bad}");
            assert_eq!(c.exit_url, DEFAULT_EXIT_URL, "{bad}");
            assert_eq!(warned(&w), vec!["contact-url", "exit-url"], "{bad}");
        }
    }

    #[test]
    fn unknown_codes_and_words_fall_back() {
        let (c, w) = parse_map(&[
            ("country", "XX"),
            ("lang", "english please"),
            ("mode", "popup"),
            ("theme", "neon"),
            ("quick-exit", "maybe"),
            ("modules", "crisis,games"),
        ]);
        assert_eq!(c, Config::default());
        assert_eq!(
            warned(&w),
            vec!["lang", "country", "mode", "modules", "theme", "quick-exit"]
        );
    }

    #[test]
    fn huge_values_are_refused_not_truncated() {
        let huge = "a".repeat(100 * 1024);
        let huge_url = format!("https://practice.example/{huge}");
        let (c, w) = parse_map(&[("contact-url", &huge_url), ("lang", &huge), ("contact-label", &huge)]);
        assert_eq!(c, Config::default());
        assert_eq!(warned(&w), vec!["lang", "contact-url", "contact-label"]);
        assert!(w[0].to_string().contains("too long"));
    }

    #[test]
    fn markup_in_a_label_is_refused() {
        let (c, w) = parse_map(&[
            ("contact-url", "https://practice.example/"),
            ("contact-label", "<img src=x onerror=alert(1)>"),
        ]);
        assert_eq!(c.contact.unwrap().label, None);
        assert_eq!(warned(&w), vec!["contact-label"]);
    }

    #[test]
    fn a_label_without_a_url_is_reported() {
        let (c, w) = parse_map(&[("contact-label", "Book now")]);
        assert_eq!(c.contact, None);
        assert_eq!(warned(&w), vec!["contact-label"]);
    }

    #[test]
    fn the_warning_names_the_attribute() {
        let (_, w) = parse_map(&[("mode", "popup")]);
        let text = w[0].to_string();
        assert!(text.contains("`mode`") && text.contains("default"), "{text}");
    }

    #[test]
    fn a_live_change_warns_once_per_new_bad_value() {
        let (_, mount) = parse_map(&[("country", "ZZ"), ("mode", "popup")]);
        assert_eq!(warned(&mount), vec!["country", "mode"]);
        // Another bad value for one attribute: only that one is new.
        let (_, other) = parse_map(&[("country", "QQ"), ("mode", "popup")]);
        assert_eq!(
            warned(&new_warnings(&mount, &other).cloned().collect::<Vec<_>>()),
            vec!["country"]
        );
        // Another attribute changing, or nothing: nothing new.
        let (_, themed) = parse_map(&[("country", "QQ"), ("mode", "popup"), ("theme", "dark")]);
        assert_eq!(new_warnings(&other, &themed).count(), 0);
        assert_eq!(new_warnings(&themed, &themed).count(), 0);
        // Good, then the first bad value again: new again.
        let (_, good) = parse_map(&[("country", "GB"), ("mode", "popup")]);
        let (_, again) = parse_map(&[("country", "ZZ"), ("mode", "popup")]);
        assert_eq!(new_warnings(&other, &good).count(), 0);
        assert_eq!(
            warned(&new_warnings(&good, &again).cloned().collect::<Vec<_>>()),
            vec!["country"]
        );
    }

    #[test]
    fn language_tags() {
        assert!(is_language_tag("en"));
        assert!(is_language_tag("zh-Hant-TW"));
        assert!(!is_language_tag("e"));
        assert!(!is_language_tag("en-"));
        assert!(!is_language_tag("<b>"));
    }
}
