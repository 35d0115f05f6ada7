//! Ranks: "Japan is the world's fourth-largest economy", "Japan, the world's third
//! largest economy". A rank is keyed by who holds it (the name nearest before it, a
//! country by its canonical name), the superlative and what it ranks ("largest economy"), the
//! field it ranks in ("world's", "Asia's", "in Europe") and the article's year, so
//! two articles of one year that rank one thing differently disagree, and a rank
//! that changed between years is no conflict.

use super::Claim;
use crate::extract::{Extraction, Kind, Quantity, Unit};
use crate::lexicon;
use crate::source::Document;
use crate::source::offsets::Span;

/// Words after an ordinal that make a streak, not a rank ("third straight year").
const STREAKS: &[&str] = &["straight", "consecutive", "successive", "running"];

/// Words that end what a rank ranks: "economy after", "producer in".
const END: &[&str] = &[
    "after", "behind", "in", "by", "with", "and", "but", "that", "which", "since", "for", "as",
    "to", "from", "at", "on", "is", "was", "has", "had", "will", "would", "said",
];

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>) {
    let Some(published) = d.published else { return };
    let year = published.date.year();
    for m in &e.mentions {
        let Kind::Ordinal(o) = &m.kind else { continue };
        let Some(sup) = o.rank.as_deref() else {
            continue;
        };
        if STREAKS.contains(&sup) {
            continue;
        }
        let s = e.sentences[m.sentence];
        let claim = rank_claim(d, s.start, m.span, s.end, sup, o.value, year);
        out.extend(claim.map(|(key, label, q)| super::figure(doc, m, &q, key, label)));
    }
    // "Toyota, the world's largest automaker": a superlative after a possessive, with
    // no ordinal, ranks first.
    for s in &e.sentences {
        let text = &d.text[s.start..s.end];
        // Apostrophes are rare: find them and look past, rather than set up a
        // substring searcher per sentence.
        let possessives = memchr::memchr_iter(b'\'', text.as_bytes())
            .filter(|&at| text.as_bytes()[at..].starts_with(b"'s "));
        for at in possessives {
            let from = s.start + at + 3;
            let word_end = d.text[from..s.end]
                .find(|c: char| !c.is_ascii_lowercase())
                .map_or(s.end, |p| from + p);
            let mut word_end = word_end;
            // "the world's most populous country": a superlative of two words.
            if d.text[from..word_end] == *"most" && d.text[word_end..s.end].starts_with(' ') {
                let adj = word_end + 1;
                let adj_end = d.text[adj..s.end]
                    .find(|c: char| !c.is_ascii_lowercase())
                    .map_or(s.end, |p| adj + p);
                if adj_end - adj > 3 {
                    word_end = adj_end;
                }
            }
            let sup = &d.text[from..word_end];
            let two_words = sup.starts_with("most ");
            if !two_words
                && (sup.len() < 5 || !sup.ends_with("est") || NOT_SUPERLATIVES.contains(&sup))
            {
                continue;
            }
            let span = Span::new(from, word_end);
            let Some((key, label, q)) = rank_claim(d, s.start, span, s.end, sup, 1, year) else {
                continue;
            };
            out.push(super::figure_at(doc, span, &q, key, label));
        }
    }
}

/// Nouns of a rank that rank one thing, as the key holds them.
const SAME_NOUN: &[(&str, &str)] = &[("nation", "country"), ("automaker", "carmaker")];

/// Words in -est that rank nothing (shorter ones are passed over by length).
const NOT_SUPERLATIVES: &[&str] = &[
    "interest", "forest", "protest", "request", "harvest", "contest", "guest", "arrest", "quest",
    "chest",
];

/// The key, label and value of a rank `value` by `sup` at `span` of a sentence.
fn rank_claim(
    d: &Document,
    start: usize,
    span: Span,
    end: usize,
    sup: &str,
    value: u64,
    year: i16,
) -> Option<(String, String, Quantity)> {
    let after = &d.text[span.end..end];
    let before = &d.text[start..span.start];
    // "Japan, the world's fourth-largest economy" names what it ranks after the
    // rank; "Japan's economy, the fourth largest in the world" before it.
    let (noun, field_after, who) = match ranked(after) {
        Some((noun, field)) => (noun, field, holder(before)?),
        None => {
            let (who, noun) = appositive(before)?;
            (noun, field_after(after), who)
        }
    };
    let field = field_before(before).or(field_after).unwrap_or_default();
    // "the most populous nation" and "the most populous country" rank one thing.
    let noun = SAME_NOUN
        .iter()
        .find(|(a, _)| *a == noun)
        .map_or(noun, |(_, b)| (*b).to_string());
    let value = value as f64;
    let q = Quantity {
        value,
        low: value,
        high: value,
        step: 1.0,
        unit: Unit::Count("rank".into()),
        noun: None,
        hedge: None,
        range: false,
    };
    let field = if field.is_empty() {
        String::new()
    } else {
        format!(" [{field}]")
    };
    Some((
        format!("{who} | {sup} {noun} | rank{field} @{year}"),
        format!("{who} {sup} {noun}"),
        q,
    ))
}

/// What the rank ranks, in lower-case words after it ("economy", "oil importer"), and
/// a field written after it ("in the world", "in Europe").
fn ranked(after: &str) -> Option<(String, Option<String>)> {
    let mut words: Vec<String> = Vec::new();
    let mut field = None;
    let mut at = 0;
    for w in after.split(' ') {
        let here = at;
        at += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        let clean = w.trim_end_matches([',', '.', ';', ':', ')']);
        let lower = clean.to_lowercase();
        if END.contains(&lower.as_str()) {
            // "in the world", "in Europe": the field, when "in" ended the noun.
            if lower == "in" || lower == "on" {
                field = field_after(&after[here..]);
            }
            break;
        }
        if clean.is_empty()
            || !clean.chars().all(|c| c.is_lowercase() || c == '-')
            || words.len() == 3
        {
            break;
        }
        words.push(lower);
        if clean.len() != w.len() {
            break;
        }
    }
    if words.is_empty() {
        return None;
    }
    Some((words.join(" "), field))
}

/// What a rank standing alone in an aside ranks, and who holds it, from the phrase
/// the aside follows: "Japan's economy, the" and "The economy of Japan, the world's"
/// are Japan's economy. Only an aside: with no comma right before, nothing.
fn appositive(before: &str) -> Option<(String, String)> {
    let comma = before.rfind(", ")?;
    let aside = before[comma + 2..].trim_end();
    let aside = aside.strip_prefix("the ").unwrap_or(aside);
    // "the", "the world's", "Asia's": no more than the field before the rank.
    if aside.contains(' ') || !(aside == "the" || aside.ends_with("'s") || aside.is_empty()) {
        return None;
    }
    let head: Vec<&str> = before[..comma].split_whitespace().rev().take(4).collect();
    let lex = lexicon::get();
    let named = |w: &str| {
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w);
        (w.starts_with(|c: char| c.is_uppercase()))
            .then(|| lex.country(w).map_or_else(|| w.to_string(), str::to_string))
    };
    let lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
    match head.as_slice() {
        // "Japan's economy"
        [noun, owner, ..] if lower(noun) && owner.ends_with("'s") => {
            Some((named(owner)?, noun.to_string()))
        }
        // "the economy of Japan"
        [owner, "of", noun, ..] if lower(noun) => Some((named(owner)?, noun.to_string())),
        _ => None,
    }
}

/// The field "in" leads to: "in the world", "in Europe", after a rank's noun or
/// right after a rank with none ("largest in the world").
fn field_after(text: &str) -> Option<String> {
    let mut ws = text.split_whitespace();
    let on = match ws.next()? {
        p if p.eq_ignore_ascii_case("in") => false,
        p if p.eq_ignore_ascii_case("on") => true,
        _ => return None,
    };
    let mut word = ws.next()?;
    if word == "the" {
        word = ws.next()?;
    }
    let word = word.trim_end_matches([',', '.', ';', ':', ')']);
    // "on earth", "on the planet": the world; on anything else, no field.
    if on {
        return matches!(word, "earth" | "Earth" | "planet").then(|| "world".to_string());
    }
    (word == "world" || word.starts_with(|c: char| c.is_uppercase())).then(|| field_name(word))
}

/// The field a possessive right before the rank names: "the world's" -> "world",
/// "Asia's" -> "Asia", "China's" -> "China".
fn field_before(before: &str) -> Option<String> {
    let at = field_start(before);
    let last = &before.trim_end()[at..];
    let owner = last
        .strip_suffix("'s")
        .or_else(|| last.strip_suffix("\u{2019}s"))?;
    (!owner.is_empty()).then(|| field_name(owner))
}

/// Where the possessive before a rank starts: its last word, or the country of
/// several words it ends ("Hong Kong's deadliest fire" ranks in Hong Kong).
fn field_start(before: &str) -> usize {
    let text = before.trim_end();
    let last = text.rfind(' ').map_or(0, |p| p + 1);
    let owner = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("\u{2019}s"))
        .unwrap_or(text);
    let mut at = last;
    for _ in 0..3 {
        let Some(p) = text[..at].trim_end().rfind(' ') else {
            break;
        };
        if lexicon::get().country(&owner[p + 1..]).is_some() {
            return p + 1;
        }
        at = p;
    }
    last
}

/// A field's name: the world in lower case, a country by its canonical name.
fn field_name(word: &str) -> String {
    if word.eq_ignore_ascii_case("world") {
        return "world".into();
    }
    lexicon::get()
        .country(word)
        .map_or_else(|| word.to_string(), str::to_string)
}

/// Who holds the rank: the name nearest before it, within eight words ("Japan is
/// the world's", "Japan, the world's", "In Germany, the AfD became the"), a country
/// by its canonical name. A pronoun or no name: nobody. A name that was overtaken
/// holds nothing: "India overtook Japan to become the fourth-largest" is India's.
fn holder(before: &str) -> Option<String> {
    let field_at = field_start(before);
    let text = &before[..field_at];
    let (at, mut name) = nearest_name(text)?;
    // Once only: "A overtook B, which had passed C, to become" is past reading.
    let lead = text[..at].trim_end();
    let verb = lead.rsplit(' ').next().unwrap_or("");
    if OVERTAKING.contains(&verb) {
        name = nearest_name(&lead[..lead.len() - verb.len()])?.1;
    }
    let lex = lexicon::get();
    Some(lex.country(&name).map_or(name.clone(), str::to_string))
}

/// Verbs of passing another in a rank: the one after them is passed, not ranked.
const OVERTAKING: &[&str] = &[
    "overtook",
    "overtaking",
    "overtaken",
    "surpassed",
    "surpassing",
    "passed",
    "displaced",
    "displacing",
    "replaced",
    "replacing",
    "unseated",
    "dethroned",
    "eclipsed",
    "leapfrogged",
];

/// The run of capitalised words nearest the end of `text`, within eight words, and
/// where it starts.
fn nearest_name(text: &str) -> Option<(usize, String)> {
    let lex = lexicon::get();
    // Each word with its offset (a slice of `text`, so the offset is exact).
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let mut run: Vec<&str> = Vec::new();
    let mut start = 0;
    for &(at, w) in words.iter().rev().take(8) {
        let clean = w
            .trim_end_matches([',', '.', ';', ':'])
            .trim_end_matches("'s")
            .trim_end_matches('\u{2019}');
        // A pronoun stands for a name elsewhere; a dash ends a dateline; a question
        // word opens a headline's question ("What caused Spain's deadliest crash?").
        if [
            "It", "Its", "He", "She", "They", "This", "That", "it", "its", "he", "she", "they",
            "this", "that", "which", "who", "-", "\u{2014}", "\u{2013}", "What", "Why", "How",
            "When", "Where", "Who", "Which",
        ]
        .contains(&clean)
        {
            break;
        }
        let named = clean.starts_with(|c: char| c.is_uppercase())
            && !["The", "A", "An", "In"].contains(&clean)
            && lex.month(clean).is_none()
            && lex.weekday(clean).is_none();
        if named {
            run.push(clean);
            start = at;
            if run.len() == 4 {
                break;
            }
        } else if !run.is_empty() {
            break;
        }
    }
    run.reverse();
    let name = run.join(" ");
    (!name.is_empty()).then_some((start, name))
}

#[cfg(test)]
mod tests {
    use super::{field_before, ranked};

    #[test]
    fn what_a_rank_ranks() {
        assert_eq!(
            ranked(" economy after Germany"),
            Some(("economy".into(), None))
        );
        assert_eq!(
            ranked(" oil importer in the world."),
            Some(("oil importer".into(), Some("world".into())))
        );
        assert_eq!(ranked(" in Asia"), None);
        assert_eq!(
            ranked(" nation on earth."),
            Some(("nation".into(), Some("world".into())))
        );
        assert_eq!(ranked(" nation on Monday"), Some(("nation".into(), None)));
        assert_eq!(field_before("Japan is the world's "), Some("world".into()));
        assert_eq!(field_before("India became Asia's "), Some("Asia".into()));
        assert_eq!(field_before("Japan is the "), None);
        assert_eq!(
            field_before("the blaze was Hong Kong's "),
            Some("Hong Kong".into())
        );
    }

    /// The name nearest before the rank holds it, not the country of the clause:
    /// two parties' ranks in one country are apart.
    #[test]
    fn the_nearest_name_holds_the_rank() {
        assert_eq!(
            super::holder("Japan is the world's ").as_deref(),
            Some("Japan")
        );
        assert_eq!(
            super::holder("Japan, the world's ").as_deref(),
            Some("Japan")
        );
        assert_eq!(
            super::holder("In Germany, the AfD became the ").as_deref(),
            Some("AfD")
        );
        assert_eq!(super::holder("It is the "), None);
        assert_eq!(super::holder("Sanchez said it was "), None);
        assert_eq!(super::holder("TOKYO, Feb 18 - It is the "), None);
        assert_eq!(super::holder("What caused Spain's "), None);
        // The one overtaken holds nothing; the one overtaking holds the rank.
        assert_eq!(
            super::holder("India overtook Japan to become the ").as_deref(),
            Some("India")
        );
        assert_eq!(super::holder("It surpassed Japan to become the "), None);
    }

    /// Two articles of one year that rank one economy differently disagree; a rank
    /// in another field (Asia) or another year is apart, and a streak is no rank.
    #[test]
    fn ranks_of_one_thing_meet() {
        let f = crate::rules::testing::check(
            &[
                "TOKYO, Feb 18 - Japan is the world's fourth-largest economy after Germany overtook it.",
                "TOKYO, Feb 18 - Japan, the world's fourth-largest economy, grew 2.8%.",
                "TOKYO, Feb 18 - Japan, the world's third-largest economy, grew 2.8%.",
                "TOKYO, Feb 18 - Japan is Asia's second-largest economy.",
                "TOKYO, Feb 18 - Japan won for the third straight year.",
                "TOKYO, Feb 18 - Toyota, the world's largest automaker, sold more cars.",
                "TOKYO, Feb 18 - Toyota, the world's second-largest automaker, sold more cars.",
                "TOKYO, Feb 18 - Toyota, the world's largest automaker, sold more.",
                "TOKYO, Feb 18 - The world's interest rates rose.",
                // What an aside ranks is the phrase it follows.
                "TOKYO, Feb 18 - Japan's economy, the fourth largest in the world, grew.",
                "TOKYO, Feb 18 - The economy of Japan, the world's fifth-largest, grew.",
                "TOKYO, Feb 18 - Japan's exports, the largest in Asia, grew.",
            ],
            Some("2025-02-18"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            texts,
            vec!["third-largest", "second-largest", "fifth-largest"],
            "{f:?}"
        );
    }
}
