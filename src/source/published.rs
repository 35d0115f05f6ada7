//! Publication dates and where they came from. Front matter, a JSONL field, an HTML
//! meta tag and `--date` give a full date; a dateline ("Washington, Oct 29
//! (NationPress)") gives one, or a month and day whose year the batch supplies.

use super::Document;
use jiff::civil::Date;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrigin {
    FrontMatter,
    Jsonl,
    Meta,
    Cli,
    Config,
    Dateline,
    /// A dateline without a year, the year taken from the batch.
    DatelineBatchYear,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Published {
    #[serde(serialize_with = "crate::source::published::ser_date")]
    pub date: Date,
    pub origin: DateOrigin,
}

pub fn ser_date<S: serde::Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&d.to_string())
}

impl Published {
    /// Reads `YYYY-MM-DD`, also at the start of a timestamp.
    pub fn parse(text: &str, origin: DateOrigin) -> Option<Published> {
        let t = text.trim();
        let head = t.get(..10).unwrap_or(t);
        let date: Date = head.parse().ok()?;
        Some(Published { date, origin })
    }
}

fn dateline_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?m)^[ \t]*[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){0,3}(?:,[ \t]*[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){0,2})?[ \t]*[,\-:][ \t]*(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?[ \t]+(?P<day>\d{1,2})(?:,[ \t]*(?P<year>\d{4}))?[ \t]*(?:\(|-|:|/)",
        )
        .expect("dateline pattern is valid")
    })
}

/// Looks for a dateline in the first lines of a document: marks its span, and gives
/// the publication date when the document has none.
pub fn from_dateline(doc: &mut Document) {
    // The first 4000 characters; where they are ASCII (most text), the first 4000
    // bytes, found without decoding them one by one.
    let t = &doc.text;
    let head_end = match t.as_bytes().get(..4000) {
        Some(head) if head.is_ascii() => 4000,
        _ => t.char_indices().nth(4000).map_or(t.len(), |(i, _)| i),
    };
    let Some(c) = dateline_re().captures(&doc.text[..head_end]) else {
        return;
    };
    let lex = crate::lexicon::get();
    if let (Some(m), Some(d)) = (c.name("month"), c.name("day")) {
        let end = c.name("year").map_or(d.end(), |y| y.end());
        doc.dateline_span = Some(crate::source::offsets::Span::new(m.start(), end));
    }
    let (Some(month), Ok(day)) = (lex.month(&c["month"]), c["day"].parse::<u8>()) else {
        return;
    };
    // A date from front matter or a feed wins; the dateline's span is still marked,
    // since the dateline is never the date of an event.
    if doc.published.is_some() {
        return;
    }
    match c.name("year").and_then(|y| y.as_str().parse::<i16>().ok()) {
        Some(year) => {
            if let Ok(date) = Date::new(year, month as i8, day as i8) {
                doc.published = Some(Published {
                    date,
                    origin: DateOrigin::Dateline,
                });
            }
        }
        None => doc.dateline = Some((month, day)),
    }
}

#[cfg(test)]
mod tests {
    use crate::source::{Format, from_text};

    #[test]
    fn dateline_without_year_is_kept_for_the_batch() {
        let docs = from_text(
            "a.txt",
            "Title\nWashington, Oct 29 (NationPress) Officials said.".into(),
            Format::Text,
        )
        .unwrap();
        assert_eq!(docs[0].dateline, Some((10, 29)));
        assert!(docs[0].published.is_none());
    }

    #[test]
    fn dateline_with_year_is_a_date() {
        let docs = from_text(
            "a.txt",
            "NAIROBI, Kenya, March 3, 2024 - Floods.".into(),
            Format::Text,
        )
        .unwrap();
        assert_eq!(docs[0].published.unwrap().date.to_string(), "2024-03-03");
    }
}
