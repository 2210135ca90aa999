//! Pure logic for "Get help now": which country, which number, in what order, and the links.

use super::data::{countries, Contact, ContactKind, Country, Service, EMERGENCY, TIMEZONES};
use crate::i18n::Msg;

/// How a directory's link is named: its own name, which stays as it is in every language, or
/// a description, which is translated like every visible string.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DirectoryName {
    Proper(&'static str),
    Described(Msg),
}

impl DirectoryName {
    pub fn text(self, i18n: &crate::i18n::I18n) -> String {
        match self {
            DirectoryName::Proper(name) => name.to_string(),
            DirectoryName::Described(msg) => i18n.t(msg),
        }
    }
}

/// International directories, shown where no line is confirmed (and as a last resort anywhere).
pub const DIRECTORIES: &[(DirectoryName, &str)] = &[
    (DirectoryName::Proper("Find A Helpline"), "https://findahelpline.com/"),
    (
        DirectoryName::Described(Msg::CrisisDirectoryIasp),
        "https://www.iasp.info/crisis-centres-helplines/",
    ),
];

/// Each region with its emergency number, from the compact `EMERGENCY` string.
fn emergency_entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    EMERGENCY.split(',').filter(|e| e.len() >= 2).map(|e| e.split_at(2))
}

/// The canonical (upper-case, static) code for a region Harbor knows.
fn known(code: &str) -> Option<&'static str> {
    emergency_entries()
        .find(|(r, _)| r.eq_ignore_ascii_case(code))
        .map(|(r, _)| r)
}

pub fn is_known_region(code: &str) -> bool {
    known(code).is_some()
}

pub fn emergency_number(region: &str) -> Option<&'static str> {
    // An empty entry means "withheld" (data/emergency.toml rule 5): say "call your local number".
    emergency_entries()
        .find(|(r, _)| *r == region)
        .map(|(_, n)| n)
        .filter(|n| !n.is_empty())
}

pub fn country(region: &str) -> Option<&'static Country> {
    let all = countries();
    all.binary_search_by(|c| c.code.cmp(region)).ok().map(|i| &all[i])
}

/// All regions Harbor can show (every region with an emergency number).
pub fn regions() -> impl Iterator<Item = &'static str> {
    emergency_entries().map(|(r, _)| r)
}

/// The visitor's country, guessed on the device, never by IP: the host's `country` attribute,
/// else the region of a language tag (page first, then browser), else the time zone.
/// `time_zone` is asked for only when the attribute and languages don't decide (it is the
/// slowest of the three in a browser: the first `Intl.DateTimeFormat` costs ~20 ms).
pub fn detect_country(
    attribute: Option<&str>,
    languages: &[String],
    time_zone: impl FnOnce() -> Option<String>,
) -> Option<&'static str> {
    if let Some(found) = attribute.and_then(known) {
        return Some(found);
    }
    for tag in languages {
        // `en-GB`, `zh-Hant-TW`, `es-419` (a UN area code, not a country: skipped).
        let region = tag
            .split(['-', '_'])
            .skip(1)
            .find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()));
        if let Some(found) = region.and_then(known) {
            return Some(found);
        }
    }
    let tz = time_zone()?;
    TIMEZONES
        .lines()
        .find_map(|l| l.strip_prefix(tz.as_str())?.strip_prefix('='))
        .and_then(known)
}

/// Services in display order: lines for everyone first (24/7 ones first), then lines for a
/// particular group (24/7 first), so a children's line is never what an adult sees first; a
/// line's pair (an adult line's youth line) follows it. Stable within each group (file order).
pub fn ordered_services(country: &Country) -> Vec<&'static Service> {
    let rank = |s: &Service| match (s.audience.contains(&"everyone"), s.open_24_7) {
        (true, true) => 0,
        (true, false) => 1,
        (false, true) => 2,
        (false, false) => 3,
    };
    let mut by_rank: Vec<&'static Service> = country.services.iter().collect();
    by_rank.sort_by_key(|s| rank(s));
    let mut out: Vec<&'static Service> = Vec::new();
    for s in by_rank {
        if out.iter().any(|o| o.id == s.id) {
            continue;
        }
        out.push(s);
        for partner in s.pairs_with {
            if let Some(p) = country.services.iter().find(|p| p.id == *partner) {
                if !out.iter().any(|o| o.id == p.id) {
                    out.push(p);
                }
            }
        }
    }
    out
}

/// What a call or text control says before its number: "Call", "Backup number", "Text",
/// "Text HOME to" (the keyword is the message's `$keyword`).
pub fn contact_label(contact: &Contact) -> Msg {
    match (contact.kind, contact.keyword.is_empty(), contact.backup) {
        (ContactKind::Call, _, false) => Msg::CrisisCall,
        (ContactKind::Call, _, true) => Msg::CrisisCallBackup,
        (_, true, _) => Msg::CrisisText,
        (_, false, _) => Msg::CrisisTextKeyword,
    }
}

/// The link for a contact: `tel:`, `sms:` or the https URL.
///
/// A text link carries the number only, never a pre-filled body: Android wants `?body=`,
/// iOS 8 and later `&body=`, older iOS `;body=`, and some Android messaging apps have read
/// `?body=HOME` as more digits of the number — a text to the wrong number. The keyword is on
/// the button instead ("Text HOME to 741741"), so the visitor types it.
pub fn href(contact: &Contact) -> String {
    match contact.kind {
        ContactKind::Call => format!("tel:{}", contact.dial),
        ContactKind::Text => format!("sms:{}", contact.dial),
        ContactKind::Chat | ContactKind::Web => contact.url.to_string(),
    }
}

pub fn tel_href(number: &str) -> String {
    format!("tel:{number}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_attribute_wins_when_known() {
        assert_eq!(
            detect_country(Some("gb"), &["fr-FR".into()], || Some("America/New_York".into())),
            Some("GB")
        );
        assert_eq!(detect_country(Some("XX"), &["fr-FR".into()], || None), Some("FR"));
    }

    #[test]
    fn language_regions_come_next_page_first() {
        assert_eq!(
            detect_country(None, &["en-AU".into(), "de-DE".into()], || None),
            Some("AU")
        );
        assert_eq!(detect_country(None, &["zh-Hant-TW".into()], || None), Some("TW"));
        assert_eq!(
            detect_country(None, &["es-419".into(), "pt-BR".into()], || None),
            Some("BR")
        );
    }

    #[test]
    fn the_time_zone_is_the_last_guess() {
        assert_eq!(
            detect_country(None, &["en".into()], || Some("Europe/Berlin".into())),
            Some("DE")
        );
        assert_eq!(
            detect_country(None, &[], || Some("Asia/Calcutta".into())),
            Some("IN"),
            "old zone names resolve too"
        );
        assert_eq!(
            detect_country(None, &[], || Some("America/Sao_Paulo".into())),
            Some("BR")
        );
    }

    #[test]
    fn the_time_zone_is_not_read_when_the_attribute_or_a_language_decides() {
        let never = || -> Option<String> { panic!("time zone read needlessly") };
        assert_eq!(detect_country(Some("US"), &[], never), Some("US"));
        assert_eq!(detect_country(None, &["pt-BR".into()], never), Some("BR"));
    }

    #[test]
    fn unknown_means_ask() {
        assert_eq!(detect_country(None, &["en".into()], || Some("Etc/UTC".into())), None);
        assert_eq!(detect_country(None, &[], || None), None);
    }

    #[test]
    fn emergency_numbers_cover_the_big_regions() {
        assert_eq!(emergency_number("US"), Some("911"));
        assert_eq!(emergency_number("GB"), Some("999"));
        assert_eq!(emergency_number("AU"), Some("000"));
        assert_eq!(emergency_number("FR"), Some("112"));
        assert!(regions().count() >= 230, "expected ~240 regions");
        assert_eq!(emergency_number("XX"), None);
        assert_eq!(emergency_number("NG"), None, "withheld: no confident number");
        assert!(is_known_region("NG"), "withheld regions can still be chosen");
    }

    #[test]
    fn links() {
        let call = Contact {
            kind: ContactKind::Call,
            display: "116 123",
            dial: "116123",
            short_code: true,
            backup: false,
            keyword: "",
            menu_option: "",
            url: "",
        };
        assert_eq!(href(&call), "tel:116123");
        let text = Contact {
            kind: ContactKind::Text,
            display: "741741",
            dial: "741741",
            short_code: true,
            backup: false,
            keyword: "HOME",
            menu_option: "",
            url: "",
        };
        assert_eq!(href(&text), "sms:741741", "no body: the keyword is on the button");
    }

    #[test]
    fn general_24_7_lines_come_first() {
        for c in countries() {
            let ordered = ordered_services(c);
            assert_eq!(
                ordered.len(),
                c.services.len(),
                "{}: ordering lost or duplicated a service",
                c.code
            );
            let first_general = c
                .services
                .iter()
                .any(|s| s.open_24_7 && s.audience.contains(&"everyone"));
            if first_general {
                assert!(
                    ordered[0].open_24_7 && ordered[0].audience.contains(&"everyone"),
                    "{}",
                    c.code
                );
            }
        }
    }

    #[test]
    fn a_line_for_a_group_never_comes_before_a_line_for_everyone() {
        for c in countries() {
            let ordered = ordered_services(c);
            let for_all = |s: &Service| s.audience.contains(&"everyone");
            if c.services.iter().any(for_all) {
                assert!(for_all(ordered[0]), "{}: {} is first", c.code, ordered[0].id);
            }
            // After the first group line, a line for everyone may follow only as a pair.
            let first_group = ordered.iter().position(|s| !for_all(s)).unwrap_or(ordered.len());
            for (j, later) in ordered.iter().enumerate().skip(first_group) {
                if for_all(later) {
                    assert!(
                        ordered[..j].iter().any(|s| s.pairs_with.contains(&later.id)),
                        "{}: {} (for everyone) comes after a line for a group",
                        c.code,
                        later.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_daytime_line_for_everyone_comes_before_a_24_7_line_for_a_group() {
        static SERVICES: [Service; 2] = [
            Service {
                id: "xx-youth",
                name: "Youth line",
                audience: &["young-people"],
                languages: &[],
                open_24_7: true,
                hours: "",
                cost: "free",
                source: "https://example.org/",
                verified_on: "2026-12-02",
                pairs_with: &[],
                contacts: &[],
            },
            Service {
                id: "xx-adult",
                name: "Adult line",
                audience: &["everyone"],
                languages: &[],
                open_24_7: false,
                hours: "9-17",
                cost: "free",
                source: "https://example.org/",
                verified_on: "2026-12-02",
                pairs_with: &[],
                contacts: &[],
            },
        ];
        let c = Country {
            code: "XX",
            services: &SERVICES,
        };
        let ids: Vec<_> = ordered_services(&c).iter().map(|s| s.id).collect();
        assert_eq!(ids, ["xx-adult", "xx-youth"]);
    }
}
