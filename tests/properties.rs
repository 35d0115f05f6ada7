//! Properties of the grammar and the pipeline over generated news-like text: spans lie
//! on char boundaries inside the input, intervals run low to high, a quantity's own
//! text extracted alone gives the same value, and output is the same across runs and
//! thread counts.

use claimlint::extract::{Kind, extract};
use claimlint::source::{Format, from_text};
use proptest::prelude::*;

/// Pieces of news prose, figures and noise to build sentences from.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("nearly".to_string()),
        Just("over".to_string()),
        Just("about".to_string()),
        Just("between 5 and 10".to_string()),
        Just("80% to 90%".to_string()),
        Just("$55 billion".to_string()),
        Just("¥8 billion ($54.6 million)".to_string()),
        Just("two-thirds".to_string()),
        Just("Japan's Prime Minister Sanae Takaichi".to_string()),
        Just("Takashi".to_string()),
        Just("on Monday (October 27)".to_string()),
        Just("Oct. 29, 2025".to_string()),
        Just("fiscal 2025".to_string()),
        Just("the fourth-largest".to_string()),
        Just("down from".to_string()),
        Just("U.S.".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("\n".to_string()),
        "[a-zA-Z]{1,8}",
        "[0-9]{1,7}",
        "[0-9]{1,3}(,[0-9]{3}){0,2}(\\.[0-9]{1,2})?%?",
        "\\PC{1,4}",
    ]
}

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_boundaries_and_intervals_ordered(text in sentence()) {
        let e = extract(&text);
        for m in &e.mentions {
            prop_assert!(m.span.start <= m.span.end && m.span.end <= text.len());
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            if let Kind::Quantity(q) = &m.kind {
                prop_assert!(q.low <= q.high, "{} -> [{}, {}]", &text[m.span.start..m.span.end], q.low, q.high);
            }
        }
    }

    #[test]
    fn a_quantity_alone_has_the_same_value(text in sentence()) {
        let e = extract(&text);
        for m in &e.mentions {
            let Kind::Quantity(q) = &m.kind else { continue };
            // A bare number may read as a year alone ("2025"); a figure with a unit may not.
            if m.conversion_of.is_some() || q.unit == claimlint::extract::Unit::Number {
                continue;
            }
            let alone = &text[m.span.start..m.span.end];
            let again = extract(alone);
            let first = again.mentions.iter().find_map(|x| if let Kind::Quantity(q2) = &x.kind { Some(q2.clone()) } else { None });
            prop_assert!(first.is_some(), "{alone:?} alone gives no quantity");
            let q2 = first.unwrap();
            prop_assert_eq!((q.low, q.high, &q.unit), (q2.low, q2.high, &q2.unit), "{:?}", alone);
        }
    }

    #[test]
    fn markdown_and_html_spans_map_inside_the_source(text in sentence()) {
        for (format, wrapped) in [(Format::Markdown, format!("# T\n\n{text}\n")), (Format::Html, format!("<p>{text}</p>"))] {
            let docs = from_text("x", wrapped, format).unwrap();
            for d in &docs {
                for m in extract(&d.text).mentions {
                    let loc = d.locate(m.span);
                    prop_assert!(loc.line >= 1 && loc.column >= 1);
                    prop_assert!(d.map.original(m.span.end) <= d.source().len());
                    prop_assert!(d.source().is_char_boundary(d.map.original(m.span.start)));
                }
            }
        }
    }
}

fn run_with_threads(texts: &[String], threads: usize) -> Vec<String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| {
        let docs: Vec<_> = texts
            .iter()
            .enumerate()
            .flat_map(|(i, t)| from_text(&format!("d{i}.txt"), t.clone(), Format::Text).unwrap())
            .collect();
        let mut packs = claimlint::pack::PackSet::default();
        for (name, _) in claimlint::pack::BUILTIN {
            packs.add(name).unwrap();
        }
        let run = claimlint::check::run(docs, &packs, None);
        run.findings.iter().map(|f| format!("{f:?}")).collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn output_is_the_same_across_runs_and_thread_counts(texts in prop::collection::vec(sentence(), 1..8)) {
        let one = run_with_threads(&texts, 1);
        prop_assert_eq!(&one, &run_with_threads(&texts, 4));
        prop_assert_eq!(&one, &run_with_threads(&texts, 1));
    }
}
