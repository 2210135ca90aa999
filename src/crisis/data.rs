//! Crisis-line data, generated at build time from `data/crisis/*.toml` and
//! `data/emergency.toml` (see build.rs and data/crisis/README.md). The services ship as one
//! compact text (`CRISIS_TEXT`, format in `harbor_content::codegen::crisis_text`), decoded once
//! on first use into these structs; every string is a slice of that text.

#[derive(Debug, PartialEq)]
pub struct Country {
    pub code: &'static str,
    pub services: &'static [Service],
}

#[derive(Debug, PartialEq)]
pub struct Service {
    pub id: &'static str,
    pub name: &'static str,
    pub audience: &'static [&'static str],
    pub languages: &'static [&'static str],
    pub open_24_7: bool,
    pub hours: &'static str,
    pub cost: &'static str,
    /// The first source in the data file: the one shown to visitors.
    pub source: &'static str,
    pub verified_on: &'static str,
    pub pairs_with: &'static [&'static str],
    pub contacts: &'static [Contact],
}

#[derive(Debug, PartialEq, Clone, Copy)]
pub enum ContactKind {
    Call,
    Text,
    Chat,
    Web,
}

#[derive(Debug, PartialEq)]
pub struct Contact {
    pub kind: ContactKind,
    pub display: &'static str,
    pub dial: &'static str,
    pub short_code: bool,
    pub backup: bool,
    pub keyword: &'static str,
    /// The phone-menu option to choose after dialling, if any.
    pub menu_option: &'static str,
    pub url: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/crisis.rs"));

use crate::leak;

thread_local! {
    static COUNTRIES: &'static [Country] = decode(CRISIS_TEXT);
}

/// Countries with confirmed services, sorted by code.
pub fn countries() -> &'static [Country] {
    COUNTRIES.with(|c| *c)
}

impl ContactKind {
    /// The data files' name for a kind (`kind = "call"`).
    pub fn parse(name: &str) -> Option<ContactKind> {
        match name {
            "call" => Some(ContactKind::Call),
            "text" => Some(ContactKind::Text),
            "chat" => Some(ContactKind::Chat),
            "web" => Some(ContactKind::Web),
            _ => None,
        }
    }
}

/// Reads `CRISIS_TEXT`. The build writes it and a native test checks it against data/ field by
/// field, so a malformed record is never met in practice; if one were, it is skipped (a line
/// is never shown with a neighbour's number), never a panic.
fn decode(text: &'static str) -> &'static [Country] {
    let mut countries = Vec::new();
    let mut country: Option<(&'static str, Vec<Service>)> = None;
    let mut service: Option<(Service, Vec<Contact>)> = None;
    let items =
        |f: &'static str| -> &'static [&'static str] { leak(f.split('\u{1e}').filter(|x| !x.is_empty()).collect()) };
    fn finish_service(
        service: &mut Option<(Service, Vec<Contact>)>,
        country: &mut Option<(&'static str, Vec<Service>)>,
    ) {
        if let (Some((mut s, contacts)), Some((_, services))) = (service.take(), country.as_mut()) {
            s.contacts = leak(contacts);
            services.push(s);
        }
    }
    for line in text.lines() {
        let Some(tag) = line.chars().next() else { continue };
        let f: Vec<&'static str> = line[tag.len_utf8()..].split('\u{1f}').collect();
        match (tag, f.as_slice()) {
            ('C', [code]) => {
                finish_service(&mut service, &mut country);
                if let Some((code, services)) = country.take() {
                    countries.push(Country {
                        code,
                        services: leak(services),
                    });
                }
                country = Some((code, Vec::new()));
            }
            ('S', [id, name, audience, languages, open, hours, cost, source, verified_on, pairs_with]) => {
                finish_service(&mut service, &mut country);
                let s = Service {
                    id,
                    name,
                    audience: items(audience),
                    languages: items(languages),
                    open_24_7: *open == "1",
                    hours,
                    cost,
                    source,
                    verified_on,
                    pairs_with: items(pairs_with),
                    contacts: &[],
                };
                service = Some((s, Vec::new()));
            }
            ('K', [kind, display, dial, short_code, backup, keyword, menu_option, url]) => {
                let Some(kind) = ContactKind::parse(kind) else { continue };
                if let Some((_, contacts)) = service.as_mut() {
                    contacts.push(Contact {
                        kind,
                        display,
                        dial,
                        short_code: *short_code == "1",
                        backup: *backup == "1",
                        keyword,
                        menu_option,
                        url,
                    });
                }
            }
            _ => {}
        }
    }
    finish_service(&mut service, &mut country);
    if let Some((code, services)) = country.take() {
        countries.push(Country {
            code,
            services: leak(services),
        });
    }
    leak(countries)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The decoded services are the data files', field by field, in order.
    #[test]
    fn the_compact_text_decodes_to_exactly_the_data_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let content = harbor_content::load(&dir).expect("data/ loads");
        let mut files: Vec<_> = content.crisis.countries.iter().collect();
        files.sort_by(|a, b| a.country.cmp(&b.country));
        let decoded = countries();
        assert_eq!(decoded.len(), files.len());
        for (c, f) in decoded.iter().zip(files) {
            assert_eq!(c.code, f.country);
            assert_eq!(c.services.len(), f.services.len(), "{}", c.code);
            for (s, fs) in c.services.iter().zip(&f.services) {
                assert_eq!(s.id, fs.id);
                assert_eq!(s.name, fs.name);
                assert_eq!(s.audience, fs.audience.as_slice());
                assert_eq!(s.languages, fs.languages.as_slice());
                assert_eq!(s.open_24_7, fs.open_24_7);
                assert_eq!(
                    (s.hours, s.cost, s.verified_on),
                    (fs.hours.as_str(), fs.cost.as_str(), fs.verified_on.as_str())
                );
                assert_eq!(s.source, fs.sources[0]);
                assert_eq!(s.pairs_with, fs.pairs_with.as_slice());
                assert_eq!(s.contacts.len(), fs.contacts.len(), "{}", s.id);
                for (k, fk) in s.contacts.iter().zip(&fs.contacts) {
                    assert_eq!(Some(k.kind), ContactKind::parse(&fk.kind), "{}", s.id);
                    assert_eq!(
                        (k.display, k.dial, k.keyword, k.menu_option, k.url),
                        (
                            fk.display.as_str(),
                            fk.dial.as_str(),
                            fk.keyword.as_str(),
                            fk.menu_option.as_str(),
                            fk.url.as_str()
                        )
                    );
                    assert_eq!((k.short_code, k.backup), (fk.short_code, fk.backup), "{}", s.id);
                }
            }
        }
    }
}
