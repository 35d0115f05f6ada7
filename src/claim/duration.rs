//! How long an event lasted: "the record 43-day shutdown", "a heist that lasted
//! about seven minutes". Two reports of one event's length disagree when they give
//! two lengths in one unit. Only events that last and end are read (events.yaml
//! `lasting`): a "10-year bond" is a kind of thing, not a length anyone reports.
//! An earlier event the sentence compares with ("longer than the 35-day shutdown",
//! "the previous 35-day record") is another event, and is left out.

use super::Claim;
use crate::extract::{Extraction, Kind, Unit};
use crate::lexicon;
use crate::source::Document;
use crate::source::offsets::Span;

/// Words shortly before a length that make its event an earlier one the sentence
/// compares with.
const EARLIER: &[&str] = &[
    "than",
    "previous",
    "prior",
    "earlier",
    "former",
    "last",
    "since",
    "surpassing",
    "surpassed",
    "surpasses",
    "eclipsing",
    "eclipsed",
    "topping",
    "topped",
    "beating",
    "beat",
    "broke",
    "breaking",
    "exceeding",
    "exceeded",
    "outlasting",
    "outlasted",
];

/// Verbs between an event and its length: "a heist that lasted", "the talks, which
/// lasted".
const LASTED: &[&str] = &["lasted", "lasting", "spanned", "ran for", "went on for"];

/// Verbs that end an event after its length: "the shutdown ended after 41 days".
/// Looked for only when "after" stands just before the length.
const ENDED_AFTER: &[&str] = &["ended after", "ends after", "came to an end after"];

/// The most words of a clause before its verb [`lasted_event`] reads for the event:
/// "The longest government shutdown in American history ended after 41 days".
const CLAUSE_WORDS: usize = 8;

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        let Unit::Time(unit) = &q.unit else { continue };
        if keyed[i] || q.range {
            continue;
        }
        let s = e.sentences[m.sentence];
        let text = &d.text[m.span.start..m.span.end];
        let before = &d.text[s.start..m.span.start];
        let after = &d.text[m.span.end..s.end];
        let event = if text.contains('-') {
            compound_event(after)
        } else {
            lasted_event(before)
        };
        let Some(event) = event else { continue };
        if compares_earlier(before) {
            continue;
        }
        let time = super::generic::time_of(d, e, i, Span::new(s.start, s.end));
        let time = super::generic::at_time(&time);
        keyed[i] = true;
        out.push(super::figure(
            doc,
            m,
            q,
            format!("{event} | duration | {unit}{time}"),
            format!("{event} duration"),
        ));
    }
}

/// Is a word the name of an event that lasts, or does a two-word name end at it?
fn lasting(words: &[&str]) -> Option<String> {
    let lex = lexicon::get();
    let known = |p: &str| lex.events.lasting.iter().any(|l| l == p);
    let n = words.len();
    if n >= 2 {
        let two = format!("{} {}", words[n - 2], words[n - 1]);
        if known(&two) {
            return Some(two);
        }
    }
    words.last().filter(|w| known(w)).map(|w| w.to_string())
}

/// The event a hyphenated length stands before: "43-day shutdown", "43-day
/// government shutdown", "12-day-long war". The first noun of the lasting list among
/// the next three lower-case words is the event.
fn compound_event(after: &str) -> Option<String> {
    let after = after.strip_prefix("-long").unwrap_or(after);
    let rest = after.strip_prefix(' ')?;
    let mut words: Vec<&str> = Vec::new();
    for w in rest.split(' ').take(3) {
        let clean = w.trim_end_matches([',', '.', ';', ':', ')']);
        if clean.is_empty() || !clean.chars().all(|c| c.is_lowercase() || c == '-') {
            break;
        }
        words.push(clean);
        if let Some(event) = lasting(&words) {
            return Some(event);
        }
        if clean.len() != w.len() {
            break;
        }
    }
    None
}

/// The event before "lasted": "a heist that lasted about seven minutes", "The
/// talks, which lasted", "the shutdown lasted 43 days".
fn lasted_event(before: &str) -> Option<String> {
    let lower = before.to_ascii_lowercase();
    let after_just_before = lower.split_whitespace().rev().take(3).any(|w| w == "after");
    let verbs = if after_just_before {
        ENDED_AFTER
    } else {
        LASTED
    };
    let (at, len) = verbs
        .iter()
        .filter_map(|l| lower.rfind(l).map(|p| (p, l.len())))
        .max()?;
    // Only a hedge between the verb and the length: "lasted about seven minutes".
    let between = lower[at + len..].trim();
    if between.split_whitespace().count() > 2 {
        return None;
    }
    let head = lower[..at].trim_end();
    let head = head
        .strip_suffix(" that")
        .or_else(|| head.strip_suffix(", which"))
        .or_else(|| head.strip_suffix(" which"))
        .unwrap_or(head);
    let words: Vec<&str> = head
        .split(' ')
        .rev()
        .take(2)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    lasting(&words).or_else(|| clause_event(head))
}

/// The first event named in the clause before a verb of lasting, when the event
/// is not the verb's next word back: "the longest government shutdown in American
/// history". The first, for the clause's subject comes first.
fn clause_event(head: &str) -> Option<String> {
    // A dateline's dash ends a clause too: "WASHINGTON, Nov 13 - The shutdown".
    let clause = head
        .rsplit([',', ';', ':', '\u{2014}', '\u{2013}'])
        .next()
        .unwrap_or(head);
    let clause = clause.rsplit(" - ").next().unwrap_or(clause);
    let words: Vec<&str> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    if words.len() > CLAUSE_WORDS {
        return None;
    }
    (1..=words.len()).find_map(|end| lasting(&words[end.saturating_sub(2)..end]))
}

/// Does an earlier event's word stand among the six words before the length?
fn compares_earlier(before: &str) -> bool {
    before.split_whitespace().rev().take(6).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        EARLIER.contains(&w.as_str())
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    fn keys(articles: &[&str]) -> Vec<(String, String)> {
        crate::claim::test_keys_with(articles, "| duration |")
    }

    #[test]
    fn an_events_length_is_keyed_however_it_is_written() {
        let k = keys(&[
            "WASHINGTON, Nov 13, 2025 - The record 43-day shutdown ended late Wednesday.",
            "WASHINGTON, Nov 13, 2025 - The government shutdown lasted 43 days.",
            "PARIS, Oct 19, 2025 - Thieves carried out a heist that lasted about seven minutes.",
            "WASHINGTON, Nov 13, 2025 - The longest government shutdown in American history \
             ended after 41 days.",
            "PARIS, Oct 20, 2025 - The raid on the Louvre, which lasted four minutes, shocked France.",
        ]);
        let texts: Vec<(&str, &str)> = k.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            texts,
            [
                ("shutdown | duration | day", "43-day"),
                ("shutdown | duration | day", "43 days"),
                ("heist | duration | minute", "about seven minutes"),
                ("shutdown | duration | day", "41 days"),
                ("raid | duration | minute", "four minutes"),
            ],
            "{k:?}"
        );
    }

    #[test]
    fn kinds_of_things_and_earlier_events_are_no_length() {
        let k = keys(&[
            "WASHINGTON, Nov 13, 2025 - The 10-year bond yield rose. A five-year plan was unveiled. Lee won a single five-year term.",
            "GAZA, Nov 13, 2025 - The 12-day war with Iran ended in June. A 24-hour strike began. The three-day visit ended.",
            "WASHINGTON, Nov 13, 2025 - It was longer than the 35-day shutdown of Trump's first term.",
            "WASHINGTON, Nov 13, 2025 - The shutdown surpassed the previous 35-day record.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    #[test]
    fn two_lengths_of_one_event_disagree() {
        let f = check(
            &[
                "WASHINGTON, Nov 13, 2025 - The 43-day shutdown ended on Wednesday.",
                "WASHINGTON, Nov 13, 2025 - The shutdown, which lasted 43 days, ended.",
                "WASHINGTON, Nov 14, 2025 - The 41-day shutdown, the longest ever, ended.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["41-day"], "{f:?}");
    }
}
