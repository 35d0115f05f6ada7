//! JSON and JSONL: the contracts documented in the README. `extract` lists mentions
//! per document; `check` lists documents with their claims, findings and a summary.

use super::Summary;
use crate::check::Run;
use crate::claim::{Claim, Value};
use crate::extract::{Kind, Mention};
use crate::finding::{Finding, Label};
use crate::source::Document;
use serde_json::{Value as J, json};

fn num(x: f64) -> J {
    if x.is_finite() { json!(x) } else { J::Null }
}

fn published(p: Option<crate::source::Published>) -> J {
    match p {
        Some(p) => json!({"date": p.date.to_string(), "origin": p.origin}),
        None => J::Null,
    }
}

/// One mention as the extract contract gives it, as a tree (YAML, tests); the
/// reports write the same straight out ([`MentionOut`]).
pub fn mention(d: &Document, m: &Mention) -> J {
    serde_json::to_value(MentionOut(d, m)).unwrap_or(J::Null)
}

/// A finite number, or null (JSON has no infinity: an open bound is null).
fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// The one figure a quantity stands for: as stated, or a plain range's midpoint ("8
/// to 16 metres" is 12 metres give or take 4, as other extractors report it). A hedged
/// range keeps its first figure: its bounds are the hedge's, not the text's.
fn central(q: &crate::extract::quantity::Quantity) -> f64 {
    if q.range && q.hedge.is_none() {
        (q.low + q.high) / 2.0
    } else {
        q.value
    }
}

const WEEKDAYS: [&str; 8] = [
    "",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// One mention written straight out: the keys and values of [`mention`]'s tree, in
/// its order (sorted), without building the tree. `extract` writes millions of
/// mentions; the tree cost a third of its time in allocations.
struct MentionOut<'a>(&'a Document, &'a Mention);

impl serde::Serialize for MentionOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (d, m) = (self.0, self.1);
        let loc = d.locate(m.span);
        let (start, end) = (d.map.original(m.span.start), d.map.original_end(m.span.end));
        let mut o = s.serialize_map(None)?;
        match &m.kind {
            Kind::Quantity(q) => {
                let kind = if matches!(q.unit, crate::extract::Unit::Time(_)) {
                    "duration"
                } else {
                    "quantity"
                };
                o.serialize_entry("column", &loc.column)?;
                o.serialize_entry("conversion_of", &m.conversion_of)?;
                o.serialize_entry("end", &end)?;
                o.serialize_entry("hedge", &q.hedge.as_ref().map(|h| &h.0))?;
                o.serialize_entry("hedge_kind", &q.hedge.as_ref().map(|h| h.1))?;
                o.serialize_entry("high", &finite(q.high))?;
                o.serialize_entry("kind", kind)?;
                o.serialize_entry("line", &loc.line)?;
                o.serialize_entry("low", &finite(q.low))?;
                o.serialize_entry("noun", &q.noun)?;
                o.serialize_entry("range", &q.range)?;
                o.serialize_entry("start", &start)?;
                o.serialize_entry("text", &loc.text)?;
                o.serialize_entry("unit", &q.unit.label())?;
                o.serialize_entry("value", &finite(central(q)))?;
            }
            Kind::Date(dm) => {
                let (date, until) = match dm.resolved {
                    Some((a, b)) if a == b => (Some(a.to_string()), None),
                    Some((a, b)) => (Some(a.to_string()), Some(b.to_string())),
                    None => (None, None),
                };
                let weekday = dm
                    .expr
                    .weekday
                    .and_then(|w| WEEKDAYS.get(w as usize).copied());
                o.serialize_entry("column", &loc.column)?;
                o.serialize_entry("date", &date)?;
                o.serialize_entry("day", &dm.expr.day)?;
                o.serialize_entry("end", &end)?;
                o.serialize_entry("fiscal", &dm.expr.fiscal)?;
                o.serialize_entry("kind", "date")?;
                o.serialize_entry("line", &loc.line)?;
                o.serialize_entry("month", &dm.expr.month)?;
                o.serialize_entry("resolved_from", &dm.resolved_from)?;
                o.serialize_entry("start", &start)?;
                o.serialize_entry("text", &loc.text)?;
                o.serialize_entry("until", &until)?;
                o.serialize_entry("weekday", &weekday)?;
                o.serialize_entry("year", &dm.expr.year)?;
            }
            Kind::Ordinal(ord) => {
                o.serialize_entry("column", &loc.column)?;
                o.serialize_entry("end", &end)?;
                o.serialize_entry("kind", "ordinal")?;
                o.serialize_entry("line", &loc.line)?;
                o.serialize_entry("rank", &ord.rank)?;
                // "end-1" for "penultimate", "current+1" for "next", as peers write it.
                let relative = ord.relative.map(|r| r.to_string());
                o.serialize_entry("relative", &relative)?;
                o.serialize_entry("start", &start)?;
                o.serialize_entry("text", &loc.text)?;
                o.serialize_entry("value", &ord.value)?;
            }
            Kind::Role(r) => {
                o.serialize_entry("column", &loc.column)?;
                o.serialize_entry("country", &r.country)?;
                o.serialize_entry("end", &end)?;
                o.serialize_entry("former", &r.former)?;
                o.serialize_entry("future", &r.future)?;
                o.serialize_entry("kind", "role")?;
                o.serialize_entry("line", &loc.line)?;
                o.serialize_entry("office", &role_office(r))?;
                o.serialize_entry("organisation", &r.org)?;
                o.serialize_entry("person", &r.person)?;
                o.serialize_entry("start", &start)?;
                o.serialize_entry("text", &loc.text)?;
                o.serialize_entry("title", &r.title)?;
                o.serialize_entry("to", &r.to)?;
            }
            Kind::Name { person } => {
                o.serialize_entry("column", &loc.column)?;
                o.serialize_entry("end", &end)?;
                o.serialize_entry("kind", "name")?;
                o.serialize_entry("line", &loc.line)?;
                o.serialize_entry("person", person)?;
                o.serialize_entry("start", &start)?;
                o.serialize_entry("text", &loc.text)?;
            }
            Kind::Period { unit } => {
                o.serialize_entry("column", &loc.column)?;
                o.serialize_entry("end", &end)?;
                o.serialize_entry("kind", "period")?;
                o.serialize_entry("line", &loc.line)?;
                o.serialize_entry("start", &start)?;
                o.serialize_entry("text", &loc.text)?;
                o.serialize_entry("unit", unit)?;
            }
        }
        o.end()
    }
}

/// One document of the extract report written straight out, as [`extract_doc`].
struct DocOut<'a>(&'a Document, &'a crate::extract::Extraction);

impl serde::Serialize for DocOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        struct Mentions<'a>(&'a Document, &'a [Mention]);
        impl serde::Serialize for Mentions<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.1.iter().map(|m| MentionOut(self.0, m)))
            }
        }
        let (d, e) = (self.0, self.1);
        let mut o = s.serialize_map(None)?;
        o.serialize_entry("mentions", &Mentions(d, &e.mentions))?;
        o.serialize_entry("path", &d.path)?;
        o.serialize_entry("published", &published(d.published))?;
        o.serialize_entry("warnings", &d.warnings)?;
        o.end()
    }
}

/// One document of the extract report as a line of JSON, as [`extract_doc`] writes.
pub fn extract_doc_line(d: &Document, e: &crate::extract::Extraction) -> String {
    // Writing to a string cannot fail, and every key is a string.
    serde_json::to_string(&DocOut(d, e)).unwrap_or_default()
}

/// The office of a role as extraction alone can name it.
fn role_office(r: &crate::extract::Role) -> Option<String> {
    match (&r.country, &r.org, &r.to) {
        (Some(c), _, Some(t)) => Some(format!("{} of {c} to {t}", r.title)),
        (Some(c), _, None) => Some(format!("{} of {c}", r.title)),
        (None, Some(o), _) => Some(format!("{} of {o}", r.title)),
        _ => None,
    }
}

/// One document of the extract report, as a tree.
pub fn extract_doc(d: &Document, e: &crate::extract::Extraction) -> J {
    serde_json::to_value(DocOut(d, e)).unwrap_or(J::Null)
}

/// The extract report, written a document at a time (JSON) or a line a document
/// (JSONL), never as one tree.
pub fn write_extract(run: &Run, lines: bool, out: &mut impl std::io::Write) -> std::io::Result<()> {
    if lines {
        for (d, e) in run.docs.iter().zip(&run.extractions) {
            serde_json::to_writer(&mut *out, &DocOut(&d.loaded(), e))?;
            out.write_all(b"\n")?;
        }
        return Ok(());
    }
    // The same shape as the streamed report: the batch year last.
    out.write_all(b"{\n  \"version\": 1,\n  \"documents\": [")?;
    for (i, (d, e)) in run.docs.iter().zip(&run.extractions).enumerate() {
        out.write_all(if i == 0 { b"\n    " } else { b",\n    " })?;
        serde_json::to_writer(&mut *out, &DocOut(&d.loaded(), e))?;
    }
    write!(
        out,
        "\n  ],\n  \"batch_year\": {}\n}}\n",
        json!(run.batch_year)
    )
}

pub fn extract_json(run: &Run) -> J {
    let docs: Vec<J> = run
        .docs
        .iter()
        .zip(&run.extractions)
        .map(|(d, e)| extract_doc(&d.loaded(), e))
        .collect();
    json!({"version": 1, "batch_year": run.batch_year, "documents": docs})
}

fn claim(run: &Run, c: &Claim) -> J {
    let d = &run.docs[c.doc()];
    let loc = d.locate(c.span());
    let value = match &c.value() {
        Value::Figure {
            low, high, unit, ..
        } => json!({"low": num(*low), "high": num(*high), "unit": &**unit}),
        Value::Person { name, former, bare } => {
            json!({"person": name, "former": former, "bare_surname": bare})
        }
        Value::Day { first, .. } => json!({"date": first.to_string()}),
    };
    json!({"key": c.key(), "label": c.label(), "text": loc.text, "line": loc.line, "column": loc.column, "value": value,
           "layer": if c.layer() == crate::claim::Layer::Template { "template" } else { "generic" }})
}

fn label(run: &Run, l: &Label) -> J {
    let loc = run.docs[l.doc].locate(l.span);
    json!({"path": loc.path, "line": loc.line, "column": loc.column, "end_line": loc.end_line, "end_column": loc.end_column, "text": loc.text, "note": l.note})
}

pub fn finding(run: &Run, f: &Finding) -> J {
    json!({
        "rule": f.rule, "severity": f.severity, "key": f.key, "message": f.message,
        "primary": label(run, &f.primary),
        "related": f.related.iter().map(|l| label(run, l)).collect::<Vec<_>>(),
        "related_more": f.related_more,
        "expected": f.expected, "found": f.found, "reference": f.reference, "fix": f.fix, "confidence": f.confidence,
    })
}

/// The check report, written as it is built: one document or finding a line inside
/// the top-level object, so memory stays with the run, not with a second copy of it
/// as a JSON tree.
pub fn write_check_json(
    run: &Run,
    summary: &Summary,
    notices: &[crate::filter::Notice],
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    // Claims come in document order: one pass hands each document its own.
    let mut by_doc: Vec<Vec<&Claim>> = vec![Vec::new(); run.docs.len()];
    for c in &run.claims {
        by_doc[c.doc()].push(c);
    }
    out.write_all(b"{\n  \"version\": 1,\n  \"documents\": [")?;
    for (i, d) in run.docs.iter().enumerate() {
        // The same object as `json!` would make (keys in order), written a claim at a
        // time: one document may hold millions of claims.
        write!(out, "{}\n    {{\"claims\":[", if i == 0 { "" } else { "," })?;
        for (k, c) in by_doc[i].iter().enumerate() {
            write!(out, "{}{}", if k == 0 { "" } else { "," }, claim(run, c))?;
        }
        write!(
            out,
            "],\"evidence_only\":{},\"path\":{},\"published\":{},\"warnings\":{}}}",
            json!(d.evidence_only()),
            json!(d.path()),
            published(d.published()),
            json!(d.warnings())
        )?;
    }
    out.write_all(b"\n  ],\n  \"findings\": [")?;
    for (i, f) in run.findings.iter().enumerate() {
        write!(
            out,
            "{}\n    {}",
            if i == 0 { "" } else { "," },
            finding(run, f)
        )?;
    }
    write!(
        out,
        "\n  ],\n  \"notices\": {},\n  \"summary\": {}\n}}\n",
        json!(notices),
        json!(summary)
    )
}

#[cfg(test)]
mod tests {
    use super::extract_doc_line;
    use crate::source::{Format, from_text};

    /// Every kind of mention comes out with the keys the README's contract lists.
    #[test]
    fn every_kind_of_mention_has_its_contract_keys() {
        let text = "TOKYO, Oct. 29, 2025 - Japan's Prime Minister Sanae Takaichi said nearly 90% \
            of about $55 billion went to the fourth-largest firm on Tuesday, October 28, over \
            two months; Takaichi agreed after several days.\n";
        let common = ["column", "end", "kind", "line", "start", "text"];
        let keys = |kind: &str| -> Vec<&str> {
            let own: &[&str] = match kind {
                "quantity" | "duration" => &[
                    "conversion_of",
                    "hedge",
                    "hedge_kind",
                    "high",
                    "low",
                    "noun",
                    "range",
                    "unit",
                    "value",
                ],
                "date" => &[
                    "date",
                    "day",
                    "fiscal",
                    "month",
                    "resolved_from",
                    "until",
                    "weekday",
                    "year",
                ],
                "ordinal" => &["rank", "relative", "value"],
                "role" => &[
                    "country",
                    "former",
                    "future",
                    "office",
                    "organisation",
                    "person",
                    "title",
                    "to",
                ],
                "period" => &["unit"],
                _ => &["person"],
            };
            let mut all: Vec<&str> = common.iter().chain(own).copied().collect();
            all.sort_unstable();
            all
        };
        let d = from_text("a.txt", text.to_string(), Format::Text)
            .unwrap()
            .remove(0);
        let e = crate::extract::extract(&d.text);
        let doc: serde_json::Value = serde_json::from_str(&extract_doc_line(&d, &e)).unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for m in doc["mentions"].as_array().unwrap() {
            let kind = m["kind"].as_str().unwrap();
            let got: Vec<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(got, keys(kind), "{kind}");
            seen.insert(kind.to_string());
        }
        assert_eq!(seen.len(), 7, "{seen:?}");
    }

    /// A plain range's value is its midpoint; a hedged figure's is the figure said.
    #[test]
    fn a_range_is_worth_its_midpoint() {
        let text = "The rods are 8 to 16 metres long and weigh nearly 90 kg.\n";
        let d = from_text("a.txt", text.to_string(), Format::Text)
            .unwrap()
            .remove(0);
        let e = crate::extract::extract(&d.text);
        let doc: serde_json::Value = serde_json::from_str(&extract_doc_line(&d, &e)).unwrap();
        let got: Vec<(f64, f64, f64)> = doc["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                let f = |k: &str| m[k].as_f64().unwrap();
                (f("value"), f("low"), f("high"))
            })
            .collect();
        assert_eq!(got, [(12.0, 8.0, 16.0), (90.0, 81.0, 90.0)]);
    }
}
