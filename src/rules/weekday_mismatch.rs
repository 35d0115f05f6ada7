//! # weekday-mismatch
//!
//! ## What it flags
//! A weekday written with a date it does not fall on, in the year the date resolves
//! to (written, from the publication date, or from the batch): "Monday (October 28)"
//! in 2025, when October 28 was a Tuesday.
//!
//! ## Why
//! A weekday and a date that disagree mean one of them is wrong, and readers cannot
//! tell which.
//!
//! ## Example
//! "Sunday (October 26)" passes for 2025; "Monday, October 28, 2025" is flagged with
//! "Tuesday" as the fix.
//!
//! ## Options
//! None. Dates whose year cannot be known are not checked.

use super::{DocContext, Rule};
use crate::extract::Kind;
use crate::finding::{Confidence, Finding, Label, Severity};

pub struct WeekdayMismatch;

impl Rule for WeekdayMismatch {
    fn id(&self) -> &'static str {
        "weekday-mismatch"
    }
    fn summary(&self) -> &'static str {
        "a weekday that does not fit its date"
    }
    fn docs(&self) -> &'static str {
        super::header(include_str!("weekday_mismatch.rs"))
    }
    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn check_document(&self, cx: &DocContext) -> Vec<Finding> {
        let mut out = Vec::new();
        let (doc, e) = (cx.doc, cx.e);
        for m in &e.mentions {
            let Kind::Date(dm) = &m.kind else { continue };
            let (Some(w), Some(_), Some((d, _))) = (dm.expr.weekday, dm.expr.day, dm.resolved)
            else {
                continue;
            };
            let actual = d.weekday().to_monday_one_offset() as u8;
            if actual == w {
                continue;
            }
            let actual_name = d.strftime("%A").to_string();
            let written = cx.d.slice(m.span);
            let said = written.split([' ', ',', '(']).next().unwrap_or("");
            out.push(Finding {
                rule: self.id(),
                severity: cx.severity(self),
                key: format!("date {d}"),
                message: format!("{d} is a {actual_name}, not a {said}"),
                primary: Label {
                    doc,
                    span: m.span,
                    note: format!("{d} is a {actual_name}"),
                },
                related: Vec::new(),
                related_more: 0,
                expected: Some(actual_name.clone()),
                found: Some(said.to_string()),
                reference: dm
                    .resolved_from
                    .as_ref()
                    .map(|r| format!("calendar; year {r}")),
                fix: Some(actual_name),
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
    fn wrong_weekday_is_flagged_right_ones_pass() {
        let f = check(
            &["They met on Monday, October 28, 2025. They left on Sunday (October 26, 2025)."],
            None,
            &[],
        );
        assert_eq!(
            f,
            vec![(
                "weekday-mismatch".to_string(),
                "Monday, October 28, 2025".to_string(),
                0
            )]
        );
    }
}
