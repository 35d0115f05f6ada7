//! Claims: mentions turned into `(subject, attribute, scope, time) = value`. Pack
//! templates key figures precisely (`template`); the generic keyer (`generic`) keys
//! the rest from the sentence itself; roles become office claims (`office`); events
//! get their dates (`event`).

pub mod action;
pub mod age;
pub mod alias;
mod deadline;
mod deal;
mod duration;
pub mod event;
pub mod generic;
mod jobs;
mod loot;
pub mod market;
pub mod metric;
pub mod nationals;
pub mod office;
mod pledge;
pub mod policy;
mod population;
pub mod rank;
pub mod rate;
pub mod storm;
mod tally;
mod tariff;
mod temperature;
pub mod template;
mod transfer;

use crate::extract::{Extraction, Kind};
use crate::pack::PackSet;
use crate::source::Document;
use crate::source::offsets::Span;
use jiff::civil::Date;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

/// A key, label or unit, shared between the claims that say it. A thin pointer
/// (`Arc<String>`, not `Arc<str>`): claims are the one thing a run keeps per figure,
/// so eight bytes each matter.
pub type Name = Arc<String>;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A figure as an interval, with its rounding step and unit.
    Figure {
        low: f64,
        high: f64,
        step: f64,
        /// Shared, like keys: every claim in percent holds the same "percent".
        unit: Name,
        tolerance: f64,
        relative_tolerance: f64,
    },
    /// A person holding an office.
    Person {
        name: String,
        former: bool,
        bare: bool,
    },
    /// The days an event may have happened.
    Day { first: Date, last: Date },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    Template,
    Generic,
}

/// What a claim is about: the key (what is compared with what), its label, the layer
/// that keyed it, and the facts office of a role claim. Shared by every claim of the
/// key, so ten thousand articles saying the same hold one copy of it.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct About {
    pub key: String,
    pub label: String,
    pub layer: Layer,
    pub office: Option<usize>,
}

/// One claim: where it is said, what about, and the value. A run keeps one per
/// figure of the batch, so it is 16 bytes: the document and start as `u32` (no
/// article is 4 GiB), and what is said, with the length of the words saying it,
/// shared with every claim that says the same in as many bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    doc: u32,
    start: u32,
    said: Arc<Said>,
}

/// What a claim says: about what, the value, and how many bytes say it ("about 90%"
/// and "nearly 90%" are two; most repetitions of a figure are written alike).
#[derive(Debug, PartialEq)]
struct Said {
    about: Arc<About>,
    value: Value,
    len: u32,
}

impl Claim {
    pub fn new(
        doc: usize,
        span: Span,
        key: impl Into<String>,
        label: impl Into<String>,
        value: Value,
        layer: Layer,
        office: Option<usize>,
    ) -> Claim {
        let small = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Claim {
            doc: small(doc),
            start: small(span.start),
            said: Arc::new(Said {
                len: small(span.end.saturating_sub(span.start)),
                about: Arc::new(About {
                    key: key.into(),
                    label: label.into(),
                    layer,
                    office,
                }),
                value,
            }),
        }
    }

    pub fn doc(&self) -> usize {
        self.doc as usize
    }

    pub fn span(&self) -> Span {
        let start = self.start as usize;
        Span::new(start, start + self.said.len as usize)
    }

    pub fn key(&self) -> &str {
        &self.said.about.key
    }

    pub fn label(&self) -> &str {
        &self.said.about.label
    }

    pub fn value(&self) -> &Value {
        &self.said.value
    }

    pub fn layer(&self) -> Layer {
        self.said.about.layer
    }

    /// A facts office index, for role claims of a known office.
    pub fn office(&self) -> Option<usize> {
        self.said.about.office
    }
}

/// A figure claim with no tolerance of its own, as the generic and metric keyers make
/// them (the rounding of the written figure still applies).
pub fn figure(
    doc: usize,
    m: &crate::extract::Mention,
    q: &crate::extract::Quantity,
    key: String,
    label: String,
) -> Claim {
    figure_at(doc, m.span, q, key, label)
}

/// A sum of money a keyer may still take, and its currency: not keyed yet, not a
/// range, not the conversion of an amount before it ("($102 million)").
pub(super) fn open_amount(
    m: &crate::extract::Mention,
    keyed: bool,
) -> Option<(&crate::extract::Quantity, &str)> {
    let crate::extract::Kind::Quantity(q) = &m.kind else {
        return None;
    };
    let crate::extract::Unit::Money(currency) = &q.unit else {
        return None;
    };
    (!keyed && !q.range && m.conversion_of.is_none()).then_some((q, currency.as_str()))
}

/// A figure claim at a span no mention covers ("largest" ranking first).
pub fn figure_at(
    doc: usize,
    span: Span,
    q: &crate::extract::Quantity,
    key: String,
    label: String,
) -> Claim {
    let value = Value::Figure {
        low: q.low,
        high: q.high,
        step: q.step,
        unit: q.unit.label().unwrap_or_default().into(),
        tolerance: 0.0,
        relative_tolerance: 0.0,
    };
    Claim::new(doc, span, key, label, value, Layer::Generic, None)
}

/// A value by its bits, to share equal values: `f64` is not `Eq`, and two values
/// are the same one only when every bit is.
#[derive(PartialEq, Eq, Hash)]
enum Bits {
    Figure([u64; 5], Name),
    Person(String, bool, bool),
    Day(Date, Date),
}

impl Value {
    fn bits(&self) -> Bits {
        match self {
            Value::Figure {
                low,
                high,
                step,
                unit,
                tolerance,
                relative_tolerance,
            } => Bits::Figure(
                [low, high, step, tolerance, relative_tolerance].map(|x| x.to_bits()),
                unit.clone(),
            ),
            Value::Person { name, former, bare } => Bits::Person(name.clone(), *former, *bare),
            Value::Day { first, last } => Bits::Day(*first, *last),
        }
    }
}

/// What the claims of a run share: one copy of each `About`, and of each value said
/// about it (keyed by the shared `About`'s address, which its copy here keeps alive).
#[derive(Default)]
pub struct Shared {
    about: FxHashSet<Arc<About>>,
    said: FxHashMap<(usize, Bits, u32), Arc<Said>>,
}

/// Keys every document's mentions.
pub fn key_all(docs: &[Document], extractions: &[Extraction], packs: &PackSet) -> Vec<Claim> {
    let mut claims = Vec::new();
    let mut shared = Shared::default();
    for (i, (d, e)) in docs.iter().zip(extractions).enumerate() {
        let first = claims.len();
        key_figures(i, d, e, packs, &mut claims);
        event::key(i, d, e, packs, &mut claims);
        // Share each document's keys with the batch's before the next document.
        intern(&mut claims[first..], &mut shared);
    }
    claims
}

/// Keys one document's figures and offices: everything but events, which need the
/// document's dates resolved first.
pub fn key_figures(i: usize, d: &Document, e: &Extraction, packs: &PackSet, out: &mut Vec<Claim>) {
    let celsius = temperature::in_celsius(e);
    let e = celsius.as_ref().unwrap_or(e);
    let mut keyed = vec![false; e.mentions.len()];
    template::key(i, d, e, packs, out, &mut keyed);
    market::key(i, d, e, out, &mut keyed);
    // Before job cuts: "the economy shed 65,500 jobs" is a month's payrolls.
    jobs::key(i, d, e, out, &mut keyed);
    action::key(i, d, e, out, &mut keyed);
    let rate_changes = rate::find(d, e, &mut keyed);
    policy::key(i, d, e, out, &mut keyed);
    tariff::key(i, d, e, out, &mut keyed);
    deal::key(i, d, e, out, &mut keyed);
    transfer::key(i, d, e, out, &mut keyed);
    loot::key(i, d, e, out, &mut keyed);
    pledge::key(i, d, e, out, &mut keyed);
    metric::key(i, d, e, out, &mut keyed);
    storm::key(i, d, e, out, &mut keyed);
    duration::key(i, d, e, out, &mut keyed);
    deadline::key(i, d, e, out, &mut keyed);
    tally::key(i, d, e, out, &mut keyed);
    nationals::key(i, d, e, out, &mut keyed);
    population::key(i, d, e, out, &mut keyed);
    generic::key(i, d, e, out, &keyed);
    rate::key(i, e, &rate_changes, out);
    age::key(i, d, e, out, &keyed);
    rank::key(i, d, e, out);
    office::key(i, d, e, packs, out);
}

/// Byte strings a keyer looks for before it reads a sentence, their finders built
/// once: a finder built per search costs more than the search.
pub(super) struct Gate {
    words: &'static [&'static str],
    finders: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>>,
}

impl Gate {
    pub(super) const fn new(words: &'static [&'static str]) -> Gate {
        Gate {
            words,
            finders: std::sync::OnceLock::new(),
        }
    }

    /// Does `text` hold any of the words?
    pub(super) fn any(&self, text: &str) -> bool {
        self.finders
            .get_or_init(|| {
                self.words
                    .iter()
                    .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
                    .collect()
            })
            .iter()
            .any(|f| f.find(text.as_bytes()).is_some())
    }
}

/// Shares claims' keys and values with a run's other claims, from the moment they
/// are keyed, across the threads of the run.
pub fn intern_shared(claims: &mut [Claim], shared: &std::sync::Mutex<Shared>) {
    // A panic elsewhere cannot leave the sets half-changed: inserts are whole.
    let mut shared = shared
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    intern(claims, &mut shared);
}

/// Makes claims with equal keys or values share one allocation.
pub fn intern(claims: &mut [Claim], shared: &mut Shared) {
    for c in claims.iter_mut() {
        let about = match shared.about.get(&c.said.about) {
            Some(a) => a.clone(),
            None => {
                shared.about.insert(c.said.about.clone());
                c.said.about.clone()
            }
        };
        let key = (
            Arc::as_ptr(&about) as usize,
            c.said.value.bits(),
            c.said.len,
        );
        c.said = shared
            .said
            .entry(key)
            .or_insert_with(|| {
                Arc::new(Said {
                    about,
                    value: c.said.value.clone(),
                    len: c.said.len,
                })
            })
            .clone();
    }
}

/// The local window of a mention: its sentence, cut at the neighbouring figures, so
/// two figures in one sentence do not share their cues.
pub fn window(d: &Document, e: &Extraction, idx: usize) -> Span {
    let m = &e.mentions[idx];
    let s = e.sentences[m.sentence];
    let is_fig = |k: &Kind| matches!(k, Kind::Quantity(_));
    // Only the sentence's own mentions: the search stays local however long the text.
    let range = e.in_sentence(m.sentence);
    let prev = e.mentions[range.start..idx]
        .iter()
        .rev()
        .find(|o| is_fig(&o.kind) && o.conversion_of.is_none())
        .map_or(s.start, |o| o.span.end);
    let next = e.mentions[(idx + 1).min(range.end)..range.end]
        .iter()
        .find(|o| is_fig(&o.kind) && o.conversion_of.is_none())
        .map_or(s.end, |o| o.span.start);
    let _ = d;
    Span::new(prev.min(m.span.start), next.max(m.span.end))
}

/// Lower-case words of a text.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

/// Where `text` holds the word or phrase `cue`, ASCII case-insensitive, on word
/// boundaries. No allocation: this runs for every cue of every figure.
pub fn find_phrase(text: &str, cue: &str) -> Option<usize> {
    let (t, c) = (text.as_bytes(), cue.as_bytes());
    if c.is_empty() || c.len() > t.len() {
        return None;
    }
    let (lo, up) = (c[0].to_ascii_lowercase(), c[0].to_ascii_uppercase());
    let mut from = 0;
    while let Some(p) = memchr::memchr2(lo, up, &t[from..]) {
        let a = from + p;
        let b = a + c.len();
        if b > t.len() {
            return None;
        }
        if t[a..b].eq_ignore_ascii_case(c) && on_bounds(t, a, b) {
            return Some(a);
        }
        from = a + 1;
    }
    None
}

/// Where `text` last holds the word or phrase `cue`, as [`find_phrase`] finds the
/// first.
pub fn rfind_phrase(text: &str, cue: &str) -> Option<usize> {
    let mut last = None;
    let mut from = 0;
    while let Some(at) = find_phrase(&text[from..], cue) {
        last = Some(from + at);
        from += at + cue.len();
    }
    last
}

/// A fixed list of words and phrases, found in one pass over a text (one automaton,
/// ASCII case-insensitive, on word bounds as [`find_phrase`]), where asking for each
/// phrase in turn would scan the text once per phrase.
#[derive(Debug, Clone)]
pub struct Phrases {
    ac: aho_corasick::AhoCorasick,
    /// The phrase's index in the list, per pattern (empty phrases are left out).
    index: Vec<usize>,
    len: usize,
}

impl Phrases {
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> Phrases {
        let kept: Vec<(usize, &str)> = phrases
            .iter()
            .map(AsRef::as_ref)
            .enumerate()
            .filter(|(_, p)| !p.is_empty())
            .collect();
        // A DFA: the lists are small, and they are searched in every sentence.
        let ac = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(kept.iter().map(|(_, p)| p))
            // Lexicon phrases are a few dozen short strings: far under any limit.
            .expect("a small phrase list always builds");
        Phrases {
            ac,
            index: kept.iter().map(|(i, _)| *i).collect(),
            len: phrases.len(),
        }
    }

    /// Which phrases the text holds, by their index in the list.
    pub fn found(&self, text: &str) -> Vec<bool> {
        let mut found = vec![false; self.len];
        for m in self.ac.find_overlapping_iter(text) {
            if on_bounds(text.as_bytes(), m.start(), m.end()) {
                found[self.index[m.pattern().as_usize()]] = true;
            }
        }
        found
    }

    /// Every place a phrase stands in the text: (start, the phrase's index).
    pub fn matches<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.ac
            .find_overlapping_iter(text)
            .filter(|m| on_bounds(text.as_bytes(), m.start(), m.end()))
            .map(|m| (m.start(), self.index[m.pattern().as_usize()]))
    }

    /// Does the text hold any of the phrases?
    pub fn any(&self, text: &str) -> bool {
        self.ac
            .find_overlapping_iter(text)
            .any(|m| on_bounds(text.as_bytes(), m.start(), m.end()))
    }
}

/// Does `t[a..b]` stand as a word: no letter or digit just before or after it?
fn on_bounds(t: &[u8], a: usize, b: usize) -> bool {
    let word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    (a == 0 || !word(t[a - 1])) && (b == t.len() || !word(t[b]))
}

/// Can `w` (its punctuation trimmed) be a word of a name: capitalised, not a word
/// that opens a sentence ("The", "Its"), a month or a weekday?
pub(super) fn name_word(w: &str) -> bool {
    let lex = crate::lexicon::get();
    w.starts_with(char::is_uppercase)
        && !matches!(w, "The" | "A" | "An" | "It" | "Its" | "Their" | "With")
        && lex.month(w).is_none()
        && lex.weekday(w).is_none()
}

/// Does `text` contain the word or phrase `cue` (case-insensitive, on word bounds)?
pub fn has_phrase(text: &str, cue: &str) -> bool {
    find_phrase(text, cue).is_some()
}

/// The claims a check makes of some small texts, as (key, the text said), for the
/// keyers' tests.
#[cfg(test)]
pub(crate) fn test_keys(texts: &[&str]) -> Vec<(String, String)> {
    let run = test_run(texts);
    run.claims
        .iter()
        .map(|c| {
            (
                c.key().to_string(),
                run.docs[c.doc()].slice(c.span()).to_string(),
            )
        })
        .collect()
}

/// The claims of [`test_keys`] whose key holds `part`: one keyer's, for its tests.
#[cfg(test)]
pub(crate) fn test_keys_with(texts: &[&str], part: &str) -> Vec<(String, String)> {
    test_keys(texts)
        .into_iter()
        .filter(|(k, _)| k.contains(part))
        .collect()
}

/// A check of some small texts, one document each, with no packs.
#[cfg(test)]
pub(crate) fn test_run(texts: &[&str]) -> crate::check::Run {
    use crate::source::{Format, from_text};
    let docs = texts
        .iter()
        .enumerate()
        .flat_map(|(i, t)| from_text(&format!("{i}.txt"), t.to_string(), Format::Text).unwrap())
        .collect();
    crate::check::run(docs, &crate::pack::PackSet::default(), None)
}

/// The keys of the claims whose text is `text`, from [`test_keys`].
#[cfg(test)]
pub(crate) fn keys_of(keys: &[(String, String)], text: &str) -> Vec<String> {
    keys.iter()
        .filter(|(_, t)| t == text)
        .map(|(k, _)| k.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Phrases, has_phrase};

    /// One automaton finds what asking for each phrase in turn finds.
    #[test]
    fn phrases_agree_with_one_phrase_at_a_time() {
        let list = ["profit", "operating profit", "sales", "", "Q3", "up"];
        let set = Phrases::new(&list);
        for text in [
            "Operating profit rose, as did sales.",
            "The salesman's upbeat note",
            "q3 results: profit up",
            "nothing here",
            "über-sales",
        ] {
            let each: Vec<bool> = list
                .iter()
                .map(|p| !p.is_empty() && has_phrase(text, p))
                .collect();
            assert_eq!(set.found(text), each, "{text}");
            assert_eq!(set.any(text), each.iter().any(|&x| x), "{text}");
        }
    }
}
