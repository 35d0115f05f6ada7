//! # event-date-mismatch
//!
//! ## What it flags
//! The same event dated differently, across articles or within one, after weekdays
//! and relative dates are resolved against each article's publication date. The day
//! most documents give is the consensus; the others are reported.
//!
//! ## Why
//! "Signed on Tuesday" and "met and finalised it on Monday" cannot both be right; with
//! the dateline, one of them is a day off.
//!
//! ## Example
//! Dateline Oct 29, 2025: "signed ... in Tokyo on Tuesday" (Oct 28) and "finalized
//! ... on Monday" (Oct 27); another article says "On October 28". Monday is flagged.
//!
//! ## Options
//! Events are defined by pack event templates (verbs, objects, topics, participants).

use super::{Context, Rule, bounded};
use crate::claim::{Claim, Layer, Value};
use crate::finding::{Confidence, Finding, Severity};

pub struct EventDateMismatch;

/// The claims of documents that give the key one day only.
fn single_day_per_doc<'a>(group: &[&'a Claim]) -> Vec<&'a Claim> {
    let mut days: std::collections::HashMap<usize, Option<jiff::civil::Date>> =
        std::collections::HashMap::new();
    for c in group {
        let e = days.entry(c.doc()).or_insert(day(c));
        if *e != day(c) {
            *e = None;
        }
    }
    group
        .iter()
        .copied()
        .filter(|c| days.get(&c.doc()).is_some_and(Option::is_some))
        .collect()
}

fn day(c: &Claim) -> Option<jiff::civil::Date> {
    match c.value() {
        Value::Day { first, .. } => Some(*first),
        _ => None,
    }
}

impl Rule for EventDateMismatch {
    fn id(&self) -> &'static str {
        "event-date-mismatch"
    }
    fn summary(&self) -> &'static str {
        "the same event dated differently"
    }
    fn docs(&self) -> &'static str {
        super::header(include_str!("event_date_mismatch.rs"))
    }
    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let mut out = Vec::new();
        for group in cx.groups(|c| matches!(c.value(), Value::Day { .. })) {
            let generic = group.first().is_some_and(|c| c.layer() == Layer::Generic);
            // A generic key is a guess: an article giving it two days may describe two
            // events, so it counts only with one day, and only across articles.
            let group: Vec<&Claim> = if generic {
                single_day_per_doc(&group)
            } else {
                group
            };
            let mut days: Vec<(jiff::civil::Date, Vec<&Claim>)> = Vec::new();
            for c in &group {
                let Some(d) = day(c) else { continue };
                match days.iter_mut().find(|x| x.0 == d) {
                    Some(x) => x.1.push(c),
                    None => days.push((d, vec![c])),
                }
            }
            if days.len() < 2 {
                continue;
            }
            days.sort_by_key(|x| x.0);
            let best = days.iter().map(|x| x.1.len()).max().unwrap_or(0);
            let top: Vec<usize> = (0..days.len())
                .filter(|&i| days[i].1.len() == best)
                .collect();
            let winner = (top.len() == 1).then(|| top[0]);
            for (i, (d, cs)) in days.iter().enumerate() {
                if Some(i) == winner {
                    continue;
                }
                let evidence: Vec<&Claim> = days
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| Some(*j) == winner || (winner.is_none() && *j != i))
                    .flat_map(|(_, x)| x.1.iter().copied())
                    .collect();
                let expected =
                    winner.map(|w| format!("{} ({})", days[w].0, days[w].0.strftime("%A")));
                for c in cs {
                    let (related, more) = bounded(&evidence, |e| {
                        cx.label(
                            e,
                            format!(
                                "dated {} ({})",
                                day(e).map(|x| x.to_string()).unwrap_or_default(),
                                cx.text(e)
                            ),
                        )
                    });
                    out.push(Finding {
                        rule: self.id(),
                        severity: if generic {
                            Severity::Warning.min(cx.severity(self))
                        } else {
                            cx.severity(self)
                        },
                        key: c.key().to_string(),
                        message: match &expected {
                            Some(x) => format!(
                                "{}: `{}` is {} ({}), but other mentions give {x}",
                                c.label(),
                                cx.text(c),
                                d,
                                d.strftime("%A")
                            ),
                            None => format!(
                                "{}: `{}` is {}, and other mentions disagree",
                                c.label(),
                                cx.text(c),
                                d
                            ),
                        },
                        primary: cx.label(c, "dated here"),
                        related,
                        related_more: more,
                        expected: expected.clone(),
                        found: Some(format!("{} ({})", d, d.strftime("%A"))),
                        reference: winner
                            .map(|w| format!("{} of {} mentions", days[w].1.len(), group.len())),
                        fix: None,
                        confidence: if generic {
                            Confidence::Low
                        } else {
                            Confidence::High
                        },
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn generic_events_compare_across_articles_only() {
        let f = check(
            &[
                "The earthquake struck Turkey on February 6, 2023, officials said.",
                "A powerful earthquake struck Turkey on February 6, 2023.",
                "The earthquake struck Turkey on February 7, 2023, killing thousands.",
            ],
            None,
            &[],
        );
        assert_eq!(
            f,
            vec![(
                "event-date-mismatch".to_string(),
                "February 7, 2023".to_string(),
                2
            )]
        );
        // After a determiner the verb's word is a noun: "the hit from tariffs".
        let f = check(
            &[
                "Toyota said on Wednesday, November 5, 2025, that sales offset the hit from U.S. tariffs.",
                "Toyota said on Thursday, November 6, 2025, that sales offset the hit from U.S. tariffs.",
            ],
            None,
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
        // An aftershock is another event than the quake before it.
        let f = check(
            &[
                "The earthquake struck Afghanistan on Sunday, August 31, 2025.",
                "A magnitude 5.6 aftershock struck Afghanistan on Thursday, September 4, 2025.",
            ],
            None,
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
        // Two days for one key in one article may be two events: not compared.
        let f = check(
            &[
                "Envoys met Qatar's negotiators on March 3, 2025. Envoys met Qatar's negotiators on March 9, 2025.",
            ],
            None,
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
    }

    /// A vote held is an event of its country: two days for it disagree; a vote to
    /// come ("will go to the polls") is another, and no vote.
    #[test]
    fn an_election_day_is_its_countrys() {
        let f = check(
            &[
                "Chile held its presidential election on Sunday, November 16, 2025.",
                "Chileans went to the polls on November 16, 2025.",
                "Chile held its presidential election on November 17, 2025.",
                "Chile will go to the polls again on December 14, 2025.",
            ],
            None,
            &[],
        );
        assert_eq!(
            f,
            vec![(
                "event-date-mismatch".to_string(),
                "November 17, 2025".to_string(),
                2
            )]
        );
    }

    /// A vote's day written by its noun ("the Oct. 12 presidential election", "the
    /// election, held on October 11", "voted on Sunday, October 12") is the vote's;
    /// a day a clause away ("won the election, the council said on Monday") is not.
    #[test]
    fn a_vote_day_by_its_noun() {
        let f = check(
            &[
                "YAOUNDE, Oct 27, 2025 - The court declared Paul Biya the winner of Cameroon's Oct. 12 presidential election on Monday.",
                "YAOUNDE, Oct 27, 2025 - Paul Biya won Cameroon's presidential election, held on October 11, the council said.",
                "YAOUNDE, Oct 20, 2025 - Cameroonians voted on Sunday, October 12, in a presidential election.",
                "YAOUNDE, Oct 28, 2025 - Paul Biya won Cameroon's election, the council said on Monday.",
            ],
            None,
            &[],
        );
        assert_eq!(
            f,
            vec![(
                "event-date-mismatch".to_string(),
                "October 11".to_string(),
                1
            )]
        );
    }

    #[test]
    fn monday_against_tuesday_and_october_28() {
        let f = check(
            &[
                "Washington, Oct 29, 2025 (Agency) Japan and the United States signed a minerals agreement in Tokyo on Tuesday. Trump met Japan's Prime Minister Sanae Takaichi on Monday, where they finalized several agreements on critical minerals.",
                "On October 28, 2025, the US and Japan signed a framework agreement on critical minerals.",
            ],
            None,
            &["critical-minerals", "offices"],
        );
        assert_eq!(
            f,
            vec![("event-date-mismatch".to_string(), "Monday".to_string(), 0)]
        );
    }
}
