//! Publication dates and where they came from. Front matter, a JSONL field, an HTML
//! meta tag and `--date` give a full date; a dateline ("Washington, Oct 29
//! (NationPress)") gives one, or a month and day whose year the batch supplies.

use super::Document;
use super::offsets::Span;
use jiff::civil::Date;
use regex::Regex;
use std::ops::Range;
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

/// A dateline: a place (a wire may leave it out), then a month and day and maybe a
/// year, then what opens the story ("Tokyo, Oct 29 (Wire)", "Nov 19 (Reuters) -"). Found with `find`, a DFA over the head; its parts
/// are read by [`dateline_parts`] from the few bytes it matched, since a capturing
/// search over the whole head was a twentieth of reading a short article.
fn dateline_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?m)^[ \t]*(?:[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){0,3}(?:,[ \t]*[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){0,2})?[ \t]*[,\-:][ \t]*)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*(?:\(|-|:|/)",
        )
        .expect("dateline pattern is valid")
    })
}

/// Where a dateline's month, day and year stand in what [`dateline_re`] matched.
#[derive(Debug, PartialEq)]
struct DatelineParts {
    month: Range<usize>,
    day: Range<usize>,
    year: Option<Range<usize>>,
}

/// The place before a dateline's date has no digit, so the day is the first digits,
/// the month the word before them, and the year the four digits after a comma that
/// follows the day.
fn dateline_parts(m: &str) -> Option<DatelineParts> {
    let b = m.as_bytes();
    let day_start = b.iter().position(u8::is_ascii_digit)?;
    let day_end = day_start
        + b[day_start..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
    let before = m[..day_start].trim_end_matches([' ', '\t']);
    let before = before.strip_suffix('.').unwrap_or(before);
    let month_start = before
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let year = m[day_end..].strip_prefix(',').and_then(|r| {
        let r = r.trim_start_matches([' ', '\t']);
        let start = m.len() - r.len();
        (r.len() >= 4 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit))
            .then_some(start..start + 4)
    });
    Some(DatelineParts {
        month: month_start..before.len(),
        day: day_start..day_end,
        year,
    })
}

/// Looks for a dateline in the first lines of a document: marks its span, and gives
/// the publication date when the document has none.
pub fn from_dateline(doc: &mut Document) {
    // The first 4000 characters; where they are ASCII (most text), the first 4000
    // bytes, found without decoding them one by one.
    let t = &doc.text;
    // A text of at most 4000 bytes has at most 4000 characters: all of it.
    let head_end = match t.as_bytes().get(..4000) {
        None => t.len(),
        Some(head) if head.is_ascii() => 4000,
        _ => t.char_indices().nth(4000).map_or(t.len(), |(i, _)| i),
    };
    let Some(found) = dateline_re().find(&doc.text[..head_end]) else {
        if let Some(found) = date_line(&doc.text[..head_end]) {
            dated_by_line(doc, found);
        }
        return;
    };
    let Some(parts) = dateline_parts(found.as_str()) else {
        return;
    };
    // "WASHINGTON, Oct 29 (NationPress)" has no year; a date line further down may.
    if parts.year.is_none()
        && let Some(found) = date_line(&doc.text[..head_end])
    {
        dated_by_line(doc, found);
        return;
    }
    let at = found.start();
    let end = parts.year.as_ref().unwrap_or(&parts.day).end;
    doc.dateline_span = Some(Span::new(at + parts.month.start, at + end));
    let part = |r: &Range<usize>| &found.as_str()[r.clone()];
    let lex = crate::lexicon::get();
    let (Some(month), Ok(day)) = (
        lex.month(part(&parts.month)),
        part(&parts.day).parse::<u8>(),
    ) else {
        return;
    };
    // A date from front matter or a feed wins; the dateline's span is still marked,
    // since the dateline is never the date of an event.
    if doc.published.is_some() {
        return;
    }
    match parts.year.and_then(|y| part(&y).parse::<i16>().ok()) {
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

/// What may stand before a date line's date: a byline in any case ("By a
/// correspondent,"), a place and maybe its wire ("DENPASAR, Indonesia,", "LIMA, Peru
/// (AP) -"), a word saying what the date
/// is ("Published:", "Updated"), a weekday, a bracket.
fn date_line_lead() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^[ \t]*(?:By[ \t]+[^,|\n\d]{1,60}[,|][ \t]*)?(?:[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){0,3}(?:,[ \t]*[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){0,2})?[ \t]*(?:\([A-Z][A-Za-z]{1,15}\)[ \t]*)?(?:[,:(|]|[-\x{2013}\x{2014}][ \t])[ \t]*)?(?:(?:Published|Updated|Posted|Last updated)(?:[ \t]+on)?:?[ \t]+)?(?:\d{1,2}[:.]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:[A-Z]{2,4}\b)?,?[ \t]+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?\(?[ \t]*",
        )
        .expect("date line lead is valid")
    })
}

/// What may follow a date line's date: the end of the line, a dash or bracket before
/// the story, or a time of day ("10:32 GMT").
fn date_line_tail() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^[ \t]*(?:\r?$|[-\x{2013}\x{2014}:/|)(\x{2022}\x{00b7}]|\d{1,2}[:.]\d{2}|at[ \t]|[AP]M\b|GMT|UTC)",
        )
        .expect("date line tail is valid")
    })
}

/// A full date that is its line's dateline, in the first lines of a document: alone
/// ("November 17, 2025"), after a place and a weekday ("DENPASAR, Indonesia,
/// Thursday, July 3, 2025 - "), in brackets ("BANYUWANGI (July 3, 2025) - "). A
/// date the story opens with ("July 3, 2025, was the day") is no dateline: what
/// follows a dateline is the end of its line, a dash or a bracket.
fn date_line(head: &str) -> Option<(Span, Date)> {
    use crate::extract::date::{day_month, iso, month_day};
    use nom::Parser;
    let mut at = 0;
    let lines = head.split_inclusive('\n').map(|line| {
        let start = at;
        at += line.len();
        (start, line)
    });
    for (start, line) in lines.filter(|(_, l)| !l.trim().is_empty()).take(6) {
        // Every date line has a day written in digits: a line without one (a
        // headline, most bylines) is passed over before any pattern runs.
        if !line.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let lead = date_line_lead().find(line).map_or(0, |m| m.end());
        let Ok((tail, x)) = nom::branch::alt((month_day, day_month, iso)).parse(&line[lead..])
        else {
            continue;
        };
        let (Some(year), Some(month), Some(day)) = (x.year, x.month, x.day) else {
            continue;
        };
        if !date_line_tail().is_match(tail.trim_end_matches('\n')) {
            continue;
        }
        if let Ok(date) = Date::new(year, month as i8, day as i8) {
            let span = Span::new(start + lead, start + line.len() - tail.len());
            return Some((span, date));
        }
    }
    None
}

/// Marks a date line's span, and dates the document by it when nothing else has.
fn dated_by_line(doc: &mut Document, (span, date): (Span, Date)) {
    doc.dateline_span = Some(span);
    if doc.published.is_none() {
        doc.published = Some(Published {
            date,
            origin: DateOrigin::Dateline,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::{dateline_parts, dateline_re};
    use crate::source::{Format, from_text};

    #[test]
    fn a_datelines_parts_are_read_from_its_match() {
        for (text, month, day, year) in [
            ("Tokyo, Oct 29 (Wire) Talks", "Oct", "29", None),
            // A wire's dateline without a place.
            ("Nov 19 (Reuters) - Nvidia", "Nov", "19", None),
            (
                "WASHINGTON, Oct. 29, 2025 (AP) -",
                "Oct",
                "29",
                Some("2025"),
            ),
            // A month-named place before the date is passed over.
            ("March, Cambridgeshire - Jan 5 - A", "Jan", "5", None),
            (
                "Berlin:\tSeptember 30,\t2025/ x",
                "September",
                "30",
                Some("2025"),
            ),
        ] {
            let m = dateline_re().find(text).expect(text);
            let p = dateline_parts(m.as_str()).expect(text);
            let part = |r: std::ops::Range<usize>| &m.as_str()[r];
            assert_eq!(part(p.month), month, "{text}");
            assert_eq!(part(p.day), day, "{text}");
            assert_eq!(p.year.map(part), year, "{text}");
        }
    }

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

    fn published_of(text: &str) -> Option<String> {
        let docs = from_text("a.txt", text.into(), Format::Text).unwrap();
        docs[0].published.map(|p| p.date.to_string())
    }

    #[test]
    fn a_date_line_dates_its_article() {
        for (text, date) in [
            // Alone under the headline, in either order of day and month, or ISO.
            (
                "Runoff set\n\nNov. 17, 2025\n\nJara led with 26.8%.",
                "2025-11-17",
            ),
            (
                "Runoff set\n17 November 2025\nJara led with 26.8%.",
                "2025-11-17",
            ),
            ("Title\n2025-07-03\nA ferry sank.", "2025-07-03"),
            // After a place and a weekday, or in brackets, with the story after a dash.
            (
                "DENPASAR, Indonesia, Thursday, July 3, 2025 - A ferry sank.",
                "2025-07-03",
            ),
            (
                "LIMA, Peru (AP) - Friday, October 10, 2025 - Congress voted.",
                "2025-10-10",
            ),
            (
                "BANYUWANGI, Indonesia (July 3, 2025) - A ferry sank.",
                "2025-07-03",
            ),
            // Stamped, with a time before or after, after a byline, before a bullet.
            (
                "Title\nUpdated: July 4, 2025 10:32 GMT\nRescuers searched.",
                "2025-07-04",
            ),
            (
                "Title\nPublished 3:45 PM EST, Thu July 3, 2025\nA ferry sank.",
                "2025-07-03",
            ),
            (
                "Title\nBy Jane Doe | July 3, 2025\nA ferry sank.",
                "2025-07-03",
            ),
            (
                "Title\nBy a staff correspondent, 29 March 2025\nA ferry sank.",
                "2025-03-29",
            ),
            (
                "Title\nThu 3 Jul 2025 10.32 BST\nA ferry sank.",
                "2025-07-03",
            ),
            (
                "Title\n3 July 2025 \u{2022} 4 min read\nA ferry sank.",
                "2025-07-03",
            ),
        ] {
            assert_eq!(published_of(text).as_deref(), Some(date), "{text:?}");
        }
    }

    #[test]
    fn a_date_the_story_opens_with_is_no_date_line() {
        assert_eq!(
            published_of("Title\nJuly 3, 2025, was the day a ferry sank."),
            None
        );
        assert_eq!(published_of("Title\nOn July 3, 2025 a ferry sank."), None);
    }

    #[test]
    fn a_date_line_marks_its_span() {
        let docs = from_text(
            "a.txt",
            "Title\n\nNovember 17, 2025\n\nKast won 23.9%.".into(),
            Format::Text,
        )
        .unwrap();
        let span = docs[0].dateline_span.unwrap();
        assert_eq!(&docs[0].text[span.start..span.end], "November 17, 2025");
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
