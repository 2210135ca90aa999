//! Which shipped locale to use, from a list of wanted language tags in priority order
//! (the `lang` attribute, the page's `<html lang>`, then the browser's languages).

use super::{LocaleMeta, LOCALES};

/// Regional variants we don't ship map to the closest one we do.
const FALLBACKS: &[(&str, &str)] = &[("pt", "pt-BR")];

pub fn negotiate<S: AsRef<str>>(wanted: &[S]) -> &'static LocaleMeta {
    for tag in wanted {
        let tag = tag.as_ref().trim();
        if tag.is_empty() || tag.eq_ignore_ascii_case("auto") {
            continue;
        }
        if let Some(found) = find(tag) {
            return found;
        }
    }
    &LOCALES[0]
}

/// The language with the visitor's region, for dates and numbers: a UK visitor reading English
/// sees "22 November 2026", not "November 22, 2026". `pt-BR` with `PT` becomes `pt-PT`.
pub fn with_region(language: &str, region: &str) -> String {
    let base = language.split(['-', '_']).next().unwrap_or(language);
    if region.len() == 2 && region.bytes().all(|b| b.is_ascii_alphabetic()) {
        format!("{base}-{}", region.to_ascii_uppercase())
    } else {
        language.to_string()
    }
}

fn find(tag: &str) -> Option<&'static LocaleMeta> {
    // Exact (case-insensitive) match first: `pt-BR`, `en`.
    if let Some(l) = LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag)) {
        return Some(l);
    }
    // Then the bare language: `es-MX` → `es`, `en-GB` → `en`.
    let language = tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase();
    if let Some(l) = LOCALES.iter().find(|l| l.tag == language) {
        return Some(l);
    }
    // Then a sibling we ship: `pt-PT` → `pt-BR` until a `pt-PT` exists.
    FALLBACKS
        .iter()
        .find(|(lang, _)| *lang == language)
        .and_then(|(_, target)| LOCALES.iter().find(|l| l.tag == *target))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_take_the_visitors_region() {
        assert_eq!(with_region("en", "GB"), "en-GB");
        assert_eq!(with_region("pt-BR", "PT"), "pt-PT");
        assert_eq!(with_region("ar", "sa"), "ar-SA");
        assert_eq!(with_region("de", "<b>"), "de", "a bad region changes nothing");
    }

    #[test]
    fn english_is_the_last_resort() {
        assert_eq!(negotiate::<&str>(&[]).tag, "en");
        assert_eq!(negotiate(&["xx", "", "auto"]).tag, "en");
        assert_eq!(negotiate(&["<script>"]).tag, "en");
    }

    #[test]
    fn regional_variants_fall_back_to_the_language() {
        assert_eq!(negotiate(&["en-GB"]).tag, "en");
        assert_eq!(negotiate(&["es-MX"]).tag, "es");
        assert_eq!(negotiate(&["es_ar"]).tag, "es");
        assert_eq!(negotiate(&["pt-PT"]).tag, "pt-BR");
        assert_eq!(negotiate(&["pt"]).tag, "pt-BR");
        assert_eq!(negotiate(&["PT-br"]).tag, "pt-BR");
    }

    #[test]
    fn earlier_wishes_win() {
        assert_eq!(negotiate(&["xx", "fr-CA", "de"]).tag, "fr");
        assert_eq!(negotiate(&["zz", "en-US"]).tag, "en");
    }
}
