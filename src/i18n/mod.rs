//! Translations: generated from `data/i18n/` at build time (see build.rs), formatted here.
//! English is compiled in; every other language is a small text file fetched the first time a
//! visitor needs it (`load`), so each language costs only the visitors who use it. Plural
//! categories come from the browser's `Intl.PluralRules` (see `platform`), so no i18n engine
//! ships in the wasm.

mod decode;
mod load;
mod negotiate;
pub use decode::decode;
pub use load::{asset_url, set_asset_base, use_locale};
pub use negotiate::{negotiate, with_region};

use crate::platform;

/// One piece of a message: literal text, a variable, or a choice on a variable.
#[derive(Debug, PartialEq)]
pub enum Piece {
    Text(&'static str),
    Var(&'static str),
    /// (variable, [(key, pieces)], index of the default variant)
    Select(&'static str, &'static [(&'static str, &'static [Piece])], usize),
}

/// A shipped language: what the language menu and negotiation need, before any text loads.
#[derive(Debug, PartialEq)]
pub struct LocaleMeta {
    pub tag: &'static str,
    pub name: &'static str,
    pub rtl: bool,
    /// Every message is signed off at its current text, per the record in
    /// data/i18n/locales.toml (computed by the build, never written by hand). Always true for
    /// English, the source: only translations are marked as not yet reviewed.
    pub reviewed: bool,
    /// The translation file next to the wasm (`None` for English, which is compiled in).
    pub file: Option<&'static str>,
}

impl LocaleMeta {
    pub fn by_tag(tag: &str) -> Option<&'static LocaleMeta> {
        LOCALES.iter().find(|l| l.tag == tag)
    }
}

/// Indexed by `Msg as usize`; `None` where the translation lacks a message.
pub type Messages = &'static [Option<&'static [Piece]>];

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

thread_local! {
    /// English, decoded from `SOURCE_TEXT` on first use and kept for the page's life. The build
    /// writes and checks that text (a native test decodes it), so the empty fallback is never
    /// met in practice; if it were, text would be missing, never markup or a panic.
    static SOURCE: Messages = decode(SOURCE_TEXT, CATALOG_KEY).unwrap_or(&[]);
}

/// The compiled-in English messages (the source every translation falls back to).
pub fn source_messages() -> Messages {
    SOURCE.with(|m| *m)
}

/// A value for a message variable.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

/// A language whose text is at hand, handed to every component through context. Cheap to copy.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    meta: &'static LocaleMeta,
    messages: Messages,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.meta.tag == other.meta.tag
    }
}

impl Default for I18n {
    fn default() -> Self {
        I18n {
            meta: &LOCALES[0],
            messages: source_messages(),
        }
    }
}

impl I18n {
    pub fn new(meta: &'static LocaleMeta, messages: Messages) -> Self {
        I18n { meta, messages }
    }
    pub fn tag(&self) -> &'static str {
        self.meta.tag
    }
    pub fn rtl(&self) -> bool {
        self.meta.rtl
    }
    /// Signed off at its current text (always true for English, the source): see `LocaleMeta`.
    pub fn reviewed(&self) -> bool {
        self.meta.reviewed
    }
    /// A message with no variables.
    pub fn t(&self, msg: Msg) -> String {
        self.format(msg, &[])
    }
    /// A message with variables. A variable the message lacks is ignored; one it needs but
    /// wasn't given renders as nothing (never as markup: callers render the result as text).
    pub fn format(&self, msg: Msg, args: &[(&str, Arg)]) -> String {
        let pieces = self
            .messages
            .get(msg as usize)
            .copied()
            .flatten()
            .or_else(|| source_messages().get(msg as usize).copied().flatten())
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
                            let category = platform::plural_category(self.meta.tag, n);
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
        let english = source_messages();
        assert_eq!(english.len(), MSG_COUNT, "the compiled-in English decodes");
        for (i, id) in MSG_IDS.iter().enumerate() {
            assert!(english[i].is_some(), "English lacks {id}");
        }
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

/// The widget's language for the screen being rendered (English outside a provider).
#[yew::hook]
pub fn use_i18n() -> I18n {
    yew::use_context::<I18n>().unwrap_or_default()
}
