//! Crisis lines (`data/crisis/<cc>.toml`) and emergency numbers (`data/emergency.toml`).
//! Format and rules: `data/crisis/README.md`. Structural checks happen here, at build time;
//! checks that need libphonenumber or today's date run as native tests (`tests/crisis_data.rs`).

use crate::{problem, read, Problem};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryFile {
    pub country: String,
    #[serde(default, rename = "service")]
    pub services: Vec<Service>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: String,
    pub audience: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub open_24_7: bool,
    #[serde(default)]
    pub hours: String,
    pub cost: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub source_date: String,
    pub verified_on: String,
    #[serde(default)]
    pub pairs_with: Vec<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(rename = "contact")]
    pub contacts: Vec<Contact>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub kind: String,
    #[serde(default)]
    pub display: String,
    #[serde(default)]
    pub dial: String,
    #[serde(default)]
    pub short_code: bool,
    #[serde(default)]
    pub backup: bool,
    #[serde(default)]
    pub keyword: String,
    /// The phone-menu option to choose after dialling (Peru's 113, option 5).
    #[serde(default)]
    pub menu_option: String,
    #[serde(default)]
    pub url: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    pub display: String,
    pub all: Vec<String>,
    pub basis: String,
}

#[derive(Deserialize)]
struct EmergencyFile {
    regions: BTreeMap<String, Emergency>,
}

#[derive(Debug, Clone, Default)]
pub struct CrisisData {
    /// Sorted by country code.
    pub countries: Vec<CountryFile>,
    /// Region code → emergency number. Sorted.
    pub emergency: BTreeMap<String, Emergency>,
}

impl CrisisData {
    pub fn services(&self) -> impl Iterator<Item = (&CountryFile, &Service)> {
        self.countries
            .iter()
            .flat_map(|c| c.services.iter().map(move |s| (c, s)))
    }
}

pub const AUDIENCES: &[&str] = &[
    "everyone",
    "young-people",
    "lgbtq",
    "veterans",
    "women",
    "men",
    "older-people",
];
pub const COSTS: &[&str] = &["free", "standard-rate", "unknown"];
pub const KINDS: &[&str] = &["call", "text", "chat", "web"];

pub fn load(data_dir: &Path, problems: &mut Vec<Problem>) -> CrisisData {
    let mut data = CrisisData::default();
    let em_path = data_dir.join("emergency.toml");
    if let Some(text) = read(&em_path, problems) {
        match toml::from_str::<EmergencyFile>(&text) {
            Ok(f) => data.emergency = f.regions,
            Err(e) => problems.push(problem(em_path.display().to_string(), e.to_string())),
        }
    }
    for (region, e) in &data.emergency {
        let file = em_path.display().to_string();
        if !is_region_code(region) {
            problems.push(problem(
                &file,
                format!("`{region}` is not an upper-case two-letter region code"),
            ));
        }
        if e.display.is_empty() {
            // No listed number can be shown with confidence: the reason must be written down.
            if !e.basis.starts_with("withheld:") {
                problems.push(problem(
                    &file,
                    format!("{region}: an empty display needs a basis starting `withheld:`"),
                ));
            }
        } else if !e.all.contains(&e.display) {
            problems.push(problem(
                &file,
                format!("{region}: display `{}` is not one of its listed numbers", e.display),
            ));
        }
        if e.basis.trim().is_empty() {
            problems.push(problem(
                &file,
                format!("{region}: say why this number was chosen (`basis`)"),
            ));
        }
    }

    let dir = data_dir.join("crisis");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    paths.sort();
    let mut ids = BTreeSet::new();
    for path in paths {
        let file = path.display().to_string();
        let Some(text) = read(&path, problems) else {
            continue;
        };
        let parsed: CountryFile = match toml::from_str(&text) {
            Ok(c) => c,
            Err(e) => {
                problems.push(problem(&file, e.to_string()));
                continue;
            }
        };
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        if parsed.country.to_ascii_lowercase() != stem || !is_region_code(&parsed.country) {
            problems.push(problem(
                &file,
                format!(
                    "country `{}` must be the upper-case form of the file name",
                    parsed.country
                ),
            ));
        }
        if !data.emergency.contains_key(&parsed.country) {
            problems.push(problem(
                &file,
                format!("{} has no emergency number in data/emergency.toml", parsed.country),
            ));
        }
        for s in &parsed.services {
            if !ids.insert(s.id.clone()) {
                problems.push(problem(&file, format!("service id `{}` is used twice", s.id)));
            }
            check_service(s, &parsed.country, &file, problems);
        }
        data.countries.push(parsed);
    }
    check_pairs(&data, problems);
    data
}

fn check_service(s: &Service, country: &str, file: &str, problems: &mut Vec<Problem>) {
    let mut say = |m: String| problems.push(problem(file, format!("{}: {m}", s.id)));
    if !s.id.starts_with(&format!("{}-", country.to_ascii_lowercase())) {
        say(format!("id must start with `{}-`", country.to_ascii_lowercase()));
    }
    if s.name.trim().is_empty() {
        say("name is empty".into());
    }
    if s.audience.is_empty() {
        say("audience is empty".into());
    }
    for a in &s.audience {
        if !AUDIENCES.contains(&a.as_str()) {
            say(format!("unknown audience `{a}` (known: {})", AUDIENCES.join(", ")));
        }
    }
    for l in &s.languages {
        if !(l.len() == 2 || l.len() == 3) || !l.bytes().all(|b| b.is_ascii_lowercase()) {
            say(format!("language `{l}` is not an ISO 639 code"));
        }
    }
    if !COSTS.contains(&s.cost.as_str()) {
        say(format!("cost `{}` must be one of {}", s.cost, COSTS.join(", ")));
    }
    if !s.open_24_7 && s.hours.trim().is_empty() {
        say("not open 24/7, so `hours` must say when it is open".into());
    }
    if s.sources.is_empty() {
        say("has no source: only ship what was confirmed against a source".into());
    }
    for u in &s.sources {
        if !is_https_url(u) {
            say(format!("source `{u}` must be an https:// URL"));
        }
    }
    if parse_date(&s.verified_on).is_none() {
        say(format!(
            "verified_on `{}` must be a date like 2026-11-22",
            s.verified_on
        ));
    }
    if s.contacts.is_empty() {
        say("has no contact".into());
    }
    for c in &s.contacts {
        if !KINDS.contains(&c.kind.as_str()) {
            say(format!("contact kind `{}` must be one of {}", c.kind, KINDS.join(", ")));
            continue;
        }
        if c.kind == "chat" || c.kind == "web" {
            if !is_https_url(&c.url) {
                say(format!("{} contact needs an https:// url", c.kind));
            }
            continue;
        }
        if c.display.trim().is_empty() {
            say(format!("{} contact needs `display`", c.kind));
        }
        if c.short_code {
            // Some networks use star codes (Chile *4141, Uruguay *0767).
            let code = c.dial.strip_prefix('*').unwrap_or(&c.dial);
            if !(2..=6).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                say(format!(
                    "short code `{}` must be 2–6 digits (optionally after `*`), written as dialled",
                    c.dial
                ));
            }
            if digits(&c.display) != digits(&c.dial) {
                say(format!("display `{}` does not match dial `{}`", c.display, c.dial));
            }
        } else if !(c.dial.starts_with('+') && c.dial.len() > 7 && c.dial[1..].bytes().all(|b| b.is_ascii_digit())) {
            say(format!(
                "full number `{}` must be E.164 (`+` and digits); a short code must say `short_code = true`",
                c.dial
            ));
        }
        if c.backup && c.short_code {
            say("a backup number is a full-length number, not a short code".into());
        }
        if !c.menu_option.is_empty() && (c.kind != "call" || !c.menu_option.bytes().all(|b| b.is_ascii_digit())) {
            say("menu_option is a digit to press, for call contacts".into());
        }
        if !c.keyword.is_empty() && c.kind != "text" {
            say("only text contacts have a keyword".into());
        }
    }
}

fn check_pairs(data: &CrisisData, problems: &mut Vec<Problem>) {
    let by_id: BTreeMap<&str, &Service> = data.services().map(|(_, s)| (s.id.as_str(), s)).collect();
    for (c, s) in data.services() {
        for other in &s.pairs_with {
            match by_id.get(other.as_str()) {
                None => problems.push(problem(
                    format!("data/crisis/{}.toml", c.country.to_ascii_lowercase()),
                    format!("{}: pairs_with unknown service `{other}`", s.id),
                )),
                Some(o) if !o.pairs_with.contains(&s.id) => problems.push(problem(
                    format!("data/crisis/{}.toml", c.country.to_ascii_lowercase()),
                    format!("{}: pairs with `{other}`, but `{other}` does not list it back", s.id),
                )),
                _ => {}
            }
        }
    }
}

pub fn is_region_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

pub fn is_https_url(s: &str) -> bool {
    s.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.')
            && !rest
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    })
}

pub fn digits(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_digit()).collect()
}

/// `YYYY-MM-DD` → (y, m, d), roughly validated.
pub fn parse_date(s: &str) -> Option<(u32, u32, u32)> {
    let mut it = s.split('-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d) && y >= 2000).then_some((y, m, d))
}

/// Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm), to compare dates.
pub fn days_since_epoch((y, m, d): (u32, u32, u32)) -> i64 {
    let (y, m, d) = (y as i64 - if m <= 2 { 1 } else { 0 }, m as i64, d as i64);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Today, in days since 1970-01-01 (UTC).
pub fn today() -> i64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    (secs / 86_400) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_count_from_1970() {
        assert_eq!(days_since_epoch((1970, 1, 1)), 0);
        assert_eq!(days_since_epoch((2000, 3, 1)), 11_017);
        assert_eq!(days_since_epoch((2026, 12, 2)) - days_since_epoch((2025, 12, 2)), 365);
    }

    #[test]
    fn https_urls() {
        assert!(is_https_url("https://988lifeline.org/chat/"));
        assert!(!is_https_url("http://988lifeline.org/"));
        assert!(!is_https_url("https://localhost/"));
        assert!(!is_https_url("javascript:alert(1)"));
        assert!(!is_https_url("https://a.org/<script>"));
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2026-11-22"), Some((2026, 11, 22)));
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("22/11/2026"), None);
    }

    fn service(contacts: Vec<Contact>) -> Service {
        Service {
            id: "gb-x".into(),
            name: "X".into(),
            audience: vec!["everyone".into()],
            languages: vec!["en".into()],
            open_24_7: true,
            hours: String::new(),
            cost: "free".into(),
            sources: vec!["https://example.org/".into()],
            source_date: String::new(),
            verified_on: "2026-11-01".into(),
            pairs_with: vec![],
            notes: String::new(),
            contacts,
        }
    }

    fn call(display: &str, dial: &str, short_code: bool) -> Contact {
        Contact {
            kind: "call".into(),
            display: display.into(),
            dial: dial.into(),
            short_code,
            backup: false,
            keyword: String::new(),
            menu_option: String::new(),
            url: String::new(),
        }
    }

    #[test]
    fn a_short_code_written_as_e164_is_rejected() {
        let mut p = Vec::new();
        check_service(
            &service(vec![call("85258", "+4485258", false)]),
            "GB",
            "gb.toml",
            &mut p,
        );
        assert!(
            p.is_empty(),
            "the shape is E.164; libphonenumber (tests/crisis_data.rs) catches it: {p:?}"
        );
        let mut p = Vec::new();
        check_service(
            &service(vec![call("116 123", "+116123", true)]),
            "GB",
            "gb.toml",
            &mut p,
        );
        assert!(p.iter().any(|p| p.message.contains("short code")), "{p:?}");
    }

    #[test]
    fn a_service_without_source_is_rejected() {
        let mut s = service(vec![call("116 123", "116123", true)]);
        s.sources.clear();
        let mut p = Vec::new();
        check_service(&s, "GB", "gb.toml", &mut p);
        assert!(p.iter().any(|p| p.message.contains("no source")), "{p:?}");
    }
}
