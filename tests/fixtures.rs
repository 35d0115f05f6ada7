//! Each rule's fixture folder: the `flag` articles, checked together, raise the rule;
//! the `pass` articles do not.

mod common;

use common::{check, root};

#[test]
fn every_rule_flags_its_flag_folder_and_passes_its_pass_folder() {
    for rule in claimlint::rules::ALL {
        let dir = root().join("tests/fixtures").join(rule.id());
        let flagged = check(&[dir.join("flag")], true, None);
        let hits: Vec<String> = flagged
            .findings
            .iter()
            .filter(|f| f.rule == rule.id())
            .map(|f| {
                flagged.docs[f.primary.doc]
                    .slice(f.primary.span)
                    .to_string()
            })
            .collect();
        assert!(
            !hits.is_empty(),
            "{}: flag fixtures raised nothing; findings: {:?}",
            rule.id(),
            flagged
                .findings
                .iter()
                .map(|f| (f.rule, &f.message))
                .collect::<Vec<_>>()
        );
        let passed = check(&[dir.join("pass")], true, None);
        let all: Vec<_> = passed
            .findings
            .iter()
            .map(|f| (f.rule, f.message.clone()))
            .collect();
        assert!(
            all.is_empty(),
            "{}: pass fixtures raised {all:?}",
            rule.id()
        );
    }
}

/// Clusters of consistent articles about other stories (an election, company
/// results): wording, rounding and hedges differ, nothing disagrees, nothing is flagged.
#[test]
fn consistent_clusters_raise_nothing() {
    let dir = root().join("tests/fixtures/clusters");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    assert!(names.len() >= 2);
    for cluster in names {
        let run = check(std::slice::from_ref(&cluster), true, None);
        assert!(
            run.claims.len() >= 8,
            "{}: too few claims to mean anything",
            cluster.display()
        );
        let all: Vec<_> = common::rule_texts(&run);
        assert!(all.is_empty(), "{}: {all:?}", cluster.display());
    }
}

/// A figure written in words with a fraction and a scale ("two and a half million")
/// is the same figure as its digits ("2.5 million"): it agrees with them, and
/// disagrees with another figure.
#[test]
fn a_figure_in_words_meets_its_digits() {
    let dir = root().join("tests/fixtures/words-and-digits");
    let agree = check(&[dir.join("agree")], true, None);
    assert!(
        agree.findings.is_empty(),
        "{:?}",
        agree
            .findings
            .iter()
            .map(|f| &f.message)
            .collect::<Vec<_>>()
    );
    let disagree = check(&[dir.join("disagree")], true, None);
    let hits = mismatched(&disagree);
    assert!(
        hits.iter().any(|h| h.contains("3.5 million"))
            && hits.iter().any(|h| h.contains("Two and a half million")),
        "{hits:?}"
    );
}

/// A dateline without a year takes the year the batch was published, not a later
/// year one article looks ahead to ("leaves office in March 2026"): the undated
/// articles then meet the dated one as of the same month, so a wrong age and a
/// second finance minister are flagged.
#[test]
fn an_undated_dateline_takes_the_batch_publication_year() {
    let run = check(&[root().join("tests/fixtures/dateline-year")], true, None);
    assert_eq!(run.batch_year, Some(2025));
    for d in &run.docs {
        let date = d.published().map(|p| p.date.to_string());
        let want = if d.path().contains("c-dated") {
            "2025-11-18"
        } else {
            "2025-11-17"
        };
        assert_eq!(date.as_deref(), Some(want), "{}", d.path());
    }
    let all = common::rule_texts(&run);
    assert!(
        all.contains(&("figure-mismatch", "38".to_string())),
        "{all:?}"
    );
    let roles: Vec<_> = all.iter().filter(|(r, _)| *r == "role-mismatch").collect();
    assert_eq!(roles.len(), 2, "{all:?}");
}

/// A death toll written with its noun ("rose to 27 people") counts the dead as
/// "killed 21 people" does, and a byline in lower case ("By a staff correspondent,
/// 14 July 2025") dates its article: the two tolls of one day meet and disagree.
#[test]
fn a_toll_with_its_noun_meets_a_toll_of_the_killed() {
    let run = check(&[root().join("tests/fixtures/toll-with-noun")], true, None);
    for d in &run.docs {
        let date = d.published().map(|p| p.date.to_string());
        assert_eq!(date.as_deref(), Some("2025-07-14"), "{}", d.path());
    }
    let all = common::rule_texts(&run);
    let tolls: Vec<_> = all
        .iter()
        .filter(|(r, _)| *r == "figure-mismatch")
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(tolls, ["27 people", "21 people"], "{all:?}");
}

/// "The Elbe River rose 6.1 metres" and "The Elbe River surged 5.2 metres": reporters
/// vary the verb of one rise; the two heights meet under one key and disagree.
#[test]
fn one_rise_told_with_two_verbs_is_compared() {
    let run = check(&[root().join("tests/fixtures/rise-verbs")], true, None);
    let all = common::rule_texts(&run);
    let heights: Vec<_> = all
        .iter()
        .filter(|(r, _)| *r == "figure-mismatch")
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(heights, ["6.1 metres", "5.2 metres"], "{all:?}");
}

/// A body named in full in one article and by its initials in another ("Liberal
/// Democratic Party", "LDP") is one subject: the seats agree in one pair of articles
/// and disagree in the other, where both articles are flagged.
#[test]
fn a_name_in_full_meets_its_initials() {
    let dir = root().join("tests/fixtures/initials");
    let agree = check(&[dir.join("agree")], true, None);
    assert!(
        agree
            .claims
            .iter()
            .any(|c| c.key() == "Japan LDP and Komeito | seat | count"),
        "{:?}",
        agree.claims.iter().map(|c| c.key()).collect::<Vec<_>>()
    );
    let all: Vec<_> = common::rule_texts(&agree);
    assert!(all.is_empty(), "{all:?}");
    let disagree = check(&[dir.join("disagree")], true, None);
    let hits = mismatched(&disagree);
    assert_eq!(hits, ["39 seats", "43 seats"], "{hits:?}");
}

#[test]
fn fahrenheit_is_compared_in_celsius() {
    // 120F is 48.9C, which 49C agrees with; 51C is the one report apart.
    let run = check(
        &[root().join("tests/fixtures/temperature-scales")],
        true,
        None,
    );
    let hits = mismatched(&run);
    assert_eq!(hits, ["51 degrees Celsius"], "{hits:?}");
    let key_of = |text: &str| {
        run.claims
            .iter()
            .find(|c| run.docs[c.doc()].slice(c.span()) == text)
            .map(|c| c.key())
    };
    assert!(key_of("49C").is_some());
    assert_eq!(key_of("120 degrees Fahrenheit"), key_of("49C"));
}

#[test]
fn a_tariff_is_compared_by_the_country_it_falls_on() {
    // Brazil's 50% is told five ways and its 30% once; the 40% penalty, the 10%
    // baseline, the threatened rate and Canada's steel are other figures.
    let run = check(&[root().join("tests/fixtures/tariff-rates")], true, None);
    let hits = mismatched(&run);
    assert_eq!(hits, ["30%"], "{hits:?}");
    let keys: Vec<&str> = run
        .claims
        .iter()
        .filter(|c| run.docs[c.doc()].slice(c.span()) == "50%")
        .map(|c| c.key())
        .collect();
    assert!(keys.contains(&"Brazil | tariff | percent"), "{keys:?}");
    assert!(
        keys.contains(&"Canada | tariff on steel | percent"),
        "{keys:?}"
    );
    assert!(
        keys.contains(&"Brazil | tariff | percent [threatened] @2025-07"),
        "{keys:?}"
    );
}

/// The texts a run flags as figure mismatches, in order.
fn mismatched(run: &claimlint::check::Run) -> Vec<String> {
    run.findings
        .iter()
        .filter(|f| f.rule == "figure-mismatch")
        .map(|f| run.docs[f.primary.doc].slice(f.primary.span).to_string())
        .collect()
}
