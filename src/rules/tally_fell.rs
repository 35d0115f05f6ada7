//! # tally-fell
//!
//! ## What it flags
//! A running count of what has happened (the dead, the injured, buildings destroyed
//! or damaged, acres burned, people arrested) told lower on a later day than an
//! earlier article told it: "The fire has destroyed 42 structures" on September 3,
//! "destroyed 24 structures" on September 4.
//!
//! ## Why
//! Such a count only grows as a story goes on. A later article giving less than an
//! earlier one certainly gave has a typo, or an old figure, or a revision it should
//! say. figure-mismatch compares such counts only within a day (a toll that rose
//! between two days' reports is no conflict); this rule compares across days.
//!
//! ## Example
//! "42 structures" on September 3 and "24 structures" on September 4 flag the later
//! one; "42" then "50" pass, and so do "about 40" then "38", and "3,408" then a
//! rounded "3,400".
//!
//! ## Options
//! None. Counts that may fall (the missing, the evacuated, those in shelters) are
//! never compared so, nor counts more than two weeks apart (a country's toll of a
//! flood and of a later heatwave share a key), nor counts of no named place or event. Reported at warning, as the counts are keyed by the generic
//! layer.

use super::{Context, Rule};
use crate::claim::Claim;
use crate::finding::{Confidence, Finding, Severity};
use rustc_hash::FxHashMap;

pub struct TallyFell;

/// The day part a running count's key ends with.
const AS_OF: &str = " @as of ";

/// What befell the counted, as a key's measure holds it, when the count can only
/// grow: the dead stay dead, a house burned stays burned.
const ONLY_GROW: &[&str] = &[
    "died",
    "killed",
    "injured",
    "destroyed",
    "damaged",
    "burned",
    "arrested",
];

/// The thing a running count is of and the day it is told as of, when it can only
/// grow: ("Canyon Fire | destroyed structure | count", "2025-09-03").
fn only_growing(key: &str) -> Option<(&str, &str)> {
    let at = key.find(AS_OF)?;
    let day = &key[at + AS_OF.len()..];
    // A day, not a month: "as of 2025-11" is a rate's month.
    if day.len() != 10 {
        return None;
    }
    // A count of no one's ("- | died people") may be any story's.
    if key.starts_with("- |") {
        return None;
    }
    let measure = key.split(" | ").nth(1)?;
    measure
        .split(' ')
        .any(|w| ONLY_GROW.contains(&w))
        .then_some((&key[..at], day))
}

/// A figure's interval, widened by its rounding and hedge: "3,400 injured" may be
/// the 3,408 an earlier report gave.
fn bounds(c: &Claim) -> Option<(f64, f64)> {
    super::widened(c.value())
}

/// How many days apart two counts may be and still be of one story: a country's
/// toll of a flood in November and of a heatwave in July share a key.
const WITHIN_DAYS: i32 = 14;

/// Days from `a` to `b`, both ISO days.
fn days_apart(a: &str, b: &str) -> Option<i32> {
    let (a, b): (jiff::civil::Date, jiff::civil::Date) = (a.parse().ok()?, b.parse().ok()?);
    Some(b.since(a).ok()?.get_days())
}

/// Half the step a round count may have been rounded to: "3,400 injured" after
/// "3,408" is the same count told to the hundred. Reports round a count as they
/// repeat it, whether or not they write "about".
fn round_half(c: &Claim) -> f64 {
    let crate::claim::Value::Figure { high, .. } = c.value() else {
        return 0.0;
    };
    let mut step = 1.0;
    while step * 10.0 < *high && (high / (step * 10.0)).fract() == 0.0 {
        step *= 10.0;
    }
    if step > 1.0 { step / 2.0 } else { 0.0 }
}

impl Rule for TallyFell {
    fn id(&self) -> &'static str {
        "tally-fell"
    }
    fn summary(&self) -> &'static str {
        "a count that can only grow, told lower on a later day"
    }
    fn docs(&self) -> &'static str {
        super::header(include_str!("tally_fell.rs"))
    }
    fn default_severity(&self) -> Severity {
        Severity::Warning
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        // Per thing, its counts with their days, in claim order (deterministic).
        let mut things: FxHashMap<&str, Vec<(&str, &Claim)>> = FxHashMap::default();
        let mut order: Vec<&str> = Vec::new();
        for c in cx.claims {
            if bounds(c).is_none() {
                continue;
            }
            let Some((thing, day)) = only_growing(c.key()) else {
                continue;
            };
            let list = things.entry(thing).or_insert_with(|| {
                order.push(thing);
                Vec::new()
            });
            list.push((day, c));
        }
        let mut out = Vec::new();
        for thing in order {
            let mut counts = things.remove(thing).unwrap_or_default();
            // ISO days sort as text; a stable sort keeps claim order within a day.
            counts.sort_by(|a, b| a.0.cmp(b.0));
            // The highest count an earlier day certainly gave, and who gave it.
            let mut floor: Option<(f64, &Claim, &str)> = None;
            let mut i = 0;
            while i < counts.len() {
                let day = counts[i].0;
                let same_day = counts[i..].iter().take_while(|(d, _)| *d == day).count();
                let today = &counts[i..i + same_day];
                if let Some((low, earlier, earlier_day)) = floor
                    && days_apart(earlier_day, day).is_some_and(|n| n <= WITHIN_DAYS)
                {
                    for &(_, c) in today {
                        let Some((_, high)) = bounds(c) else { continue };
                        if high + round_half(c) < low {
                            out.push(finding(self, cx, c, day, earlier, earlier_day));
                        }
                    }
                }
                for &(_, c) in today {
                    if let Some((low, _)) = bounds(c)
                        && floor.is_none_or(|(f, _, _)| low > f)
                    {
                        floor = Some((low, c, day));
                    }
                }
                i += same_day;
            }
        }
        out
    }
}

/// The finding for a count `c` of `day` below what `earlier` gave on `earlier_day`.
fn finding(
    rule: &TallyFell,
    cx: &Context,
    c: &Claim,
    day: &str,
    earlier: &Claim,
    earlier_day: &str,
) -> Finding {
    let before = cx.text(earlier);
    Finding {
        rule: rule.id(),
        severity: Severity::Warning.min(cx.severity(rule)),
        key: c.key().to_string(),
        message: format!(
            "{}: {} as of {day}, but {before} as of {earlier_day}: such a count does not fall",
            c.label(),
            cx.text(c)
        ),
        primary: cx.label(c, format!("told as of {day}")),
        related: vec![cx.label(earlier, format!("{before} as of {earlier_day}"))],
        related_more: 0,
        expected: Some(format!("at least {}", super::show_figure(earlier.value()))),
        found: Some(super::show_figure(c.value())),
        reference: Some(format!("a report of {earlier_day}")),
        fix: None,
        confidence: Confidence::Low,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    fn fell(articles: &[&str]) -> Vec<String> {
        check(articles, None, &[])
            .into_iter()
            .filter(|f| f.0 == "tally-fell")
            .map(|f| f.1)
            .collect()
    }

    #[test]
    fn a_later_smaller_count_of_the_destroyed_is_flagged() {
        let f = fell(&[
            "Fire\n\nSept 3, 2025\n\nThe Canyon Fire has destroyed 42 structures.",
            "Fire\n\nSept 4, 2025\n\nThe Canyon Fire destroyed 24 structures.",
        ]);
        assert_eq!(f, ["24 structures"]);
    }

    #[test]
    fn growing_counts_hedges_and_counts_that_may_fall_pass() {
        // Grew.
        assert!(
            fell(&[
                "Fire\n\nSept 3, 2025\n\nThe Canyon Fire has destroyed 42 structures.",
                "Fire\n\nSept 4, 2025\n\nThe Canyon Fire destroyed 50 structures.",
            ])
            .is_empty()
        );
        // A hedge leaves room: "about 40" may be 38.
        assert!(
            fell(&[
                "Quake\n\nSept 3, 2025\n\nThe quake in Peru killed about 40 people.",
                "Quake\n\nSept 4, 2025\n\nThe quake in Peru killed 38 people.",
            ])
            .is_empty()
        );
        // A round count may be an earlier exact one rounded.
        assert!(
            fell(&[
                "Quake\n\nMarch 29, 2025\n\nThe quake in Myanmar injured 3,408 people.",
                "Quake\n\nMarch 30, 2025\n\nThe quake in Myanmar injured 3,400 people.",
            ])
            .is_empty()
        );
        // The missing are found.
        assert!(
            fell(&[
                "Floods\n\nDec 1, 2025\n\nIn Sri Lanka, 370 people are missing.",
                "Floods\n\nDec 2, 2025\n\nIn Sri Lanka, 366 people are missing.",
            ])
            .is_empty()
        );
        // One day's two counts are figure-mismatch's.
        assert!(
            fell(&[
                "Fire\n\nSept 3, 2025\n\nThe Canyon Fire has destroyed 42 structures.",
                "Fire\n\nSept 3, 2025\n\nThe Canyon Fire destroyed 24 structures.",
            ])
            .is_empty()
        );
    }
}
