//! Ordinals and ranks: "1st", "22nd", "third", "fourth-largest economy", "third
//! straight", "250th anniversary".

use super::number::{boundary, word};
use crate::lexicon::{self, Anchor, Counted};
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::{digit1, space1};
use nom::combinator::{map_opt, opt};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};

#[derive(Debug, Clone, PartialEq)]
pub struct Ordinal {
    /// The place counted from the first; 0 for a relative ordinal.
    pub value: u64,
    /// The superlative it ranks by ("largest" in "fourth-largest").
    pub rank: Option<String>,
    /// Counted from the end or from the item at hand instead: "penultimate",
    /// "second to last", "next". No rank claim is made of these.
    pub relative: Option<Counted>,
}

/// A digit ordinal: `1st`, `22nd`, `250th`.
pub fn digit_ordinal(i: &str) -> IResult<&str, u64> {
    let (rest, n) = map_opt(digit1, |d: &str| d.parse::<u64>().ok()).parse(i)?;
    let (rest, suffix) = terminated(
        alt((
            tag_no_case("st"),
            tag_no_case("nd"),
            tag_no_case("rd"),
            tag_no_case("th"),
        )),
        boundary,
    )
    .parse(rest)?;
    if !suffix.eq_ignore_ascii_case(suffix_of(n)) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((rest, n))
}

/// The suffix a number takes as an ordinal: 1st, 2nd, 3rd, 11th, 22nd.
pub fn suffix_of(n: u64) -> &'static str {
    match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    }
}

/// A single ordinal word: `third`, `hundredth`, `nineth` (a common misspelling the
/// lexicon lists).
fn ordinal_word(i: &str) -> IResult<&str, u64> {
    let lex = lexicon::get();
    map_opt(terminated(word, boundary), |w: &str| {
        lexicon::get_lower(&lex.ordinals.words, w).copied()
    })
    .parse(i)
}

/// A tens word glued to an ordinal: `thirtyfirst`, `seventythird`.
fn glued(i: &str) -> IResult<&str, u64> {
    let lex = lexicon::get();
    map_opt(terminated(word, boundary), |w: &str| {
        // The shortest, "fortyfirst", has ten letters: shorter words are passed over.
        if w.len() < 10 {
            return None;
        }
        let w = w.to_ascii_lowercase();
        lex.numbers.tens.iter().find_map(|(t, v)| {
            let rest = w.strip_prefix(t.as_str())?;
            let o = lex.ordinals.words.get(rest).copied().filter(|o| *o < 10)?;
            Some(*v as u64 + o)
        })
    })
    .parse(i)
}

/// An ordinal word, compounds included: `third`, `twenty-first`, `seventy third`,
/// `twenty—fifth`, `two hundredth`, `one hundred twenty fifth`, `three trillionth`.
pub fn word_ordinal(i: &str) -> IResult<&str, u64> {
    if let Ok(r) = alt((ordinal_word, glued)).parse(i) {
        return Ok(r);
    }
    // A cardinal, then a joint, then the ordinal of its last part. Every ordinal
    // word ends in -st, -nd, -rd or -th: with none in the next words, the cardinal
    // is not read twice (the quantity parser reads it next).
    if !ordinal_ahead(i) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    let (rest, n) = super::number::number_words(i)?;
    let (rest, o) = preceded(super::number::joint, ordinal_word).parse(rest)?;
    // A cardinal past what an ordinal can hold is no ordinal.
    if !(0.0..1e18).contains(&n.value) || n.value.fract() != 0.0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::TooLarge,
        )));
    }
    let n = n.value as u64;
    // "two hundredth" multiplies; "twenty-first" and "one hundred twenty fifth" add;
    // "one eighth" is a fraction, not an ordinal.
    if o >= 100 && n > 0 {
        return Ok((rest, n.saturating_mul(o)));
    }
    if n >= 20 && n.is_multiple_of(10) && o < 10 {
        return Ok((rest, n.saturating_add(o)));
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// Whether one of the next words may be an ordinal word: one that ends as they all
/// do. "twenty-one trillion and three hundred twenty second" is eight words.
fn ordinal_ahead(i: &str) -> bool {
    let b = i.as_bytes();
    // The word of `len` letters ending at `k` ends as an ordinal word does.
    let ends_ordinal = |k: usize, len: usize| {
        len >= 5
            && matches!(
                &[b[k - 2] | 0x20, b[k - 1] | 0x20],
                b"st" | b"nd" | b"rd" | b"th"
            )
    };
    let (mut words, mut len) = (0, 0);
    for (k, &c) in b.iter().enumerate() {
        if c.is_ascii_alphabetic() {
            len += 1;
            continue;
        }
        if len > 0 {
            if ends_ordinal(k, len) {
                return true;
            }
            words += 1;
            if words == 10 {
                return false;
            }
        }
        len = 0;
    }
    ends_ordinal(b.len(), len)
}

/// ` to last`, `-from-last` after an ordinal: it counts from the end.
fn to_last(i: &str) -> IResult<&str, ()> {
    let joint = || alt((tag("-"), space1));
    let (rest, _) = (
        joint(),
        alt((tag_no_case("to"), tag_no_case("from"))),
        joint(),
        tag_no_case("last"),
        boundary,
    )
        .parse(i)?;
    Ok((rest, ()))
}

/// The place `n` counted back from the end: the last is `end+0`, the second to last
/// `end-1`.
fn from_end(n: u64) -> Counted {
    let offset = 1i64.saturating_sub_unsigned(n);
    Counted {
        from: Anchor::End,
        offset,
    }
}

/// An ordinal counted from the end or from the item at hand that starts with no
/// ordinal of its own: `penultimate`, `next`, `next to last`, `one before the last`
/// ("second to last" is read by [`ordinal`]).
pub fn relative(i: &str) -> IResult<&str, Counted> {
    let lex = lexicon::get();
    // "next to last" is the second from the end, as "second to last" is.
    if let Ok((rest, _)) = (tag_no_case("next"), to_last).parse(i) {
        return Ok((rest, from_end(2)));
    }
    let mut before_last = (
        tag_no_case("one"),
        space1,
        tag_no_case("before"),
        space1,
        tag_no_case("the"),
        space1,
        tag_no_case("last"),
        boundary,
        opt((space1, tag_no_case("one"), boundary)),
    );
    if let Ok((rest, _)) = before_last.parse(i) {
        return Ok((rest, from_end(2)));
    }
    map_opt(terminated(word, boundary), |w: &str| {
        lexicon::get_lower(&lex.ordinals.relative, w).copied()
    })
    .parse(i)
}

/// An ordinal with the rank it gives: `fourth-largest`, `third straight`; or one
/// counted from an end: `second to last`, and the forms of [`relative`].
pub fn ordinal(i: &str) -> IResult<&str, Ordinal> {
    let counted = |rest, r| {
        let o = Ordinal {
            value: 0,
            rank: None,
            relative: Some(r),
        };
        Ok((rest, o))
    };
    let Ok((rest, value)) = alt((digit_ordinal, word_ordinal)).parse(i) else {
        // Only words start these: digits that are no ordinal are passed over here.
        if !i.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Tag,
            )));
        }
        let (rest, r) = relative(i)?;
        return counted(rest, r);
    };
    if value >= 1
        && let Ok((rest, _)) = to_last(rest)
    {
        return counted(rest, from_end(value));
    }
    // "sixth most populous", "second-most visited": a superlative of two words.
    let most = preceded(
        (alt((tag("-"), tag(" "))), tag_no_case("most"), tag(" ")),
        map_opt(terminated(word, boundary), |w: &str| {
            (w.len() > 3 && w.bytes().all(|b| b.is_ascii_lowercase())).then(|| format!("most {w}"))
        }),
    );
    let (rest, rank) = opt(alt((
        most,
        preceded(
            alt((tag("-"), tag(" "))),
            map_opt(terminated(word, boundary), |w: &str| {
                let w = w.to_ascii_lowercase();
                (w.ends_with("est") || w == "straight" || w == "consecutive" || w == "place")
                    .then_some(w)
            }),
        ),
    )))
    .parse(rest)?;
    let relative = None;
    Ok((
        rest,
        Ordinal {
            value,
            rank,
            relative,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_and_ranks() {
        assert_eq!(
            ordinal("fourth-largest economy").unwrap().1,
            Ordinal {
                value: 4,
                rank: Some("largest".into()),
                relative: None,
            }
        );
        assert_eq!(
            ordinal("third straight").unwrap().1.rank.as_deref(),
            Some("straight")
        );
        assert_eq!(ordinal("250th anniversary").unwrap().1.value, 250);
        assert_eq!(ordinal("twenty-first").unwrap().1.value, 21);
        assert!(ordinal("2th").is_err());
        assert_eq!(ordinal("trillionth").unwrap().1.value, 1_000_000_000_000);
        assert_eq!(
            ordinal("a hundred trillionth").unwrap().1.value,
            100_000_000_000_000
        );
        assert_eq!(
            ordinal("twenty-one trillion and three hundred twenty second")
                .unwrap()
                .1
                .value,
            21_000_000_000_322
        );
        assert_eq!(ordinal("Nineth").unwrap().1.value, 9);
        assert!(ordinal("firstly").is_err());
    }

    #[test]
    fn ordinals_from_the_end_or_the_item_at_hand() {
        fn rel(t: &str) -> (Anchor, i64, &str) {
            let (rest, o) = ordinal(t).unwrap();
            let r = o.relative.unwrap();
            (r.from, r.offset, rest)
        }
        assert_eq!(rel("penultimate lap"), (Anchor::End, -1, " lap"));
        assert_eq!(rel("second-to-last place"), (Anchor::End, -1, " place"));
        assert_eq!(rel("third from last"), (Anchor::End, -2, ""));
        assert_eq!(rel("next to last."), (Anchor::End, -1, "."));
        assert_eq!(rel("one before the last one"), (Anchor::End, -1, ""));
        assert_eq!(rel("last"), (Anchor::End, 0, ""));
        assert_eq!(rel("Previous page"), (Anchor::Current, -1, " page"));
        assert_eq!(rel("next 3 books"), (Anchor::Current, 1, " 3 books"));
        // A counted place stays counted from the first.
        assert_eq!(ordinal("second place").unwrap().1.relative, None);
        assert!(ordinal("lastly").is_err());
    }
}
