//! Extraction: typed mentions with spans, per document. A byte scan finds where a
//! figure, date or ordinal may start (digits, currency signs, and words from the
//! lexicons); the nom grammars run only there. Roles come from a title automaton per
//! sentence. `resolve` then places dates on the calendar, batch-wide.

pub mod currency;
pub mod date;
pub mod local;
pub mod number;
pub mod ordinal;
pub mod quantity;
pub mod resolve;
pub mod role;
mod shape;

use crate::lexicon;
use crate::source::offsets::{Span, after};
use crate::source::segment;
use rustc_hash::FxHashMap;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub use date::DateExpr;
pub use ordinal::Ordinal;
pub use quantity::{Quantity, Unit};
pub use role::Role;

/// What a mention is.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Quantity(Quantity),
    Date(DateMention),
    Ordinal(Ordinal),
    Role(Role),
    /// A later mention of a person named in full earlier ("Takashi").
    Name {
        person: String,
    },
    /// A span of time with no figure: "several days", "all week", "another month"
    /// (the time unit, singular). No claim is keyed from it.
    Period {
        unit: String,
    },
}

/// A date with its resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    pub expr: DateExpr,
    /// First and last day it can mean, once resolved.
    pub resolved: Option<(jiff::civil::Date, jiff::civil::Date)>,
    /// How it was resolved ("weekday before 2025-10-29 (dateline)").
    pub resolved_from: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    /// Index of the sentence holding it.
    pub sentence: usize,
    pub kind: Kind,
    /// For a parenthetical conversion, the index of the mention it converts.
    pub conversion_of: Option<usize>,
}

/// A document's sentences and mentions.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub sentences: Vec<Span>,
    pub mentions: Vec<Mention>,
}

impl Extraction {
    /// The indices of the mentions in sentence `si`: mentions are sorted by position,
    /// so their sentences never go back, and two binary searches find the run.
    pub fn in_sentence(&self, si: usize) -> std::ops::Range<usize> {
        let a = self.mentions.partition_point(|m| m.sentence < si);
        let b = self.mentions.partition_point(|m| m.sentence <= si);
        a..b.max(a)
    }
}

/// Lower-case words that may start a figure, date or ordinal.
fn starters() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut s = others().clone();
        s.extend(phrases().map(|p| first_word(p)));
        s
    })
}

/// The hedges and calendar phrases: "at least", "last week", "end of", "nearly".
fn phrases() -> impl Iterator<Item = &'static String> {
    let lex = lexicon::get();
    lex.hedges
        .hedges
        .keys()
        .chain(lex.calendar.relative.keys())
        .chain(lex.calendar.weekday_shifts.keys())
        .chain(lex.calendar.month_parts.keys())
}

/// A phrase's first word, without a full stop ("approx." starts "approx").
fn first_word(phrase: &str) -> String {
    phrase
        .split(' ')
        .next()
        .unwrap_or(phrase)
        .trim_end_matches('.')
        .to_string()
}

/// Starters other than the first words of hedges and calendar phrases.
fn others() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let lex = lexicon::get();
        let n = &lex.numbers;
        let mut s: HashSet<String> = HashSet::new();
        s.extend(
            n.units
                .keys()
                .chain(n.tens.keys())
                .chain(n.fractions.keys())
                .cloned(),
        );
        s.extend(lex.ordinals.words.keys().cloned());
        s.extend(lex.ordinals.relative.keys().cloned());
        s.extend(lex.calendar.months.keys().cloned());
        s.extend(lex.calendar.weekdays.keys().cloned());
        for sym in lex.currencies.before.keys() {
            if sym.chars().all(|c| c.is_ascii_alphabetic()) {
                s.insert(sym.to_ascii_lowercase());
            }
        }
        s.extend(
            [
                "a", "an", "between", "fiscal", "fy", "mid", "minus", "negative",
            ]
            .map(String::from),
        );
        s
    })
}

/// The phrases of hedges and calendar words, by their first word, for the first
/// words that start nothing else ("at" of "at least", "in" of "in excess of",
/// "lower" of "lower than"). Such a word is a candidate only where one of its
/// phrases is written: the grammars would try it at every "at" and "in" otherwise.
fn phrase_starters() -> &'static HashMap<String, Vec<String>> {
    static MAP: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let phrases: Vec<&String> = phrases().collect();
        // A first word that is a phrase of its own, or a starter for another reason,
        // stays a candidate everywhere.
        let alone: HashSet<String> = phrases
            .iter()
            .filter(|p| !p.contains(' '))
            .map(|p| first_word(p))
            .collect();
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for p in phrases.iter().filter(|p| p.contains(' ')) {
            let w = first_word(p);
            if !alone.contains(&w) && !others().contains(&w) {
                map.entry(w).or_default().push(p.to_ascii_lowercase());
            }
        }
        map
    })
}

/// Words that may follow "a" or "an" in a figure: a scale or collective ("a
/// million", "a dozen"), a fraction ("a third"), a time unit ("a week", "a year
/// ago"), money in words ("a dollar"), the rest of a hedge ("an estimated"). The
/// article is the commonest word of English; elsewhere it starts nothing.
fn after_article() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let lex = lexicon::get();
        let n = &lex.numbers;
        let mut s: HashSet<String> = n
            .scales
            .keys()
            .chain(n.short_scales.keys())
            .chain(n.collectives.keys())
            .chain(n.fractions.keys())
            .map(|w| w.to_ascii_lowercase())
            .collect();
        s.extend(quantity::TIME_UNITS.iter().map(|w| w.to_string()));
        s.extend(
            quantity::TIME_ABBREVIATIONS
                .iter()
                .map(|(w, _)| w.to_string()),
        );
        for phrase in lex.currencies.after.keys() {
            s.insert(
                phrase
                    .split(' ')
                    .next()
                    .unwrap_or(phrase)
                    .to_ascii_lowercase(),
            );
        }
        for phrase in lex.hedges.hedges.keys() {
            if let Some(rest) = phrase
                .strip_prefix("a ")
                .or_else(|| phrase.strip_prefix("an "))
            {
                s.insert(rest.split(' ').next().unwrap_or(rest).to_ascii_lowercase());
            }
        }
        s
    })
}

/// Can the "a" or "an" that ends at `end` start a figure: is it followed (after
/// spaces, or a hyphen as in "a-third") by a word of [`after_article`]?
fn article_counts(text: &str, end: usize, until: usize) -> bool {
    let rest = &text[end..until];
    let rest = match rest.strip_prefix('-') {
        Some(r) => r,
        None => {
            let r = rest.trim_start_matches([' ', '\t']);
            if r.len() == rest.len() {
                return false;
            }
            r
        }
    };
    let w: String = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'.')
        .map(|b| char::from(b.to_ascii_lowercase()))
        .collect();
    let set = after_article();
    let bare = w.trim_end_matches('.');
    set.contains(&w)
        || set.contains(bare)
        || bare.strip_suffix('s').is_some_and(|one| set.contains(one))
}

/// First words of hedges that start nothing else ("about", "nearly", "over"): a
/// candidate there can only be a figure, so the date and ordinal grammars are not
/// tried.
fn hedge_words() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let lex = lexicon::get();
        let calendar: HashSet<String> = lex
            .calendar
            .relative
            .keys()
            .chain(lex.calendar.weekday_shifts.keys())
            .chain(lex.calendar.month_parts.keys())
            .map(|p| first_word(p))
            .collect();
        lex.hedges
            .hedges
            .keys()
            .filter(|p| p.starts_with(|c: char| c.is_ascii_alphabetic()))
            .map(|p| first_word(p))
            .filter(|w| !calendar.contains(w) && !others().contains(w))
            .collect()
    })
}

/// Is one of `phrases` written at `at`, whole (case-insensitive)?
fn phrase_at(text: &str, at: usize, end: usize, phrases: &[String]) -> bool {
    let t = &text.as_bytes()[at..end];
    phrases.iter().any(|p| {
        t.len() >= p.len()
            && t[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            && t.get(p.len()).is_none_or(|&b| !is_alnum(b))
    })
}

/// Lower-case letters that make a currency sign with a dollar after them ("US$").
fn dollar_prefixes() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        lexicon::get()
            .currencies
            .before
            .keys()
            .filter_map(|k| k.strip_suffix('$'))
            .filter(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphabetic()))
            .map(str::to_ascii_lowercase)
            .collect()
    })
}

/// What the scan needs to know of a lower-case word, found with one lookup per word.
#[derive(Default)]
struct WordRole {
    /// May start a figure, date or ordinal ([`starters`]).
    starter: bool,
    /// Starts only these phrases ([`phrase_starters`]).
    phrases: Option<&'static [String]>,
    /// Starts only hedges ([`hedge_words`]).
    hedge: bool,
    /// Makes a currency sign with a dollar after it ([`dollar_prefixes`]).
    dollar: bool,
    /// Makes a span of time with no figure before a time unit ("several days").
    vague: bool,
}

/// Every word the scan treats specially. Most words of a text are in none of the
/// sets: a word's length and first letter settle most of them, one hash (FxHash,
/// cheap for short keys) the rest.
struct WordRoles {
    map: FxHashMap<String, WordRole>,
    /// The words of letters that have a role.
    shapes: shape::Shapes,
    /// First letters of the tens words, which start glued compounds ("thirtyfirst").
    tens_first: u32,
}

impl WordRoles {
    /// The role of the word of ASCII letters `word`; `lower` is room to lower-case it
    /// in, kept between calls.
    fn get(&self, word: &str, lower: &mut String) -> Option<&WordRole> {
        if !self.shapes.may_hold(word.as_bytes()) {
            return None;
        }
        lower.clear();
        lower.push_str(word);
        lower.make_ascii_lowercase();
        self.map.get(lower.as_str())
    }

    /// Might the word of letters `word` be a glued compound: long, and starting with
    /// a tens word ("thirtyfirst")?
    fn glued(&self, word: &str) -> bool {
        word.len() > 5
            && self.tens_first & shape::letter_bit(word.as_bytes()[0]) != 0
            && lexicon::get().numbers.tens.keys().any(|t| {
                word.get(..t.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(t))
            })
    }
}

fn word_roles() -> &'static WordRoles {
    static ROLES: OnceLock<WordRoles> = OnceLock::new();
    ROLES.get_or_init(|| {
        let mut map: FxHashMap<String, WordRole> = FxHashMap::default();
        for w in starters() {
            map.entry(w.clone()).or_default().starter = true;
        }
        for (w, ps) in phrase_starters() {
            map.entry(w.clone()).or_default().phrases = Some(ps.as_slice());
        }
        for w in hedge_words() {
            map.entry(w.clone()).or_default().hedge = true;
        }
        for w in dollar_prefixes() {
            map.entry(w.clone()).or_default().dollar = true;
        }
        for w in &lexicon::get().calendar.vague_spans {
            map.entry(w.to_ascii_lowercase()).or_default().vague = true;
        }
        // Only words of ASCII letters are looked up: other keys are never asked for,
        // and the shapes do not hold them.
        let mut shapes = shape::Shapes::new();
        for w in map.keys() {
            shapes.insert(w.as_bytes());
        }
        let tens_first = lexicon::get()
            .numbers
            .tens
            .keys()
            .filter_map(|t| t.bytes().next())
            .filter(u8::is_ascii_alphabetic)
            .fold(0, |m, b| m | shape::letter_bit(b));
        WordRoles {
            map,
            shapes,
            tens_first,
        }
    })
}

/// Bytes that start a currency sign ($, US$, ¥, €, £, ₹ ...).
fn currency_lead(b: u8) -> bool {
    matches!(b, b'$' | 0xC2 | 0xE2 | 0xEF)
}

/// A byte of a word: ASCII letter or digit, or part of a non-ASCII character.
pub(crate) fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The word before byte `at` within the sentence, and where it starts.
fn prev_word_at(text: &str, sent_start: usize, at: usize) -> (usize, &str) {
    let before = text[sent_start..at].trim_end_matches([' ', '(']);
    let s = before
        .rfind(|c: char| !c.is_alphanumeric() && c != '-')
        .map_or(0, |p| after(before, p));
    (sent_start + s, &before[s..])
}

fn prev_word(text: &str, sent_start: usize, at: usize) -> &str {
    prev_word_at(text, sent_start, at).1
}

/// Verbs of change: after them "from X to Y" is a change, not a range.
const CHANGE: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "decreases",
    "climbed",
    "climb",
    "dropped",
    "drop",
    "jumped",
    "jump",
    "grew",
    "grow",
    "grown",
    "declined",
    "decline",
    "surged",
    "surge",
    "slumped",
    "slid",
    "raised",
    "raise",
    "raising",
    "cut",
    "cuts",
    "lowered",
    "lower",
    "boosted",
    "boost",
    "reduced",
    "reduce",
    "doubled",
    "tripled",
    "halved",
    "changed",
    "moved",
    "went",
    "shifted",
    "revised",
    "lifted",
    "hiked",
    "slashed",
    "soared",
    "plunged",
    "tumbled",
    "edged",
];

/// Does `before` end with a change verb or "by" ("rose 0.2%", "cut by 5%"): is the
/// figure after it a change rather than a level?
pub(crate) fn change_just_before(before: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    last.eq_ignore_ascii_case("by") || CHANGE.iter().any(|c| c.eq_ignore_ascii_case(last))
}

/// Is there a change verb among the few words before `at` ("rose 20% from")? "down
/// from" and "up from" name an earlier value, which may be a range.
fn change_before(text: &str, sent_start: usize, at: usize) -> bool {
    let words: Vec<String> = text[sent_start..at]
        .split_whitespace()
        .rev()
        .take(5)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    if words.first().is_some_and(|w| w == "down" || w == "up") {
        return false;
    }
    words.iter().any(|w| CHANGE.contains(&w.as_str()))
}

/// "737-800" after "Boeing", "40-22" after "Chiefs": the length of digits, a hyphen
/// and digits (no percent after them) when the word before is a capitalised name,
/// not a month or a weekday.
fn model_or_score(input: &str, prev: &str) -> Option<usize> {
    let lex = lexicon::get();
    if !prev.starts_with(|c: char| c.is_ascii_uppercase())
        || lex.month(prev).is_some()
        || lex.weekday(prev).is_some()
    {
        return None;
    }
    let b = input.as_bytes();
    let a = b.iter().take_while(|c| c.is_ascii_digit()).count();
    // "the ATR 72 aircraft", "a Boeing 737 jet": a maker's model number.
    if a > 0 && lex.numbers.model_makers.iter().any(|m| m == prev) {
        let dash = b.get(a) == Some(&b'-') && b.get(a + 1).is_some_and(u8::is_ascii_digit);
        let n = if dash {
            1 + b[a + 1..].iter().take_while(|c| c.is_ascii_digit()).count()
        } else {
            0
        };
        return Some(a + n);
    }
    if a == 0 || b.get(a) != Some(&b'-') {
        return None;
    }
    let n = b[a + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    let end = a + 1 + n;
    // A percent after it makes a range of shares ("Labour 30-35%").
    (n > 0 && b.get(end) != Some(&b'%')).then_some(end)
}

/// Names that end in a number, split before it: ("S&P", "500"), ("Fortune", "500").
/// From numbers.yaml and from the index names of markets.yaml.
fn numbered_names() -> &'static [(&'static str, &'static str)] {
    static N: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    N.get_or_init(|| {
        let lex = lexicon::get();
        let indices = lex.markets.indices.values().flatten();
        let mut names: Vec<(&str, &str)> = lex
            .numbers
            .numbered_names
            .iter()
            .chain(indices)
            .filter_map(|n| n.rsplit_once(' '))
            .filter(|(_, d)| d.bytes().all(|b| b.is_ascii_digit()))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    })
}

/// "S&P 500 companies", "the FTSE 100 index": the length of the digits that end a
/// numbered name written just before them, when nothing glued to them makes them a
/// figure after all ("FTSE 100,000"?, "Top 40%").
fn numbered_name(before: &str, input: &str) -> Option<usize> {
    let b = input.as_bytes();
    let a = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let glued = match b.get(a) {
        Some(b'%') => true,
        Some(b',' | b'.') => b.get(a + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    };
    if a == 0 || glued {
        return None;
    }
    let before = before.trim_end();
    // Every name ends in a capitalised word or a symbol ("S&P"): most figures follow
    // a lower-case word and need no look at the list.
    let last = before.rsplit(' ').next().unwrap_or("");
    if !last.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    numbered_names()
        .iter()
        .any(|(name, digits)| {
            digits.as_bytes() == &b[..a]
                && before
                    .strip_suffix(name)
                    .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric() || c == '&'))
        })
        .then_some(a)
}

/// Does `text` start with `prefix`, ASCII case-insensitive?
pub(crate) fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    let (t, x) = (text.as_bytes(), prefix.as_bytes());
    t.len() >= x.len() && t[..x.len()].eq_ignore_ascii_case(x)
}

/// Does `text` end with `suffix`, ASCII case-insensitive?
pub(crate) fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    let (t, x) = (text.as_bytes(), suffix.as_bytes());
    t.len() >= x.len() && t[t.len() - x.len()..].eq_ignore_ascii_case(x)
}

/// True where a token is part of a URL or path, whose digits are no figures.
fn in_url(text: &str, at: usize) -> bool {
    let start = text[..at]
        .rfind(char::is_whitespace)
        .map_or(0, |p| after(text, p));
    let end = text[at..]
        .find(char::is_whitespace)
        .map_or(text.len(), |p| at + p);
    let tok = &text[start..end];
    // Two slashes make a path ("/en/news/x"), unless it is all digits ("02/22/2016").
    tok.contains("://")
        || tok.starts_with("www.")
        || (tok.matches('/').count() >= 2 && tok.contains(|c: char| c.is_ascii_alphabetic()))
}

/// Extracts every mention of one document's plain text.
pub fn extract(text: &str) -> Extraction {
    extract_in(text, segment::sentences(text))
}

/// Extracts the mentions of some of a text's sentences (spans stay relative to the
/// whole text), so a huge document can be worked through a section at a time.
pub fn extract_in(text: &str, sentences: Vec<Span>) -> Extraction {
    extract_with(text, sentences, Filter::On)
}

/// Whether a scan skips the words that cannot start anything ("at" with no "at
/// least" after it, "a" with no "dozen"); tests switch it off to check that the
/// skipping never loses a mention.
#[derive(Clone, Copy, PartialEq)]
enum Filter {
    On,
    #[cfg(test)]
    Off,
}

fn extract_with(text: &str, sentences: Vec<Span>, filter: Filter) -> Extraction {
    let mut mentions = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        scan_sentence(text, si, *s, &mut mentions, filter);
        for f in role::roles(text, s.start, s.end) {
            mentions.push(Mention {
                span: Span::new(f.start, f.end),
                sentence: si,
                kind: Kind::Role(f.role),
                conversion_of: None,
            });
        }
    }
    link_names(text, &sentences, &mut mentions);
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    // Conversions point at their primary by index, which sorting moved.
    relink_conversions(&mut mentions);
    Extraction {
        sentences,
        mentions,
    }
}

fn relink_conversions(mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        if mentions[i].conversion_of.is_some()
            && let Kind::Quantity(c) = &mentions[i].kind
        {
            let before = mentions[..i]
                .iter()
                .rposition(|m| matches!(&m.kind, Kind::Quantity(q) if q.unit.converts_to(&c.unit)));
            mentions[i].conversion_of = before;
        }
    }
}

fn scan_sentence(text: &str, si: usize, s: Span, out: &mut Vec<Mention>, filter: Filter) {
    let bytes = text.as_bytes();
    let mut i = s.start;
    let roles = word_roles();
    let mut lower = String::new();
    while i < s.end {
        let b = bytes[i];
        // A word starts after a non-word byte, but not inside "F-150", "1,234" or "km^2".
        let joined = |j: usize| {
            matches!(bytes[j], b'-' | b'.' | b'/' | b'_' | b':' | b',' | b'^')
                && j >= 1
                && is_alnum(bytes[j - 1])
        };
        let at_word_start = i == 0 || !(is_alnum(bytes[i - 1]) || joined(i - 1));
        if !at_word_start || !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let next_digit = bytes.get(i + 1).is_some_and(|c| c.is_ascii_digit());
        let mut role = None;
        let candidate = if b.is_ascii_digit() || currency_lead(b) {
            true
        } else if matches!(b, b'<' | b'>') {
            // Comparison signs hedge a figure: ">= 30", "<5".
            bytes
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, b' ' | b'=' | b'-'))
        } else if matches!(b, b'-' | b'.') && next_digit {
            // "-0.3%", ".08": a sign or a leading decimal point, not a joiner.
            i == s.start || bytes[i - 1] == b' ' || bytes[i - 1] == b'('
        } else if b.is_ascii_alphabetic() {
            let end = i + bytes[i..s.end]
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(s.end - i);
            let word = &text[i..end];
            role = roles.get(word, &mut lower);
            // Letter currency signs start a figure: "RM5" and "EUR 3" are starters;
            // "US$5" is letters before a dollar sign.
            let code = text[end..].starts_with('$') && role.is_some_and(|r| r.dollar);
            // Glued compounds ("thirtyfirst") start with a tens word; asked only of
            // the few long words no lookup settles, as most words are.
            let glued = || roles.glued(word);
            let written = |ps: &[String]| phrase_at(text, i, s.end, ps);
            let unused = filter == Filter::On
                && (role.and_then(|r| r.phrases).is_some_and(|ps| !written(ps))
                    || (word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an"))
                        && !article_counts(text, end, s.end));
            if role.is_some_and(|r| r.vague)
                && let Some(end) = period(text, si, s, i, end, out)
            {
                i = end;
                continue;
            }
            let starter = role.is_some_and(|r| r.starter);
            if !starter && !code && !glued() || unused && !code {
                i = end.max(i + 1);
                continue;
            }
            true
        } else {
            false
        };
        if !candidate || in_url(text, i) {
            i += 1;
            continue;
        }
        let figure_only =
            filter == Filter::On && bytes[i].is_ascii_alphabetic() && role.is_some_and(|r| r.hedge);
        match parse_at(text, si, s, i, out, figure_only) {
            Some(end) => i = end.max(i + 1),
            None => {
                // Skip the rest of this word.
                let end = text[i..s.end]
                    .find(|c: char| !c.is_alphanumeric())
                    .map_or(s.end, |p| i + p);
                i = end.max(i + 1);
            }
        }
    }
}

/// A span of time with no figure at the word `at..word_end`: "several days", "all
/// week", "another month", "a few hours" (the article joins "few" and "couple");
/// pushes it and returns where it ends.
fn period(
    text: &str,
    si: usize,
    s: Span,
    at: usize,
    word_end: usize,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let after = &text[word_end..s.end];
    let after = after
        .strip_prefix(" of")
        .filter(|_| text[at..word_end].eq_ignore_ascii_case("couple"))
        .unwrap_or(after);
    if !after.starts_with([' ', '-']) {
        return None;
    }
    let (rest, unit) = quantity::time_unit(after).ok()?;
    let end = s.end - rest.len();
    let word = &text[at..word_end];
    let (a_at, a) = prev_word_at(text, s.start, at);
    let start = if a.eq_ignore_ascii_case("a")
        && (word.eq_ignore_ascii_case("few") || word.eq_ignore_ascii_case("couple"))
    {
        a_at
    } else {
        at
    };
    out.push(Mention {
        span: Span::new(start, end),
        sentence: si,
        kind: Kind::Period { unit },
        conversion_of: None,
    });
    Some(end)
}

/// Words after which "the 21st." is a day of the month.
const DAY_BEFORE_THE: &[&str] = &[
    "on", "by", "until", "since", "from", "for", "before", "after", "till",
];

/// Tries the grammars at `at`; pushes what it finds and returns where it ends.
fn parse_at(
    text: &str,
    si: usize,
    s: Span,
    at: usize,
    out: &mut Vec<Mention>,
    figure_only: bool,
) -> Option<usize> {
    let input = &text[at..s.end];
    let prev = prev_word(text, s.start, at);
    let consumed = |rest: &str| s.end - rest.len();
    // "the first Friday of July", "on the 21st": the article belongs to a date that
    // starts with an ordinal.
    let the = prev.eq_ignore_ascii_case("the");
    let push_date = |expr: DateExpr, end: usize, out: &mut Vec<Mention>| {
        let start = if the
            && (expr.nth.is_some() || expr.day.is_some() && ordinal::ordinal(input).is_ok())
        {
            prev_word_at(text, s.start, at).0
        } else {
            at
        };
        out.push(Mention {
            span: Span::new(start, end),
            sentence: si,
            kind: Kind::Date(DateMention {
                expr,
                resolved: None,
                resolved_from: None,
            }),
            conversion_of: None,
        });
        Some(end)
    };
    if figure_only {
        // A hedge: only a figure follows ("about 90%").
    } else if let Ok((rest, d)) = date::date(input) {
        return push_date(d, consumed(rest), out);
    } else if let Ok((rest, d)) = date::date_in_context(input, prev) {
        return push_date(d, consumed(rest), out);
    } else if the
        && DAY_BEFORE_THE.iter().any(|w| {
            w.eq_ignore_ascii_case(prev_word(text, s.start, prev_word_at(text, s.start, at).0))
        })
        && let Ok((rest, d)) = date::day_alone(input)
    {
        return push_date(d, consumed(rest), out);
    } else if let Ok((rest, d)) = date::year_alone(input) {
        return push_date(d, consumed(rest), out);
    } else if let Ok((rest, _)) = time_of_day(input) {
        // Times of day are neither figures nor dates here: "10 a.m.", "3:30 pm".
        return Some(consumed(rest));
    } else if let Ok((rest, o)) = ordinal::ordinal(input) {
        out.push(Mention {
            span: Span::new(at, consumed(rest)),
            sentence: si,
            kind: Kind::Ordinal(o),
            conversion_of: None,
        });
        return Some(consumed(rest));
    }
    // "from 25% to 50%" is a change, "down from 80% to 90%" a range.
    let from_context = prev == "from" && {
        let (from_at, _) = prev_word_at(text, s.start, at);
        change_before(text, s.start, from_at)
    };
    // "Boeing 737-800", "beat England 40-22": digits joined by a hyphen right after a
    // name are a model or a score, not a range.
    if let Some(end) = model_or_score(input, prev) {
        return Some(consumed(&input[end..]));
    }
    if let Some(end) = numbered_name(&text[s.start..at], input) {
        return Some(consumed(&input[end..]));
    }
    // "ticked up to 4.2%", "edged up to": a verb's particle, not the hedge "up to",
    // which "killed up to 300 people" and "displaced up to 5,000" keep.
    if input.len() > 6
        && input.as_bytes()[..6].eq_ignore_ascii_case(b"up to ")
        && (UP_VERBS.iter().any(|v| prev.eq_ignore_ascii_case(v))
            || CHANGE.iter().any(|c| c.eq_ignore_ascii_case(prev)))
    {
        return None;
    }
    // "Hamas handed over four bodies": the verb's particle, not the hedge "over".
    if input.len() > 5
        && input.as_bytes()[..5].eq_ignore_ascii_case(b"over ")
        && OVER_VERBS.iter().any(|v| prev.eq_ignore_ascii_case(v))
    {
        return None;
    }
    let (rest, q) = quantity::quantity(input, from_context).ok()?;
    // "$32.5 billion, plus or minus 2%": the margin of the figure before, not a
    // figure of its own (nor a negative one).
    let before = text[s.start..at].trim_end();
    if ["plus or", "+/-", "\u{b1}"]
        .iter()
        .any(|p| ends_with_ignore_case(before, p))
    {
        return Some(consumed(rest));
    }
    // "one" alone is a pronoun more often than a figure ("one of them").
    let text_here = &input[..input.len() - rest.len()];
    // "between 2015 and 2020", "2020-2022 prices": a span of years, no figure.
    let year = |x: f64| x.fract() == 0.0 && (1900.0..=2100.0).contains(&x);
    if matches!(q.unit, Unit::Number | Unit::Count(_))
        && q.low != q.high
        && year(q.low)
        && year(q.high)
        && q.hedge.is_none()
        // Years have no thousands separator: "between 1,950 and 2,050 people" counts.
        && !text_here.contains(',')
    {
        let digits_end = text_here
            .rfind(|c: char| c.is_ascii_digit())
            .map_or(text_here.len(), |p| p + 1);
        return Some(at + digits_end);
    }
    if matches!(q.unit, Unit::Number)
        && q.hedge.is_none()
        && text_here.eq_ignore_ascii_case("one")
        && !counts_on(rest)
    {
        return None;
    }
    // "that one costs more", "no one knows": after a determiner "one" stands for a
    // thing or a person already named.
    if matches!(q.unit, Unit::Number | Unit::Count(_))
        && q.hedge.is_none()
        && q.value == 1.0
        && text_here
            .split(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("one"))
        && PRONOUN_ONE_AFTER
            .iter()
            .any(|d| prev.eq_ignore_ascii_case(d))
    {
        return None;
    }
    // "won a second term", "a second round": the ordinal, not one second of time,
    // whenever a word follows that a span of time does not take.
    if let Some(second) = ordinal_second(text_here, rest) {
        let start = at + second;
        out.push(Mention {
            span: Span::new(start, start + "second".len()),
            sentence: si,
            kind: Kind::Ordinal(Ordinal {
                value: 2,
                rank: None,
                relative: None,
            }),
            conversion_of: None,
        });
        return Some(start + "second".len());
    }
    // Digits glued to letters other than a unit of measure (those are the quantity's
    // noun: "29km") are a code or a unit not measured here ("5G", "180ml"): no figure.
    if matches!(q.unit, Unit::Number) && rest.starts_with(|c: char| c.is_alphabetic()) {
        return Some(consumed(rest));
    }
    let end = consumed(rest);
    let unit = q.unit.clone();
    let value = q.value;
    let primary = out.len();
    out.push(Mention {
        span: Span::new(at, end),
        sentence: si,
        kind: Kind::Quantity(q),
        conversion_of: None,
    });
    if unit.converts()
        && let Ok((rest2, (lead, c))) = quantity::conversion(rest)
        && unit.converts_to(&c.unit)
    {
        let cend = consumed(rest2);
        out.push(Mention {
            span: Span::new(end + lead, cend),
            sentence: si,
            kind: Kind::Quantity(c),
            conversion_of: Some(primary),
        });
        return Some(cend);
    }
    // "forty-five (45)": the figure again in digits, as contracts and some
    // newsrooms write it, is no figure of its own.
    if let Some(after) = repeated_in_digits(rest, value) {
        return Some(consumed(after));
    }
    Some(end)
}

/// Whether more numbers follow, so a "one" before them is counted, not a pronoun:
/// "one, two, three", "one or two".
fn counts_on(rest: &str) -> bool {
    let rest = [",", " and", " or", ""]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    rest.strip_prefix(' ')
        .and_then(|r| number::word(r).ok())
        .is_some_and(|(_, w)| number::is_number_word(w))
}

/// Determiners after which "one" is a pronoun: "that one", "no one", "which one".
const PRONOUN_ONE_AFTER: &[&str] = &[
    "that", "this", "which", "no", "any", "every", "each", "another", "the",
];

/// Words that follow "a second" of time: "a second later", "a second or two".
const AFTER_A_SECOND: &[&str] = &[
    "later", "ago", "earlier", "before", "after", "or", "and", "of", "to", "in", "per", "longer",
    "more", "less", "each", "every", "for", "at", "too", "apart", "faster", "slower", "late",
    "early", "behind", "ahead", "off", "on", "when", "while", "as",
];

/// Where "second" starts in `figure` when it reads "a second" with a noun after it
/// ("a second term"), so the ordinal is meant.
fn ordinal_second(figure: &str, rest: &str) -> Option<usize> {
    let lower = figure.to_ascii_lowercase();
    let at = lower.find("second")?;
    if !(lower.starts_with("a ") && lower[2..].trim_start() == "second") {
        return None;
    }
    let next = rest.strip_prefix(' ')?;
    let word: String = next
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect::<String>()
        .to_lowercase();
    (!word.is_empty() && !AFTER_A_SECOND.contains(&word.as_str())).then_some(at)
}

/// The rest past a bracketed repeat of `value` in digits: `" (45) days"` for 45.
fn repeated_in_digits(rest: &str, value: f64) -> Option<&str> {
    let inner = rest.trim_start_matches(' ').strip_prefix('(')?;
    let close = inner.find(')')?;
    let digits = &inner[..close];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return None;
    }
    let n: f64 = digits.replace(',', "").parse().ok()?;
    (n == value).then(|| &inner[close + 1..])
}

/// Verbs whose particle "over" a figure follows: "handed over four bodies". Not
/// "took": "took over three hours" is more than three.
const OVER_VERBS: &[&str] = &[
    "handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning", "signed", "signing",
];

/// Verbs whose particle "up" a figure follows: "ticked up to 4.2%" (beside the
/// change verbs of [`CHANGE`], which the check takes too).
const UP_VERBS: &[&str] = &[
    "ticked",
    "inched",
    "crept",
    "ramped",
    "pushed",
    "drifted",
    "shot",
    "picked",
    "ratcheted",
    "stepped",
    "scaled",
    "bumped",
    "marked",
    "rounded",
    "firmed",
    "perked",
    "spiked",
    "bounced",
    "tick",
    "edge",
    "inch",
    "creep",
    "move",
    "ramp",
    "revise",
    "push",
    "drift",
    "shoot",
    "go",
    "goes",
    "pick",
    "step",
    "scale",
    "bump",
    "mark",
    "round",
    "firm",
    "ticks",
    "edges",
    "moves",
    "ramps",
    "jumps",
    "climbs",
    "picks",
];

/// `10 a.m.`, `3:30 pm`, `14:00`.
fn time_of_day(i: &str) -> nom::IResult<&str, ()> {
    use nom::Parser;
    use nom::branch::alt;
    use nom::bytes::complete::{tag, tag_no_case};
    use nom::character::complete::{char, digit1, space0};
    use nom::combinator::opt;
    let (rest, _) = (
        digit1,
        alt((
            (
                char(':'),
                digit1,
                space0,
                opt(alt((
                    tag_no_case("a.m."),
                    tag_no_case("p.m."),
                    tag_no_case("am"),
                    tag_no_case("pm"),
                ))),
            )
                .map(|_| ()),
            // British style: "9.30pm", "2.13 am"; two digits of minutes after the
            // point, and the marker, or it is a figure.
            (
                char('.'),
                nom::bytes::complete::take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
                space0,
                alt((
                    tag_no_case("a.m."),
                    tag_no_case("p.m."),
                    tag_no_case("am"),
                    tag_no_case("pm"),
                )),
                nom::combinator::not(nom::character::complete::satisfy(|c| c.is_alphanumeric())),
            )
                .map(|_| ()),
            (
                space0,
                alt((tag("a.m."), tag("p.m."), tag("am"), tag("pm"))),
                nom::combinator::not(nom::character::complete::satisfy(|c| c.is_alphanumeric())),
            )
                .map(|_| ()),
        )),
    )
        .parse(i)?;
    Ok((rest, ()))
}

/// Links later bare surnames and full names to the people named in roles.
fn link_names(text: &str, sentences: &[Span], mentions: &mut Vec<Mention>) {
    let mut people: Vec<String> = Vec::new();
    let mut taken = Vec::new();
    for m in mentions.iter() {
        if let Kind::Role(r) = &m.kind {
            if !people.contains(&r.person) {
                people.push(r.person.clone());
            }
            taken.push((r.person_start, r.person_end));
        }
    }
    if people.is_empty() {
        return;
    }
    for (a, b, person) in role::surnames(text, &people, &taken) {
        let sentence = sentences
            .partition_point(|s| s.end <= a)
            .min(sentences.len().saturating_sub(1));
        mentions.push(Mention {
            span: Span::new(a, b),
            sentence,
            kind: Kind::Name { person },
            conversion_of: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(String, String)> {
        extract(t)
            .mentions
            .iter()
            .map(|m| {
                let k = match &m.kind {
                    Kind::Quantity(_) => "quantity",
                    Kind::Date(_) => "date",
                    Kind::Ordinal(_) => "ordinal",
                    Kind::Role(_) => "role",
                    Kind::Name { .. } => "name",
                    Kind::Period { .. } => "period",
                };
                (k.to_string(), t[m.span.start..m.span.end].to_string())
            })
            .collect()
    }

    #[test]
    fn a_makers_digits_are_a_model() {
        assert!(
            kinds("The ATR 72 aircraft carried 72 people.")
                .iter()
                .all(|(_, t)| t == "72 people")
        );
        assert!(
            kinds("A Boeing 737-800 jet and 3 Cessna 172 planes.")
                .iter()
                .all(|(_, t)| t != "737" && !t.starts_with("172"))
        );
    }

    /// "S&P 500 companies", "the FTSE 100 index", "Fortune 500 firms": the number
    /// ending a name is no count; a figure glued to it or after it still is.
    #[test]
    fn a_number_that_ends_a_name_is_no_figure() {
        let k = kinds(
            "S&P 500 companies lost $5 trillion. The FTSE 100 index rose. \
             Fortune 500 firms hired 300 people. The Nikkei 225 fell 2%.",
        );
        let texts: Vec<&str> = k
            .iter()
            .filter(|(kind, _)| kind == "quantity")
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(texts, ["$5 trillion", "300 people", "2%"], "{k:?}");
        let k = kinds("The FTSE fell 100 points. Top 40 songs.");
        assert!(k.iter().any(|(_, t)| t == "100 points"), "{k:?}");
    }

    #[test]
    fn a_span_of_time_with_no_figure_is_a_period() {
        assert_eq!(
            kinds("It lasted several days, then a few hours, then all-week talks."),
            [
                ("period".to_string(), "several days".to_string()),
                ("period".to_string(), "a few hours".to_string()),
                ("period".to_string(), "all-week".to_string()),
            ]
        );
        // Not before a time unit, and never in place of a figure.
        assert!(kinds("All of them met some officials.").is_empty());
        assert_eq!(kinds("some 300 days")[0].1, "some 300 days");
        assert_eq!(kinds("for a couple of days")[0].0, "quantity");
    }

    /// A power's digits belong to the unit before them: "km^2" holds no figure 2.
    #[test]
    fn an_exponent_is_no_figure() {
        let texts = |t: &str| -> Vec<String> { kinds(t).into_iter().map(|k| k.1).collect() };
        assert_eq!(texts("A 4km^2 plot gets 20 J/m^2 now."), ["4km", "20"]);
        assert_eq!(texts("It was 2.48×10−5 in all."), ["2.48×10−5"]);
    }

    #[test]
    fn mixed_sentence() {
        let k = kinds(
            "It raised the budget to ¥8 billion ($54.6 million) for fiscal 2025, the third straight rise since 2023.",
        );
        let texts: Vec<&str> = k.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "¥8 billion",
                "$54.6 million",
                "fiscal 2025",
                "third straight",
                "2023"
            ]
        );
    }

    #[test]
    fn a_third_term_is_a_rank_and_a_third_of_the_vote_a_share() {
        let k = kinds("She won a third term with a third of the vote.");
        let k: Vec<(&str, &str)> = k.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(k, vec![("ordinal", "third"), ("quantity", "a third")]);
    }

    #[test]
    fn a_span_of_years_is_no_figure() {
        let k = kinds("Between 2015 and 2020 prices rose, and 2020-2022 sales fell.");
        assert!(k.iter().all(|(kind, _)| kind != "quantity"), "{k:?}");
        assert_eq!(
            kinds("Between 1,950 and 2,050 people came.")[0].1,
            "Between 1,950 and 2,050 people"
        );
    }

    #[test]
    fn a_model_or_a_score_is_no_range() {
        let k = kinds(
            "It flies Boeing 737-800 jets. The Eagles beat the Chiefs 40-22. Labour polled 30-35%.",
        );
        let texts: Vec<&str> = k.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["30-35%"]);
    }

    #[test]
    fn up_to_after_a_verb_is_no_hedge() {
        let e = extract("The jobless rate ticked up to 4.2%, and it could reach up to 5%.");
        let hedged: Vec<bool> = e
            .mentions
            .iter()
            .map(|m| matches!(&m.kind, Kind::Quantity(q) if q.hedge.is_some()))
            .collect();
        assert_eq!(hedged, [false, true]);
    }

    #[test]
    fn over_after_a_verb_is_no_hedge() {
        let e = extract("Hamas handed over four bodies, and the search took over three hours.");
        let hedged: Vec<(bool, f64)> = e
            .mentions
            .iter()
            .filter_map(|m| match &m.kind {
                Kind::Quantity(q) => Some((q.hedge.is_some(), q.value)),
                _ => None,
            })
            .collect();
        assert_eq!(hedged, [(false, 4.0), (true, 3.0)]);
    }

    #[test]
    fn a_letter_before_a_dollar_sign_is_no_article() {
        // "A$" is the Australian dollar, not the article "a" before "$1.2bn".
        let k = kinds("The firm raised A$1.2bn on Monday.");
        assert!(k.iter().any(|(_, t)| t == "A$1.2bn"), "{k:?}");
    }

    #[test]
    fn a_margin_is_no_figure() {
        let k = kinds("Revenue of $32.5 billion, plus or minus 2%, and 7% +/- 2% or 5% ± 1%.");
        let texts: Vec<&str> = k.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["$32.5 billion", "7%", "5%"]);
        assert_eq!(kinds("It fell to minus 3%.")[0].1, "minus 3%");
    }

    #[test]
    fn a_figure_repeated_in_digits_is_one_figure() {
        let e = extract("The term is forty-five (45) days, and 12 (twelve) is kept.");
        let texts: Vec<&str> = e
            .mentions
            .iter()
            .map(|m| {
                &"The term is forty-five (45) days, and 12 (twelve) is kept."
                    [m.span.start..m.span.end]
            })
            .collect();
        assert_eq!(texts[0], "forty-five", "{texts:?}");
        assert!(!texts.contains(&"45"), "{texts:?}");
        // Other digits in brackets stay figures of their own.
        let e = extract("It won forty-five (46 last time) seats.");
        assert!(e.mentions.len() >= 2, "{:?}", e.mentions);
    }

    #[test]
    fn conversions_link_to_their_primary() {
        let e = extract("raising the budget to ¥8 billion ($54.6 million).");
        assert_eq!(e.mentions[1].conversion_of, Some(0));
        // A measure in another unit, too; a count of people in brackets is none.
        let e = extract("winds of 150 kph (93 mph) at a depth of 8 km (5 miles).");
        let converted: Vec<Option<usize>> = e.mentions.iter().map(|m| m.conversion_of).collect();
        assert_eq!(
            converted,
            [None, Some(0), None, Some(2)],
            "{:?}",
            e.mentions
        );
        let e = extract("a crowd of 150 (mostly students) and 20 officers (12 men).");
        assert!(
            e.mentions.iter().all(|m| m.conversion_of.is_none()),
            "{:?}",
            e.mentions
        );
    }

    /// Skipping the words that start nothing never loses a mention: sentences of
    /// the words the skipping weighs, with and without it.
    #[test]
    fn skipping_words_loses_no_mention() {
        use proptest::prelude::*;
        // Words and the pieces they make, so the phrases come up often.
        let words = [
            "a",
            "an",
            "A",
            "An",
            "a-",
            "at",
            "least",
            "in",
            "excess of",
            "lower than",
            "more",
            "about",
            "the",
            "week",
            "weeks",
            "year",
            "a.m.",
            "dollar",
            "dollars",
            "euro",
            "million",
            "dozen",
            "couple",
            "third",
            "half",
            "hour",
            "and",
            "ago",
            "later",
            "a u.s. dollar",
            "an estimated",
            "estimated",
            "day",
            "5",
            "10%",
            "$3",
            "March",
            "2024",
            "on",
            "Tuesday",
            "people",
            "rose",
            "by",
            "to",
            "from",
            "hundred",
            "k",
            "bn",
            "one",
            "twenty-one",
            "first",
            "quarter",
            "yen",
            "swiss francs",
            "hrs",
            "a-third",
            "end of",
            "beginning",
            "early",
            "last",
            "next",
            "as many as",
            "no",
            "fewer than",
            "upwards of",
            "up to",
            "at least",
            "a week ago",
            "a dozen",
            "half an hour",
            "nearly",
            "over",
            "some",
            "around",
            "roughly",
            "under",
            "1st",
            "fifth",
        ];
        let sentence = proptest::collection::vec(proptest::sample::select(words.to_vec()), 1..14);
        proptest!(ProptestConfig::with_cases(2000), |(ws in sentence, sep in "[ \t-]")| {
            let text = format!("{}.", ws.join(&sep));
            let spans = segment::sentences(&text);
            let on = extract_with(&text, spans.clone(), Filter::On);
            let off = extract_with(&text, spans, Filter::Off);
            prop_assert_eq!(format!("{:?}", on.mentions), format!("{:?}", off.mentions), "{}", text);
        });
    }

    /// A word that only starts phrases is a candidate where a phrase is written, and
    /// nowhere else; a word that starts anything else stays a candidate everywhere.
    #[test]
    fn phrase_words_are_candidates_only_in_their_phrases() {
        let only = phrase_starters();
        for w in ["at", "in", "as", "lower", "more"] {
            assert!(only.contains_key(w), "{w}");
        }
        for w in ["last", "next", "mid", "a", "about", "march"] {
            assert!(!only.contains_key(w), "{w}");
        }
        let kinds = |t: &str| {
            extract(t)
                .mentions
                .iter()
                .map(|m| t[m.span.start..m.span.end].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kinds("Sales rose at least 5% in excess of plan."),
            ["at least 5%"]
        );
        assert_eq!(kinds("At Least 30 people died."), ["At Least 30 people"]);
        assert_eq!(
            kinds("They met at the office in March 2024."),
            ["March 2024"]
        );
    }

    #[test]
    fn days_of_the_month_and_counted_weekdays_take_their_article() {
        let pair = |k: &str, t: &str| (k.to_string(), t.to_string());
        assert_eq!(
            kinds("The board met on the 21st. It votes on the first Tuesday of November."),
            vec![
                pair("date", "the 21st"),
                pair("date", "the first Tuesday of November")
            ]
        );
        // An ordinal that goes on into a noun is no day: "on the second day".
        assert_eq!(
            kinds("On the second day, the 21st century began."),
            vec![pair("ordinal", "second"), pair("ordinal", "21st")]
        );
        assert_eq!(
            kinds("It pays out on 4/22 and again on Friday 5/1."),
            vec![pair("date", "4/22"), pair("date", "Friday 5/1")]
        );
    }

    #[test]
    fn one_in_a_list_of_numbers_counts() {
        let texts = |t: &str| kinds(t).into_iter().map(|(_, t)| t).collect::<Vec<_>>();
        assert_eq!(texts("one, two, three"), ["one", "two", "three"]);
        assert_eq!(texts("one or two and three"), ["one", "two", "three"]);
        // Alone it is the pronoun: "one of them", "one said".
        assert!(texts("One of them said one thing.").is_empty());
    }

    #[test]
    fn a_second_before_a_noun_is_the_ordinal() {
        let pair = |k: &str, t: &str| (k.to_string(), t.to_string());
        assert_eq!(
            kinds("She won a second term in a second round."),
            vec![pair("ordinal", "second"), pair("ordinal", "second")]
        );
        assert!(kinds("That one costs more, and no one knows why.").is_empty());
        assert_eq!(
            kinds("It ended a second later."),
            vec![pair("quantity", "a second")]
        );
    }

    #[test]
    fn urls_and_times_are_not_figures() {
        assert!(kinds("Original: www.example.com/article/1847304682633216/").is_empty());
        assert!(kinds("They met at 10 a.m. on site").is_empty());
        assert!(kinds("Polls closed at 9.30pm and reopened at 7.15 a.m.").is_empty());
    }

    #[test]
    fn words_inside_other_words_are_not_numbers() {
        assert!(kinds("Someone bought Ford F-150 trucks.").is_empty());
    }
}
