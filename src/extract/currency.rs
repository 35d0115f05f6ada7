//! Currency signs and words around a figure ("$", "US$", "¥", "yen", "115USD"), minor
//! units after a major amount ("3 dollars 50 cents"), and the first-byte filters that
//! let the quantity grammar skip a lexicon loop for nearly every candidate.

use super::number::{Number, number};
use crate::lexicon::{self, HedgeKind};
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::{char, satisfy, space0, space1};
use nom::combinator::{not, opt};
use nom::{IResult, Parser};
use std::collections::BTreeMap;

/// A lexicon's phrases bucketed by their first byte (either case), in the lexicon's
/// order: a candidate is compared only with the phrases that start as it does, not
/// with the whole lexicon, and ties still go to the phrase the lexicon lists first.
pub(super) struct ByFirst<V: 'static>(Vec<Vec<(&'static str, &'static V)>>);

impl<V> ByFirst<V> {
    fn of(map: &'static BTreeMap<String, V>) -> ByFirst<V> {
        let mut buckets: Vec<Vec<(&'static str, &'static V)>> = vec![Vec::new(); 256];
        for (p, v) in map {
            if let Some(&b) = p.as_bytes().first() {
                buckets[b.to_ascii_lowercase() as usize].push((p.as_str(), v));
            }
        }
        ByFirst(buckets)
    }

    /// The phrases that may start `i`.
    pub(super) fn starting(&self, i: &str) -> &[(&'static str, &'static V)] {
        i.as_bytes()
            .first()
            .map_or(&[], |&b| &self.0[b.to_ascii_lowercase() as usize])
    }
}

pub(super) fn no_match<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

pub(super) struct Firsts {
    pub(super) hedges: ByFirst<HedgeKind>,
    before: ByFirst<String>,
    after: ByFirst<String>,
}

pub(super) fn firsts() -> &'static Firsts {
    static F: std::sync::OnceLock<Firsts> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let lex = lexicon::get();
        Firsts {
            hedges: ByFirst::of(&lex.hedges.hedges),
            before: ByFirst::of(&lex.currencies.before),
            after: ByFirst::of(&lex.currencies.after),
        }
    })
}

/// A currency written before the figure: `$`, `US$`, `¥`, `EUR `.
pub fn currency_before(i: &str) -> IResult<&str, String> {
    let mut best: Option<(&str, &String)> = None;
    for &(sym, code) in firsts().before.starting(i) {
        let lettered_sym = sym.chars().any(|c| c.is_ascii_alphabetic());
        let starts = if lettered_sym {
            i.len() >= sym.len() && i.as_bytes()[..sym.len()].eq_ignore_ascii_case(sym.as_bytes())
        } else {
            i.starts_with(sym)
        };
        if starts && best.is_none_or(|b| b.0.len() < sym.len()) {
            // Letter codes need a boundary ("EUR 5", "RM5"), not "Rome".
            let next = i[sym.len()..].chars().next();
            let lettered = sym.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
            if !lettered || next.is_some_and(|c| c.is_ascii_digit() || c == ' ') {
                best = Some((sym, code));
            }
        }
    }
    let (sym, code) = best.ok_or(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))?;
    let (rest, _) = space0.parse(&i[sym.len()..])?;
    Ok((rest, code.clone()))
}

/// A currency after the figure: a word (` yen`, ` dollars`, `-cent`), a code against
/// the digits (`115USD`) or a sign (`20€`, `10 $`).
pub fn currency_after(i: &str) -> IResult<&str, String> {
    let t = i.trim_start_matches([' ', '-']);
    if firsts().after.starting(t).is_empty() && firsts().before.starting(t).is_empty() {
        return no_match(i);
    }
    if let Ok(r) = currency_word_after(i) {
        return Ok(r);
    }
    let (rest, _) = opt(char(' ')).parse(i)?;
    let mut best: Option<(usize, &String)> = None;
    for &(sym, code) in firsts().before.starting(rest) {
        // Signs after the figure; letter codes against it ("115USD", "20Rs") or,
        // three capitals of an ISO code, after one space as written ("42 SAR");
        // "2 QR codes", "20 rm" are no money.
        let lettered = sym.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
        let spaced = rest.len() != i.len();
        let iso = sym.len() == 3 && sym.bytes().all(|b| b.is_ascii_uppercase());
        if lettered && (sym.len() < 2 || spaced && !(iso && rest.starts_with(sym))) {
            continue;
        }
        let n = sym.len();
        if starts_word(rest, sym) && best.is_none_or(|b| b.0 < n) {
            best = Some((n, code));
        }
    }
    let (n, code) = best.ok_or(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))?;
    Ok((&rest[n..], code.clone()))
}

/// Does `rest` start with `w` (ASCII case-insensitive) as a whole word?
fn starts_word(rest: &str, w: &str) -> bool {
    let n = w.len();
    rest.len() >= n
        && rest.as_bytes()[..n].eq_ignore_ascii_case(w.as_bytes())
        && !rest[n..].starts_with(|c: char| c.is_alphanumeric())
}

/// A currency word after the figure: ` yen`, ` dollars`, `-cent`, `USD`.
fn currency_word_after(i: &str) -> IResult<&str, String> {
    let (rest, sep) = alt((space1, tag("-"), tag(""))).parse(i)?;
    let mut best: Option<(usize, &String)> = None;
    for &(w, code) in firsts().after.starting(rest) {
        let n = w.len();
        if starts_word(rest, w) && best.is_none_or(|b| b.0 < n) {
            best = Some((n, code));
        }
    }
    let (n, code) = best.ok_or(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))?;
    // Against the digits only codes ("115USD"), never words ("5won" is no money).
    if sep.is_empty() && !rest[..n].chars().all(|c| c.is_ascii_uppercase()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((&rest[n..], code.clone()))
}

/// Minor units after a major amount: ` 50 cents`, ` and 43`, ` forty five` (end of
/// clause), so "3 dollars 50 cents" is 3.50.
fn minor_units(i: &str) -> IResult<&str, f64> {
    let (rest, (_, n)) = (alt((tag(" and "), tag(" "))), number).parse(i)?;
    if n.value < 0.0 || n.value >= 100.0 || n.value.fract() != 0.0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    let mut cents = (
        space0,
        alt((
            tag_no_case("cents"),
            tag_no_case("cent"),
            tag_no_case("sen"),
            tag_no_case("pence"),
            tag_no_case("c"),
            tag_no_case("p"),
        )),
        not(satisfy(|c| c.is_alphanumeric())),
    );
    let parsed: IResult<&str, _> = cents.parse(rest);
    if let Ok((r, _)) = parsed {
        return Ok((r, n.value / 100.0));
    }
    // Without a minor-unit word the clause must end there.
    if rest.is_empty() || rest.starts_with(['.', ',', ';', ')', '!', '?']) {
        return Ok((rest, n.value / 100.0));
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Digit,
    )))
}

/// Adds minor units to a whole major amount: "3 dollars 50 cents".
pub(super) fn with_minor(rest: &str, mut n: Number) -> (&str, Number) {
    match minor_units(rest) {
        Ok((r, c)) if n.scale == 1.0 && n.value.fract() == 0.0 => {
            n.value += c;
            n.step = n.step.min(0.01);
            (r, n)
        }
        _ => (rest, n),
    }
}
