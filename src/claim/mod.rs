//! Claims: mentions turned into `(subject, attribute, scope, time) = value`. Pack
//! templates key figures precisely (`template`); the generic keyer (`generic`) keys
//! the rest from the sentence itself; roles become office claims (`office`); events
//! get their dates (`event`).

pub mod event;
pub mod generic;
pub mod metric;
pub mod office;
pub mod template;

use crate::extract::{Extraction, Kind};
use crate::pack::PackSet;
use crate::source::Document;
use crate::source::offsets::Span;
use jiff::civil::Date;
use std::collections::HashSet;
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Template,
    Generic,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub doc: usize,
    pub span: Span,
    /// The key as one string: what is compared with what. Shared between claims of
    /// one key, so ten thousand articles saying the same hold one copy of it.
    pub key: Name,
    pub label: Name,
    pub value: Value,
    pub layer: Layer,
    /// A facts office index, for role claims of a known office.
    pub office: Option<usize>,
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
    Claim {
        doc,
        span: m.span,
        key: key.into(),
        label: label.into(),
        value: Value::Figure {
            low: q.low,
            high: q.high,
            step: q.step,
            unit: q.unit.label().unwrap_or_default().into(),
            tolerance: 0.0,
            relative_tolerance: 0.0,
        },
        layer: Layer::Generic,
        office: None,
    }
}

/// Keys every document's mentions.
pub fn key_all(docs: &[Document], extractions: &[Extraction], packs: &PackSet) -> Vec<Claim> {
    let mut claims = Vec::new();
    let mut seen = HashSet::new();
    for (i, (d, e)) in docs.iter().zip(extractions).enumerate() {
        let first = claims.len();
        key_figures(i, d, e, packs, &mut claims);
        event::key(i, d, e, packs, &mut claims);
        // Share each document's keys with the batch's before the next document.
        intern(&mut claims[first..], &mut seen);
    }
    claims
}

/// Keys one document's figures and offices: everything but events, which need the
/// document's dates resolved first.
pub fn key_figures(i: usize, d: &Document, e: &Extraction, packs: &PackSet, out: &mut Vec<Claim>) {
    let mut keyed = vec![false; e.mentions.len()];
    template::key(i, d, e, packs, out, &mut keyed);
    metric::key(i, d, e, out, &mut keyed);
    generic::key(i, d, e, out, &keyed);
    office::key(i, d, e, packs, out);
}

/// Interns into a set shared by the threads of a run, so claims share their names
/// from the moment they are keyed, not only once the batch is done.
pub fn intern_shared(claims: &mut [Claim], seen: &std::sync::Mutex<HashSet<Name>>) {
    // A panic elsewhere cannot leave the set half-changed: inserts are whole.
    let mut seen = seen
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    intern(claims, &mut seen);
}

/// Makes claims with equal keys and labels share one allocation.
pub fn intern(claims: &mut [Claim], seen: &mut HashSet<Name>) {
    let mut one = |s: &Name| -> Name {
        if let Some(x) = seen.get(s) {
            return x.clone();
        }
        seen.insert(s.clone());
        s.clone()
    };
    for c in claims.iter_mut() {
        c.key = one(&c.key);
        c.label = one(&c.label);
        if let Value::Figure { unit, .. } = &mut c.value {
            *unit = one(unit);
        }
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
    let word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let (lo, up) = (c[0].to_ascii_lowercase(), c[0].to_ascii_uppercase());
    let mut from = 0;
    while let Some(p) = memchr::memchr2(lo, up, &t[from..]) {
        let a = from + p;
        let b = a + c.len();
        if b > t.len() {
            return None;
        }
        if t[a..b].eq_ignore_ascii_case(c)
            && (a == 0 || !word(t[a - 1]))
            && (b == t.len() || !word(t[b]))
        {
            return Some(a);
        }
        from = a + 1;
    }
    None
}

/// Does `text` contain the word or phrase `cue` (case-insensitive, on word bounds)?
pub fn has_phrase(text: &str, cue: &str) -> bool {
    find_phrase(text, cue).is_some()
}
