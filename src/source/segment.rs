//! Sentences: split at `.`, `!` and `?` followed by a space and a capital, a digit or a
//! quote, except after a news abbreviation (U.S., Oct., Mr., No., a.m.), and always at
//! a line break.

use super::offsets::Span;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

fn abbreviations() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        crate::lexicon::get()
            .abbreviations
            .abbreviations
            .iter()
            .map(String::as_str)
            .collect()
    })
}

/// The sentences of `text`, trimmed, in order.
pub fn sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let push = |s: usize, e: usize, out: &mut Vec<Span>| {
        let piece = &text[s..e];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(Span::new(s + lead, s + lead + trimmed.len()));
        }
    };
    let mut i = 0;
    // Only line breaks and stops can end a sentence: jump from one to the next.
    let mut next_break = memchr::memchr(b'\n', bytes).unwrap_or(bytes.len());
    while i < bytes.len() {
        if next_break < i {
            next_break = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |p| i + p);
        }
        let stop = memchr::memchr3(b'.', b'!', b'?', &bytes[i..next_break]);
        i = stop.map_or(next_break, |p| i + p);
        if i >= bytes.len() {
            break;
        }
        let c = bytes[i];
        if c == b'\n' {
            push(start, i, &mut out);
            start = i + 1;
        } else if matches!(c, b'.' | b'!' | b'?') && ends_sentence(text, i) {
            // Keep closing quotes and brackets with the sentence they close.
            let mut e = i + 1;
            while e < bytes.len() && matches!(bytes[e], b'"' | b'\'' | b')') {
                e += 1;
            }
            push(start, e, &mut out);
            start = e;
            i = e;
            continue;
        }
        i += 1;
    }
    push(start, bytes.len(), &mut out);
    out
}

fn ends_sentence(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let mut j = i + 1;
    while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
        j += 1;
    }
    if j >= bytes.len() {
        return true;
    }
    if bytes[j] != b' ' && bytes[j] != b'\t' {
        return false;
    }
    let next = text[j..].trim_start().chars().next();
    if !next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || n == '"' || n == '\'') {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    // The token before the period, to spot abbreviations and initials.
    let word_start = text[..i]
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |p| super::offsets::after(text, p));
    let word = &text[word_start..i];
    // Initials of a name ("K.P. Sharma Oli") are written as an abbreviation is.
    let initials = word.len() > 1
        && word
            .split('.')
            .all(|p| p.len() == 1 && p.as_bytes()[0].is_ascii_uppercase());
    if initials || abbreviations().contains(word) {
        // "U.S." ends a sentence when a new one clearly starts after it.
        let after = text[j..].trim_start();
        let starts_new = [
            "The ", "It ", "He ", "She ", "They ", "We ", "But ", "In ", "A ",
        ]
        .iter()
        .any(|w| after.starts_with(w));
        return word.contains('.') && starts_new;
    }
    // A single capital is an initial ("George E. Glass").
    !(word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn news_abbreviations_do_not_split() {
        assert_eq!(
            split("Mr. Glass met Gov. Lee on Oct. 29 at 10 a.m. The U.S. agreed. It ended."),
            vec![
                "Mr. Glass met Gov. Lee on Oct. 29 at 10 a.m.",
                "The U.S. agreed.",
                "It ended."
            ]
        );
    }

    #[test]
    fn initials_do_not_split() {
        assert_eq!(
            split("Prime Minister K.P. Sharma Oli resigned. Talks with J.D. Vance ended."),
            vec![
                "Prime Minister K.P. Sharma Oli resigned.",
                "Talks with J.D. Vance ended."
            ]
        );
    }

    #[test]
    fn line_breaks_and_quotes() {
        assert_eq!(
            split("He said \"yes.\" She left\nNext"),
            vec!["He said \"yes.\"", "She left", "Next"]
        );
    }
}
