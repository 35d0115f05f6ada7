//! Ordinals and ranks: "1st", "22nd", "third", "fourth-largest economy", "third
//! straight", "250th anniversary".

use super::number::word;
use crate::lexicon;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::{digit1, satisfy};
use nom::combinator::{map_opt, not, opt};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};

#[derive(Debug, Clone, PartialEq)]
pub struct Ordinal {
    pub value: u32,
    /// The superlative it ranks by ("largest" in "fourth-largest").
    pub rank: Option<String>,
}

fn no_alnum(i: &str) -> IResult<&str, ()> {
    not(satisfy(|c| c.is_alphanumeric())).parse(i)
}

/// A digit ordinal: `1st`, `22nd`, `250th`.
pub fn digit_ordinal(i: &str) -> IResult<&str, u32> {
    let (rest, n) = map_opt(digit1, |d: &str| d.parse::<u32>().ok()).parse(i)?;
    let (rest, suffix) = terminated(
        alt((
            tag_no_case("st"),
            tag_no_case("nd"),
            tag_no_case("rd"),
            tag_no_case("th"),
        )),
        no_alnum,
    )
    .parse(rest)?;
    let want = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    if !suffix.eq_ignore_ascii_case(want) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((rest, n))
}

/// An ordinal word, compounds included: `third`, `twenty-first`.
pub fn word_ordinal(i: &str) -> IResult<&str, u32> {
    let lex = lexicon::get();
    let ord = |w: &str| lex.ordinals.words.get(&w.to_ascii_lowercase()).copied();
    let tens = |w: &str| {
        lex.numbers
            .tens
            .get(&w.to_ascii_lowercase())
            .map(|v| *v as u32)
    };
    alt((
        (
            map_opt(word, tens),
            preceded(tag("-"), map_opt(terminated(word, no_alnum), ord)),
        )
            .map(|(t, o)| t + o),
        map_opt(terminated(word, no_alnum), ord),
    ))
    .parse(i)
}

/// An ordinal with the rank it gives: `fourth-largest`, `third straight`.
pub fn ordinal(i: &str) -> IResult<&str, Ordinal> {
    let (rest, value) = alt((digit_ordinal, word_ordinal)).parse(i)?;
    let (rest, rank) = opt(preceded(
        alt((tag("-"), tag(" "))),
        map_opt(terminated(word, no_alnum), |w: &str| {
            let w = w.to_ascii_lowercase();
            (w.ends_with("est") || w == "straight" || w == "consecutive" || w == "place")
                .then_some(w)
        }),
    ))
    .parse(rest)?;
    Ok((rest, Ordinal { value, rank }))
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
                rank: Some("largest".into())
            }
        );
        assert_eq!(
            ordinal("third straight").unwrap().1.rank.as_deref(),
            Some("straight")
        );
        assert_eq!(ordinal("250th anniversary").unwrap().1.value, 250);
        assert_eq!(ordinal("twenty-first").unwrap().1.value, 21);
        assert!(ordinal("2th").is_err());
        assert!(ordinal("firstly").is_err());
    }
}
