//! The streaming check: documents are reduced to their claims as they are read, huge
//! ones a section at a time, and dates that wait on the batch year are settled
//! afterwards. Each test pins a behaviour the reduction could lose.

use claimlint::check::{self, SECTION};
use claimlint::pack::PackSet;
use claimlint::source::{Format, from_text};

fn run(articles: &[(&str, String)]) -> Vec<(String, &'static str, String)> {
    let docs = articles
        .iter()
        .flat_map(|(path, text)| from_text(path, text.clone(), Format::Text).unwrap())
        .collect();
    let run = check::run(docs, &PackSet::default(), None);
    run.findings
        .iter()
        .map(|f| {
            let d = &run.docs[f.primary.doc];
            (d.path.clone(), f.rule, d.slice(f.primary.span).to_string())
        })
        .collect()
}

const FIRST: &str = "Copper exports rose 5% in 2024, the ministry said. ";
const LAST: &str = "Copper exports rose 50% in 2024, the ministry said.\n";
const FILLER: &str = "The talks went on into the night. ";

#[test]
fn a_conflict_between_sections_of_a_huge_document_is_still_found() {
    let short = format!("{FIRST}{FILLER}{LAST}");
    let filler = FILLER.repeat(3 * SECTION / FILLER.len());
    let huge = format!("{FIRST}{filler}{LAST}");
    assert!(huge.len() > 3 * SECTION);
    let small = run(&[("a.txt", short)]);
    assert_eq!(
        small,
        vec![
            ("a.txt".to_string(), "figure-mismatch", "5%".to_string()),
            ("a.txt".to_string(), "figure-mismatch", "50%".to_string()),
        ]
    );
    assert_eq!(run(&[("a.txt", huge)]), small);
}

#[test]
fn dates_without_a_year_wait_for_the_batch_year() {
    // The first article writes the year; the second (undated) and the third (a
    // dateline without a year) take it from the batch, and their wrong weekdays show.
    let found = run(&[
        (
            "a.txt",
            "The summit closed on Wednesday, October 29, 2025, after two days.\n".into(),
        ),
        (
            "b.txt",
            "The summit closed on Wednesday, October 29.\nIt opened on Wednesday, October 28, aides said.\n"
                .into(),
        ),
        (
            "c.txt",
            "SEOUL, Oct 30 (Reuters) - Leaders met again on Friday, October 30, aides said.\n"
                .into(),
        ),
    ]);
    let rules: Vec<(&str, &str, &str)> = found
        .iter()
        .map(|(p, r, t)| (p.as_str(), *r, t.as_str()))
        .collect();
    assert_eq!(
        rules,
        vec![
            ("b.txt", "weekday-mismatch", "Wednesday, October 28"),
            ("c.txt", "weekday-mismatch", "Friday, October 30"),
        ]
    );
}

#[test]
fn a_check_keeps_claims_but_no_mentions() {
    // Undated, so its dates wait for the batch year; dated, so they do not.
    for date in [None, Some("2025-10-29")] {
        let text = "Prime Minister Sanae Takaichi arrived on Monday, October 28, 2025. Exports rose 5% to $3 billion.\n";
        let docs = from_text("a.txt", text.into(), Format::Text).unwrap();
        let default = date.map(|d| claimlint::source::Published {
            date: d.parse().unwrap(),
            origin: claimlint::source::DateOrigin::Cli,
        });
        let run = check::run(docs, &PackSet::default(), default);
        assert!(run.extractions.is_empty());
        let said: Vec<&str> = run
            .claims
            .iter()
            .map(|c| run.docs[0].slice(c.span))
            .collect();
        assert!(said.contains(&"5%"), "{said:?}");
        // The weekday is still checked, from the dates kept until they resolved.
        let rules: Vec<&str> = run.findings.iter().map(|f| f.rule).collect();
        assert_eq!(rules, vec!["weekday-mismatch"], "{date:?}");
    }
}
