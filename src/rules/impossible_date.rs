//! # impossible-date
//!
//! ## What it flags
//! A day the month does not have: "February 30", "April 31, 2025", "February 29,
//! 2023" (2023 is no leap year). A February 29 with no year written is not flagged:
//! which year it means is a guess.
//!
//! ## Why
//! A day that does not exist is a typo in the day or the month, and a reader cannot
//! tell which was meant.
//!
//! ## Example
//! "They visited on April 31" is flagged: April has 30 days.
//!
//! ## Options
//! None.

use super::{DocContext, Rule};
use crate::extract::Kind;
use crate::finding::{Confidence, Finding, Label, Severity};

pub struct ImpossibleDate;

impl Rule for ImpossibleDate {
    fn id(&self) -> &'static str {
        "impossible-date"
    }
    fn summary(&self) -> &'static str {
        "a day its month does not have"
    }
    fn docs(&self) -> &'static str {
        super::header(include_str!("impossible_date.rs"))
    }
    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn check_document(&self, cx: &DocContext) -> Vec<Finding> {
        let mut out = Vec::new();
        for m in &cx.e.mentions {
            let Kind::Date(dm) = &m.kind else { continue };
            let (Some(month @ 1..=12), Some(day)) = (dm.expr.month, dm.expr.day) else {
                continue;
            };
            // The month's length and name from the calendar library; with no year
            // written, a leap year's (2000), so February may have 29 days.
            let year = dm.expr.year;
            let Ok(first) = jiff::civil::Date::new(year.unwrap_or(2000), month as i8, 1) else {
                continue;
            };
            let last = first.days_in_month() as u8;
            if day <= last {
                continue;
            }
            let name = first.strftime("%B").to_string();
            let why = match year {
                Some(y) if month == 2 && day == 29 => format!("{y} is no leap year"),
                _ => format!("{name} has {last} days"),
            };
            out.push(Finding {
                rule: self.id(),
                severity: cx.severity(self),
                key: format!("date {name} {day}"),
                message: format!("{name} {day} does not exist: {why}"),
                primary: Label {
                    doc: cx.doc,
                    span: m.span,
                    note: why.clone(),
                },
                related: Vec::new(),
                related_more: 0,
                expected: Some(format!("a day from 1 to {last}")),
                found: Some(day.to_string()),
                reference: Some("calendar".into()),
                fix: None,
                confidence: Confidence::High,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn days_a_month_does_not_have_are_flagged() {
        let f = check(
            &[
                "They met on Feb 30. The vote is on April 31, 2025. It was February 29, 2023. \
                 The 29 February 2024 date is fine, as are June 30, January 31 and Feb 29.",
            ],
            Some("2025-05-02"),
            &[],
        );
        let texts: Vec<&str> = f
            .iter()
            .filter(|x| x.0 == "impossible-date")
            .map(|x| x.1.as_str())
            .collect();
        assert_eq!(
            texts,
            vec!["Feb 30", "April 31, 2025", "February 29, 2023"],
            "{f:?}"
        );
    }
}
