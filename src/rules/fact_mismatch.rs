//! # fact-mismatch
//!
//! ## What it flags
//! A claim that contradicts a dated fact in a loaded facts file or pack: an office
//! holder not in office at the article's date, or a statistic outside its tolerance.
//! The fact's source is cited. An article dated after the facts file's `as_of` gets
//! "may be out of date" at info level instead of an error; an undated article is
//! checked against the holders at `as_of`. Where the file has no holder for a date
//! (a gap), nothing is reported.
//!
//! ## Why
//! Some errors are shared by the whole batch; only a reference can catch them.
//!
//! ## Example
//! "Japan's promised $55 billion investment in the U.S." against the statistic of
//! $550 billion (July 2025 agreement); "Canadian Prime Minister Justin Trudeau" in an
//! article dated June 2025 (Mark Carney since 2025-03-14).
//!
//! ## Options
//! `--facts FILE` adds an office facts file; packs add statistics.

use super::{Context, Rule, near, show_figure, widened};
use crate::claim::{Claim, Value};
use crate::finding::{Confidence, Finding, Severity};

pub struct FactMismatch;

/// Days back within which a stand-in's holder still counts.
const STAND_IN_DAYS: i64 = 90;

fn role_finding(rule: &FactMismatch, cx: &Context, c: &Claim) -> Option<Finding> {
    let Value::Person {
        name,
        former: false,
        bare: false,
    } = &c.value()
    else {
        return None;
    };
    let i = c.office()?;
    let o = &cx.packs.offices;
    let as_of = o.as_of(i);
    let date = cx.date(c).unwrap_or(as_of);
    let holders = o.holders_on(i, date.min(as_of));
    if holders.is_empty() {
        return None; // a gap in the facts: no reference
    }
    let sur = |n: &str| n.rsplit(' ').next().unwrap_or(n).to_lowercase();
    // A stand-in's office changes hands in days, and articles recount who stood in
    // ("Acting President Han Duck-soo had led the country before resigning"): any
    // holder of the last 90 days is no conflict.
    let recent: Vec<&crate::pack::facts::Holder> = if o.office(i).office.starts_with("Acting ") {
        let since = date
            .min(as_of)
            .checked_sub(jiff::Span::new().days(STAND_IN_DAYS))
            .unwrap_or(date);
        o.office(i)
            .holders
            .iter()
            .filter(|h| h.from <= date.min(as_of) && h.until.is_none_or(|u| u >= since))
            .collect()
    } else {
        Vec::new()
    };
    let matches = holders.iter().chain(&recent).any(|h| {
        h.names().any(|hn| {
            hn.eq_ignore_ascii_case(name)
                || (!name.contains(' ') && sur(hn) == name.to_lowercase())
                // "Ishiba Shigeru", "CS Venkatakrishnan": the holder in another style.
                || super::styled_alike(hn, name)
        })
    });
    // A near spelling is a name variant, not another person.
    let near_spelling = || {
        holders.iter().any(|h| {
            h.names().any(|hn| {
                near(hn, name)
                    || (hn.split(' ').next() == name.split(' ').next()
                        && sur(hn) != sur(name)
                        && near(&sur(hn), &sur(name)))
            })
        })
    };
    if matches || near_spelling() {
        return None;
    }
    let h = holders[0];
    let stale = date > as_of;
    let office = &o.office(i).office;
    Some(Finding {
        rule: rule.id(),
        severity: if stale {
            Severity::Info
        } else {
            cx.severity(rule)
        },
        key: c.key().to_string(),
        message: if stale {
            format!(
                "{office} was {} as of {as_of} (facts checked to that date), not {name}; the article is dated {date}, so this may be out of date",
                h.name
            )
        } else {
            format!("{office} on {date} was {}, not {name}", h.name)
        },
        primary: cx.label(c, "named here"),
        related: Vec::new(),
        related_more: 0,
        expected: Some(h.name.clone()),
        found: Some(name.clone()),
        reference: Some(format!("facts: {} from {} ({})", h.name, h.from, h.source)),
        fix: (!stale).then(|| h.name.clone()),
        confidence: Confidence::High,
    })
}

fn statistic_findings(rule: &FactMismatch, cx: &Context, out: &mut Vec<Finding>) {
    for c in cx.claims {
        let Value::Figure { unit, .. } = &c.value() else {
            continue;
        };
        let id = c.key().split([' ', '@']).next().unwrap_or("");
        for s in cx.packs.statistics.iter().filter(|s| s.claim == id) {
            let date = cx.date(c);
            if date.is_some_and(|d| d < s.from || s.until.is_some_and(|u| d > u))
                || (date.is_none() && s.until.is_some())
            {
                continue;
            }
            let Some((lo, hi)) = widened(c.value()) else {
                continue;
            };
            let (flo, fhi) = (
                s.value * (1.0 - s.relative_tolerance),
                s.value * (1.0 + s.relative_tolerance),
            );
            if hi >= flo && lo <= fhi {
                continue;
            }
            let expected = show_figure(&Value::Figure {
                low: s.value,
                high: s.value,
                step: 0.0,
                unit: unit.clone(),
                tolerance: 0.0,
                relative_tolerance: 0.0,
            });
            out.push(Finding {
                rule: rule.id(),
                severity: cx.severity(rule),
                key: c.key().to_string(),
                message: format!(
                    "{}: {} here, but the reference is {expected} (since {})",
                    c.label(),
                    cx.text(c),
                    s.from
                ),
                primary: cx.label(c, "this figure"),
                related: Vec::new(),
                related_more: 0,
                expected: Some(expected),
                found: Some(show_figure(c.value())),
                reference: Some(format!(
                    "facts: {}{}",
                    s.source,
                    s.note
                        .as_ref()
                        .map(|n| format!(" ({n})"))
                        .unwrap_or_default()
                )),
                fix: None,
                confidence: Confidence::High,
            });
        }
    }
}

impl Rule for FactMismatch {
    fn id(&self) -> &'static str {
        "fact-mismatch"
    }
    fn summary(&self) -> &'static str {
        "a claim contradicting a dated fact (office holder, statistic)"
    }
    fn docs(&self) -> &'static str {
        super::header(include_str!("fact_mismatch.rs"))
    }
    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let mut out: Vec<Finding> = cx
            .claims
            .iter()
            .filter_map(|c| role_finding(self, cx, c))
            .collect();
        statistic_findings(self, cx, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn holder_not_in_office_at_the_date() {
        let f = check(
            &["Canadian Prime Minister Justin Trudeau spoke in Ottawa."],
            Some("2025-06-01"),
            &["offices"],
        );
        assert_eq!(
            f,
            vec![(
                "fact-mismatch".to_string(),
                "Canadian Prime Minister Justin Trudeau".to_string(),
                0
            )]
        );
        let ok = check(
            &["Canadian Prime Minister Justin Trudeau spoke in Ottawa."],
            Some("2024-06-01"),
            &["offices"],
        );
        assert!(ok.is_empty(), "{ok:?}");
    }

    /// The holder written family name first ("Ishiba Shigeru") is the holder; a
    /// letter changed in it is not.
    #[test]
    fn the_family_name_first_is_the_holder() {
        let ok = check(
            &["Japan's Prime Minister Ishiba Shigeru spoke."],
            Some("2025-06-05"),
            &["offices"],
        );
        assert!(ok.is_empty(), "{ok:?}");
        let f = check(
            &["Japan's Prime Minister Ishida Kazuo spoke."],
            Some("2025-06-05"),
            &["offices"],
        );
        assert_eq!(f.len(), 1, "{f:?}");
    }

    /// A title many hold names no office when no place is written, even where the
    /// facts know one office so titled: an Afghan spokesman is not China's.
    #[test]
    fn a_title_many_hold_names_no_office_alone() {
        let ok = check(
            &[
                "At least 3,640 people were injured, spokesman Zabihullah Mujahid said.",
                "Director-General Tedros Adhanom Ghebreyesus urged calm.",
                "Britain's ambassador met Defence Secretary John Healey.",
            ],
            Some("2025-09-04"),
            &["offices"],
        );
        assert!(ok.is_empty(), "{ok:?}");
        // A title only one office has still names it alone.
        let f = check(
            &["Treasury Secretary Janet Yellen spoke."],
            Some("2025-09-04"),
            &["offices"],
        );
        assert_eq!(f.len(), 1, "{f:?}");
        let f = check(
            &["Chancellor of the Exchequer Jeremy Hunt will deliver the budget."],
            Some("2025-11-07"),
            &["offices"],
        );
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn a_stand_in_is_checked_against_the_stand_ins() {
        // "acting president" is the Acting President's office, not the President's.
        let ok = check(
            &["South Korea's acting president, Choi Sang-mok, ordered an inspection."],
            Some("2024-12-30"),
            &["offices"],
        );
        assert!(ok.is_empty(), "{ok:?}");
        // A stand-in of the last 90 days is recounted, not wrong.
        let ok = check(
            &["Acting President Han Duck-soo had led the country before resigning."],
            Some("2025-06-04"),
            &["offices"],
        );
        assert!(ok.is_empty(), "{ok:?}");
        // Someone who never stood in is.
        let f = check(
            &["South Korea's acting president, Kim Moon-soo, spoke."],
            Some("2025-01-10"),
            &["offices"],
        );
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn statistic_outside_tolerance() {
        let f = check(
            &["Japan's promised $55 billion investment in the U.S. will fund mines."],
            Some("2025-10-29"),
            &["critical-minerals"],
        );
        assert_eq!(
            f,
            vec![("fact-mismatch".to_string(), "$55 billion".to_string(), 0)]
        );
        let ok = check(
            &["Japan pledged a $550 billion investment in the United States."],
            Some("2025-10-29"),
            &["critical-minerals"],
        );
        assert!(ok.is_empty(), "{ok:?}");
    }
}
