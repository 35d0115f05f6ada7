//! The pipeline in one place: extract every document (in parallel, order kept),
//! settle the batch year and publication dates, resolve dates, key claims, run rules.

use crate::claim::{self, Claim};
use crate::extract::{self, Extraction, resolve};
use crate::finding::Finding;
use crate::pack::PackSet;
use crate::rules::{self, Context};
use crate::source::{Document, Published};
use rayon::prelude::*;

/// Everything a run produced, for the reports.
pub struct Run {
    pub docs: Vec<Document>,
    pub extractions: Vec<Extraction>,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
    pub batch_year: Option<i16>,
}

/// Extracts and resolves dates; the first half of `run`, also used by `extract`.
pub fn extract_batch(
    mut docs: Vec<Document>,
    default: Option<Published>,
) -> (Vec<Document>, Vec<Extraction>, Option<i16>) {
    // A panic in one document's extraction must not lose the batch: that document is
    // reported and checked with no mentions.
    let results: Vec<(Extraction, Option<String>)> = docs
        .par_iter()
        .map(|d| match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract::extract(&d.text))) {
            Ok(e) => (e, None),
            Err(_) => (Extraction::default(), Some("internal error while extracting; the document was checked without mentions".to_string())),
        })
        .collect();
    let mut extractions = Vec::with_capacity(results.len());
    for (d, (e, warning)) in docs.iter_mut().zip(results) {
        d.warnings.extend(warning);
        extractions.push(e);
    }
    let year = resolve::batch_year(&docs, &extractions);
    resolve::publication_dates(&mut docs, year, default);
    resolve::resolve_all(&docs, &mut extractions, year);
    (docs, extractions, year)
}

pub fn run(docs: Vec<Document>, packs: &PackSet, default: Option<Published>) -> Run {
    run_with(docs, packs, default, |_| true)
}

pub fn run_with(
    docs: Vec<Document>,
    packs: &PackSet,
    default: Option<Published>,
    enabled: impl Fn(&str) -> bool,
) -> Run {
    let (docs, extractions, batch_year) = extract_batch(docs, default);
    let claims = claim::key_all(&docs, &extractions, packs);
    let cx = Context {
        docs: &docs,
        extractions: &extractions,
        claims: &claims,
        packs,
    };
    let findings = rules::run(&cx, enabled);
    Run {
        docs,
        extractions,
        claims,
        findings,
        batch_year,
    }
}
