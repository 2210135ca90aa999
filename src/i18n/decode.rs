//! Reads a translation file (format: `harbor_content::codegen::locale_file`) into the same
//! `Piece` tables the compiled-in English uses. The tables are leaked on purpose: a language is
//! decoded at most once per page and then lives as long as the page, like compiled-in text.

use super::{Messages, Piece, MSG_COUNT};
use crate::leak;

/// Decodes `text`; `key` is the catalog key this build of the widget expects. Any mismatch or
/// malformed line is an error (the caller then keeps English), never a panic.
pub fn decode(text: &str, key: &str) -> Result<Messages, String> {
    let mut lines = text.split('\n');
    let header = lines.next().unwrap_or("");
    if header != format!("harbor-locale {key}") {
        return Err(format!(
            "translation file is for another version of Harbor (header `{}`)",
            header.chars().take(40).collect::<String>()
        ));
    }
    let mut messages = Vec::with_capacity(MSG_COUNT);
    for (i, line) in lines.take(MSG_COUNT).enumerate() {
        if line.is_empty() {
            messages.push(None);
            continue;
        }
        let mut reader = Reader {
            chars: line.chars().peekable(),
        };
        let pieces = reader
            .pieces(false)
            .map_err(|e| format!("translation file, message {}: {e}", i + 1))?;
        if reader.chars.next().is_some() {
            return Err(format!("translation file, message {}: unexpected `|` or `}}`", i + 1));
        }
        messages.push(Some(leak(pieces)));
    }
    if messages.len() != MSG_COUNT {
        return Err(format!(
            "translation file has {} messages, expected {MSG_COUNT}",
            messages.len()
        ));
    }
    Ok(leak(messages))
}

struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl Reader<'_> {
    /// Pieces up to the end of the line, or (inside a variant) up to an unescaped `|` or `}`,
    /// which is left for the caller.
    fn pieces(&mut self, in_variant: bool) -> Result<Vec<Piece>, String> {
        let mut out = Vec::new();
        let mut text = String::new();
        while let Some(&c) = self.chars.peek() {
            match c {
                '|' | '}' if in_variant => break,
                '|' | '}' => return Err(format!("stray `{c}`")),
                '\\' => {
                    self.chars.next();
                    match self.chars.next() {
                        Some('n') => text.push('\n'),
                        Some(e @ ('\\' | '{' | '}' | '|')) => text.push(e),
                        other => return Err(format!("bad escape `\\{}`", other.unwrap_or(' '))),
                    }
                }
                '{' => {
                    self.chars.next();
                    if !text.is_empty() {
                        out.push(Piece::Text(Box::leak(std::mem::take(&mut text).into_boxed_str())));
                    }
                    out.push(self.placeable()?);
                }
                _ => {
                    self.chars.next();
                    text.push(c);
                }
            }
        }
        if !text.is_empty() {
            out.push(Piece::Text(Box::leak(text.into_boxed_str())));
        }
        Ok(out)
    }

    /// After `{`: `var}` or `var|key:pieces|*key:pieces}`.
    fn placeable(&mut self) -> Result<Piece, String> {
        let var = self.name(&['}', '|'])?;
        match self.chars.next() {
            Some('}') => Ok(Piece::Var(var)),
            Some('|') => {
                let mut variants = Vec::new();
                let mut default = None;
                loop {
                    if self.chars.peek() == Some(&'*') {
                        self.chars.next();
                        default = Some(variants.len());
                    }
                    let key = self.name(&[':'])?;
                    self.chars.next();
                    let pieces = self.pieces(true)?;
                    variants.push((key, leak(pieces)));
                    match self.chars.next() {
                        Some('|') => continue,
                        Some('}') => break,
                        _ => return Err(format!("`{{{var}|…` is not closed")),
                    }
                }
                let default = default.ok_or_else(|| format!("`{{{var}|…}}` has no default variant"))?;
                Ok(Piece::Select(var, leak(variants), default))
            }
            _ => Err(format!("`{{{var}` is not closed")),
        }
    }

    /// A variable name or variant key, up to (not including) one of `ends`.
    fn name(&mut self, ends: &[char]) -> Result<&'static str, String> {
        let mut name = String::new();
        while let Some(&c) = self.chars.peek() {
            if ends.contains(&c) {
                break;
            }
            if !(c.is_alphanumeric() || c == '-' || c == '_') {
                return Err(format!("unexpected `{c}` in a name"));
            }
            name.push(c);
            self.chars.next();
        }
        if name.is_empty() || self.chars.peek().is_none() {
            return Err("a `{…}` is empty or not closed".into());
        }
        Ok(Box::leak(name.into_boxed_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{CATALOG_KEY, LOCALES, MSG_IDS};

    /// A file in the shipped format with one message at `index` and the rest missing.
    fn file_with(index: usize, line: &str) -> String {
        let mut s = format!("harbor-locale {CATALOG_KEY}\n");
        for i in 0..MSG_COUNT {
            if i == index {
                s.push_str(line);
            }
            s.push('\n');
        }
        s
    }

    #[test]
    fn decodes_text_escapes_variables_and_selects() {
        let m = decode(
            &file_with(2, r"a\{b\}\|c\\d\ne {n} {n|0:none|one:one {n}|*other:many}"),
            CATALOG_KEY,
        )
        .unwrap();
        assert_eq!(m.len(), MSG_COUNT);
        assert_eq!(m[0], None);
        let pieces = m[2].unwrap();
        assert_eq!(pieces[0], Piece::Text("a{b}|c\\d\ne "));
        assert_eq!(pieces[1], Piece::Var("n"));
        let Piece::Select(var, variants, default) = &pieces[3] else {
            panic!("expected a select, got {:?}", pieces[3]);
        };
        assert_eq!((*var, *default), ("n", 2));
        assert_eq!(
            variants.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            ["0", "one", "other"]
        );
        assert_eq!(variants[1].1, &[Piece::Text("one "), Piece::Var("n")]);
    }

    #[test]
    fn refuses_files_for_another_build_or_malformed_ones() {
        let good = file_with(0, "hi");
        assert!(decode(&good, "0000").unwrap_err().contains("another version"));
        assert!(decode("", CATALOG_KEY).is_err());
        let short: String = good.lines().take(3).map(|l| format!("{l}\n")).collect();
        assert!(decode(&short, CATALOG_KEY).unwrap_err().contains("messages"));
        for bad in ["{n", "{n|one:x}", "{n|*one:x", "a}b", r"a\qb", "{}", "{<b>}"] {
            assert!(decode(&file_with(0, bad), CATALOG_KEY).is_err(), "accepted {bad:?}");
        }
    }

    /// Every shipped translation file, made the way `cargo xtask build` makes it, decodes to
    /// exactly the messages in data/i18n/ — and none is missing (PRODUCT.md: "checked for
    /// completeness by the tests").
    #[test]
    fn every_shipped_translation_round_trips_and_is_complete() {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let content = harbor_content::load(&data).expect("data/ loads");
        let catalog = &content.i18n;
        assert_eq!(catalog.ids, MSG_IDS);
        let mut missing = Vec::new();
        for meta in &LOCALES[1..] {
            let text = harbor_content::codegen::locale_file(catalog, meta.tag).expect("a file per locale");
            assert_eq!(
                meta.file,
                harbor_content::codegen::locale_file_name(catalog, meta.tag).as_deref(),
                "the wasm asks for the file the build writes"
            );
            let messages = decode(&text, CATALOG_KEY).unwrap_or_else(|e| panic!("{}: {e}", meta.tag));
            let source = catalog.locales.iter().find(|l| l.tag == meta.tag).unwrap();
            for (i, id) in MSG_IDS.iter().enumerate() {
                match (messages[i], source.messages.get(*id)) {
                    (Some(got), Some(want)) => assert!(same(got, want), "{}: {id} differs", meta.tag),
                    (None, None) => missing.push(format!("{}: {id}", meta.tag)),
                    (got, want) => panic!("{}: {id}: decoded {got:?}, source {want:?}", meta.tag),
                }
            }
        }
        assert!(missing.is_empty(), "untranslated messages:\n{}", missing.join("\n"));
    }

    fn same(got: &[Piece], want: &[harbor_content::i18n::Piece]) -> bool {
        use harbor_content::i18n::Piece as P;
        got.len() == want.len()
            && got.iter().zip(want).all(|(g, w)| match (g, w) {
                (Piece::Text(a), P::Text(b)) | (Piece::Var(a), P::Var(b)) => a == b,
                (Piece::Select(v, vs, d), P::Select { var, variants, default }) => {
                    v == var
                        && d == default
                        && vs.len() == variants.len()
                        && vs.iter().zip(variants).all(|((k, p), (wk, wp))| k == wk && same(p, wp))
                }
                _ => false,
            })
    }
}
