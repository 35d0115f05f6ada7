//! Findings: what a rule reports. A rule id, a severity, a message, the primary span
//! and the related spans in other documents (the evidence), expected vs found, the
//! reference value and where it comes from, and a fix when there is one.

use crate::source::offsets::Span;
use serde::{Deserialize, Serialize};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A span in a document, with what it says there.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub doc: usize,
    pub span: Span,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    /// The claim key the conflict is about.
    pub key: String,
    pub message: String,
    pub primary: Label,
    pub related: Vec<Label>,
    /// How many more related mentions agree but are not listed.
    pub related_more: usize,
    pub expected: Option<String>,
    pub found: Option<String>,
    /// Where the expected value comes from ("majority of 2 documents", a source URL).
    pub reference: Option<String>,
    pub fix: Option<String>,
    /// Lower for the generic keyer, which guesses what a figure measures.
    pub confidence: Confidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Low,
}

/// Related spans listed per finding at most; the rest are counted.
pub const MAX_RELATED: usize = 5;
