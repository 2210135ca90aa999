//! A practice's own lines, written as light-DOM children:
//! `<harbor-line name="Riverside crisis team" phone="+15035550100" display="503-555-0100"
//!  hours="Mon–Fri 9–5"></harbor-line>` (also `text`, `url`). Checked like `data/`:
//! bad entries are warned about and skipped.

use super::{is_plain_label, is_safe_https_url, Warning};

#[derive(Clone, Debug, PartialEq)]
pub struct PracticeLine {
    pub name: String,
    /// E.164 (`+…`) or a short code, digits only (optionally after `*`).
    pub phone: Option<String>,
    pub text: Option<String>,
    pub display: Option<String>,
    pub hours: Option<String>,
    pub url: Option<String>,
}

const MAX_LINES: usize = 5;

/// `children` holds each `<harbor-line>`'s attribute getter, in document order.
/// `children[i](name)` reads attribute `name` of the i-th `<harbor-line>`.
pub fn parse_practice_lines<F: Fn(&str) -> Option<String>>(children: &[F]) -> (Vec<PracticeLine>, Vec<Warning>) {
    let mut lines = Vec::new();
    let mut warnings = Vec::new();
    let mut warn = |problem| {
        warnings.push(Warning {
            attribute: "harbor-line".into(),
            problem,
            value: None,
        })
    };
    for get in children.iter().take(MAX_LINES) {
        let text_attr = |name: &str| get(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let Some(name) = text_attr("name").filter(|n| is_plain_label(n)) else {
            warn("each line needs a plain-text `name` of at most 80 characters");
            continue;
        };
        let phone = text_attr("phone");
        let text = text_attr("text");
        let url = text_attr("url");
        if phone.iter().chain(text.iter()).any(|p| !is_dialable(p)) {
            warn("`phone` and `text` must be a full number starting with + or a short code, digits only");
            continue;
        }
        if url.as_deref().is_some_and(|u| !is_safe_https_url(u)) {
            warn("`url` must be a full https:// address");
            continue;
        }
        if phone.is_none() && text.is_none() && url.is_none() {
            warn("each line needs a `phone`, `text` or `url`");
            continue;
        }
        let display = text_attr("display").filter(|d| is_plain_label(d));
        let hours = text_attr("hours").filter(|h| is_plain_label(h));
        lines.push(PracticeLine {
            name,
            phone,
            text,
            display,
            hours,
            url,
        });
    }
    if children.len() > MAX_LINES {
        warn("only the first five lines are shown");
    }
    (lines, warnings)
}

fn is_dialable(s: &str) -> bool {
    let digits = s.strip_prefix('+').or_else(|| s.strip_prefix('*')).unwrap_or(s);
    let full = s.starts_with('+');
    let ok_len = if full {
        (8..=15).contains(&digits.len())
    } else {
        (2..=8).contains(&digits.len())
    };
    ok_len && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(children: &[&[(&str, &str)]]) -> (Vec<PracticeLine>, Vec<Warning>) {
        let maps: Vec<HashMap<String, String>> = children
            .iter()
            .map(|c| c.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
            .collect();
        let getters: Vec<_> = maps.iter().map(|m| move |n: &str| m.get(n).cloned()).collect();
        parse_practice_lines(&getters)
    }

    #[test]
    fn a_good_line_is_kept() {
        let (lines, w) = parse(&[&[
            ("name", "Riverside crisis team"),
            ("phone", "+15035550100"),
            ("display", "503-555-0100"),
            ("hours", "Mon–Fri 9–5"),
        ]]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].phone.as_deref(), Some("+15035550100"));
    }

    #[test]
    fn bad_lines_are_skipped_with_a_warning() {
        let (lines, w) = parse(&[
            &[("phone", "+15035550100")],
            &[("name", "X"), ("phone", "javascript:alert(1)")],
            &[("name", "Y"), ("url", "http://insecure.example/")],
            &[("name", "<b>Z</b>"), ("phone", "988")],
            &[("name", "Good"), ("phone", "988")],
        ]);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].name, "Good");
        assert_eq!(w.len(), 4);
    }
}
