//! The finder's questions and evidence, generated at build time from `data/finder.toml` (see
//! build.rs and content/src/finder.rs); the words come from `data/i18n/<lang>/finder.ftl`.

use crate::i18n::Msg;

/// In the order of the weights array and of the tie-break (see `model::score`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Approach {
    Cbt,
    Dbt,
    Psychodynamic,
}

impl Approach {
    pub const ALL: [Approach; 3] = [Approach::Cbt, Approach::Dbt, Approach::Psychodynamic];

    pub fn text(self) -> &'static ApproachText {
        &APPROACH_TEXT[self as usize]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeGroup {
    Adult,
    Under18,
}

/// GRADE certainty as the source review states it (the four GRADE levels; the build refuses
/// anything else).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    High,
    Moderate,
    Low,
    VeryLow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvidenceKind {
    Review,
    Trial,
    Guideline,
}

#[derive(Debug, PartialEq)]
pub struct Question {
    pub id: &'static str,
    pub text: Msg,
    pub answers: &'static [Answer],
}

#[derive(Debug, PartialEq)]
pub struct Answer {
    pub id: &'static str,
    pub text: Msg,
    /// "Why this came up" when this answer gave an approach points; `None` if it gives none.
    pub why: Option<Msg>,
    /// Points for each approach, indexed by `Approach as usize`.
    pub weights: [u8; 3],
    pub age_group: Option<AgeGroup>,
}

impl Answer {
    pub fn weight(&self, approach: Approach) -> u8 {
        self.weights[approach as usize]
    }
}

#[derive(Debug, PartialEq)]
pub struct EvidenceLine {
    pub id: &'static str,
    pub approach: Approach,
    /// `None`: about everyone.
    pub age_group: Option<AgeGroup>,
    pub kind: EvidenceKind,
    pub certainty: Option<Certainty>,
    pub text: Msg,
    /// The source as named to visitors (`finder-source-<id>`, translated like every visible word).
    pub source: Msg,
    pub url: &'static str,
}

impl EvidenceLine {
    /// How sure, in plain words: the certainty if graded, else what kind of source it is.
    pub fn how_sure(&self) -> Msg {
        match (self.certainty, self.kind) {
            (Some(Certainty::High), _) => Msg::FinderCertaintyHigh,
            (Some(Certainty::Moderate), _) => Msg::FinderCertaintyModerate,
            (Some(Certainty::Low), _) => Msg::FinderCertaintyLow,
            (Some(Certainty::VeryLow), _) => Msg::FinderCertaintyVeryLow,
            (None, EvidenceKind::Guideline) => Msg::FinderKindGuideline,
            // The build refuses a review without a certainty; a trial without one is one study.
            (None, _) => Msg::FinderKindTrial,
        }
    }
}

pub struct ApproachText {
    pub name: Msg,
    pub about: Msg,
    pub sessions: Msg,
    pub suits_less: Msg,
}

include!(concat!(env!("OUT_DIR"), "/finder.rs"));
