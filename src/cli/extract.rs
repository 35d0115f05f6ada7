//! `claimlint extract`: every mention, as JSON, JSONL, YAML or a table.

use super::{ExtractArgs, ExtractFormat};
use crate::report::json;
use rayon::prelude::*;
use std::io::Write;

/// A batch up to this size is read once and held whole: 64 MiB, or
/// `CLAIMLINT_EXTRACT_HELD_BYTES` (the tests stream small batches with it).
fn held() -> u64 {
    std::env::var("CLAIMLINT_EXTRACT_HELD_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64 << 20)
}

#[allow(clippy::print_stderr)]
pub fn run(a: ExtractArgs) -> i32 {
    let default = match super::parse_date(&a.date) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    // Streaming reads the input more than once (twice with extraction when a
    // document needs the batch year), which a pipe does not allow and a small batch
    // does not need.
    if matches!(a.format, ExtractFormat::Json | ExtractFormat::Jsonl)
        && crate::source::stream::rereadable(&a.paths)
        && crate::source::stream(&a.paths, false, &|_| true).0.bytes() > held()
    {
        return streamed(&a, default);
    }
    let batch = crate::source::load(&a.paths, false);
    for m in &batch.missing {
        eprintln!("error: {}: {}", m.path, m.reason);
    }
    for s in &batch.skipped {
        eprintln!("skipped: {}: {}", s.path, s.reason);
    }
    let (docs, extractions, batch_year) = crate::check::extract_batch(batch.documents, default);
    let run = crate::check::Run {
        docs: docs.into_iter().map(crate::source::Doc::kept).collect(),
        extractions,
        claims: Vec::new(),
        findings: Vec::new(),
        batch_year,
    };
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    let written = match a.format {
        // From a pipe: written a document at a time, but held whole.
        ExtractFormat::Json | ExtractFormat::Jsonl => {
            json::write_extract(&run, a.format == ExtractFormat::Jsonl, &mut w)
        }
        ExtractFormat::Yaml => w.write_all(
            serde_saphyr::to_string(&json::extract_json(&run))
                .unwrap_or_default()
                .as_bytes(),
        ),
        ExtractFormat::Table => w.write_all(table(&json::extract_json(&run)).as_bytes()),
    };
    if written.and_then(|_| w.flush()).is_err() {
        return 2;
    }
    if batch.missing.is_empty() { 0 } else { 2 }
}

/// JSON and JSONL: written a chunk of documents at a time, so memory does not grow
/// with the batch. The input is read once more beforehand without extracting (for
/// warnings that belong to earlier documents), and once more with extraction only
/// when a document needs the batch year. The batch year comes last in the JSON.
#[allow(clippy::print_stderr)]
fn streamed(a: &ExtractArgs, default: Option<crate::source::Published>) -> i32 {
    let read = || crate::source::stream(&a.paths, false, &|_| true);
    let (_, missing) = read();
    for m in &missing {
        eprintln!("error: {}: {}", m.path, m.reason);
    }
    let plan = crate::check::plan_extract(|| read().0, default);
    let mut late = plan.late.into_iter().peekable();
    let (stream, _) = read();
    let (chunks, reader) = crate::source::stream::read_ahead(vec![stream]);
    let lines = a.format == ExtractFormat::Jsonl;
    let mut w = std::io::BufWriter::new(std::io::stdout().lock());
    let mut years = crate::extract::resolve::YearFold::default();
    let mut n = 0;
    let write = || -> std::io::Result<()> {
        if !lines {
            w.write_all(b"{\n  \"version\": 1,\n  \"documents\": [")?;
        }
        for mut chunk in chunks {
            for (k, d) in chunk.iter_mut().enumerate() {
                while let Some(l) = late.next_if(|l| l.doc == n + k) {
                    d.warnings.push(l.warning);
                }
            }
            let (extractions, evidence) =
                crate::check::extract_chunk(&mut chunk, plan.year.flatten(), default);
            evidence.iter().for_each(|ev| years.add(ev));
            let docs: Vec<String> = chunk
                .par_iter()
                .zip(&extractions)
                .map(|(d, e)| json::extract_doc_line(d, e))
                .collect();
            for doc in docs {
                if lines {
                    writeln!(w, "{doc}")?;
                } else {
                    write!(w, "{}\n    {doc}", if n == 0 { "" } else { "," })?;
                }
                n += 1;
            }
        }
        if !lines {
            let year = plan.year.unwrap_or_else(|| years.year());
            write!(
                w,
                "\n  ],\n  \"batch_year\": {}\n}}\n",
                serde_json::json!(year)
            )?;
        }
        w.flush()
    };
    let written = write();
    let Ok(streams) = reader.join() else {
        eprintln!("error: internal error while reading the articles");
        return 2;
    };
    for s in streams.into_iter().flat_map(|s| s.skipped) {
        eprintln!("skipped: {}: {}", s.path, s.reason);
    }
    if written.is_err() {
        return 2;
    }
    if missing.is_empty() { 0 } else { 2 }
}

fn table(v: &serde_json::Value) -> String {
    let mut out = String::from("path\tline:col\tkind\ttext\tvalue\n");
    for d in v["documents"].as_array().into_iter().flatten() {
        for m in d["mentions"].as_array().into_iter().flatten() {
            let value = match m["kind"].as_str() {
                Some("quantity" | "duration") => format!(
                    "[{}, {}] {}",
                    m["low"],
                    m["high"],
                    m["unit"].as_str().unwrap_or("")
                ),
                Some("date") => m["date"].as_str().unwrap_or("?").to_string(),
                Some("role") => format!(
                    "{} = {}",
                    m["office"]
                        .as_str()
                        .unwrap_or(m["title"].as_str().unwrap_or("")),
                    m["person"].as_str().unwrap_or("")
                ),
                Some("name") => m["person"].as_str().unwrap_or("").to_string(),
                _ => m["value"].to_string(),
            };
            out.push_str(&format!(
                "{}\t{}:{}\t{}\t{}\t{}\n",
                d["path"].as_str().unwrap_or(""),
                m["line"],
                m["column"],
                m["kind"].as_str().unwrap_or(""),
                m["text"].as_str().unwrap_or(""),
                value
            ));
        }
    }
    out
}
