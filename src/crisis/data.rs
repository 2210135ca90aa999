//! Crisis-line data, generated at build time from `data/crisis/*.toml` and
//! `data/emergency.toml` (see build.rs and data/crisis/README.md).

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
