//! Writes the Rust source the widget includes (`include!` in src/*/data.rs). String literals use
//! `{:?}`, which always yields a valid, escaped Rust literal.

use crate::crisis::CrisisData;
use crate::finder::{Finder, APPROACHES};
use crate::i18n::{Catalog, Piece, SOURCE_LOCALE};
use std::fmt::Write;

/// `finder-q-style` → `FinderQStyle`.
pub fn variant_name(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            let first = c.next().map(|f| f.to_ascii_uppercase()).into_iter();
            first.chain(c).collect::<String>()
        })
        .collect()
}

pub fn i18n(catalog: &Catalog) -> String {
    let mut s = String::new();
    s.push_str("/// One variant per message in `data/i18n/en/`, in file order.\n");
    s.push_str("#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]\npub enum Msg {\n");
    for id in &catalog.ids {
        let _ = writeln!(s, "    {},", variant_name(id));
    }
    s.push_str("}\n\n");
    let _ = writeln!(s, "pub const MSG_COUNT: usize = {};", catalog.ids.len());
    s.push_str("pub static MSG_IDS: [&str; MSG_COUNT] = [\n");
    for id in &catalog.ids {
        let _ = writeln!(s, "    {id:?},");
    }
    s.push_str("];\n\n");
    let _ = writeln!(s, "pub const CATALOG_KEY: &str = {:?};", catalog_key(catalog));
    // English is compiled in as the same compact text the other languages are fetched as, and
    // decoded once on first use: a table of `Piece` structs full of pointers and lengths is
    // several times larger in the wasm than the text it points to, and compresses poorly.
    s.push_str("/// The source language, compiled in, in the shipped files' encoding (`locale_file`);\n");
    s.push_str("/// decoded once by `i18n::source_messages`.\n");
    let english = locale_file(catalog, SOURCE_LOCALE).expect("the source locale exists");
    let _ = writeln!(s, "pub static SOURCE_TEXT: &str = {english:?};\n");
    let _ = writeln!(s, "pub static LOCALES: [LocaleMeta; {}] = [", catalog.locales.len());
    for (i, loc) in catalog.locales.iter().enumerate() {
        let file = if i == 0 {
            None
        } else {
            locale_file_name(catalog, &loc.tag)
        };
        let _ = writeln!(
            s,
            "    LocaleMeta {{ tag: {:?}, name: {:?}, rtl: {}, reviewed: {}, file: {:?} }},",
            loc.tag,
            loc.name,
            loc.rtl,
            // The widget marks unreviewed translations; English is the source it translates
            // from, never marked (its clinical sign-off shows in the review pack and README).
            i == 0 || loc.reviewed,
            file
        );
    }
    s.push_str("];\n");
    s
}

pub fn crisis(data: &CrisisData, timezones: &[(String, String)]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "pub static CRISIS_TEXT: &str = {:?};\n", crisis_text(data));
    // Compact strings rather than tables of pointers: smaller in the wasm, searched rarely.
    s.push_str("/// `,AC911,AD112,…,NG,…`: each region and its emergency number (empty: withheld).\n");
    let mut emergency = String::from(",");
    for (region, e) in &data.emergency {
        let _ = write!(emergency, "{region}{},", e.display);
    }
    let _ = writeln!(s, "pub static EMERGENCY: &str = {emergency:?};");
    s.push_str("\n/// `Zone=CC\\n` lines, sorted by zone (tz database; see data/timezones/).\n");
    let zones: String = timezones.iter().map(|(tz, cc)| format!("{tz}={cc}\n")).collect();
    let _ = writeln!(s, "pub static TIMEZONES: &str = {zones:?};");
    s
}

/// The countries' services as one compact text, decoded once by the widget
/// (`crisis::data::countries`): a table of structs is several times larger in the wasm than the
/// strings it points to. One record per line, fields separated by U+001F, list items by U+001E:
/// `C<code>` starts a country; `S` a service (id, name, audience, languages, 24/7 as 0/1,
/// hours, cost, first source, verified on, pairs with); `K` one of its contacts (kind, display,
/// dial, short code 0/1, backup 0/1, keyword, menu option, url). Countries sorted by code.
pub fn crisis_text(data: &CrisisData) -> String {
    const FIELD: char = '\u{1f}';
    const ITEM: char = '\u{1e}';
    let clean = |v: &str| -> String {
        // The data checks allow no control characters; a stray one must not shift a field.
        v.chars().filter(|c| !c.is_control()).collect()
    };
    let list = |v: &[String]| v.iter().map(|x| clean(x)).collect::<Vec<_>>().join(&ITEM.to_string());
    let bit = |b: bool| if b { "1" } else { "0" };
    let mut countries: Vec<_> = data.countries.iter().collect();
    countries.sort_by(|a, b| a.country.cmp(&b.country));
    let mut out = String::new();
    for c in countries {
        let _ = writeln!(out, "C{}", clean(&c.country));
        for sv in &c.services {
            let fields = [
                clean(&sv.id),
                clean(&sv.name),
                list(&sv.audience),
                list(&sv.languages),
                bit(sv.open_24_7).into(),
                clean(&sv.hours),
                clean(&sv.cost),
                clean(sv.sources.first().map(String::as_str).unwrap_or("")),
                clean(&sv.verified_on),
                list(&sv.pairs_with),
            ];
            let _ = writeln!(out, "S{}", fields.join(&FIELD.to_string()));
            for ct in &sv.contacts {
                let fields = [
                    clean(&ct.kind),
                    clean(&ct.display),
                    clean(&ct.dial),
                    bit(ct.short_code).into(),
                    bit(ct.backup).into(),
                    clean(&ct.keyword),
                    clean(&ct.menu_option),
                    clean(&ct.url),
                ];
                let _ = writeln!(out, "K{}", fields.join(&FIELD.to_string()));
            }
        }
    }
    out
}

pub fn finder(f: &Finder) -> String {
    let mut s = String::new();
    let msg = |id: String| format!("Msg::{}", variant_name(&id));
    let age = |g: Option<&str>| match g {
        Some("adult") => "Some(AgeGroup::Adult)",
        Some("under-18") => "Some(AgeGroup::Under18)",
        _ => "None",
    };
    let _ = writeln!(s, "pub static QUESTIONS: &[Question] = &[");
    for q in &f.questions {
        let _ = writeln!(
            s,
            "    Question {{ id: {:?}, text: {}, answers: &[",
            q.id,
            msg(format!("finder-q-{}", q.id))
        );
        for a in &q.answers {
            let weights: Vec<u8> = APPROACHES.iter().map(|ap| a.weight(ap)).collect();
            let why = if a.moves_anything() {
                format!("Some({})", msg(format!("finder-why-{}-{}", q.id, a.id)))
            } else {
                "None".into()
            };
            let _ = writeln!(
                s,
                "        Answer {{ id: {:?}, text: {}, why: {why}, weights: {weights:?}, age_group: {} }},",
                a.id,
                msg(format!("finder-a-{}-{}", q.id, a.id)),
                age(a.age_group.as_deref())
            );
        }
        s.push_str("    ] },\n");
    }
    s.push_str("];\n\npub static EVIDENCE: &[EvidenceLine] = &[\n");
    for e in &f.evidence {
        let certainty = match &e.certainty {
            Some(c) => format!("Some(Certainty::{})", variant_name(c)),
            None => "None".into(),
        };
        let _ = writeln!(
            s,
            "    EvidenceLine {{ id: {:?}, approach: Approach::{}, age_group: {}, kind: EvidenceKind::{}, certainty: {certainty}, text: {}, source: {}, url: {:?} }},",
            e.id,
            variant_name(&e.approach),
            age(Some(e.age_group.as_str())),
            variant_name(&e.kind),
            msg(format!("finder-evidence-{}", e.id)),
            msg(format!("finder-source-{}", e.id)),
            e.url
        );
    }
    s.push_str("];\n\n/// Indexed by `Approach as usize`.\npub static APPROACH_TEXT: [ApproachText; 3] = [\n");
    for ap in APPROACHES {
        let _ = writeln!(
            s,
            "    ApproachText {{ name: {}, about: {}, sessions: {}, suits_less: {} }},",
            msg(format!("finder-approach-{ap}")),
            msg(format!("finder-about-{ap}")),
            msg(format!("finder-sessions-{ap}")),
            msg(format!("finder-suits-less-{ap}")),
        );
    }
    s.push_str("];\n");
    s
}

/// FNV-1a, 64-bit: a stable, dependency-free fingerprint for file names and format checks
/// (not for security; the manifest carries SHA-384 integrity hashes).
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:08x}", (h >> 32) as u32 ^ h as u32)
}

/// Identifies the list of message ids: a translation file made for another build of the widget
/// (a different id list) is refused rather than shown with messages in the wrong places.
pub fn catalog_key(catalog: &Catalog) -> String {
    fingerprint(catalog.ids.join("\n").as_bytes())
}

/// A translation, as the widget loads it at run time (English is compiled in; the other
/// languages are fetched only when a visitor needs one). Line 1: `harbor-locale <key>`; then one
/// line per message, in `catalog.ids` order, empty where the translation lacks it. Pieces:
/// text with `\` escaping `\ { } | \n`; `{var}`; `{var|key:pieces|*default:pieces}`.
pub fn locale_file(catalog: &Catalog, tag: &str) -> Option<String> {
    let loc = catalog.locales.iter().find(|l| l.tag == tag)?;
    let mut s = format!("harbor-locale {}\n", catalog_key(catalog));
    for id in &catalog.ids {
        if let Some(pieces) = loc.messages.get(id) {
            encode_pieces(&mut s, pieces);
        }
        s.push('\n');
    }
    Some(s)
}

/// `harbor-<tag>.<fingerprint>.txt`: content-addressed, so it can be cached for good.
pub fn locale_file_name(catalog: &Catalog, tag: &str) -> Option<String> {
    let text = locale_file(catalog, tag)?;
    Some(format!("harbor-{tag}.{}.txt", fingerprint(text.as_bytes())))
}

/// Appends `pieces` in the shipped files' encoding (see `locale_file`); also what the
/// sign-off hashes are computed over (`signoff::message_hash`).
pub fn encode_pieces(s: &mut String, pieces: &[Piece]) {
    for p in pieces {
        match p {
            Piece::Text(t) => {
                for c in t.chars() {
                    match c {
                        '\\' | '{' | '}' | '|' => {
                            s.push('\\');
                            s.push(c);
                        }
                        '\n' => s.push_str("\\n"),
                        c => s.push(c),
                    }
                }
            }
            Piece::Var(v) => {
                let _ = write!(s, "{{{v}}}");
            }
            Piece::Select { var, variants, default } => {
                let _ = write!(s, "{{{var}");
                for (i, (key, v)) in variants.iter().enumerate() {
                    s.push('|');
                    if i == *default {
                        s.push('*');
                    }
                    let _ = write!(s, "{key}:");
                    encode_pieces(s, v);
                }
                s.push('}');
            }
        }
    }
}
