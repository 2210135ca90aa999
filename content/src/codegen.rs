//! Writes the Rust source the widget includes (`include!` in src/*/data.rs). String literals use
//! `{:?}`, which always yields a valid, escaped Rust literal.

use crate::crisis::CrisisData;
use crate::finder::{Finder, APPROACHES};
use crate::i18n::{Catalog, Piece};
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
    let _ = writeln!(s, "pub static LOCALES: [LocaleData; {}] = [", catalog.locales.len());
    for loc in &catalog.locales {
        let _ = writeln!(
            s,
            "    LocaleData {{ tag: {:?}, name: {:?}, rtl: {}, reviewed: {}, messages: &[",
            loc.tag, loc.name, loc.rtl, loc.reviewed
        );
        for id in &catalog.ids {
            match loc.messages.get(id) {
                Some(pieces) => {
                    s.push_str("        Some(");
                    pieces_literal(&mut s, pieces);
                    s.push_str("),\n");
                }
                None => s.push_str("        None,\n"),
            }
        }
        s.push_str("    ] },\n");
    }
    s.push_str("];\n");
    s
}

fn pieces_literal(s: &mut String, pieces: &[Piece]) {
    s.push_str("&[");
    for p in pieces {
        match p {
            Piece::Text(t) => {
                let _ = write!(s, "Piece::Text({t:?}),");
            }
            Piece::Var(v) => {
                let _ = write!(s, "Piece::Var({v:?}),");
            }
            Piece::Select { var, variants, default } => {
                let _ = write!(s, "Piece::Select({var:?}, &[");
                for (key, v) in variants {
                    let _ = write!(s, "({key:?}, ");
                    pieces_literal(s, v);
                    s.push_str("),");
                }
                let _ = write!(s, "], {default}),");
            }
        }
    }
    s.push(']');
}

pub fn crisis(data: &CrisisData, timezones: &[(String, String)]) -> String {
    let mut s = String::new();
    s.push_str("/// Countries with confirmed services, sorted by code.\npub static COUNTRIES: &[Country] = &[\n");
    for c in &data.countries {
        let _ = writeln!(s, "    Country {{ code: {:?}, services: &[", c.country);
        for sv in &c.services {
            let _ = writeln!(
                s,
                "        Service {{ id: {:?}, name: {:?}, audience: &{:?}, languages: &{:?}, open_24_7: {}, hours: {:?}, cost: {:?}, source: {:?}, verified_on: {:?}, pairs_with: &{:?}, contacts: &[",
                sv.id, sv.name, sv.audience, sv.languages, sv.open_24_7, sv.hours, sv.cost, sv.sources.first().map(String::as_str).unwrap_or(""), sv.verified_on, sv.pairs_with
            );
            for ct in &sv.contacts {
                let kind = variant_name(&ct.kind);
                let _ = writeln!(
                    s,
                    "            Contact {{ kind: ContactKind::{kind}, display: {:?}, dial: {:?}, short_code: {}, backup: {}, keyword: {:?}, menu_option: {:?}, url: {:?} }},",
                    ct.display, ct.dial, ct.short_code, ct.backup, ct.keyword, ct.menu_option, ct.url
                );
            }
            s.push_str("        ] },\n");
        }
        s.push_str("    ] },\n");
    }
    // Compact strings rather than tables of pointers: smaller in the wasm, searched rarely.
    s.push_str("];\n\n/// `,AC911,AD112,…,NG,…`: each region and its emergency number (empty: withheld).\n");
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
            "    EvidenceLine {{ id: {:?}, approach: Approach::{}, age_group: {}, kind: EvidenceKind::{}, certainty: {certainty}, text: {}, source: {:?}, url: {:?} }},",
            e.id,
            variant_name(&e.approach),
            age(Some(e.age_group.as_str())),
            variant_name(&e.kind),
            msg(format!("finder-evidence-{}", e.id)),
            e.source,
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
