//! After the rules: what a user asked not to see. Inline suppressions, a baseline of
//! known findings, and a diff that limits reports to changed lines. Filters take
//! findings and return the ones to report; they never change a finding.

pub mod baseline;
pub mod diff;
pub mod suppress;

/// Something about the run itself, not a claim: an unused suppression, say.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Notice {
    pub kind: &'static str,
    pub severity: crate::finding::Severity,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}
