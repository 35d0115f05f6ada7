//! Output: the only place bytes are written. One file per format.

pub mod github;
pub mod human;
pub mod json;
pub mod rdjson;
pub mod sarif;

use crate::check::Run;
use crate::source::Skipped;

/// Counts for the summary line and the JSON summary.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Summary {
    pub documents: usize,
    pub evidence_documents: usize,
    pub skipped: Vec<Skipped>,
    pub claims: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn of(run: &Run, skipped: &[Skipped]) -> Summary {
        use crate::finding::Severity::*;
        let count = |s| run.findings.iter().filter(|f| f.severity == s).count();
        Summary {
            documents: run.docs.iter().filter(|d| !d.evidence_only()).count(),
            evidence_documents: run.docs.iter().filter(|d| d.evidence_only()).count(),
            skipped: skipped.to_vec(),
            claims: run.claims.len(),
            errors: count(Error),
            warnings: count(Warning),
            infos: count(Info),
        }
    }
}
