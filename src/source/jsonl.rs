//! JSONL: one article a line, `{"id", "text", "date"?, "title"?, "source"?}`. Each
//! article becomes a document named `file.jsonl#id` whose lines and columns refer to
//! its own text. A broken line is reported and the other lines are still read.

use super::Document;
use super::offsets::PlainBuilder;
use super::published::{DateOrigin, Published};
use serde::Deserialize;

#[derive(Deserialize)]
struct Article {
    id: Option<serde_json::Value>,
    text: String,
    date: Option<String>,
    title: Option<String>,
}

pub fn load(path: &str, text: &str) -> Result<Vec<Document>, String> {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match article(path, line, n + 1) {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e),
        }
    }
    if docs.is_empty() && !errors.is_empty() {
        return Err(format!("no readable article ({})", errors.join("; ")));
    }
    // Broken lines are carried by the first article of the file, so the summary
    // names them without losing the rest.
    if let Some(first) = docs.first_mut() {
        first.warnings.extend(
            errors
                .into_iter()
                .map(|e| format!("{path}: {e} (line skipped)")),
        );
    }
    Ok(docs)
}

/// One line's article, or why the line cannot be read (`line N: ...`).
pub fn article(path: &str, line: &str, n: usize) -> Result<Document, String> {
    let a = serde_json::from_str::<Article>(line).map_err(|e| format!("line {n}: {e}"))?;
    let id = match a.id {
        Some(serde_json::Value::String(s)) => s,
        Some(v) => v.to_string(),
        None => format!("line{n}"),
    };
    let mut b = PlainBuilder::default();
    b.push(&a.text, 0);
    let mut d = Document::new(format!("{path}#{id}"), a.text, b);
    d.title = a.title;
    if let Some(date) = a.date {
        match Published::parse(&date, DateOrigin::Jsonl) {
            Some(p) => d.published = Some(p),
            None => d
                .warnings
                .push(format!("line {n}: date `{date}` is not YYYY-MM-DD")),
        }
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn broken_line_is_skipped_and_reported() {
        let text = "{\"id\":\"a\",\"text\":\"One 5%.\",\"date\":\"2025-10-29\"}\n{broken\n{\"id\":2,\"text\":\"Two.\"}\n";
        let docs = super::load("x.jsonl", text).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].path, "x.jsonl#a");
        assert_eq!(docs[1].path, "x.jsonl#2");
        assert!(docs[0].warnings[0].contains("line 2"));
    }
}
