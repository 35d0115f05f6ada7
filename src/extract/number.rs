//! Numbers: digits with separators and decimals, number words and their compounds,
//! fractions, collectives and scales. Every parser reads from the start of its input
//! and returns the value with how precisely it was written, which becomes the
//! rounding tolerance of a claim.

use crate::lexicon;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1};
use nom::character::complete::{char, digit1, satisfy, space1};
use nom::combinator::{map_opt, not, opt, peek, recognize, verify};
use nom::multi::many0;
use nom::sequence::{pair, preceded, terminated};
use nom::{IResult, Parser};

/// A parsed number: its value and the size of its last written digit ("55" -> 1,
/// "54.6" -> 0.1, "55 billion" -> 1e9), so "55 billion" means 54.5 to 55.5 billion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    pub step: f64,
    /// The scale words multiplied in ("million" -> 1e6), 1 when none.
    pub scale: f64,
}

/// A lower-case word: `seven`, `twenty`.
pub fn word(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)
}

/// Not followed by a letter or digit: the word or number ends here.
fn boundary(i: &str) -> IResult<&str, ()> {
    not(satisfy(|c| c.is_alphanumeric())).parse(i)
}

/// Digits with thousands separators and decimals: `1,234.5`, `90`, `.5`.
pub fn digits(i: &str) -> IResult<&str, Number> {
    let grouped = recognize(pair(
        verify(digit1, |d: &str| d.len() <= 3),
        pair(
            many0(preceded(char(','), verify(digit1, |d: &str| d.len() == 3))),
            opt(preceded(char('.'), digit1)),
        ),
    ));
    let (rest, text) = alt((grouped, recognize(preceded(char('.'), digit1)))).parse(i)?;
    // "1,23" is not a grouped number: stop before the comma.
    let plain = text.replace(',', "");
    let value: f64 = plain
        .parse()
        .map_err(|_| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)))?;
    let decimals = plain.split_once('.').map_or(0, |(_, d)| d.len());
    Ok((
        rest,
        Number {
            value,
            step: 10f64.powi(-(decimals as i32)),
            scale: 1.0,
        },
    ))
}

fn lookup<'a>(
    table: &'a std::collections::BTreeMap<String, f64>,
) -> impl Fn(&str) -> Option<f64> + 'a {
    move |w: &str| table.get(&w.to_ascii_lowercase()).copied()
}

/// A unit word or a tens word with an optional unit: `seven`, `twenty-five`, `ninety`.
fn small_words(i: &str) -> IResult<&str, f64> {
    let lex = &lexicon::get().numbers;
    let tens = map_opt(terminated(word, boundary), lookup(&lex.tens));
    let units = map_opt(terminated(word, boundary), lookup(&lex.units));
    let tens_units = (
        map_opt(word, lookup(&lex.tens)),
        opt(preceded(
            alt((tag("-"), tag(" "))),
            map_opt(terminated(word, boundary), lookup(&lex.units)),
        )),
    );
    alt((
        (tens_units).map(|(t, u)| t + u.filter(|u| *u < 10.0 && *u > 0.0).unwrap_or(0.0)),
        tens,
        units,
    ))
    .parse(i)
}

/// `two hundred and fifty`, `three thousand four hundred`: number words up to the
/// billions, the scales inside them multiplying.
pub fn number_words(i: &str) -> IResult<&str, Number> {
    let lex = &lexicon::get().numbers;
    let scale_word = |i| map_opt(terminated(word, boundary), lookup(&lex.scales)).parse(i);
    let (mut rest, first) = small_words(i)?;
    let (mut total, mut current) = (0.0, first);
    let mut step = 1.0;
    loop {
        // "two hundred", "five million"
        if let Ok((r, s)) = preceded(space1, scale_word).parse(rest) {
            if s == 100.0 {
                current *= s;
            } else {
                total += current * s;
                current = 0.0;
                step = s;
            }
            rest = r;
            // "and fifty", "fifty"
            if let Ok((r2, n)) = preceded(
                (space1, opt(terminated(tag_no_case("and"), space1))),
                small_words,
            )
            .parse(rest)
            {
                current += n;
                rest = r2;
                step = 1.0;
            }
            continue;
        }
        break;
    }
    Ok((
        rest,
        Number {
            value: total + current,
            step: if current == 0.0 { step } else { 1.0 },
            scale: 1.0,
        },
    ))
}

/// A fraction in words: `two-thirds`, `a quarter`, `half`, `three fifths`.
pub fn fraction(i: &str) -> IResult<&str, Number> {
    let lex = &lexicon::get().numbers;
    let numerator = alt((
        terminated(tag_no_case("a"), alt((tag("-"), space1))).map(|_| 1.0),
        terminated(tag_no_case("an"), space1).map(|_| 1.0),
        terminated(small_words, alt((tag("-"), space1))),
    ));
    let (rest, (num, den)) = alt((
        (
            numerator,
            map_opt(terminated(word, boundary), lookup(&lex.fractions)),
        ),
        (
            |i| Ok((i, 1.0)),
            verify(
                map_opt(terminated(word, boundary), lookup(&lex.fractions)),
                |d| *d == 2.0,
            ),
        ),
    ))
    .parse(i)?;
    let value = num / den;
    Ok((
        rest,
        Number {
            value,
            step: value / 100.0,
            scale: 1.0,
        },
    ))
}

/// A collective: `a dozen`, `two dozen`, `a couple of`.
pub fn collective(i: &str) -> IResult<&str, Number> {
    let lex = &lexicon::get().numbers;
    let (rest, (n, c)) = (
        alt((
            terminated(tag_no_case("a"), space1).map(|_| 1.0),
            terminated(small_words, space1),
        )),
        map_opt(terminated(word, boundary), lookup(&lex.collectives)),
    )
        .parse(i)?;
    let (rest, _) = opt((space1, tag_no_case("of"), peek(space1))).parse(rest)?;
    Ok((
        rest,
        Number {
            value: n * c,
            step: 1.0,
            scale: 1.0,
        },
    ))
}

/// A scale word after a number: ` million`, ` billion`, `-million`.
pub fn scale(i: &str) -> IResult<&str, f64> {
    let lex = &lexicon::get().numbers;
    preceded(
        alt((space1, tag("-"), tag(""))),
        map_opt(terminated(word, boundary), lookup(&lex.scales)),
    )
    .parse(i)
}

/// A short scale written against the digits: `bn`, `tn`, `k`, and (`money` only, where
/// "m" cannot be metres) `m`, `b`.
pub fn short_scale(money: bool) -> impl Fn(&str) -> IResult<&str, f64> {
    move |i| {
        let lex = &lexicon::get().numbers;
        verify(
            map_opt(terminated(word, boundary), |w: &str| {
                let w = w.to_ascii_lowercase();
                let ok = money || !matches!(w.as_str(), "m" | "b");
                lex.short_scales.get(&w).copied().filter(|_| ok)
            }),
            |_| true,
        )
        .parse(i)
    }
}

/// A number in any form, with its scales: `55 billion`, `4.2bn`, `two-thirds`,
/// `a dozen`, `1.5 million`. `money` admits the short scales `m` and `b`.
pub fn number_with(money: bool) -> impl Fn(&str) -> IResult<&str, Number> {
    move |i| {
        let (rest, mut n) = alt((
            terminated(digits, not(satisfy(|c| c.is_ascii_digit()))),
            fraction,
            collective,
            number_words,
        ))
        .parse(i)?;
        let from_digits = i.starts_with(|c: char| c.is_ascii_digit() || c == '.');
        let mut rest = rest;
        if from_digits && let Ok((r, s)) = short_scale(money)(rest) {
            n = Number {
                value: n.value * s,
                step: n.step * s,
                scale: n.scale * s,
            };
            rest = r;
        }
        while let Ok((r, s)) = scale(rest) {
            n = Number {
                value: n.value * s,
                step: n.step * s,
                scale: n.scale * s,
            };
            rest = r;
        }
        Ok((rest, n))
    }
}

/// A number outside money: see [`number_with`].
pub fn number(i: &str) -> IResult<&str, Number> {
    number_with(false)(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(i: &str) -> (f64, &str) {
        let (rest, n) = number(i).unwrap();
        (n.value, rest)
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(v("1,234.5 tons"), (1234.5, " tons"));
        assert_eq!(v("90%"), (90.0, "%"));
        assert_eq!(digits("54.6").unwrap().1.step, 0.1);
    }

    #[test]
    fn words_and_compounds() {
        assert_eq!(v("seven"), (7.0, ""));
        assert_eq!(v("twenty-five"), (25.0, ""));
        assert_eq!(v("two hundred and fifty trees"), (250.0, " trees"));
        assert_eq!(v("a dozen"), (12.0, ""));
        assert_eq!(v("half"), (0.5, ""));
        assert!((v("two-thirds").0 - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn scales() {
        assert_eq!(v("55 billion"), (55e9, ""));
        assert_eq!(v("4.2bn"), (4.2e9, ""));
        assert_eq!(v("10k"), (10_000.0, ""));
        assert_eq!(v("1.5 million people"), (1.5e6, " people"));
        assert_eq!(v("three million"), (3e6, ""));
        assert_eq!(number("55 billion").unwrap().1.step, 1e9);
    }

    #[test]
    fn a_spaced_short_scale_is_not_a_scale() {
        assert_eq!(v("6 m deep"), (6.0, " m deep"));
    }
}
