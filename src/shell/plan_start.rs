//! What the safety plan starts with, from the crisis section's data: the shell joins the two
//! features, so neither imports the other. The lines follow the crisis screen: the emergency
//! number, the practice's own lines, then the country's lines in the order shown there.

use crate::config::PracticeLine;
use crate::crisis::data::ContactKind;
use crate::crisis::model;
use crate::i18n::{Arg, I18n, Msg};

/// The services step's starting text, one line per service: "Name: Call 988 · Text 988".
pub fn services_text(i18n: &I18n, country: Option<&str>, practice: &[PracticeLine]) -> String {
    let mut lines = Vec::new();
    if let Some(number) = country.and_then(model::emergency_number) {
        lines.push(i18n.format(Msg::PlanEmergency, &[("number", Arg::Str(number))]));
    }
    for p in practice {
        let mut ways = Vec::new();
        if let Some(phone) = &p.phone {
            ways.push(format!(
                "{} {}",
                i18n.t(Msg::CrisisCall),
                p.display.as_deref().unwrap_or(phone)
            ));
        }
        if let Some(text) = &p.text {
            ways.push(format!("{} {text}", i18n.t(Msg::CrisisText)));
        }
        if let Some(url) = &p.url {
            ways.push(url.clone());
        }
        lines.push(format!("{}: {}", p.name, ways.join(" · ")));
    }
    let services = country
        .and_then(model::country)
        .map(model::ordered_services)
        .unwrap_or_default();
    for s in &services {
        let ways: Vec<String> = s
            .contacts
            .iter()
            .map(|c| match c.kind {
                ContactKind::Call | ContactKind::Text => {
                    let label = model::contact_label(c);
                    let mut way = format!(
                        "{} {}",
                        i18n.format(label, &[("keyword", Arg::Str(c.keyword))]),
                        c.display
                    );
                    if !c.menu_option.is_empty() {
                        let option = i18n.format(Msg::CrisisMenuOption, &[("option", Arg::Str(c.menu_option))]);
                        way = format!("{way} ({option})");
                    }
                    way
                }
                ContactKind::Chat | ContactKind::Web => c.url.to_string(),
            })
            .collect();
        lines.push(format!("{}: {}", s.name, ways.join(" · ")));
    }
    if services.is_empty() {
        // No checked line for this country: the directory the crisis screen offers first.
        if let Some((name, url)) = model::DIRECTORIES.first() {
            lines.push(format!("{}: {url}", name.text(i18n)));
        }
    }
    lines.join("\n")
}

/// The plan's last line: the emergency number, or "your local emergency number".
pub fn danger_now(i18n: &I18n, country: Option<&str>) -> String {
    match country.and_then(model::emergency_number) {
        Some(number) => i18n.format(Msg::PlanDangerNow, &[("number", Arg::Str(number))]),
        None => i18n.t(Msg::PlanDangerNowUnknown),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_starts_with_the_numbers_the_crisis_screen_shows() {
        let i18n = I18n::default();
        for code in ["US", "GB", "DE", "JP", "AU"] {
            let text = services_text(&i18n, Some(code), &[]);
            let number = model::emergency_number(code).expect("an emergency number");
            assert_eq!(
                text.lines().next(),
                Some(format!("Emergency number: {number}").as_str())
            );
            let country = model::country(code).expect("a country with lines");
            let services = model::ordered_services(country);
            // One line per service, in the crisis screen's order, with every number it shows.
            assert_eq!(text.lines().count(), services.len() + 1, "{code}: {text}");
            for (line, s) in text.lines().skip(1).zip(&services) {
                assert!(line.starts_with(&format!("{}: ", s.name)), "{line}");
                for c in s.contacts {
                    let shown = if c.display.is_empty() { c.url } else { c.display };
                    assert!(line.contains(shown), "{code}: {line} lacks {shown}");
                }
            }
            assert_eq!(
                danger_now(&i18n, Some(code)),
                format!("If you are in immediate danger, call {number}.")
            );
        }
    }

    #[test]
    fn a_country_without_a_checked_line_gets_a_directory_and_no_guess() {
        let i18n = I18n::default();
        let region = model::regions()
            .find(|r| model::country(r).is_none() && model::emergency_number(r).is_some())
            .expect("some region with an emergency number and no checked line");
        let text = services_text(&i18n, Some(region), &[]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert!(lines[1].contains("https://findahelpline.com/"), "{text}");
        // Unknown country: no number is made up.
        assert_eq!(services_text(&i18n, None, &[]).lines().count(), 1);
        assert_eq!(
            danger_now(&i18n, None),
            "If you are in immediate danger, call your local emergency number."
        );
    }

    #[test]
    fn the_practice_lines_come_first_after_the_emergency_number() {
        let i18n = I18n::default();
        let line = PracticeLine {
            name: "Riverside crisis team".into(),
            phone: Some("+15035550100".into()),
            text: Some("+15035550101".into()),
            display: Some("503-555-0100".into()),
            hours: None,
            url: Some("https://practice.example/urgent".into()),
        };
        let text = services_text(&i18n, Some("US"), &[line]);
        assert_eq!(
            text.lines().nth(1),
            Some("Riverside crisis team: Call 503-555-0100 · Text +15035550101 · https://practice.example/urgent")
        );
    }
}
