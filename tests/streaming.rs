//! The streaming check: documents are reduced to their claims as they are read, huge
//! ones a section at a time, and dates that wait on the batch year are settled
//! afterwards. Each test pins a behaviour the reduction could lose.

use claimlint::check::{self, SECTION};
use claimlint::pack::PackSet;
use claimlint::source::{Format, from_text};

/// The built-in packs: a pack's key names one figure, so two values of it in one
/// document conflict (two values of a generic key there make the key ambiguous).
fn packs() -> PackSet {
    let mut packs = PackSet::default();
    for (name, _) in claimlint::pack::BUILTIN {
        packs.add(name).unwrap();
    }
    packs
}

fn run(articles: &[(&str, String)]) -> Vec<(String, &'static str, String)> {
    let docs = articles
        .iter()
        .flat_map(|(path, text)| from_text(path, text.clone(), Format::Text).unwrap())
        .collect();
    let run = check::run(docs, &packs(), None);
    run.findings
        .iter()
        .map(|f| {
            let d = &run.docs[f.primary.doc];
            (
                d.path().into_owned(),
                f.rule,
                d.slice(f.primary.span).to_string(),
            )
        })
        .collect()
}

const FIRST: &str = "China controls about 90% of global rare earth refining. ";
const LAST: &str = "China controls 60% of global rare earth refining.\n";
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
            (
                "a.txt".to_string(),
                "figure-mismatch",
                "about 90%".to_string()
            ),
            ("a.txt".to_string(), "figure-mismatch", "60%".to_string()),
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
        let said: Vec<String> = run
            .claims
            .iter()
            .map(|c| run.docs[0].slice(c.span()).into_owned())
            .collect();
        assert!(said.iter().any(|s| s == "5%"), "{said:?}");
        // The weekday is still checked, from the dates kept until they resolved.
        let rules: Vec<&str> = run.findings.iter().map(|f| f.rule).collect();
        assert_eq!(rules, vec!["weekday-mismatch"], "{date:?}");
    }
}

fn article(id: usize, text: &str) -> String {
    format!("{{\"id\":\"a{id}\",\"date\":\"2025-10-29\",\"text\":\"{text}\"}}\n")
}

/// More articles than one chunk holds, a broken line at the end of the first file and
/// at the start of the second: each file's broken lines reach that file's first
/// article, wherever the chunks were cut.
#[test]
fn broken_lines_reach_their_files_first_article_across_chunks() {
    let dir = tempfile::tempdir().unwrap();
    let mut big: String = (0..10_000).map(|i| article(i, "Copper rose 5%.")).collect();
    big.push_str("{broken\n");
    std::fs::write(dir.path().join("a.jsonl"), big).unwrap();
    let second = format!("{{oops\n{}", article(1, "Tin fell."));
    std::fs::write(dir.path().join("b.jsonl"), second).unwrap();
    std::fs::write(dir.path().join("c.jsonl"), "{nothing readable\n").unwrap();
    let batch = claimlint::source::load(&[dir.path().to_path_buf()], false);
    assert_eq!(batch.documents.len(), 10_001);
    let warned: Vec<(usize, &str)> = batch
        .documents
        .iter()
        .enumerate()
        .flat_map(|(i, d)| d.warnings.iter().map(move |w| (i, w.as_str())))
        .collect();
    assert_eq!(warned.len(), 2, "{warned:?}");
    assert_eq!(warned[0].0, 0);
    assert!(warned[0].1.contains("a.jsonl: line 10001:"), "{warned:?}");
    assert_eq!(warned[1].0, 10_000);
    assert!(warned[1].1.contains("b.jsonl: line 1:"), "{warned:?}");
    assert_eq!(batch.skipped.len(), 1);
    assert!(batch.skipped[0].reason.starts_with("no readable article"));
}

/// A checked document keeps no text; its findings are still located, from its file
/// read again, and a file with suppression comments keeps its text for them.
#[test]
fn checked_documents_drop_their_text_and_are_read_again_for_reports() {
    let dir = tempfile::tempdir().unwrap();
    let feed: String = [
        article(1, "Intro.\\nCopper exports rose 5% in 2024."),
        article(2, "Copper exports rose 50% in 2024."),
    ]
    .concat();
    std::fs::write(dir.path().join("feed.jsonl"), feed).unwrap();
    std::fs::write(
        dir.path().join("z.md"),
        "<!-- claimlint-disable-next-line -->\nCopper exports rose 7% in 2024.\n",
    )
    .unwrap();
    let batch = claimlint::source::load(&[dir.path().to_path_buf()], false);
    let run = check::run(batch.documents, &PackSet::default(), None);
    assert!(run.docs[0].document().is_none() && run.docs[1].document().is_none());
    assert!(
        run.docs[2].document().is_some(),
        "suppressions are read at the end"
    );
    let f = run
        .findings
        .iter()
        .find(|f| f.primary.doc == 0)
        .expect("the two articles disagree");
    let loc = run.docs[0].locate(f.primary.span);
    assert_eq!((loc.line, loc.column, loc.text.as_str()), (2, 21, "5%"));
    assert_eq!(run.docs[0].slice(f.primary.span), "5%");
    assert_eq!(
        run.docs[0].loaded().text,
        "Intro.\nCopper exports rose 5% in 2024."
    );
}

/// A file that disappears before the report is a warning, not a crash: its spans
/// still locate, on blank text.
#[test]
fn a_file_gone_before_the_report_does_not_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gone.txt");
    std::fs::write(
        &path,
        "China controls about 90% of global rare earth refining.\nChina controls 60% of global rare earth refining.\n",
    )
    .unwrap();
    let batch = claimlint::source::load(std::slice::from_ref(&path), false);
    let mut docs = batch.documents;
    docs[0].published = Some(claimlint::source::Published {
        date: "2025-01-10".parse().unwrap(),
        origin: claimlint::source::DateOrigin::Cli,
    });
    let run = check::run(docs, &packs(), None);
    assert!(!run.findings.is_empty());
    std::fs::remove_file(&path).unwrap();
    // On a thread of its own: documents read again lately are cached per thread.
    std::thread::scope(|s| {
        s.spawn(|| {
            for f in &run.findings {
                let loc = run.docs[0].locate(f.primary.span);
                assert!(loc.line >= 1);
                assert_eq!(loc.text.trim(), "");
            }
        });
    });
}

/// Invalid UTF-8 in one JSONL line: that article is read with U+FFFD and warned
/// about by its line; the others are untouched.
#[test]
fn invalid_utf8_in_one_jsonl_line_stays_with_its_article() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = article(1, "Copper rose 5%.").into_bytes();
    bytes.extend_from_slice(b"{\"id\":\"a2\",\"text\":\"Tin fell \xff 3%.\"}\n");
    bytes.extend_from_slice(article(3, "Zinc rose.").as_bytes());
    std::fs::write(dir.path().join("f.jsonl"), bytes).unwrap();
    let batch = claimlint::source::load(&[dir.path().to_path_buf()], false);
    assert_eq!(batch.documents.len(), 3);
    assert!(batch.documents[1].text.contains('\u{FFFD}'));
    assert_eq!(
        batch.documents[1].warnings.len(),
        1,
        "{:?}",
        batch.documents[1].warnings
    );
    assert!(batch.documents[1].warnings[0].starts_with("line 2: invalid UTF-8"));
    assert!(batch.documents[0].warnings.is_empty() && batch.documents[2].warnings.is_empty());
}
