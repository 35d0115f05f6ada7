//! Markdown: front matter (`date`, `title`, `source`) read, code skipped, the rest
//! rendered to plain text through pulldown-cmark's offset iterator so every text run
//! keeps its place in the original file.

use super::Document;
use super::offsets::PlainBuilder;
use super::published::{DateOrigin, Published};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Splits `---` front matter from the body: (front matter text, body offset).
/// Unterminated front matter is reported and the whole file read as Markdown.
fn front_matter(text: &str) -> Result<Option<(&str, usize)>, String> {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Ok(None);
    };
    let start = text.len() - rest.len();
    let mut at = start;
    for line in rest.split_inclusive('\n') {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            return Ok(Some((&text[start..at], at + line.len())));
        }
        at += line.len();
    }
    Err("unterminated front matter (no closing `---`); read as Markdown".into())
}

pub fn load(path: &str, source: String) -> Document {
    let mut warnings = Vec::new();
    let mut meta = None;
    let body_start = match front_matter(&source) {
        Ok(Some((fm, body))) => {
            match serde_saphyr::from_str::<serde_json::Value>(fm) {
                Ok(v) => meta = Some(v),
                Err(e) => {
                    warnings.push(format!(
                        "front matter is not valid YAML ({}); its title and date were read line by line",
                        yaml_error(&e)
                    ));
                    meta = Some(plain_fields(fm));
                }
            }
            body
        }
        Ok(None) => 0,
        Err(w) => {
            warnings.push(w);
            0
        }
    };
    let mut b = PlainBuilder::default();
    let body = &source[body_start..];
    let mut in_code = 0usize;
    let parser = Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        let at = body_start + range.start;
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::End(TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
            Event::Text(t) if in_code == 0 => {
                // Text that differs from its source (entities, escapes) is kept as
                // the parser gives it and mapped from the start of its source run.
                b.push(&t, at);
            }
            Event::SoftBreak => b.push(" ", at),
            Event::HardBreak => b.separator("\n", at),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_),
            ) => b.separator("\n", body_start + range.end),
            _ => {}
        }
    }
    let mut doc = Document::new(path.to_string(), source, b);
    doc.warnings = warnings;
    if let Some(m) = meta {
        doc.title = m.get("title").and_then(|v| v.as_str()).map(str::to_string);
        if let Some(d) = m.get("date").and_then(value_text) {
            match Published::parse(&d, DateOrigin::FrontMatter) {
                Some(p) => doc.published = Some(p),
                None => doc
                    .warnings
                    .push(format!("front matter date `{d}` is not YYYY-MM-DD")),
            }
        }
    }
    doc
}

fn value_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A YAML error at its line in the file: the front matter starts on line 2, after
/// its `---`.
fn yaml_error(e: &serde_saphyr::Error) -> String {
    let text = one_line(e);
    let text = text.strip_prefix("error: ").unwrap_or(&text);
    match e.location() {
        Some(l) => {
            // The message without the parser's own position, which counts from the
            // front matter.
            let message = text
                .split_once(": ")
                .filter(|(at, _)| at.starts_with("line "))
                .map_or(text, |(_, m)| m);
            format!("line {}, column {}: {message}", l.line() + 1, l.column())
        }
        None => text.to_string(),
    }
}

/// `title` and `date` of front matter that is not YAML ("title: Quake: what we
/// know"), each the rest of its line after the key, quotes taken off.
fn plain_fields(fm: &str) -> serde_json::Value {
    let mut fields = serde_json::Map::new();
    for line in fm.lines() {
        for key in ["title", "date"] {
            if let Some(v) = line.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
                let v = v.trim().trim_matches(|c| c == '"' || c == '\'');
                fields.insert(key.to_string(), serde_json::Value::String(v.to_string()));
            }
        }
    }
    serde_json::Value::Object(fields)
}

fn one_line(e: &dyn std::fmt::Display) -> String {
    e.to_string().lines().next().unwrap_or("").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::offsets::Span;

    #[test]
    fn front_matter_and_code_blocks() {
        let src = "---\ndate: 2025-10-29\ntitle: T\n---\n# Head\n\nPM **Sanae** Takaichi.\n\n```\n99% code\n```\n";
        let d = load("a.md", src.to_string());
        assert_eq!(d.published.unwrap().date.to_string(), "2025-10-29");
        assert!(!d.text.contains("99%"));
        let at = d.text.find("Takaichi").unwrap();
        let loc = d.locate(Span::new(at, at + 8));
        assert_eq!((loc.line, loc.column), (7, 14));
    }

    /// A figure ending a heading ends there in the file too, not past the line
    /// break the loader turned into a sentence end.
    #[test]
    fn a_span_ending_a_heading_ends_on_its_line() {
        for src in [
            "# Toll rises to 41\n\nBody.\n",
            "Toll rises to 41\n\nBody.\n",
        ] {
            let d = load("a.md", src.to_string());
            let at = d.text.find("41").unwrap();
            let loc = d.locate(Span::new(at, at + 2));
            assert_eq!(loc.text, "41", "{src:?}");
            assert_eq!((loc.line, loc.end_line), (1, 1), "{src:?}");
        }
    }

    #[test]
    fn front_matter_that_is_no_yaml_still_gives_its_title_and_date() {
        let src = "---\ntitle: Typhoon Kalmaegi: what we know\ndate: \"2025-11-05\"\n---\nText.\n";
        let d = load("a.md", src.to_string());
        assert_eq!(d.published.unwrap().date.to_string(), "2025-11-05");
        assert_eq!(d.title.as_deref(), Some("Typhoon Kalmaegi: what we know"));
        // The position is the file's: the title is on line 2.
        assert!(d.warnings[0].contains("line 2, column"), "{:?}", d.warnings);
        assert!(
            d.warnings[0].contains("read line by line"),
            "{:?}",
            d.warnings
        );
    }

    #[test]
    fn unterminated_front_matter_is_reported() {
        let d = load("a.md", "---\ndate: 2025-01-01\nbody".into());
        assert!(d.warnings[0].contains("unterminated front matter"));
    }
}
