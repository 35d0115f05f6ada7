//! Named roles: who holds which office. "Japan's Prime Minister Sanae Takaichi",
//! "Japanese Prime Minister Taro Kono", "Prime Minister of Japan X", "X, Japan's prime
//! minister,", "George Glass, the U.S. Ambassador to Japan", "Daido Steel CEO Tetsuya
//! Shimizu", "the government of Taro Kono"; "former" and "late" mark a past holder.
//! The office is kept as its parts (country, title, organisation); keying names it.

use super::shape::Shapes;
use crate::lexicon;
use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, Match, MatchKind, StartKind,
};
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// Canonical title ("Prime Minister").
    pub title: String,
    /// Canonical country whose office it is.
    pub country: Option<String>,
    /// For ambassadors and envoys: the country they are sent to.
    pub to: Option<String>,
    /// A non-country organisation ("Daido Steel").
    pub org: Option<String>,
    pub person: String,
    pub former: bool,
    /// Not yet in office: "incoming", "President-elect".
    pub future: bool,
    /// The person's name span, relative to the text.
    pub person_start: usize,
    pub person_end: usize,
}

/// A role found in text: the span covers the whole phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub role: Role,
}

struct Titles {
    ac: AhoCorasick,
    canonical: Vec<String>,
    government: AhoCorasick,
    gate: Gate,
}

/// Titles are searched only where a word of the sentence could start one. Running
/// the automata over every byte of every sentence was a twentieth of a whole check; a
/// title starts at a word, and most words start none. One walk over the sentence
/// settles each word by its length and first letter, then by one hash of its letters;
/// the automata run anchored at the few words left.
struct Gate {
    /// The leading letters of every phrase, lower-cased ("director" for
    /// "Director-General"), with the sets ([TITLE], [GOVERNMENT]) they start.
    first: FxHashMap<Vec<u8>, u8>,
    /// The first words, by length and first letter.
    shapes: Shapes,
    /// Sets with a phrase that the gate cannot place (it does not start with a
    /// letter, or its first word is long): searched at every byte.
    ungated: u8,
}

const TITLE: u8 = 1;
const GOVERNMENT: u8 = 2;

impl Gate {
    fn add(&mut self, pats: &[String], set: u8) {
        for p in pats {
            let n = p.bytes().take_while(u8::is_ascii_alphabetic).count();
            if !self.shapes.insert(&p.as_bytes()[..n]) {
                self.ungated |= set;
                continue;
            }
            *self
                .first
                .entry(p[..n].to_ascii_lowercase().into_bytes())
                .or_default() |= set;
        }
    }

    /// The words of `sentence` that may start a phrase, with the sets they may start.
    /// A word starts after a byte that is no letter, digit or part of a non-ASCII
    /// character, as a title's match must.
    fn starts(&self, sentence: &str) -> Vec<(usize, u8)> {
        let bytes = sentence.as_bytes();
        let mut out = Vec::new();
        let mut lower = [0u8; Shapes::MAX];
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            let n = i - start;
            if (start > 0 && super::is_alnum(bytes[start - 1]))
                || !self.shapes.may_hold(&bytes[start..i])
            {
                continue;
            }
            for (l, b) in lower.iter_mut().zip(&bytes[start..i]) {
                *l = b.to_ascii_lowercase();
            }
            if let Some(&sets) = self.first.get(&lower[..n]) {
                out.push((start, sets));
            }
        }
        out
    }

    /// Leftmost-longest matches of `ac` (the phrases of `set`) in `sentence`, at the
    /// words `starts` gives; a match is not searched inside an earlier one.
    fn find(
        &self,
        ac: &AhoCorasick,
        set: u8,
        sentence: &str,
        starts: &[(usize, u8)],
    ) -> Vec<Match> {
        if self.ungated & set != 0 {
            return ac.find_iter(sentence).collect();
        }
        let mut out: Vec<Match> = Vec::new();
        for &(at, sets) in starts {
            if sets & set == 0 || out.last().is_some_and(|m| at < m.end()) {
                continue;
            }
            let input = Input::new(sentence).range(at..).anchored(Anchored::Yes);
            out.extend(ac.find(input));
        }
        out
    }
}

fn titles() -> &'static Titles {
    static T: OnceLock<Titles> = OnceLock::new();
    T.get_or_init(|| {
        let lex = lexicon::get();
        let mut pats = Vec::new();
        let mut canonical = Vec::new();
        for t in &lex.titles.titles {
            for v in t.variants.iter().chain(std::iter::once(&t.canonical)) {
                pats.push(v.clone());
                canonical.push(t.canonical.clone());
            }
        }
        let build = |p: &[String]| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                // Anchored at gated words, unanchored where the gate cannot place a
                // phrase. A DFA is a few hundred KB for a much faster search than the
                // default (an NFA) for this many patterns.
                .start_kind(StartKind::Both)
                .kind(Some(AhoCorasickKind::DFA))
                .prefilter(false)
                .build(p)
                .expect("title patterns build")
        };
        let mut gate = Gate {
            first: FxHashMap::default(),
            shapes: Shapes::new(),
            ungated: 0,
        };
        gate.add(&pats, TITLE);
        gate.add(&lex.titles.government_of, GOVERNMENT);
        Titles {
            ac: build(&pats),
            canonical,
            government: build(&lex.titles.government_of),
            gate,
        }
    })
}

/// Name particles allowed inside a name ("Lula da Silva").
const PARTICLES: &[&str] = &[
    "da", "de", "del", "der", "di", "dos", "du", "la", "le", "van", "von", "bin", "al", "el",
];
/// Particles joined to the surname by a hyphen ("al-Sudani", "el-Sisi").
const HYPHEN_PARTICLES: &[&str] = &["al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-"];
/// Capitalised particles inside a name, before its last word ("Al Thani").
const CAPITAL_PARTICLES: &[&str] = &["Al", "El", "Bin", "Ibn", "Abu", "Van", "Von", "De", "Da"];
/// Honorifics written before a name, not part of it.
pub const HONORIFICS: &[&str] = &[
    "Sheikh", "Sheikha", "Sir", "Dame", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms",
    "Mullah", "Mawlawi", "Maulvi",
];
/// Capitalised words that never start a person's name.
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "His", "Her", "Its", "Their", "Our", "This", "That", "These", "On", "In",
    "At", "And", "But", "Mr", "Mrs", "Ms", "Dr", "Said", "Says", "Has", "Had", "Will", "Was", "Is",
    "Who", "When", "While", "After", "Before", "During", "Since", "For", "To", "Of", "With",
];
/// Bodies a title may name ("Premier League", "Presidents Cup", "Premier Division"):
/// no person's name starts with one.
const BODIES: &[&str] = &[
    "League",
    "Division",
    "Cup",
    "Trophy",
    "Championship",
    "Series",
    "Club",
    "Party",
    "Council",
    "Committee",
    "Ministry",
    "Cabinet",
    "Government",
    "Parliament",
    "Assembly",
];

/// One capitalised name word at `at` in `text`: its end.
fn name_word(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let first = rest.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    // Initials ("K.P. Sharma Oli", "George W. Bush"), when a name goes on after them.
    let b = rest.as_bytes();
    let mut n = 0;
    while b.get(n).is_some_and(u8::is_ascii_uppercase) && b.get(n + 1) == Some(&b'.') {
        n += 2;
    }
    if n > 0 {
        return (b.get(n) == Some(&b' ') && b.get(n + 1).is_some_and(u8::is_ascii_uppercase))
            .then_some(at + n);
    }
    let mut end = at;
    for (i, c) in rest.char_indices() {
        // A hyphen or an apostrophe inside a name ("Duck-soo", "O'Brien"); not the
        // possessive "'s".
        if c.is_alphabetic()
            || (i > 0
                && (c == '-' || c == '\'')
                && rest[i + 1..].starts_with(|n: char| n.is_alphabetic() && (c == '-' || n != 's')))
        {
            end = at + i + c.len_utf8();
        } else {
            break;
        }
    }
    let w = &text[at..end];
    if NOT_NAMES.contains(&w)
        || BODIES.contains(&w)
        || lexicon::get().month(w).is_some()
        || lexicon::get().weekday(w).is_some()
    {
        return None;
    }
    // A country is no name ("President Trump and Japanese ...": "Japanese" stops it).
    if lexicon::get().country(w).is_some() {
        return None;
    }
    Some(end)
}

/// A person's name starting at `at`: one to four capitalised words.
fn name_after(text: &str, at: usize) -> Option<(usize, usize)> {
    // An honorific is no part of the name: "Sheikh Mohammed bin Abdulrahman Al Thani"
    // is Mohammed bin Abdulrahman Al Thani.
    let at = HONORIFICS
        .iter()
        .find_map(|h| {
            let rest = text[at..].strip_prefix(h)?.strip_prefix(' ')?;
            name_word(text, text.len() - rest.len()).map(|_| text.len() - rest.len())
        })
        .unwrap_or(at);
    let mut end = name_word(text, at)?;
    let mut words = 1;
    loop {
        let rest = &text[end..];
        let Some(after_space) = rest.strip_prefix(' ') else {
            break;
        };
        let next = end + 1;
        // A particle joined to the surname by a hyphen ("Mohammed Shia al-Sudani",
        // "Abdel Fattah el-Sisi"): the surname is the name's last word.
        if let Some(e) = HYPHEN_PARTICLES
            .iter()
            .find_map(|p| name_word(text, next + after_space.strip_prefix(p).map(|_| p.len())?))
        {
            end = e;
            words += 1;
            continue;
        }
        // Particles, one or two ("da Silva", "von der Leyen", "de la Cruz").
        let mut skip = 0;
        while let Some(p) = PARTICLES.iter().find(|p| {
            after_space[skip..]
                .strip_prefix(**p)
                .is_some_and(|r| r.starts_with(' '))
        }) {
            skip += p.len() + 1;
            if skip > 8 {
                break;
            }
        }
        if skip > 0 {
            // Particles do not count towards the four words.
            if let Some(e) = name_word(text, next + skip) {
                end = e;
                words += 1;
                continue;
            }
            break;
        }
        // A capitalised particle before a name ("Al Thani", "El Sisi") is one too.
        if let Some(e) = CAPITAL_PARTICLES.iter().find_map(|p| {
            let r = after_space.strip_prefix(p)?.strip_prefix(' ')?;
            name_word(text, text.len() - r.len())
        }) {
            end = e;
            words += 1;
            continue;
        }
        // A nickname in quotes between the names ("Jorge \"Tuto\" Quiroga") is read
        // past; [`without_nickname`] leaves it out of the name.
        if let Some(e) = nickname(text, next).and_then(|after| name_word(text, after)) {
            end = e;
            continue;
        }
        match name_word(text, next) {
            Some(e) if words < 4 => {
                end = e;
                words += 1;
            }
            // "Prime Minister Luis Montenegro said": a surname that is a country's
            // name, after a lone given name, and before the clause goes on.
            None if words == 1 => {
                if let Some(e) = country_surname(text, next) {
                    end = e;
                }
                break;
            }
            _ => break,
        }
    }
    Some((at, end))
}

/// Words that often follow a holder's name: verbs that do not end in -ed, and "who".
const VERBS_AFTER_NAME: &[&str] = &[
    "said", "says", "told", "met", "is", "was", "has", "had", "will", "would", "spoke", "made",
    "took", "gave", "won", "led", "urged", "warned", "wrote", "sent", "held", "who",
];

/// A country's name standing as a surname at `at`: a capitalised word that only
/// the country lexicon stops, not in the possessive, and followed by a comma, a
/// full stop or a verb ("Montenegro said", "Montenegro, who"); "Trump China trip"
/// is a trip's.
fn country_surname(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let w = &rest[..len];
    if !w.starts_with(|c: char| c.is_uppercase()) || lexicon::get().country(w).is_none() {
        return None;
    }
    let after = &rest[len..];
    let verb = |r: &str| {
        let w = r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        w.starts_with(|c: char| c.is_lowercase())
            && (w.ends_with("ed") || VERBS_AFTER_NAME.contains(&w))
    };
    let ends = after.starts_with([',', '.', ';']) || after.strip_prefix(' ').is_some_and(verb);
    ends.then_some(at + len)
}

/// Quotes a nickname stands in: straight and curly, double and single.
const NICKNAME_QUOTES: &[(char, char)] = &[
    ('"', '"'),
    ('\u{201c}', '\u{201d}'),
    ('\'', '\''),
    ('\u{2018}', '\u{2019}'),
];

/// A capitalised nickname in quotes starting at `at`, then a space: where the name
/// goes on after it.
fn nickname(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    // Most words start with no quote at all: one byte says so.
    if !matches!(rest.as_bytes().first(), Some(b'"' | b'\'' | 0xE2)) {
        return None;
    }
    let (open, close) = NICKNAME_QUOTES.iter().find(|(o, _)| rest.starts_with(*o))?;
    let inner = &rest[open.len_utf8()..];
    let len = inner.find(*close)?;
    let word = &inner[..len];
    let ok = (2..=20).contains(&word.len())
        && word.starts_with(|c: char| c.is_uppercase())
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    let after = at + open.len_utf8() + len + close.len_utf8();
    (ok && text[after..].starts_with(' ')).then_some(after + 1)
}

/// A name as written, less a nickname in quotes: "Jorge \"Tuto\" Quiroga" is Jorge
/// Quiroga, as other reports write him.
fn without_nickname(name: &str) -> String {
    if !name.bytes().any(|b| matches!(b, b'"' | b'\'' | 0xE2)) {
        return name.to_string();
    }
    let mut out: Vec<&str> = Vec::new();
    let mut rest = name;
    while !rest.is_empty() {
        let at = rest.len() - rest.trim_start().len();
        rest = &rest[at..];
        if let Some(after) = nickname(rest, 0) {
            rest = &rest[after..];
            continue;
        }
        let end = rest.find(' ').unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out.join(" ")
}

/// A name ending at `end` (the byte before a comma): one to four capitalised words.
fn name_before(text: &str, end: usize) -> Option<(usize, usize)> {
    let mut start = end;
    let mut words = 0;
    let mut at = end;
    while words < 4 {
        let before = &text[..at];
        let ws = before
            .rfind(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .map_or(0, |p| {
                p + before[p..].chars().next().map_or(1, |c| c.len_utf8())
            });
        if ws >= at {
            break;
        }
        if name_word(text, ws).is_none_or(|e| e != at) {
            break;
        }
        start = ws;
        words += 1;
        if ws == 0 || !text[..ws].ends_with(' ') {
            break;
        }
        at = ws - 1;
    }
    (words > 0).then_some((start, end))
}

/// The word that ends just before `at`, skipping spaces.
fn word_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let before = text[..at].trim_end_matches(' ');
    let start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == ',')
        .map_or(0, |p| crate::source::offsets::after(before, p));
    (start < before.len()).then(|| (start, &before[start..]))
}

const ADJECTIVES: &[&str] = &[
    "newly",
    "appointed",
    "new",
    "elected",
    "newly-elected",
    "current",
    "sitting",
    "then",
    "deputy",
    // "Japan's first female prime minister".
    "first",
    "female",
    "woman",
    "youngest",
    "oldest",
    "incumbent",
    "longest-serving",
];

/// Ranks that make a title a company's grade ("senior vice president").
const RANKS: &[&str] = &["senior", "executive", "assistant", "associate"];

/// Markers of a stand-in for the office.
const STAND_INS: &[&str] = &["acting", "interim", "caretaker"];

/// The adjectives and markers ("former", "late", "ex-", "then-", "incoming") just
/// before `left` in the sentence starting at `s`.
struct Markers {
    /// Where they start.
    left: usize,
    /// One marks a past holder.
    former: bool,
    /// One marks a holder to be.
    future: bool,
    /// One marks a stand-in ("acting", "interim", "caretaker"): the title is then
    /// an office of its own, "Acting President".
    acting: bool,
}

fn markers(text: &str, s: usize, mut left: usize) -> Markers {
    let titles = &lexicon::get().titles;
    let (mut former, mut future, mut acting) = (false, false, false);
    while let Some((ws, w)) = word_before(text, left) {
        if ws < s {
            break;
        }
        let lw = w.to_ascii_lowercase();
        // "then-Prime Minister": the hyphen joins the marker to the title.
        let bare = lw.strip_suffix('-').unwrap_or(&lw);
        if titles
            .former
            .iter()
            .any(|f| f == bare || (f.ends_with('-') && lw.starts_with(f.as_str())))
        {
            former = true;
        } else if titles.future.iter().any(|f| f == bare) {
            future = true;
        } else if STAND_INS.contains(&bare) {
            acting = true;
        } else if !ADJECTIVES.contains(&bare) {
            break;
        }
        left = ws;
    }
    Markers {
        left,
        former,
        future,
        acting,
    }
}

/// A suffix that makes the title a holder to be, written right after it
/// ("-elect"): its length.
fn future_suffix(after: &str) -> Option<usize> {
    lexicon::get().titles.future_suffixes.iter().find_map(|x| {
        let n = x.len();
        (after.len() >= n
            && after.as_bytes()[..n].eq_ignore_ascii_case(x.as_bytes())
            && !after[n..].starts_with(|c: char| c.is_alphanumeric()))
        .then_some(n)
    })
}

/// Roles in one sentence `[s, e)` of `text`. Names are read in `text[..e]`: a name
/// never runs past its sentence's end.
pub fn roles(text: &str, s: usize, e: usize) -> Vec<Found> {
    let t = titles();
    let lex = lexicon::get();
    let sentence = &text[s..e];
    let mut out = Vec::new();
    let starts = t.gate.starts(sentence);
    for m in t.gate.find(&t.ac, TITLE, sentence, &starts) {
        let (ms, me) = (s + m.start(), s + m.end());
        let bytes = text.as_bytes();
        if (ms > 0 && super::is_alnum(bytes[ms - 1]))
            || (me < bytes.len() && super::is_alnum(bytes[me]))
        {
            continue;
        }
        let title_text = &text[ms..me];
        // All-capital short titles (PM, CEO, VP) must be written so.
        if title_text.len() <= 3 && title_text != title_text.to_ascii_uppercase() {
            continue;
        }
        let title = t.canonical[m.pattern().as_usize()].clone();
        // Left: adjectives, "former", then a country, demonym or organisation.
        let Markers {
            mut left,
            mut former,
            mut future,
            acting,
        } = markers(text, s, ms);
        // "a senior vice president", "Executive Vice President": a rank within a
        // company, no office of state, whichever company it is.
        let prev = text[s..left].trim_end();
        let prev = &prev[prev.rfind(' ').map_or(0, |p| p + 1)..];
        if RANKS.iter().any(|r| r.eq_ignore_ascii_case(prev)) {
            continue;
        }
        // "the acting president" stands in for the President: another office.
        let title = if acting && !title.starts_with("Acting ") {
            format!("Acting {title}")
        } else {
            title
        };
        let me = match future_suffix(&text[me..e]) {
            Some(n) => {
                future = true;
                me + n
            }
            None => me,
        };
        let mut country = None;
        let mut org = None;
        if let Some((ws, w)) = word_before(text, left).filter(|(ws, _)| *ws >= s) {
            let w = w.trim_end_matches(',');
            // Two-word countries ("South Korea's", "Saudi").
            let two = word_before(text, ws)
                .filter(|(ws2, _)| *ws2 >= s)
                .map(|(ws2, _)| (ws2, &text[ws2..left]));
            let two_country = two.and_then(|(ws2, p)| lex.country(p.trim()).map(|c| (ws2, c)));
            // "Bank of England Governor": an institution named after its country.
            let institution = lex.country(w).and_then(|_| {
                let (of_at, of) = word_before(text, ws).filter(|(p, _)| *p >= s)?;
                let (name_at, name) = word_before(text, of_at).filter(|(p, _)| *p >= s)?;
                (of == "of" && name.starts_with(|c: char| c.is_uppercase())).then_some(name_at)
            });
            if let Some(mut os) = institution {
                while let Some((p, pw)) = word_before(text, os) {
                    if p < s
                        || !pw.starts_with(|c: char| c.is_uppercase())
                        || NOT_NAMES.contains(&pw)
                    {
                        break;
                    }
                    os = p;
                }
                org = Some(text[os..left].trim().trim_end_matches("'s").to_string());
                left = os;
            } else if let Some((ws2, c)) = two_country {
                country = Some(c.to_string());
                left = ws2;
            } else if lex.titles.local.contains(&title) && lex.is_seat(w.trim_end_matches("'s")) {
                // "Warsaw mayor", "Tokyo Governor": the capital city's own office,
                // not the country's.
                org = Some(w.trim_end_matches("'s").to_string());
                left = ws;
            } else if let Some(c) = lex.country(w) {
                country = Some(c.to_string());
                left = ws;
            } else if w.starts_with(|c: char| c.is_uppercase())
                && !NOT_NAMES.contains(&w)
                && !former
            {
                // An organisation: the run of capitalised words before the title,
                // across "of" ("Bank of England").
                let mut os = ws;
                while let Some((p, pw)) = word_before(text, os) {
                    let joined = pw == "of"
                        && word_before(text, p).is_some_and(|(q, qw)| {
                            q >= s && qw.starts_with(|c: char| c.is_uppercase())
                        });
                    // "Outgoing New York Mayor": a marker of time is no part of
                    // the city's name, though it takes a capital.
                    let marker = {
                        let lw = pw.to_ascii_lowercase();
                        lex.titles.former.contains(&lw) || lex.titles.future.contains(&lw)
                    };
                    if p < s
                        || !(pw.starts_with(|c: char| c.is_uppercase()) || joined)
                        || NOT_NAMES.contains(&pw)
                        || lex.country(pw).is_some()
                        || marker
                    {
                        break;
                    }
                    os = p;
                }
                let o = text[os..left].trim().trim_end_matches("'s").to_string();
                // A name directly before a title is a name ("Shimizu CEO" is rare,
                // "Daido Steel CEO" common): keep it as the organisation.
                org = Some(o);
                left = os;
            }
        }
        // "Former Canadian Prime Minister": the marker may stand before the country.
        if country.is_some() || org.is_some() {
            let more = markers(text, s, left);
            if more.former || more.future {
                left = more.left;
                former |= more.former;
                future |= more.future;
            }
        }
        // "Prime Minister of Japan", "Ambassador to Japan", "Chairman of the X".
        let mut right = me;
        let mut to = None;
        let after = &text[me..e];
        for (prep, is_to) in [
            (" of the ", false),
            (" of ", false),
            (" to the ", true),
            (" to ", true),
        ] {
            if let Some(rest) = after.strip_prefix(prep) {
                let name_end = rest.find([',', ' ']).map_or(rest.len(), |p| p);
                let two_end = rest[name_end..].strip_prefix(' ').and_then(|r| {
                    r.find([',', ' '])
                        .map(|p| name_end + 1 + p)
                        .or(Some(rest.len()))
                });
                let pick = two_end
                    .and_then(|te| {
                        lex.country(rest[..te].trim_end_matches("'s"))
                            .map(|c| (te, c))
                    })
                    .or_else(|| {
                        lex.country(rest[..name_end].trim_end_matches("'s"))
                            .map(|c| (name_end, c))
                    });
                if let Some((len, c)) = pick {
                    if is_to {
                        to = Some(c.to_string());
                    } else if country.is_none() {
                        country = Some(c.to_string());
                    }
                    right = me + prep.len() + len;
                } else if !is_to
                    && org.is_none()
                    && country.is_none()
                    && let Some((_, oe)) = name_after(&text[..e], me + prep.len())
                {
                    org = Some(text[me + prep.len()..oe].to_string());
                    right = oe;
                }
                break;
            }
        }
        // The person: after the title (", " allowed), or before ", the <title>".
        let mut person = None;
        let after = &text[right..e];
        let gap = if after.starts_with(", ") {
            2
        } else if after.starts_with(' ') {
            1
        } else {
            0
        };
        if gap > 0
            && let Some((ps, pe)) = name_after(&text[..e], right + gap)
        {
            person = Some((ps, pe, pe));
        }
        if person.is_none() {
            let mut l = left;
            if let Some((ws, w)) = word_before(text, l)
                && ws >= s
                && (w == "the" || w == "The")
            {
                l = ws;
            }
            let before = text[s..l].trim_end_matches(' ');
            if let Some(stripped) = before.strip_suffix(',')
                && let Some((ps, pe)) = name_before(text, s + stripped.len())
            {
                person = Some((ps, pe, right));
                left = ps;
            } else if let Some((verb, to_be)) = BECAME
                .iter()
                .find(|(v, _)| before.ends_with(v))
                .map(|&(v, f)| (v, f))
                && let Some((ps, pe)) = name_before(text, s + before.len() - verb.len())
            {
                // "Sushila Karki was sworn in as Nepal's interim prime minister".
                person = Some((ps, pe, right));
                left = ps;
                future |= to_be;
            }
        }
        let Some((ps, pe, end)) = person else {
            continue;
        };
        former |= left_office(&text[pe..e]);
        out.push(Found {
            start: left.min(ps),
            end: end.max(pe),
            role: Role {
                title,
                country,
                to,
                org,
                person: without_nickname(&text[ps..pe]),
                former,
                future,
                person_start: ps,
                person_end: pe,
            },
        });
    }
    out.extend(governments(text, s, e, &starts));
    out
}

/// Verbs between a name and the office it took ("Sanae Takaichi became Japan's
/// prime minister"), and whether the office is yet to come: one elected has not
/// always taken office.
const BECAME: &[(&str, bool)] = &[
    (" became", false),
    (" has become", false),
    (" becomes", false),
    (" was sworn in as", false),
    (" is sworn in as", false),
    (" took office as", false),
    (" was appointed", false),
    (" was appointed as", false),
    (" was named", false),
    (" was named as", false),
    (" was elected", true),
    (" was elected as", true),
];

/// Does the text after a holder's name say they have left ("Foreign Minister Gerardo
/// Werthein, who resigned last week, was replaced by ...")?
/// Or, right after the name, says so of the time it tells: "President Yoon Suk Yeol
/// was ousted in April" held the office then, whoever holds it on the article's day.
/// A bare "quit" there is more often a deal's or a race's ("quit the talks").
fn left_office(after: &str) -> bool {
    let (clause, relative) = match after.strip_prefix(", who ") {
        Some(c) => (c, true),
        None => match after.strip_prefix(' ') {
            Some(c) => (c, false),
            None => return false,
        },
    };
    // Most names go on with a word no phrase starts with: one lookup passes them.
    static FIRST: OnceLock<[bool; 256]> = OnceLock::new();
    let first = FIRST.get_or_init(|| {
        let mut t = [false; 256];
        for w in &lexicon::get().titles.left_office {
            if let Some(b) = w.bytes().next() {
                t[usize::from(b.to_ascii_lowercase())] = true;
            }
        }
        t
    });
    let says = |clause: &str, relative: bool| {
        clause
            .bytes()
            .next()
            .is_some_and(|b| first[usize::from(b.to_ascii_lowercase())])
            && lexicon::get().titles.left_office.iter().any(|w| {
                (relative || w != "quit")
                    && clause.len() >= w.len()
                    && clause.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                    && !clause[w.len()..].starts_with(|c: char| c.is_alphanumeric())
            })
    };
    // Past the aside, the sentence goes on about the same person: "Bayrou, who lost
    // a confidence vote on Sept. 8, was replaced by Lecornu".
    says(clause, relative)
        || relative
            && clause
                .split_once(", ")
                .is_some_and(|(_, main)| says(main, false))
}

/// Words before "government of" that make it a region's or a town's.
const LOCAL_GOVERNMENTS: &[&str] = &[
    "regional",
    "provincial",
    "state",
    "local",
    "city",
    "municipal",
    "county",
    "autonomous",
    "territorial",
];

/// "the government of Taro Kono": the head of government of the country the
/// sentence names.
fn governments(text: &str, s: usize, e: usize, starts: &[(usize, u8)]) -> Vec<Found> {
    let lex = lexicon::get();
    let sentence = &text[s..e];
    let mut out = Vec::new();
    let t = titles();
    for m in t.gate.find(&t.government, GOVERNMENT, sentence, starts) {
        // "the General Administration of Customs": a capitalised phrase, or one after
        // a capitalised word, is an agency's name, not a head of government's.
        let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        if m.start() > 0
            && (capital(&sentence[m.start()..])
                || sentence[..m.start()]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(capital))
        {
            continue;
        }
        let at = s + m.end();
        let Some((ps, pe)) = text[at..e]
            .strip_prefix(' ')
            .and_then(|_| name_after(&text[..e], at + 1))
        else {
            continue;
        };
        if lex.country(&text[ps..pe]).is_some() {
            continue;
        }
        // "the regional government of Andalusia", "the government of Catalonia": a
        // region's government, or a single capitalised word, names a place more
        // often than a person, who is given a first name and a surname.
        let regional = sentence[..m.start()]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| LOCAL_GOVERNMENTS.contains(&w.to_ascii_lowercase().as_str()));
        if regional || !text[ps..pe].contains(' ') {
            continue;
        }
        // "the government of President Gabriel Boric": the title before the name
        // says the office, and the title grammar reads it.
        let titled = Input::new(&text[..e]).range(ps..).anchored(Anchored::Yes);
        if t.ac
            .find(titled)
            .is_some_and(|m| text[m.end()..].starts_with(' '))
        {
            continue;
        }
        let country = lexicon::countries_in(sentence)
            .first()
            .map(|(_, c)| c.to_string());
        out.push(Found {
            start: s + m.start(),
            end: pe,
            role: Role {
                title: "Head of Government".into(),
                country,
                to: None,
                org: None,
                person: without_nickname(&text[ps..pe]),
                former: false,
                future: false,
                person_start: ps,
                person_end: pe,
            },
        });
    }
    out
}

/// Bare mentions of a person already named in full: "Takashi" after "Sanae
/// Takashi". Returns (start, end, full name) for each, outside `taken` spans.
pub fn surnames(
    text: &str,
    people: &[String],
    taken: &[(usize, usize)],
) -> Vec<(usize, usize, String)> {
    let mut by_surname: HashMap<&str, &str> = HashMap::new();
    for p in people {
        if let Some((_, last)) = p.rsplit_once(' ') {
            by_surname.entry(last).or_insert(p.as_str());
        }
        by_surname.entry(p.as_str()).or_insert(p.as_str());
    }
    // Longest first, so "Sanae Takashi" is found before its "Takashi".
    let mut pats: Vec<&str> = by_surname.keys().copied().collect();
    pats.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let bytes = text.as_bytes();
    let mut hits: Vec<(usize, usize, &str)> = Vec::new();
    // A handful of names per document: one memmem pass each beats building an automaton.
    for pat in &pats {
        for a in memchr::memmem::find_iter(bytes, pat.as_bytes()) {
            let b = a + pat.len();
            if !hits.iter().any(|&(hs, he, _)| a < he && b > hs) {
                hits.push((a, b, pat));
            }
        }
    }
    hits.sort_unstable();
    let mut out = Vec::new();
    for (a, b, pat) in hits {
        if (a > 0 && super::is_alnum(bytes[a - 1]))
            || (b < bytes.len() && super::is_alnum(bytes[b]) && !text[b..].starts_with("'s"))
        {
            continue;
        }
        if taken.iter().any(|&(ts, te)| a < te && b > ts) {
            continue;
        }
        // A capitalised word before the surname makes another name ("Yuki Takashi").
        if let Some((_, w)) = word_before(text, a)
            && text[..a].ends_with(' ')
            && w.starts_with(|c: char| c.is_uppercase())
            && !NOT_NAMES.contains(&w)
            && !w.ends_with(['.', ','])
            && !pat.contains(' ')
            && lexicon::get().country(w).is_none()
            && lexicon::get().weekday(w).is_none()
        {
            continue;
        }
        out.push((a, b, by_surname[pat].to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(t: &str) -> Role {
        let r = roles(t, 0, t.len());
        assert_eq!(r.len(), 1, "{t}: {r:?}");
        r[0].role.clone()
    }

    #[test]
    fn the_gate_passes_only_words_that_start_a_title() {
        let t = titles();
        let s = "ex-PRIME Minister, 3President and presidential aides met the Director-General";
        let words: Vec<&str> = t
            .gate
            .starts(s)
            .iter()
            .map(|&(at, _)| s[at..].split([' ', ',', '-']).next().unwrap())
            .collect();
        // "ex" and "presidential" are no title's first word; "President" after a
        // digit is inside a word.
        assert_eq!(words, ["PRIME", "Minister", "Director"]);
        let found: Vec<&str> = t
            .gate
            .find(&t.ac, TITLE, s, &t.gate.starts(s))
            .iter()
            .map(|m| &s[m.range()])
            .collect();
        // "Minister" is inside "PRIME Minister".
        assert_eq!(found, ["PRIME Minister", "Director-General"]);
        let s = "the government of Taro Kono";
        let starts = t.gate.starts(s);
        assert_eq!(starts, [(4, GOVERNMENT)]);
        assert_eq!(t.gate.find(&t.government, GOVERNMENT, s, &starts).len(), 1);
    }

    /// A name, then a verb of taking office, then the office.
    #[test]
    fn a_name_that_took_an_office() {
        let r = one("Sushila Karki was sworn in as Nepal's interim prime minister on Friday.");
        assert_eq!(
            (r.person.as_str(), r.country.as_deref(), r.future),
            ("Sushila Karki", Some("Nepal"), false),
            "{r:?}"
        );
        let r = one("Sanae Takaichi became Japan's first female prime minister.");
        assert_eq!(r.person, "Sanae Takaichi", "{r:?}");
        let r = one("Catherine Connolly was elected Ireland's president.");
        assert!(r.future, "{r:?}");
    }

    /// A body a title names is no person: "Premier League" has no premier in it.
    #[test]
    fn a_title_before_a_body_is_no_role() {
        for t in [
            "He joined the Premier League club in 2021.",
            "The Presidents Cup starts on Thursday.",
            "Prime Minister Party members met.",
        ] {
            assert!(roles(t, 0, t.len()).is_empty(), "{t}");
        }
        assert_eq!(one("Premier Li Qiang spoke.").person, "Li Qiang");
    }

    #[test]
    fn institutions_named_after_a_country() {
        for (t, org) in [
            (
                "Bank of England Governor Andrew Bailey said.",
                "Bank of England",
            ),
            ("Bank of Japan Governor Kazuo Ueda said.", "Bank of Japan"),
            (
                "Reserve Bank of India Governor Sanjay Malhotra said.",
                "Reserve Bank of India",
            ),
        ] {
            let r = one(t);
            assert_eq!(
                (r.org.as_deref(), r.country.as_deref()),
                (Some(org), None),
                "{t}"
            );
        }
    }

    /// A capital before a city's office names the city: "Warsaw mayor" is no office
    /// of Poland, though "Warsaw said" is Poland's government.
    #[test]
    fn a_capital_before_a_mayor_is_the_city() {
        for (t, org) in [
            ("Warsaw mayor Rafal Trzaskowski lost.", "Warsaw"),
            ("Tokyo Governor Yuriko Koike said.", "Tokyo"),
        ] {
            let r = one(t);
            assert_eq!(
                (r.org.as_deref(), r.country.as_deref()),
                (Some(org), None),
                "{t}"
            );
        }
        let r = one("Warsaw's foreign minister Radoslaw Sikorski said.");
        assert_eq!(r.country.as_deref(), Some("Poland"));
    }

    #[test]
    fn country_title_person() {
        let r =
            one("Trump met with Japan's newly appointed Prime Minister Sanae Takaichi in Tokyo.");
        assert_eq!(
            (r.title.as_str(), r.country.as_deref(), r.person.as_str()),
            ("Prime Minister", Some("Japan"), "Sanae Takaichi")
        );
        let r = one(
            "US President Trump and Japanese Prime Minister Taro Kono signed it."
                .split(" and ")
                .nth(1)
                .unwrap(),
        );
        assert_eq!(
            (r.country.as_deref(), r.person.as_str()),
            (Some("Japan"), "Taro Kono")
        );
        let r = one("Chinese President Xi Jinping in South Korea");
        assert_eq!(
            (r.title.as_str(), r.country.as_deref(), r.person.as_str()),
            ("President", Some("China"), "Xi Jinping")
        );
        let r = one("Treasury Secretary Scott Bessent said");
        assert_eq!(
            (r.title.as_str(), r.country, r.person.as_str()),
            ("Treasury Secretary", None, "Scott Bessent")
        );
    }

    #[test]
    fn appositives_and_of_forms() {
        let r = one("George Glass, the U.S. Ambassador to Japan, stated");
        assert_eq!(
            (r.country.as_deref(), r.to.as_deref(), r.person.as_str()),
            (Some("United States"), Some("Japan"), "George Glass")
        );
        let r = one("Prime Minister of Japan Sanae Takaichi said");
        assert_eq!(
            (r.country.as_deref(), r.person.as_str()),
            (Some("Japan"), "Sanae Takaichi")
        );
        let r = one("Sanae Takaichi, Japan's prime minister, said");
        assert_eq!(
            (r.country.as_deref(), r.person.as_str()),
            (Some("Japan"), "Sanae Takaichi")
        );
    }

    /// A company's grade before a title makes it no office: "Senior vice president
    /// Beth Galetti" is no vice president of a body called "Senior".
    #[test]
    fn a_companys_grade_is_no_office() {
        for t in [
            "Senior vice president Beth Galetti told staff.",
            "The firm's executive vice president, Ana Diaz, spoke.",
            "Assistant Secretary Maria Lopez spoke.",
        ] {
            assert!(roles(t, 0, t.len()).is_empty(), "{t}");
        }
        assert_eq!(one("Vice President JD Vance spoke.").person, "JD Vance");
    }

    #[test]
    fn organisations_former_and_governments() {
        let r = one("Daido Steel CEO Tetsuya Shimizu said");
        assert_eq!(
            (r.org.as_deref(), r.person.as_str()),
            (Some("Daido Steel"), "Tetsuya Shimizu")
        );
        let r = one("You know the former Prime Minister Abe is also a friend");
        assert!(r.former);
        assert_eq!(r.person, "Abe");
        // The marker before a country, or hyphenated to the title.
        let r = one("Former Canadian Prime Minister Justin Trudeau spoke.");
        assert_eq!((r.former, r.country.as_deref()), (true, Some("Canada")));
        let r = one("Then-Prime Minister Justin Trudeau signed it.");
        assert_eq!((r.former, r.org.as_deref()), (true, None));
        let r = one("European Commission President Ursula von der Leyen spoke.");
        assert_eq!(r.person, "Ursula von der Leyen");
        let r = one("Brazilian President Luiz Inacio Lula da Silva spoke.");
        assert_eq!(r.person, "Luiz Inacio Lula da Silva");
        let r = one("Canadian Prime Minister Mark Carney spoke.");
        assert!(!r.former && !r.future);
        // A title's abbreviation is the title.
        let r = one("Kentucky Gov. Andy Beshear said.");
        assert_eq!(
            (r.title.as_str(), r.person.as_str()),
            ("Governor", "Andy Beshear")
        );
        // A nickname in quotes is read past, and left out of the name.
        let r = one("Former President Jorge \"Tuto\" Quiroga spoke.");
        assert_eq!(r.person, "Jorge Quiroga");
        let r = one("Bolivian President Luis Arce said.");
        assert_eq!(r.person, "Luis Arce");
        // Initials are part of the name.
        let r = one("Nepal's Prime Minister K.P. Sharma Oli resigned.");
        assert_eq!(r.person, "K.P. Sharma Oli");
        let r = one("Former President George W. Bush spoke.");
        assert_eq!(r.person, "George W. Bush");
        // A relative clause that says the holder has left.
        let r = one("Foreign Minister Gerardo Werthein, who resigned last week, was replaced.");
        assert!(r.former);
        let r = one("Foreign Minister Pablo Quirno, who was sworn in on Monday, spoke.");
        assert!(!r.former);
        // Or the clause past the aside does.
        let r = one(
            "Prime Minister Francois Bayrou, who lost a vote on Sept. 8, was replaced by Lecornu.",
        );
        assert!(r.former, "{r:?}");
        let r = one("Prime Minister Sebastien Lecornu, who took office on Sept. 9, met unions.");
        assert!(!r.former, "{r:?}");
        // A country's name may be a surname.
        let r = one("Portuguese Prime Minister Luis Montenegro called for a review.");
        assert_eq!(r.person, "Luis Montenegro");
        let r = one("President Trump China trip.");
        assert_eq!(r.person, "Trump");
        // Or a verb of leaving right after the name; "quit" there is another thing's.
        let r = one("President Yoon Suk Yeol was ousted in April.");
        assert!(r.former && r.person == "Yoon Suk Yeol", "{r:?}");
        let r = one("Prime Minister Shigeru Ishiba resigned on Sunday.");
        assert!(r.former, "{r:?}");
        let r = one("President Javier Milei quit the talks.");
        assert!(!r.former, "{r:?}");
        let r = one("President Javier Milei was sworn in.");
        assert!(!r.former, "{r:?}");
        // Particles, small or capitalised, do not count towards the four words; an
        // honorific is no part of the name.
        let r = one("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke.");
        assert_eq!(r.person, "Mohammed bin Abdulrahman Al Thani");
        let r = one("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani spoke.");
        assert_eq!(r.person, "Mohammed bin Abdulrahman Al Thani");
        // A particle joined by a hyphen is part of the surname.
        let r = one("Iraqi Prime Minister Mohammed Shia al-Sudani's coalition won.");
        assert_eq!(r.person, "Mohammed Shia al-Sudani");
        let r = one("Egyptian President Abdel Fattah el-Sisi met him.");
        assert_eq!(r.person, "Abdel Fattah el-Sisi");
        // Holders to be: a marker before the title, or a suffix after it.
        let r = one("President-elect Donald Trump met him.");
        assert_eq!((r.future, r.person.as_str()), (true, "Donald Trump"));
        let r = one("Incoming German Chancellor Friedrich Merz spoke.");
        assert_eq!((r.future, r.country.as_deref()), (true, Some("Germany")));
        let r = one("Prime Minister designate Francois Bayrou spoke.");
        assert_eq!((r.future, r.person.as_str()), (true, "Francois Bayrou"));
        // A titled person after "government of" is read by the title alone.
        let r = one("Jara served in the government of President Gabriel Boric.");
        assert_eq!(
            (r.title.as_str(), r.person.as_str()),
            ("President", "Gabriel Boric")
        );
        let r = one("Japan has grown closer since the government of Taro Kono came into power.");
        assert_eq!(
            (r.title.as_str(), r.country.as_deref(), r.person.as_str()),
            ("Head of Government", Some("Japan"), "Taro Kono")
        );
        // An agency's name is no government of a person.
        let t = "China's General Administration of Customs said exports rose.";
        let found = roles(t, 0, t.len());
        assert!(found.is_empty(), "{found:?}");
        // Nor is a region's government, or a place's of one word.
        for t in [
            "The toll rose to 40, the regional government of Andalusia said.",
            "Spain said the government of Catalonia would help.",
            "The state government of New South Wales declared a disaster.",
        ] {
            let found = roles(t, 0, t.len());
            assert!(found.is_empty(), "{t}: {found:?}");
        }
        let r = one("Foreign Ministry spokesperson Guo Jiakun stated");
        assert_eq!(
            (r.title.as_str(), r.person.as_str()),
            ("Spokesperson", "Guo Jiakun")
        );
    }

    #[test]
    fn no_person_no_role() {
        assert!(roles("the prime minister said", 0, 23).is_empty());
    }

    #[test]
    fn bare_surnames_link_to_the_full_name() {
        let t = "Sanae Takashi spoke. On Saturday, Takashi had a call. Takashi's view.";
        let found = surnames(t, &["Sanae Takashi".into()], &[(0, 13)]);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].2, "Sanae Takashi");
    }
}
