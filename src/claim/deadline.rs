//! The time someone is given to act: "The Commission gave Google 60 days to
//! propose a remedy", "Google has 90 days to tell the Commission". Two reports of one
//! ultimatum disagree when they give its holder two lengths in one unit. Only a
//! named holder is read: "most staff would get 90 days" names no one to compare.

use super::Claim;
use crate::extract::{Extraction, Kind, Unit};
use crate::source::Document;
use crate::source::offsets::Span;

/// Verbs whose object is given the time: "gave Google 60 days".
const GIVEN_BY: &[&str] = &[
    "gave", "gives", "give", "giving", "granted", "grants", "allowed",
];

/// Verbs whose subject holds the time: "Google has 90 days", "Putin was given".
const HOLDS: &[&str] = &["has", "have", "had", "gets", "get", "got", "given"];

/// Words between a holder and [`HOLDS`]: "Google will have", "Iran has been given".
const AUXILIARIES: &[&str] = &[
    "will", "would", "now", "still", "only", "just", "been", "was", "were", "is", "be", "has",
    "had",
];

/// Capitalised words that start a sentence and name no one.
const NOT_HOLDERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "They",
    "He",
    "She",
    "We",
    "This",
    "That",
    "Those",
    "These",
    "Its",
    "Their",
    "His",
    "Her",
    "Officials",
    "Companies",
    "Firms",
];

/// The most capitalised words a holder's name is read back over ("Russian President
/// Vladimir Putin"); its last two are kept, as a person's name or a body's.
const NAME_WORDS: usize = 4;

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    let mut found: Vec<(usize, String)> = Vec::new();
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        if keyed[i] || q.range || !matches!(q.unit, Unit::Time(_)) {
            continue;
        }
        let s = e.sentences[m.sentence];
        if !to_act(&d.text[m.span.end..s.end]) {
            continue;
        }
        if let Some(holder) = holder(&d.text[s.start..m.span.start]) {
            found.push((i, holder));
        }
    }
    for (i, holder) in &found {
        // One holder given two lengths in one article ("60 days to propose, 90 to
        // comply") holds two deadlines: which one another article gives is unsaid.
        let lengths = found
            .iter()
            .filter(|(j, h)| h == holder && e.mentions[*j].span != e.mentions[*i].span)
            .count();
        if lengths > 0 {
            continue;
        }
        let m = &e.mentions[*i];
        let Kind::Quantity(q) = &m.kind else { continue };
        let Unit::Time(unit) = &q.unit else { continue };
        let s = e.sentences[m.sentence];
        let time = super::generic::time_of(d, e, *i, Span::new(s.start, s.end));
        keyed[*i] = true;
        out.push(super::figure(
            doc,
            m,
            q,
            format!(
                "{holder} | deadline | {unit}{}",
                super::generic::at_time(&time)
            ),
            format!("{holder}'s deadline"),
        ));
    }
}

/// Does "to" and a verb follow the length ("60 days to propose")? Not "to 90 days",
/// a range's second end.
fn to_act(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" to ") else {
        return false;
    };
    let verb = rest
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_ascii_punctuation());
    verb.len() > 1 && verb.chars().all(|c| c.is_ascii_lowercase()) && !NOT_VERBS.contains(&verb)
}

/// Lower-case words after "to" that start no verb: "30 days to the day".
const NOT_VERBS: &[&str] = &["the", "a", "an", "its", "their", "this", "that", "date"];

/// The holder of the time, by the words just before it: the object of a giving
/// verb ("gave Google") or the subject of a holding one ("Google has", "Iran was
/// given").
fn holder(before: &str) -> Option<String> {
    let words: Vec<&str> = before
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    let mut end = words.len();
    let last = words.last()?;
    if HOLDS.iter().any(|h| h.eq_ignore_ascii_case(last)) {
        end -= 1;
        while end > 0 && AUXILIARIES.contains(&words[end - 1]) {
            end -= 1;
        }
        return name_ending(&words[..end]);
    }
    let mut start = end;
    while start > 0 && end - start < NAME_WORDS && capitalised(words[start - 1]) {
        start -= 1;
    }
    let verb = words.get(start.checked_sub(1)?)?;
    GIVEN_BY
        .contains(&verb.to_ascii_lowercase().as_str())
        .then(|| name_ending(&words[..end]))
        .flatten()
}

/// The capitalised name `words` end with, its last two words at most.
fn name_ending(words: &[&str]) -> Option<String> {
    let mut start = words.len();
    while start > 0 && words.len() - start < NAME_WORDS && capitalised(words[start - 1]) {
        start -= 1;
    }
    let run: Vec<&str> = words[start..]
        .iter()
        .copied()
        .skip_while(|w| NOT_HOLDERS.contains(w))
        .collect();
    let keep = run.len().saturating_sub(2);
    (!run.is_empty()).then(|| run[keep..].join(" "))
}

fn capitalised(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with("'s")
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    fn keys(articles: &[&str]) -> Vec<(String, String)> {
        crate::claim::test_keys_with(articles, "| deadline |")
    }

    #[test]
    fn a_holders_time_is_keyed_however_it_is_given() {
        let k = keys(&[
            "BRUSSELS, Sept 5, 2025 - The Commission gave Google 60 days to propose a remedy.",
            "BRUSSELS, Sept 5, 2025 - Google has 90 days to tell the Commission its plan.",
            "WASHINGTON, July 14, 2025 - Trump gave Russian President Vladimir Putin 50 days to agree to a ceasefire.",
            "TEHRAN, Aug 28, 2025 - Iran has been given 30 days to restore inspections.",
        ]);
        assert_eq!(
            k,
            [
                ("Google | deadline | day".to_string(), "60 days".to_string()),
                ("Google | deadline | day".to_string(), "90 days".to_string()),
                (
                    "Vladimir Putin | deadline | day".to_string(),
                    "50 days".to_string()
                ),
                ("Iran | deadline | day".to_string(), "30 days".to_string()),
            ]
        );
    }

    #[test]
    fn no_named_holder_or_two_deadlines_is_no_claim() {
        let k = keys(&[
            "SEATTLE, Oct 28, 2025 - Most affected staff would get 90 days to look for a new role.",
            "SEATTLE, Oct 28, 2025 - The company has 30 days to respond.",
            "BRUSSELS, Sept 5, 2025 - Meta has 60 days to propose remedies and Meta has 90 days to comply.",
            "LONDON, Sept 5, 2025 - The strike lasted 60 days to the day.",
            "LONDON, Sept 5, 2025 - Rates rose over 30 days to Friday.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    #[test]
    fn two_lengths_given_one_holder_disagree() {
        let f = check(
            &[
                "BRUSSELS, Sept 5, 2025 - The Commission gave Google 60 days to propose a remedy.",
                "BRUSSELS, Sept 5, 2025 - Google has 90 days to tell the Commission its plan.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["60 days", "90 days"], "{f:?}");
    }
}
