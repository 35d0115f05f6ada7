//! `claimlint extract`: every mention, as JSON, JSONL, YAML or a table.

use super::{ExtractArgs, ExtractFormat};
use crate::report::json;
use std::io::Write;

#[allow(clippy::print_stderr)]
pub fn run(a: ExtractArgs) -> i32 {
    let default = match super::parse_date(&a.date) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
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
        // JSON and JSONL stream a document at a time.
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
