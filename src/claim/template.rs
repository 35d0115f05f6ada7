//! Template keying: a figure whose clause names a pack template's subject and one of
//! its cues, and none of its exclusions, is keyed by the template ("China's share of
//! rare-earth refining"), with the template's tolerance.

use super::{Claim, Layer, Value, has_phrase, window};
use crate::extract::{Extraction, Kind, Unit};
use crate::pack::{ClaimTemplate, PackSet};
use crate::source::Document;

/// Does a quantity's unit fit the template's?
pub fn unit_fits(t: &ClaimTemplate, u: &Unit) -> bool {
    match (t.unit.as_str(), u) {
        ("percent", Unit::Percent) => true,
        ("percentage-points", Unit::PercentagePoints) => true,
        ("money", Unit::Money(_)) => true,
        ("count", Unit::Count(_)) => true,
        (code, Unit::Money(c)) => code == c,
        _ => false,
    }
}

pub fn key(
    doc: usize,
    d: &Document,
    e: &Extraction,
    packs: &PackSet,
    out: &mut Vec<Claim>,
    keyed: &mut [bool],
) {
    if packs.claims.is_empty() {
        return;
    }
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        if m.conversion_of.is_some() {
            continue;
        }
        let w = window(d, e, i);
        let clause = &d.text[w.start..w.end];
        let sentence = e.sentences[m.sentence];
        let sentence_text = &d.text[sentence.start..sentence.end];
        // "China's gold reserves rose 0.2%": a change, not a share a percent template
        // keys ("rose to 90%" is one).
        let change = q.unit == Unit::Percent
            && crate::extract::change_just_before(&d.text[sentence.start..m.span.start]);
        for (ti, t) in packs.claims.iter().enumerate() {
            if packs
                .patterns
                .get(ti)
                .is_some_and(|p| p.as_ref().is_some_and(|re| !re.is_match(clause)))
            {
                continue;
            }
            if t.unit == "percent" && change {
                continue;
            }
            if !unit_fits(t, &q.unit)
                || !t.subject.iter().any(|s| has_phrase(sentence_text, s))
                || !t.cues.iter().any(|c| has_phrase(clause, c))
                || t.exclude.iter().any(|x| has_phrase(clause, x))
            {
                continue;
            }
            let scope = t
                .scopes
                .iter()
                .find(|(_, ws)| ws.iter().any(|w| has_phrase(sentence_text, w)))
                .map(|(n, _)| n.as_str());
            let time = super::generic::time_of(d, e, i, w);
            let mut key = t.id.to_string();
            if let Some(s) = scope {
                key.push_str(&format!(" [{s}]"));
            }
            if !time.is_empty() {
                key.push_str(&format!(" @{time}"));
            }
            let unit = q.unit.label().unwrap_or_default();
            out.push(Claim::new(
                doc,
                m.span,
                key,
                t.label.clone(),
                Value::Figure {
                    low: q.low,
                    high: q.high,
                    step: q.step,
                    unit: unit.into(),
                    tolerance: t.tolerance,
                    relative_tolerance: t.relative_tolerance,
                },
                Layer::Template,
                None,
            ));
            keyed[i] = true;
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    /// A share a template keys is a level: "rose 5%" is a change of the reserves,
    /// which must not meet the share, while a share given otherwise still does.
    #[test]
    fn a_change_is_no_share() {
        let run = |second: &str| {
            check(
                &["China holds 37% of global rare earth reserves.", second],
                Some("2025-10-29"),
                &["critical-minerals"],
            )
        };
        assert!(
            run("China's rare earth reserves rose 5%.").is_empty(),
            "a change was keyed as the share"
        );
        let f = run("China holds 50% of global rare earth reserves.");
        assert!(f.iter().any(|(_, t, _)| t == "50%"), "{f:?}");
    }
}
