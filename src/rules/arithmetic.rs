//! # arithmetic
//!
//! ## What it flags
//! Stated changes that do not add up within one sentence: "a 60%, or ¥3 billion,
//! increase ... to ¥8 billion" (3 is 60% of 8 - 3 = 5: fine), "rose 20% from $10
//! million to $15 million" (that is 50%), "doubled from 25% to 60%".
//!
//! ## Why
//! A percentage change, its absolute amount and the totals are often copied from
//! different places; when they disagree, at least one is wrong.
//!
//! ## Example
//! "Sales rose 20% from $10 million to $15 million" is flagged: the change is 50%.
//!
//! ## Options
//! None. Rounding of each written figure is allowed for, plus one percentage point.

use super::{DocContext, Rule};
use crate::extract::{Kind, Quantity, Unit};
use crate::finding::{Confidence, Finding, Label, Severity};

pub struct Arithmetic;

const UP: &[&str] = &[
    "increase", "rise", "rose", "risen", "grew", "growth", "gain", "jump", "jumped", "up",
    "raising", "raised", "climbed", "surged", "hike",
];
const DOWN: &[&str] = &[
    "decrease", "decline", "declined", "fell", "fall", "drop", "dropped", "cut", "down", "lower",
    "lowered", "reduced", "slumped", "shrank",
];

/// The interval of a change ratio from written figures, with rounding.
fn bounds(q: &Quantity) -> (f64, f64) {
    (q.low - q.step / 2.0, q.high + q.step / 2.0)
}

fn ratio_range(part: (f64, f64), base: (f64, f64)) -> Option<(f64, f64)> {
    if base.0 <= 0.0 {
        return None;
    }
    Some((part.0 / base.1 * 100.0, part.1 / base.0 * 100.0))
}

impl Rule for Arithmetic {
    fn id(&self) -> &'static str {
        "arithmetic"
    }
    fn summary(&self) -> &'static str {
        "stated changes that do not add up"
    }
    fn docs(&self) -> &'static str {
        super::header(include_str!("arithmetic.rs"))
    }
    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn check_document(&self, cx: &DocContext) -> Vec<Finding> {
        let mut out = Vec::new();
        let (doc, d, e) = (cx.doc, cx.d, cx.e);
        for (si, s) in e.sentences.iter().enumerate() {
            let range = e.in_sentence(si);
            if range.is_empty() {
                continue;
            }
            let qs: Vec<(usize, &Quantity)> = e.mentions[range.clone()]
                .iter()
                .zip(range)
                .map(|(m, i)| (i, m))
                .filter(|(_, m)| m.conversion_of.is_none())
                .filter_map(|(i, m)| {
                    if let Kind::Quantity(q) = &m.kind {
                        Some((i, q))
                    } else {
                        None
                    }
                })
                .collect();
            let Some(&(pi, pct)) = qs
                .iter()
                .find(|(_, q)| q.unit == Unit::Percent && q.hedge.is_none() && !q.range)
            else {
                continue;
            };
            let money: Vec<(usize, &Quantity)> = qs
                .iter()
                .copied()
                .filter(|(_, q)| matches!(q.unit, Unit::Money(_)) && q.hedge.is_none())
                .collect();
            // Both checks below weigh a percentage against two amounts.
            if money.len() < 2 {
                continue;
            }
            let text = d.text[s.start..s.end].to_lowercase();
            let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
            let up = words.iter().any(|w| UP.contains(w));
            let down = words.iter().any(|w| DOWN.contains(w));
            let after_pct = &d.text[e.mentions[pi].span.end..s.end];
            let mut check = |expected: Option<(f64, f64)>, what: String| {
                let Some((lo, hi)) = expected else { return };
                let (plo, phi) = bounds(pct);
                if phi + 1.0 >= lo && plo - 1.0 <= hi {
                    return;
                }
                let m = &e.mentions[pi];
                out.push(Finding {
                    rule: self.id(),
                    severity: cx.severity(self),
                    key: format!("arithmetic: {what}"),
                    message: format!(
                        "{} does not add up: {what} is {:.0}% to {:.0}%",
                        d.slice(m.span),
                        lo.max(0.0),
                        hi
                    ),
                    primary: Label {
                        doc,
                        span: m.span,
                        note: "this change".into(),
                    },
                    related: Vec::new(),
                    related_more: 0,
                    expected: Some(format!("{:.1}%", (lo + hi) / 2.0)),
                    found: Some(format!("{}%", pct.value)),
                    reference: Some("arithmetic of the figures in the same sentence".into()),
                    fix: None,
                    confidence: Confidence::Low,
                });
            };
            // "60%, or ¥3 billion, increase ... to ¥8 billion"
            if (up || down)
                && after_pct.trim_start_matches([',', ' ']).starts_with("or ")
                && money.len() >= 2
            {
                let (amount, total) = (money[0].1, money[money.len() - 1].1);
                let (a, t) = (bounds(amount), bounds(total));
                let base = if up {
                    (t.0 - a.1, t.1 - a.0)
                } else {
                    (t.0 + a.0, t.1 + a.1)
                };
                check(
                    ratio_range(a, base),
                    format!(
                        "{} of {}",
                        amount.value,
                        if up {
                            total.value - amount.value
                        } else {
                            total.value + amount.value
                        }
                    ),
                );
                continue;
            }
            // "rose 20% from $10 million to $15 million", "to $15 million from $10
            // million": the amounts right after "from" and "to", not any two amounts
            // of a sentence that says "from" ("up 4% from a year earlier, and net
            // income of $36 billion").
            let after_word = |w: &str| {
                money.iter().copied().find(|(i, _)| {
                    d.text[s.start..e.mentions[*i].span.start]
                        .trim_end()
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .next()
                        .is_some_and(|p| p.eq_ignore_ascii_case(w))
                })
            };
            if (up || down)
                && let (Some((_, from_q)), Some((_, to_q))) = (after_word("from"), after_word("to"))
            {
                let (from, to) = (bounds(from_q), bounds(to_q));
                let change = if to.0 >= from.1 {
                    (to.0 - from.1, to.1 - from.0)
                } else {
                    (from.0 - to.1, from.1 - to.0)
                };
                check(
                    ratio_range(change, from),
                    format!("the change from {} to {}", from_q.value, to_q.value),
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn consistent_change_passes_and_wrong_one_is_flagged() {
        let ok = check(
            &[
                "Parliament approved a 60%, or ¥3 billion, year-on-year increase in funding, raising the budget to ¥8 billion ($54.6 million).",
            ],
            None,
            &[],
        );
        assert!(ok.iter().all(|f| f.0 != "arithmetic"), "{ok:?}");
        let bad = check(
            &["Sales rose 20% from $10 million to $15 million last year."],
            None,
            &[],
        );
        assert_eq!(bad, vec![("arithmetic".to_string(), "20%".to_string(), 0)]);
        let reversed = check(
            &["Sales rose 20% to $15 million from $10 million last year."],
            None,
            &[],
        );
        assert_eq!(reversed, bad);
    }

    /// "from" that leads to no amount pairs no amounts: revenue and net income are
    /// not a change from one to the other.
    #[test]
    fn from_without_an_amount_pairs_nothing() {
        let f = check(
            &[
                "Apple reported revenue of $124.3 billion, up 4% from a year earlier, and net income of $36.33 billion.",
            ],
            None,
            &[],
        );
        assert!(f.iter().all(|x| x.0 != "arithmetic"), "{f:?}");
    }
}
