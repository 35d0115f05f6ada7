//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `check` through the library on paths, with the default packs.
pub fn check(paths: &[PathBuf], default_packs: bool, date: Option<&str>) -> claimlint::check::Run {
    let mut packs = claimlint::pack::PackSet::default();
    if default_packs {
        for (name, _) in claimlint::pack::BUILTIN {
            packs.add(name).unwrap();
        }
    }
    let batch = claimlint::source::load(paths, false);
    let default = date.map(|d| claimlint::source::Published {
        date: d.parse().unwrap(),
        origin: claimlint::source::DateOrigin::Cli,
    });
    claimlint::check::run(batch.documents, &packs, default)
}

/// Original byte range of a finding's primary span.
pub fn primary_range(
    run: &claimlint::check::Run,
    f: &claimlint::finding::Finding,
) -> (String, usize, usize) {
    // A checked document's text is dropped; `loaded` reads it again.
    let d = run.docs[f.primary.doc].loaded();
    (
        d.path.clone(),
        d.map.original(f.primary.span.start),
        d.map.original(f.primary.span.end),
    )
}

pub fn file_name(p: &str) -> &str {
    Path::new(p)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(p)
}

/// A run's findings as (rule, flagged text), for short assertions.
pub fn rule_texts(run: &claimlint::check::Run) -> Vec<(&'static str, String)> {
    run.findings
        .iter()
        .map(|f| {
            (
                f.rule,
                run.docs[f.primary.doc].slice(f.primary.span).to_string(),
            )
        })
        .collect()
}

/// The summary's skipped inputs as "path: reason".
pub fn skipped(v: &serde_json::Value) -> Vec<String> {
    v["summary"]["skipped"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|s| {
                    format!(
                        "{}: {}",
                        s["path"].as_str().unwrap_or(""),
                        s["reason"].as_str().unwrap_or("")
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every document's warnings as "path: warning".
pub fn warnings(v: &serde_json::Value) -> Vec<String> {
    v["documents"]
        .as_array()
        .map(|a| {
            a.iter()
                .flat_map(|d| {
                    d["warnings"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default()
                        .into_iter()
                        .map(move |w| {
                            format!(
                                "{}: {}",
                                d["path"].as_str().unwrap_or(""),
                                w.as_str().unwrap_or("")
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .collect()
        })
        .unwrap_or_default()
}
