//! A rate's change in points: "cut its key rate by 25 basis points to 4%". The
//! points are keyed as the change of the level after them, so two reports of one
//! decision ("by 25 basis points to 5.25%", "by 50 basis points to 5.25%") meet even
//! when they agree on the level. The level is keyed by the other keyers; this one
//! runs in two steps around them: `find` claims the points before they are keyed as
//! a count of "basis points", `key` copies the level's key once it exists.

use super::Claim;
use crate::extract::{Extraction, Kind, Quantity, Unit};
use crate::lexicon;
use crate::source::Document;

/// Points that change a rate: the mention of the points, the mention of the level,
/// and the change in basis points, signed by the verb.
pub struct Change {
    points: usize,
    level: usize,
    bp: f64,
}

/// Basis points per unit the figure is written in, or none for other figures.
fn per_unit(q: &Quantity) -> Option<f64> {
    match &q.unit {
        Unit::PercentagePoints => Some(100.0),
        Unit::Count(_)
            if q.noun
                .as_deref()
                .is_some_and(|n| n.ends_with("basis points") || n.ends_with("basis point")) =>
        {
            Some(1.0)
        }
        _ => None,
    }
}

/// The sign the verb before "by" gives: "cut ... by" is down, "raised ... by" is up.
/// The verb is among the six words before "by", so "cut its benchmark repo rate by"
/// is read, and a verb of another clause is not.
fn direction(before: &str) -> Option<f64> {
    let words = before.trim_end().strip_suffix(" by")?;
    let metrics = &lexicon::get().metrics;
    for w in words.rsplit(' ').take(6) {
        let w = w.to_ascii_lowercase();
        if w.ends_with(',') {
            return None;
        }
        if metrics.rate_cuts.contains(&w) {
            return Some(-1.0);
        }
        if metrics.rate_hikes.contains(&w) {
            return Some(1.0);
        }
    }
    None
}

/// Finds the points that change a rate to a level said right after them, and marks
/// them keyed so no keyer counts them as a number of points.
pub fn find(d: &Document, e: &Extraction, keyed: &mut [bool]) -> Vec<Change> {
    let mut out = Vec::new();
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        if keyed[i] || q.hedge.is_some() || q.range {
            continue;
        }
        let Some(scale) = per_unit(q) else { continue };
        let s = e.sentences[m.sentence];
        let Some(sign) = direction(&d.text[s.start..m.span.start]) else {
            continue;
        };
        let Some(level) = e.mentions.get(i + 1) else {
            continue;
        };
        // `get`: two mentions may overlap, and then nothing stands between them.
        let joined = d
            .text
            .get(m.span.end..level.span.start)
            .is_some_and(|t| t.eq_ignore_ascii_case(" to ") || t.eq_ignore_ascii_case(" to the "));
        let is_level = matches!(&level.kind, Kind::Quantity(l) if l.unit == Unit::Percent);
        if level.sentence == m.sentence && joined && is_level {
            keyed[i] = true;
            out.push(Change {
                points: i,
                level: i + 1,
                bp: sign * q.value * scale,
            });
        }
    }
    out
}

/// Keys each change as its level is keyed, with "change | basis points" for the
/// unit. A level no keyer keyed leaves its change unkeyed too.
pub fn key(doc: usize, e: &Extraction, changes: &[Change], out: &mut Vec<Claim>) {
    for c in changes {
        let level = e.mentions[c.level].span;
        // The document's claims are the last ones pushed: look no further back.
        let Some(key) = out
            .iter()
            .rev()
            .take_while(|cl| cl.doc() == doc)
            .find(|cl| cl.span() == level)
            .map(|cl| cl.key().to_string())
        else {
            continue;
        };
        let Some((head, time)) = split_unit(&key) else {
            continue;
        };
        let m = &e.mentions[c.points];
        let Kind::Quantity(q) = &m.kind else { continue };
        let change = Quantity {
            value: c.bp,
            low: c.bp,
            high: c.bp,
            step: q.step * (c.bp / q.value).abs(),
            unit: Unit::Count("basis points".into()),
            noun: None,
            hedge: None,
            range: false,
        };
        let label = format!("{} change", head.rsplit(" | ").next().unwrap_or(head));
        out.push(super::figure(
            doc,
            m,
            &change,
            format!("{head} | change | basis points{time}"),
            label,
        ));
    }
}

/// A level's key split around its unit: "India | rate repo | percent @2025-12" is
/// ("India | rate repo", " @2025-12").
fn split_unit(key: &str) -> Option<(&str, &str)> {
    let at = key.find(" | percent")?;
    let rest = &key[at + " | percent".len()..];
    let time = if rest.is_empty() || rest.starts_with(" @") {
        rest
    } else {
        return None;
    };
    Some((&key[..at], time))
}

#[cfg(test)]
mod tests {
    use super::super::test_run;

    #[test]
    fn points_are_the_change_of_the_level_after_them() {
        let run = test_run(&[
            "MUMBAI, Dec 5 (Reuters) - The Reserve Bank of India cut its key repo rate by 25 basis points to 5.25% on Friday.",
            "NEW DELHI, Dec 5 - India's central bank lowered its benchmark repo rate by 50 basis points to 5.25%.",
        ]);
        let keys: Vec<&str> = run.claims.iter().map(|c| c.key()).collect();
        let change: Vec<_> = keys
            .iter()
            .filter(|k| k.contains("| change | basis points"))
            .collect();
        assert_eq!(change.len(), 2, "{keys:?}");
        assert_eq!(change[0], change[1]);
        assert!(
            !keys.iter().any(|k| k.contains("basis point | count")),
            "{keys:?}"
        );
        // No majority: each side is flagged, with the signed change.
        let messages: Vec<&str> = run.findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].contains("-25 basis points"), "{messages:?}");
        assert!(messages[1].contains("-50 basis points"), "{messages:?}");
    }

    #[test]
    fn a_hike_is_up_and_percentage_points_are_a_hundred_basis_points() {
        assert_eq!(
            super::direction("The bank raised its deposit rate by "),
            Some(1.0)
        );
        assert_eq!(super::direction("The Fed trimmed rates by "), Some(-1.0));
        // A verb of another clause is not the rate's.
        assert_eq!(
            super::direction("Prices were cut, and the rate rose by "),
            None
        );
        assert_eq!(
            super::split_unit("Brazil | rate selic | percent @as of 2025-12"),
            Some(("Brazil | rate selic", " @as of 2025-12"))
        );
        assert_eq!(
            super::split_unit("Brazil | rate selic | percentage points"),
            None
        );
    }
}
