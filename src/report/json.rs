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

/// One mention as the extract contract gives it.
pub fn mention(d: &Document, m: &Mention) -> J {
    let loc = d.locate(m.span);
    let mut o = json!({
        "text": loc.text, "line": loc.line, "column": loc.column,
        "start": d.map.original(m.span.start), "end": d.map.original(m.span.end),
    });
    let extra = match &m.kind {
        Kind::Quantity(q) => {
            let kind = if matches!(q.unit, crate::extract::Unit::Time(_)) {
                "duration"
            } else {
                "quantity"
            };
            json!({"kind": kind, "value": num(q.value), "low": num(q.low), "high": num(q.high), "unit": q.unit.label(),
                   "hedge": q.hedge.as_ref().map(|h| &h.0), "hedge_kind": q.hedge.as_ref().map(|h| h.1), "range": q.range,
                   "noun": q.noun, "conversion_of": m.conversion_of})
        }
        Kind::Date(dm) => {
            let (date, until) = match dm.resolved {
                Some((a, b)) if a == b => (Some(a.to_string()), None),
                Some((a, b)) => (Some(a.to_string()), Some(b.to_string())),
                None => (None, None),
            };
            let weekday = dm.expr.weekday.and_then(|w| {
                [
                    "",
                    "Monday",
                    "Tuesday",
                    "Wednesday",
                    "Thursday",
                    "Friday",
                    "Saturday",
                    "Sunday",
                ]
                .get(w as usize)
                .copied()
            });
            json!({"kind": "date", "date": date, "until": until, "weekday": weekday, "resolved_from": dm.resolved_from,
                   "year": dm.expr.year, "month": dm.expr.month, "day": dm.expr.day, "fiscal": dm.expr.fiscal})
        }
        Kind::Ordinal(o) => json!({"kind": "ordinal", "value": o.value, "rank": o.rank}),
        Kind::Role(r) => {
            json!({"kind": "role", "office": role_office(r), "title": r.title, "country": r.country, "to": r.to,
                                 "organisation": r.org, "person": r.person, "former": r.former, "future": r.future})
        }
        Kind::Name { person } => json!({"kind": "name", "person": person}),
    };
    if let (J::Object(a), J::Object(b)) = (&mut o, extra) {
        a.extend(b);
    }
    o
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

/// One document of the extract report.
pub fn extract_doc(d: &Document, e: &crate::extract::Extraction) -> J {
    json!({"path": d.path, "published": published(d.published), "warnings": d.warnings, "mentions": e.mentions.iter().map(|m| mention(d, m)).collect::<Vec<_>>()})
}

/// The extract report, written a document at a time (JSON) or a line a document
/// (JSONL), never as one tree.
pub fn write_extract(run: &Run, lines: bool, out: &mut impl std::io::Write) -> std::io::Result<()> {
    if lines {
        for (d, e) in run.docs.iter().zip(&run.extractions) {
            writeln!(out, "{}", extract_doc(&d.loaded(), e))?;
        }
        return Ok(());
    }
    // The same shape as the streamed report: the batch year last.
    out.write_all(b"{\n  \"version\": 1,\n  \"documents\": [")?;
    for (i, (d, e)) in run.docs.iter().zip(&run.extractions).enumerate() {
        write!(
            out,
            "{}\n    {}",
            if i == 0 { "" } else { "," },
            extract_doc(&d.loaded(), e)
        )?;
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
