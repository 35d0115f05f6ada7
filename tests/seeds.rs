//! seeds/labels.yaml as assertions: every must_flag quote is reported, no
//! must_not_flag quote is.

mod common;

use common::{check, file_name, primary_range, root};
use serde_json::Value;

fn labels() -> Value {
    let text = std::fs::read_to_string(root().join("seeds/labels.yaml")).unwrap();
    serde_saphyr::from_str(&text).unwrap()
}

/// Byte range of the first occurrence of a quote in a seed file.
fn locate(file: &str, quote: &str) -> (usize, usize) {
    let text = std::fs::read_to_string(root().join("seeds").join(file)).unwrap();
    let at = text
        .find(quote)
        .unwrap_or_else(|| panic!("quote {quote:?} not in {file}"));
    (at, at + quote.len())
}

fn flagged(run: &claimlint::check::Run, file: &str, range: (usize, usize)) -> Vec<&'static str> {
    run.findings
        .iter()
        .filter(|f| {
            let (p, s, e) = primary_range(run, f);
            file_name(&p) == file && s < range.1 && e > range.0
        })
        .map(|f| f.rule)
        .collect()
}

#[test]
fn must_flag_items_are_reported_and_must_not_flag_items_are_not() {
    let run = check(&[root().join("seeds")], true, None);
    let l = labels();
    for item in l["must_flag"].as_array().unwrap() {
        for found in item["found"].as_array().unwrap() {
            let (file, quote) = (
                found["file"].as_str().unwrap(),
                found["quote"].as_str().unwrap(),
            );
            let rules = flagged(&run, file, locate(file, quote));
            assert!(
                !rules.is_empty(),
                "{}: {quote:?} in {file} not flagged",
                item["id"]
            );
        }
    }
    for item in l["must_not_flag"].as_array().unwrap() {
        for q in item["quotes"].as_array().unwrap() {
            let (file, quote) = (q["file"].as_str().unwrap(), q["quote"].as_str().unwrap());
            let rules = flagged(&run, file, locate(file, quote));
            assert!(
                rules.is_empty(),
                "{}: {quote:?} in {file} flagged by {rules:?}",
                item["id"]
            );
        }
    }
}

#[test]
fn every_misspelt_mention_gets_the_right_fix() {
    let run = check(&[root().join("seeds")], true, None);
    let fixes: Vec<(String, String)> = run
        .findings
        .iter()
        .filter(|f| f.rule == "name-variant")
        .map(|f| {
            (
                run.docs[f.primary.doc].slice(f.primary.span).to_string(),
                f.fix.clone().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        fixes
            .iter()
            .filter(|(t, fix)| t == "Takashi" && fix == "Takaichi")
            .count(),
        4,
        "{fixes:?}"
    );
    assert!(
        fixes
            .iter()
            .any(|(t, fix)| t.ends_with("Sanae Takashi") && fix == "Sanae Takaichi"),
        "{fixes:?}"
    );
    let kono: Vec<_> = run
        .findings
        .iter()
        .filter(|f| f.rule == "role-mismatch")
        .collect();
    assert_eq!(kono.len(), 2);
    assert!(
        kono.iter().all(|f| f
            .reference
            .as_deref()
            .is_some_and(|r| r.contains("https://"))),
        "the fact's source is cited"
    );
}

#[test]
fn the_generic_layer_alone_reports_the_prime_minister_conflict() {
    let run = check(&[root().join("seeds")], false, None);
    let rules: Vec<(&str, String)> = common::rule_texts(&run);
    assert!(
        rules
            .iter()
            .any(|(r, t)| *r == "role-mismatch" && t.contains("Taro Kono")),
        "{rules:?}"
    );
    assert!(
        rules
            .iter()
            .any(|(r, t)| *r == "name-variant" && t.contains("Takashi")),
        "{rules:?}"
    );
}
