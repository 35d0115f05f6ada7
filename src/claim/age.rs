//! Ages of named people: "Friedrich Merz, 69, said", "Merz, aged 69,", "the
//! 69-year-old Friedrich Merz". An age is a fact a batch states many times and gets
//! wrong often, and it changes once a year: it is keyed by the person's surname and
//! the article's month, so the reports of a month meet (a birthday between two of
//! them is the rare false alarm this accepts) and last year's age is apart.

use super::{Claim, Layer, Value};
use crate::extract::{Extraction, Kind, Quantity, Unit};
use crate::lexicon;
use crate::source::Document;
use crate::source::offsets::Span;

/// The oldest age taken as one: past it, ", 150," is some other figure.
const OLDEST: f64 = 120.0;

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &[bool]) {
    let Some(published) = d.published else { return };
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        if keyed[i] || q.hedge.is_some() || q.range || !(1.0..=OLDEST).contains(&q.value) {
            continue;
        }
        if q.value.fract() != 0.0 {
            continue;
        }
        let s = e.sentences[m.sentence];
        let before = &d.text[s.start..m.span.start];
        let after = &d.text[m.span.end..s.end];
        // The name, and where it starts in the text.
        let name = match &q.unit {
            Unit::Number
                if d.text[m.span.start..m.span.end]
                    .bytes()
                    .all(|b| b.is_ascii_digit()) =>
            {
                appositive(before, after)
                    .or_else(|| stated(before, after, &d.text))
                    .and_then(|n| before.rfind(&n).map(|at| (s.start + at, n)))
            }
            Unit::Time(t) if t == "year" => after.strip_prefix("-old ").and_then(|rest| {
                name_at_start(rest)
                    .filter(|n| !before_a_person_noun(rest, n))
                    .map(|n| (s.end - rest.len(), n))
            }),
            _ => None,
        };
        let Some((at, name)) = name else { continue };
        // A full name is also a spelling to compare with the batch's others; one
        // with a title in it ("Outgoing President Gabriel Boric") is the role's.
        if name.contains(' ') && !name.split(' ').any(title_word) {
            out.push(Claim::new(
                doc,
                Span::new(at, at + name.len()),
                super::office::AGED,
                super::office::label(super::office::AGED),
                Value::Person {
                    name: name.clone(),
                    former: false,
                    bare: false,
                },
                Layer::Generic,
                None,
            ));
        }
        let surname = name.rsplit(' ').next().unwrap_or(&name).to_string();
        let age = Quantity {
            low: q.value,
            high: q.value,
            step: 1.0,
            unit: Unit::Time("year".into()),
            ..q.clone()
        };
        out.push(super::figure(
            doc,
            m,
            &age,
            format!(
                "{surname} | age | years @as of {}",
                published.date.strftime("%Y-%m")
            ),
            format!("{name} age"),
        ));
    }
}

/// Is `w` a word of an office's title or a marker of one ("Prime", "Outgoing")?
fn title_word(w: &str) -> bool {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let t = &lexicon::get().titles;
        t.titles
            .iter()
            .flat_map(|x| std::iter::once(&x.canonical).chain(&x.variants))
            .chain(&t.former)
            .chain(&t.future)
            .flat_map(|p| p.split([' ', '-']))
            .map(str::to_lowercase)
            .filter(|w| !w.is_empty())
            .collect()
    });
    // "Mayor-elect" is a title however it is joined.
    w.split('-').any(|p| words.contains(&p.to_lowercase()))
}

/// "Friedrich Merz, 69, said", "Merz, aged 69,", "Pope Francis (88)": the name just
/// before an age set off by commas or brackets.
fn appositive(before: &str, after: &str) -> Option<String> {
    let before = before.trim_end();
    let (head, closes) = if let Some(h) = before.strip_suffix('(') {
        (h, ')')
    } else if let Some(h) = before.strip_suffix(',') {
        (h, ',')
    } else if let Some(h) = before
        .strip_suffix("aged")
        .and_then(|h| h.trim_end().strip_suffix(','))
    {
        (h, ',')
    } else {
        return None;
    };
    if !after.starts_with(closes) {
        return None;
    }
    name_at_end(head.trim_end())
}

/// "Jara is 51 and Kast is 58": a name, "is", then a number that ends its clause.
/// The name must be a person's the article gives in full ("Jose Antonio Kast"), so
/// "Section 3 is 5" or "Apple is 49" is no age.
fn stated(before: &str, after: &str, text: &str) -> Option<String> {
    let head = before.strip_suffix(" is ")?;
    let ends = after.is_empty()
        || after.starts_with(['.', ',', ';'])
        || after.starts_with(" and ")
        || after.starts_with(" years old");
    if !ends {
        return None;
    }
    let name = name_at_end(head)?;
    let surname = name.rsplit(' ').next().unwrap_or(&name);
    let in_full = name.contains(' ')
        || text.match_indices(surname).any(|(at, _)| {
            text[..at]
                .strip_suffix(' ')
                .and_then(|t| t.rsplit(' ').next())
                .is_some_and(name_word)
        });
    in_full.then_some(name)
}

/// Nouns for a person that a capitalised adjective may stand before: "a 42-year-old
/// Belgian woman" names nobody.
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "student",
    "tourist",
    "soldier",
    "worker",
    "national",
    "citizen",
    "resident",
    "mother",
    "father",
    "son",
    "daughter",
    "teenager",
    "driver",
    "pilot",
    "player",
    "journalist",
    "nurse",
    "doctor",
    "farmer",
    "officer",
    "activist",
    "migrant",
    "businessman",
    "businesswoman",
    "grandmother",
    "grandfather",
];

/// Does a person noun follow the name run ("Belgian woman")?
fn before_a_person_noun(text: &str, name: &str) -> bool {
    text.get(name.len()..)
        .and_then(|rest| rest.split_whitespace().next())
        .map(|w| w.trim_end_matches([',', '.', ';', ':']).to_lowercase())
        .is_some_and(|w| PERSON_NOUNS.contains(&w.as_str()))
}

/// Capitalised words that are no one's name, at either end of a run.
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Its", "Their", "His", "Her", "This",
    "That", "With", "After", "While", "As", "By", "Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms.",
];

/// Is `w` a word of a person's name: capitalised, no country, month or weekday?
fn name_word(w: &str) -> bool {
    let lex = lexicon::get();
    w.starts_with(|c: char| c.is_uppercase())
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.')
        && !NOT_NAMES.contains(&w)
        && lex.country(w).is_none()
        && lex.month(w).is_none()
        && lex.weekday(w).is_none()
}

/// The last one to four name words of `text`, none of them sentence punctuation away.
fn name_at_end(text: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for w in text.rsplit(' ') {
        // "New York Mayor-elect Zohran Mamdani, 33": the name ends at its title.
        if words.len() == 4 || !name_word(w) || title_word(w) {
            break;
        }
        words.push(w);
    }
    words.reverse();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The first one to four name words of `text`: "Pope Francis died" -> "Pope Francis".
fn name_at_start(text: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for w in text.split(' ') {
        let clean = w.trim_end_matches([',', '.', ';', ':']);
        if words.len() == 4 || !name_word(clean) {
            break;
        }
        words.push(clean);
        if clean.len() != w.len() {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::{appositive, name_at_start};

    #[test]
    fn an_age_between_commas_after_a_name() {
        assert_eq!(appositive("Friedrich Merz", ", said"), None);
        assert_eq!(
            appositive("Friedrich Merz, ", ", said he").as_deref(),
            Some("Friedrich Merz")
        );
        assert_eq!(
            appositive("said Merz, aged ", ", on").as_deref(),
            Some("Merz")
        );
        assert_eq!(
            appositive("Pope Francis (", ") died").as_deref(),
            Some("Pope Francis")
        );
        // No name before the comma, or no comma after: no age.
        assert_eq!(appositive("In 2019, ", ", the"), None);
        assert_eq!(appositive("the suspect, ", ", was"), None);
        assert_eq!(appositive("Merz, ", " seats"), None);
    }

    #[test]
    fn an_age_stated_of_a_person_named_in_full() {
        let text = "Jose Antonio Kast ran. Jara is 51 and Kast is 58.";
        assert_eq!(super::stated("Jara is ", " and", text), None);
        assert_eq!(
            super::stated("and Kast is ", ".", text).as_deref(),
            Some("Kast")
        );
        assert_eq!(super::stated("Apple is ", ".", "Apple is 49."), None);
        assert_eq!(super::stated("Kast is ", "% of", text), None);
    }

    #[test]
    fn a_name_after_year_old() {
        assert_eq!(
            name_at_start("Pope Francis died").as_deref(),
            Some("Pope Francis")
        );
        assert_eq!(name_at_start("student was shot"), None);
        assert!(super::before_a_person_noun("Belgian woman was", "Belgian"));
        assert!(!super::before_a_person_noun("Merz said", "Merz"));
    }

    /// Two reports of one day's age meet; a wrong one is flagged; a surname alone
    /// meets the full name; a different person's age is apart.
    #[test]
    fn ages_of_one_person_meet() {
        let f = crate::rules::testing::check(
            &[
                "Friedrich Merz, 69, said he wanted a government by Easter.",
                "Merz, aged 69, spoke in Berlin.",
                "The 69-year-old Merz spoke on Monday.",
                "Olaf Scholz, 66, conceded.",
                "Friedrich Merz, 70, said he would lead.",
            ],
            Some("2025-02-24"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["70"], "{f:?}");
    }
}
