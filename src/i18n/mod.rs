//! Translations: generated from `data/i18n/` at build time (see build.rs), formatted here.
//! Plural categories come from the browser's `Intl.PluralRules` (see `platform`), so no i18n
//! engine ships in the wasm.

mod negotiate;
pub use negotiate::negotiate;

use crate::platform;

/// One piece of a message: literal text, a variable, or a choice on a variable.
#[derive(Debug)]
pub enum Piece {
    Text(&'static str),
    Var(&'static str),
    /// (variable, [(key, pieces)], index of the default variant)
    Select(&'static str, &'static [(&'static str, &'static [Piece])], usize),
}

#[derive(Debug)]
pub struct LocaleData {
    pub tag: &'static str,
    pub name: &'static str,
    pub rtl: bool,
    pub reviewed: bool,
    /// Indexed by `Msg as usize`; `None` where the translation lacks a message.
    pub messages: &'static [Option<&'static [Piece]>],
}

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

/// A value for a message variable.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

/// The visitor's locale, handed to every component through context. Cheap to copy.
#[derive(Clone, Copy, Debug)]
pub struct I18n(pub &'static LocaleData);

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.0.tag == other.0.tag
    }
}

impl Default for I18n {
    fn default() -> Self {
        I18n(&LOCALES[0])
    }
}

impl I18n {
    pub fn by_tag(tag: &str) -> Option<I18n> {
        LOCALES.iter().find(|l| l.tag == tag).map(I18n)
    }
    pub fn tag(&self) -> &'static str {
        self.0.tag
    }
    pub fn rtl(&self) -> bool {
        self.0.rtl
    }
    /// A message with no variables.
    pub fn t(&self, msg: Msg) -> String {
        self.format(msg, &[])
    }
    /// A message with variables. A variable the message lacks is ignored; one it needs but
    /// wasn't given renders as nothing (never as markup: callers render the result as text).
    pub fn format(&self, msg: Msg, args: &[(&str, Arg)]) -> String {
        let pieces = self.0.messages[msg as usize]
            .or(LOCALES[0].messages[msg as usize])
            .unwrap_or(&[]);
        let mut out = String::new();
        self.write(pieces, args, &mut out);
        out
    }

    fn write(&self, pieces: &[Piece], args: &[(&str, Arg)], out: &mut String) {
        for p in pieces {
            match p {
                Piece::Text(t) => out.push_str(t),
                Piece::Var(name) => match lookup(args, name) {
                    Some(Arg::Str(s)) => out.push_str(s),
                    Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                    None => {}
                },
                Piece::Select(name, variants, default) => {
                    let chosen = match lookup(args, name) {
                        Some(Arg::Num(n)) => {
                            let exact = n.to_string();
                            let category = platform::plural_category(self.0.tag, n);
                            variants
                                .iter()
                                .find(|(k, _)| *k == exact)
                                .or_else(|| variants.iter().find(|(k, _)| *k == category))
                        }
                        Some(Arg::Str(s)) => variants.iter().find(|(k, _)| *k == s),
                        None => None,
                    };
                    let (_, v) = chosen.unwrap_or(&variants[*default]);
                    self.write(v, args, out);
                }
            }
        }
    }
}

fn lookup<'a>(args: &'a [(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_english() {
        for (i, id) in MSG_IDS.iter().enumerate() {
            assert!(LOCALES[0].messages[i].is_some(), "English lacks {id}");
        }
    }

    #[test]
    fn every_shipped_language_is_complete() {
        let mut missing = Vec::new();
        for loc in &LOCALES[1..] {
            for (i, id) in MSG_IDS.iter().enumerate() {
                if loc.messages[i].is_none() {
                    missing.push(format!("{}: {id}", loc.tag));
                }
            }
        }
        assert!(missing.is_empty(), "untranslated messages:\n{}", missing.join("\n"));
    }

    #[test]
    fn select_uses_exact_value_then_plural_category_then_default() {
        static ONE: [Piece; 1] = [Piece::Text("one step")];
        static OTHER: [Piece; 2] = [Piece::Var("n"), Piece::Text(" steps")];
        static ZERO: [Piece; 1] = [Piece::Text("no steps")];
        static MSG: [Piece; 1] = [Piece::Select("n", &[("0", &ZERO), ("one", &ONE), ("other", &OTHER)], 2)];
        let i = I18n::default();
        let mut out = String::new();
        i.write(&MSG, &[("n", Arg::Num(1))], &mut out);
        assert_eq!(out, "one step");
        out.clear();
        i.write(&MSG, &[("n", Arg::Num(4))], &mut out);
        assert_eq!(out, "4 steps");
        out.clear();
        i.write(&MSG, &[("n", Arg::Num(0))], &mut out);
        assert_eq!(out, "no steps");
        out.clear();
        i.write(&MSG, &[], &mut out);
        assert_eq!(out, " steps", "a missing variable falls back to the default variant");
    }
}
