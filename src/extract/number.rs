//! Numbers: digits with separators and decimals, number words and their compounds,
//! fractions, collectives and scales. Every parser reads from the start of its input
//! and returns the value with how precisely it was written, which becomes the
//! rounding tolerance of a claim.

use crate::lexicon;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1};
use nom::character::complete::{char, digit1, satisfy, space0, space1};
use nom::combinator::{map_opt, not, opt, peek, recognize, verify};
use nom::multi::{many0, many1};
use nom::sequence::{preceded, terminated};
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
pub fn boundary(i: &str) -> IResult<&str, ()> {
    not(satisfy(|c| c.is_alphanumeric())).parse(i)
}

/// Builds a parse error at `i`.
fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Digit,
    )))
}

/// A thousands group after a separator: exactly three digits, not followed by one.
fn group3(i: &str) -> IResult<&str, &str> {
    terminated(
        verify(digit1, |d: &str| d.len() == 3),
        not(satisfy(|c| c.is_ascii_digit())),
    )
    .parse(i)
}

/// Digits with thousands separators and decimals: `1,234.5`, `90`, `.5`, `12,34,567`
/// (Indian grouping), `1 234 567` (spaced groups), `10000`.
pub fn digits(i: &str) -> IResult<&str, Number> {
    let decimals = || opt(preceded(char('.'), digit1));
    let lead = || verify(digit1, |d: &str| d.len() <= 3);
    let comma = recognize((
        lead(),
        many0(preceded(char(','), verify(digit1, |d: &str| d.len() == 2))),
        many1(preceded(char(','), group3)),
        decimals(),
    ));
    let spaced = recognize((lead(), many1(preceded(char(' '), group3)), decimals()));
    let plain = recognize((digit1, decimals()));
    let bare_decimal = recognize(preceded(char('.'), digit1));
    let (rest, text) = alt((comma, spaced, plain, bare_decimal)).parse(i)?;
    let clean: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let Ok(value) = clean.parse::<f64>() else {
        return fail(i);
    };
    let decimals = clean.split_once('.').map_or(0, |(_, d)| d.len());
    Ok((
        rest,
        Number {
            value,
            step: 10f64.powi(-(decimals as i32)),
            scale: 1.0,
        },
    ))
}

/// A number in scientific notation: `4e14`, `-1e-3`'s digits, `9.83E-3`, `2.48×10−5`,
/// `3 x 10^8`, `6.02×10²³`. The exponent must be whole and end the number; after
/// "x 10" it needs a caret, a sign or superscripts ("the 4x100 relay" is no power).
pub fn scientific(i: &str) -> IResult<&str, Number> {
    let mantissa = recognize((digit1, opt(preceded(char('.'), digit1))));
    let sign = || alt((tag("-"), tag("\u{2212}"), tag("+")));
    let e_form = preceded(alt((char('e'), char('E'))), (opt(sign()), digit1));
    let times = (
        space0,
        alt((tag("\u{d7}"), tag("x"), tag("*"))),
        space0,
        tag("10"),
    );
    let power = alt((
        preceded(char('^'), (opt(sign()), digit1)),
        (sign().map(Some), digit1),
    ));
    let (rest, (m, exp)) = (
        mantissa,
        alt((
            e_form.map(|(s, d)| signed(s, d)),
            preceded(times, alt((power.map(|(s, d)| signed(s, d)), superscript))),
        )),
    )
        .parse(i)?;
    let (rest, _) = not(satisfy(|c| c.is_alphanumeric())).parse(rest)?;
    // Read back in e-form, so 2.48×10−5 is the float "2.48e-5" is, not a product's.
    let Some(exp) = exp.filter(|e| e.abs() <= 300) else {
        return fail(i);
    };
    let Ok(value) = format!("{m}e{exp}").parse::<f64>() else {
        return fail(i);
    };
    let decimals = m.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
    Ok((
        rest,
        Number {
            value,
            step: 10f64.powi(exp - decimals),
            scale: 1.0,
        },
    ))
}

/// An exponent from its sign and digits.
fn signed(sign: Option<&str>, digits: &str) -> Option<i32> {
    let e = digits.parse::<i32>().ok()?;
    Some(if matches!(sign, Some("-" | "\u{2212}")) {
        -e
    } else {
        e
    })
}

/// An exponent in superscripts: `²³`, `⁻⁵`.
fn superscript(i: &str) -> IResult<&str, Option<i32>> {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let (rest, (minus, ds)) =
        (opt(char('⁻')), take_while1(|c: char| DIGITS.contains(&c))).parse(i)?;
    let e = ds
        .chars()
        .filter_map(|c| DIGITS.iter().position(|d| *d == c))
        .try_fold(0i32, |acc, d| acc.checked_mul(10)?.checked_add(d as i32));
    Ok((rest, e.map(|e| if minus.is_some() { -e } else { e })))
}

/// A fraction in digits: `3/4`, `2 1/4`, `1/40`. No denominator a day of the month
/// could be from 17 to 31, so `10/28` stays a date.
pub fn slash_fraction(i: &str) -> IResult<&str, Number> {
    let small = |i| map_opt(digit1, |d: &str| d.parse::<u32>().ok()).parse(i);
    let (rest, (whole, num, _, den)) = (
        opt(terminated(
            map_opt(digit1, |d: &str| d.parse::<u32>().ok()),
            space1,
        )),
        small,
        char('/'),
        verify(small, |d| (2..=16).contains(d) || (32..=1000).contains(d)),
    )
        .parse(i)?;
    let (rest, _) = not(satisfy(|c| c.is_ascii_digit() || c == '/')).parse(rest)?;
    if num >= den {
        return fail(i);
    }
    let value = f64::from(whole.unwrap_or(0)) + f64::from(num) / f64::from(den);
    Ok((
        rest,
        Number {
            value,
            step: value.abs() / 100.0,
            scale: 1.0,
        },
    ))
}

/// A vulgar fraction character: `½`, `⅔`, `¾`, optionally after a whole number (`2½`).
pub fn unicode_fraction(i: &str) -> IResult<&str, Number> {
    const TABLE: &[(char, f64)] = &[
        ('½', 0.5),
        ('⅓', 1.0 / 3.0),
        ('⅔', 2.0 / 3.0),
        ('¼', 0.25),
        ('¾', 0.75),
        ('⅕', 0.2),
        ('⅖', 0.4),
        ('⅗', 0.6),
        ('⅘', 0.8),
        ('⅙', 1.0 / 6.0),
        ('⅚', 5.0 / 6.0),
        ('⅛', 0.125),
        ('⅜', 0.375),
        ('⅝', 0.625),
        ('⅞', 0.875),
    ];
    let (rest, whole) = opt(map_opt(digit1, |d: &str| d.parse::<u32>().ok())).parse(i)?;
    let (rest, f) = map_opt(satisfy(|_| true), |c| {
        TABLE.iter().find(|t| t.0 == c).map(|t| t.1)
    })
    .parse(rest)?;
    let value = f64::from(whole.unwrap_or(0)) + f;
    Ok((
        rest,
        Number {
            value,
            step: 0.01,
            scale: 1.0,
        },
    ))
}

fn lookup<'a>(table: &'a lexicon::Words<f64>) -> impl Fn(&str) -> Option<f64> + 'a {
    move |w: &str| lexicon::get_lower(table, w).copied()
}

/// Whether a word is a number in words ("thirty", "five"): no noun a figure counts,
/// so "twenty thirty fifty" is three numbers, not twenty of "thirty fifty".
pub fn is_number_word(w: &str) -> bool {
    let lex = &lexicon::get().numbers;
    lookup(&lex.units)(w).is_some() || lookup(&lex.tens)(w).is_some()
}

/// A scale word, plural too: `million`, `billions`, `crores`.
fn scale_word(i: &str) -> IResult<&str, f64> {
    let lex = &lexicon::get().numbers;
    map_opt(terminated(word, boundary), |w: &str| {
        let w = w.to_ascii_lowercase();
        lex.scales
            .get(&w)
            .or_else(|| w.strip_suffix('s').and_then(|b| lex.scales.get(b)))
            .copied()
    })
    .parse(i)
}

/// The joint between a tens word and a unit word: `-`, ` `, ` - `, `—`.
pub fn joint(i: &str) -> IResult<&str, &str> {
    alt((
        recognize((space0, tag("-"), space0)),
        tag("\u{2014}"),
        space1,
    ))
    .parse(i)
}

/// A unit word or a tens word with an optional unit: `seven`, `twenty-five`,
/// `fifty two`, `ninety`.
fn small_words(i: &str) -> IResult<&str, f64> {
    let lex = &lexicon::get().numbers;
    let tens = map_opt(terminated(word, boundary), lookup(&lex.tens));
    let units = map_opt(terminated(word, boundary), lookup(&lex.units));
    let unit_after = preceded(
        joint,
        verify(
            map_opt(terminated(word, boundary), lookup(&lex.units)),
            |u| *u > 0.0 && *u < 10.0,
        ),
    );
    alt((
        (
            map_opt(terminated(word, boundary), lookup(&lex.tens)),
            unit_after,
        )
            .map(|(t, u)| t + u),
        tens,
        units,
    ))
    .parse(i)
}

/// An integer in digits that takes part in a compound: `3` in `3 hundred and 21`.
fn int_atom(i: &str) -> IResult<&str, f64> {
    map_opt(
        terminated(
            digit1,
            not(satisfy(|c| c.is_ascii_digit() || c == '.' || c == ',')),
        ),
        |d: &str| d.parse::<f64>().ok(),
    )
    .parse(i)
}

/// The rest of a compound after its first part: scales multiply, parts after a scale
/// add (`four thousand three hundred and twenty-one`, `3 hundred and 21`,
/// `three lakh crore`).
fn compound(mut rest: &str, first: f64) -> (&str, f64, f64) {
    let (mut total, mut current) = (0.0, first);
    let mut step = 1.0;
    let mut last_scale = 0.0;
    while let Ok((r, s)) = preceded(alt((space1, tag("-"))), scale_word).parse(rest) {
        if s == 100.0 && current != 0.0 {
            current *= s;
        } else if current == 0.0 && total > 0.0 && s > last_scale {
            total *= s;
        } else {
            total += current.max(if current == 0.0 && total == 0.0 {
                1.0
            } else {
                0.0
            }) * s;
            current = 0.0;
        }
        step = s;
        last_scale = s;
        rest = r;
        // A part after "and" with a denominator after it is a fraction of its own,
        // read by the caller: "one hundred and three quarters" is 100.75, not 103
        // quarters ("one hundred twenty fifth" stays an ordinal's number).
        let denominator = (
            joint,
            map_opt(
                terminated(word, boundary),
                lookup(&lexicon::get().numbers.fractions),
            ),
        );
        // Digits join only after "hundred" or before a scale of their own: "3
        // hundred and 21", "4 thousand 3 hundred"; in "250 million and 42 more" the
        // 42 is a figure of its own.
        let digit_part = |i| {
            let (r, n) = int_atom(i)?;
            if last_scale == 100.0
                || peek(preceded(alt((space1, tag("-"))), scale_word))
                    .parse(r)
                    .is_ok()
            {
                Ok((r, n))
            } else {
                fail(i)
            }
        };
        if let Ok((r2, n)) = alt((
            preceded(
                (space1, tag_no_case("and"), space1),
                terminated(alt((small_words, digit_part)), not(peek(denominator))),
            ),
            preceded(space1, alt((small_words, digit_part))),
        ))
        .parse(rest)
            // A scale does not repeat itself: in "3 hundred and 2 hundred" the second
            // hundred starts a figure of its own ("seven hundred twenty-one thousand"
            // is one).
            && !preceded(alt((space1, tag("-"))), scale_word)
                .parse(r2)
                .is_ok_and(|(_, next)| next == last_scale)
        {
            // "three hundred and two dozens" is 324: a dozen multiplies its part.
            let (r2, n) = match dozens(r2) {
                Ok((r3, d)) => (r3, n * d),
                Err(_) => (r2, n),
            };
            // "4000 3 hundred": a second number, not a part, when no scale follows a digit atom.
            current += n;
            rest = r2;
            step = 1.0;
        }
    }
    (
        rest,
        total + current,
        if current == 0.0 { step } else { 1.0 },
    )
}

/// ` dozen`, ` dozens` after a number: the collective that multiplies whatever
/// number comes before it ("two hundred dozens" is 2,400), where a couple or a pair
/// after a large number counts couples ("three hundred couples").
fn dozens(i: &str) -> IResult<&str, f64> {
    let lex = &lexicon::get().numbers;
    preceded(
        space1,
        map_opt(terminated(word, boundary), |w: &str| {
            let w = w.to_ascii_lowercase();
            let w = w.strip_suffix('s').unwrap_or(&w);
            lex.collectives.get(w).copied().filter(|c| *c == 12.0)
        }),
    )
    .parse(i)
}

/// Decimals in words: ` point zero three`, ` point five`.
fn point_words(i: &str) -> IResult<&str, (f64, usize)> {
    let lex = &lexicon::get().numbers;
    let (mut rest, _) = (space1, tag_no_case("point")).parse(i)?;
    let mut digits = String::new();
    while let Ok((r, n)) = preceded(
        space1,
        alt((
            small_words,
            map_opt(terminated(word, boundary), lookup(&lex.units)),
        )),
    )
    .parse(rest)
    {
        digits.push_str(&format!("{}", n as u64));
        rest = r;
    }
    if digits.is_empty() {
        return fail(i);
    }
    let v: f64 = format!("0.{digits}").parse().unwrap_or(0.0);
    Ok((rest, (v, digits.len())))
}

/// `two hundred and fifty`, `three thousand four hundred`, `two point two`: number
/// words, scales inside them multiplying.
pub fn number_words(i: &str) -> IResult<&str, Number> {
    // "a thousand", "a million": the article counts one.
    let (rest, first) = alt((
        small_words,
        terminated(tag_no_case("a"), peek((space1, scale_word))).map(|_| 1.0),
    ))
    .parse(i)?;
    let (mut rest, mut value, mut step) = compound(rest, first);
    if let Ok((r, (d, n))) = point_words(rest) {
        value += d;
        step = 10f64.powi(-(n as i32));
        rest = r;
    }
    Ok((
        rest,
        Number {
            value,
            step,
            scale: 1.0,
        },
    ))
}

/// A fraction in words: `two-thirds`, `two thirds`, `a quarter`, `half`, `five -
/// eighths`, `one eighth`.
pub fn fraction(i: &str) -> IResult<&str, Number> {
    let lex = &lexicon::get().numbers;
    let den = || {
        map_opt(terminated(word, boundary), |w: &str| {
            lookup(&lex.fractions)(w)
        })
    };
    let numerator = terminated(small_words, joint);
    let (rest, (num, den)) = alt((
        article_fraction,
        (numerator, den()),
        // "half", and "quarter" before a scale ("quarter million").
        (|i| Ok((i, 1.0)), verify(den(), |d| *d == 2.0)),
        (
            |i| Ok((i, 1.0)),
            terminated(
                verify(den(), |d| *d == 4.0),
                peek(preceded(space1, scale_word)),
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

/// The denominator of a fraction past the small words, after its numerator `n` in
/// words: a plural (`one hundred thirty-two| fifths`, `a hundred| trillionths`), or
/// an ordinal compound (`three| twenty firsts`, `twenty| twenty fifths`), singular
/// after one (`one| twenty-fifth`). The numerator is read as far as it goes, so the
/// denominator is what is left. A singular after any other numerator stays an
/// ordinal: "one hundred twenty-fifth" is 125th.
fn wide_denominator(i: &str, n: f64) -> IResult<&str, f64> {
    let lex = &lexicon::get().numbers;
    if n.fract() != 0.0 || n < 1.0 {
        return fail(i);
    }
    let plural = |w: &str| w.len() > 1 && w.ends_with(['s', 'S']);
    preceded(
        joint,
        alt((
            ordinal_denominator(n == 1.0),
            map_opt(terminated(word, boundary), |w: &str| {
                lookup(&lex.fractions)(w).filter(|_| plural(w))
            }),
        )),
    )
    .parse(i)
}

/// An ordinal compound as a denominator: a tens word and a unit ordinal, plural
/// (`twenty fifths`, `thirty-firsts`) or, when `single`, singular (`twenty-fifth`).
/// "Seconds" is a time, never a denominator: "three twenty seconds".
fn ordinal_denominator(single: bool) -> impl Fn(&str) -> IResult<&str, f64> {
    move |i| {
        let lex = lexicon::get();
        let unit = |w: &str| {
            let w = w.to_ascii_lowercase();
            let base = match w.strip_suffix('s') {
                Some(b) if !single => b,
                None if single => w.as_str(),
                _ => return None,
            };
            if base == "second" {
                return None;
            }
            let v = *lex.ordinals.words.get(base)?;
            (v < 10).then_some(v as f64)
        };
        let (rest, (t, _, u)) = (
            map_opt(terminated(word, boundary), lookup(&lex.numbers.tens)),
            joint,
            map_opt(terminated(word, boundary), unit),
        )
            .parse(i)?;
        Ok((rest, t + u))
    }
}

/// `a third`, `a quarter`, `an eighth`: one part. A denominator that is also an
/// ordinal reads as one only before a word of `fraction_followers`, a scale or no
/// word at all, so "a third of the vote" is a fraction and "a third term" is left
/// to the ordinal grammar.
fn article_fraction(i: &str) -> IResult<&str, (f64, f64)> {
    let lex = lexicon::get();
    let (rest, _) = alt((
        terminated(tag_no_case("an"), space1),
        terminated(tag_no_case("a"), alt((tag("-"), space1))),
    ))
    .parse(i)?;
    let (rest, w) = terminated(word, boundary).parse(rest)?;
    // "and a thirtieth": past the lexicon's denominators, an ordinal word is one.
    let Some(den) = lookup(&lex.numbers.fractions)(w).or_else(|| {
        let o = *lexicon::get_lower(&lex.ordinals.words, w)?;
        (o > 10).then_some(o as f64)
    }) else {
        return fail(i);
    };
    if lexicon::get_lower(&lex.ordinals.words, w).is_some() && !fraction_follows(rest) {
        return fail(i);
    }
    Ok((rest, (1.0, den)))
}

/// Does what follows "a third" keep it a fraction: no word, a scale, or a word of
/// `fraction_followers`?
fn fraction_follows(rest: &str) -> bool {
    let Ok((_, next)) = preceded(space1::<&str, nom::error::Error<&str>>, word).parse(rest) else {
        // Punctuation or the end ("cut by a fifth."); a hyphen makes a compound
        // ("a fifth-generation jet"), an ordinal.
        return !rest.starts_with('-');
    };
    let next = next.to_ascii_lowercase();
    scale_word(rest.trim_start_matches([' ', '\t'])).is_ok()
        || lexicon::get().numbers.fraction_followers.contains(&next)
}

/// A ratio: `one in five`, `1 in 10`, `one in every four`, `two out of three`: the
/// share it names (0.2), as a fraction is. Whole numbers only, the first below the
/// second, and the second at most a thousand, so "5 in 2024" stays a figure and a
/// year, and "one in a million" an idiom.
pub fn ratio(i: &str) -> IResult<&str, Number> {
    let whole = || alt((int_atom, number_words.map(|n| n.value)));
    let (rest, (a, _, by, _, _, b)) = (
        whole(),
        space1,
        alt((
            tag_no_case("in"),
            recognize((tag_no_case("out"), space1, tag_no_case("of"))),
            tag_no_case("over"),
        )),
        space1,
        opt(terminated(tag_no_case("every"), space1)),
        whole(),
    )
        .parse(i)?;
    let (rest, _) = boundary(rest)?;
    let integers = a.fract() == 0.0 && b.fract() == 0.0;
    if by.eq_ignore_ascii_case("over") {
        // "one over three", "2000 over 3": a quotient, only where the phrase ends
        // with it; "over 3 years", "5 over par", "won 2 over 1 seasons" are not.
        let ends = rest.trim_start_matches([' ', '\t']);
        if !integers
            || a < 1.0
            || b < 1.0
            || ends.starts_with(|c: char| c.is_alphanumeric() || c == '%')
        {
            return fail(i);
        }
        let value = a / b;
        return Ok((
            rest,
            Number {
                value,
                step: value / 100.0,
                scale: 1.0,
            },
        ));
    }
    if !integers || a < 1.0 || a >= b || b > 1000.0 {
        return fail(i);
    }
    // "nine out of 10", "two out of 500" name a share; "169 out of 343 seats" counts
    // seats, as "169 of 343 seats" does.
    if by.len() > 2 && b > 10.0 && b % 100.0 != 0.0 {
        return fail(i);
    }
    let value = a / b;
    Ok((
        rest,
        Number {
            value,
            step: value / 100.0,
            scale: 1.0,
        },
    ))
}

/// A collective: `a dozen`, `two dozen`, `3 dozens`, `half a dozen`, `a couple of`.
pub fn collective(i: &str) -> IResult<&str, Number> {
    let lex = &lexicon::get().numbers;
    let (rest, (n, c)) = (
        alt((
            // "half a dozen", "half-dozen": six, not a half and then a dozen.
            (
                tag_no_case("half"),
                alt((
                    recognize((space1, tag_no_case("a"), space1)),
                    tag("-"),
                    space1,
                )),
            )
                .map(|_| 0.5),
            terminated(tag_no_case("a"), space1).map(|_| 1.0),
            terminated(small_words, space1),
            terminated(int_atom, space1),
        )),
        map_opt(terminated(word, boundary), |w: &str| {
            let w = w.to_ascii_lowercase();
            lex.collectives
                .get(&w)
                .or_else(|| w.strip_suffix('s').and_then(|b| lex.collectives.get(b)))
                .copied()
        }),
    )
        .parse(i)
        // "two hundred dozens": any number before a dozen.
        .or_else(|_| (number_words.map(|n| n.value), dozens).parse(i))?;
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

/// A scale word after a number: ` million`, ` billions`, `-million`.
pub fn scale(i: &str) -> IResult<&str, f64> {
    preceded(alt((space1, tag("-"), tag(""))), scale_word).parse(i)
}

/// A short scale after digits: `bn`, `tn`, `k`, `K`, `M`, `MM`, `G`, `B` against
/// the digits (`55bn`, `10M`), a single capital or `k` after one space (`2.33 k`), and
/// in money (`money`), where "m" cannot be metres, `m` and `b` too.
pub fn short_scale(money: bool) -> impl Fn(&str) -> IResult<&str, f64> {
    move |i| {
        let lex = &lexicon::get().numbers;
        let (rest, (space, w)) = (opt(char(' ')), terminated(word, boundary)).parse(i)?;
        let ok = match w {
            "k" | "K" | "M" | "B" | "MM" => true,
            // "5G" is a network and "T" too short a sign: only in money.
            "G" | "T" => money,
            // "$5 bn", "3 mln": after a space only the abbreviations of two letters
            // or more; "5 m" may be metres.
            _ if space.is_some() => w.len() >= 2,
            "m" | "b" => money,
            _ => w.len() >= 2,
        };
        let v = match w {
            "G" => Some(1e9),
            "T" => Some(1e12),
            "MM" => Some(1e6),
            "M" => Some(1e6),
            "B" => Some(1e9),
            _ => lex.short_scales.get(&w.to_ascii_lowercase()).copied(),
        };
        match v.filter(|_| ok) {
            Some(v) => Ok((rest, v)),
            None => fail(i),
        }
    }
}

/// A minus sign or word: `-`, `−`, `- `, `minus `, `negative `.
fn sign(i: &str) -> IResult<&str, ()> {
    alt((
        terminated(
            alt((tag("-"), tag("\u{2212}"))),
            peek(alt((
                recognize(satisfy(|c| c.is_ascii_digit() || c == '.')),
                recognize((char(' '), satisfy(|c| c.is_ascii_digit()))),
            ))),
        )
        .map(|_| ()),
        terminated(alt((tag_no_case("minus"), tag_no_case("negative"))), space1).map(|_| ()),
    ))
    .parse(i)
    .map(|(r, _)| (r.trim_start_matches(' '), ()))
}

/// A number in any form, with its sign and scales: `55 billion`, `4.2bn`,
/// `two-thirds`, `a dozen`, `1.5 million`, `-0.3`, `3 hundred and 21`, `2 1/4`, `¾`.
/// `money` admits the short scales `m` and `b`.
pub fn number_with(money: bool) -> impl Fn(&str) -> IResult<&str, Number> {
    move |i| {
        let (i2, negative) = opt(sign).parse(i)?;
        let (rest, mut n) = alt((
            ratio,
            collective,
            unicode_fraction,
            slash_fraction,
            scientific,
            terminated(digits, not(satisfy(|c| c.is_ascii_digit()))),
            fraction,
            number_words,
        ))
        .parse(i2)?;
        let from_digits = i2.starts_with(|c: char| c.is_ascii_digit() || c == '.');
        let mut rest = rest;
        // "one hundred thirty-two fifths", "three twenty firsts": number words over a
        // denominator the small-word fractions do not read.
        if !from_digits && let Ok((r, d)) = wide_denominator(rest, n.value) {
            let value = n.value / d;
            n = Number {
                value,
                step: value / 100.0,
                scale: 1.0,
            };
            rest = r;
        }
        if from_digits && let Ok((r, s)) = short_scale(money)(rest) {
            n = Number {
                value: n.value * s,
                step: n.step * s,
                scale: n.scale * s,
            };
            rest = r;
        }
        if from_digits && n.step >= 1.0 && n.scale == 1.0 {
            // "3 hundred and 21", "4 thousand 3 hundred"
            let (r, v, st) = compound(rest, n.value);
            if r.len() < rest.len() {
                n = Number {
                    value: v,
                    step: st,
                    scale: if st > 1.0 { st } else { 1.0 },
                };
                rest = r;
            }
        }
        while let Ok((r, s)) = scale(rest) {
            n = Number {
                value: n.value * s,
                step: n.step * s,
                scale: n.scale * s,
            };
            rest = r;
        }
        // "half a million", "a quarter of a million", "three quarters of a billion":
        // a fraction of a scale in words is that part of it.
        if !from_digits
            && n.value > 0.0
            && n.value < 1.0
            && let Ok((r, s)) = preceded(
                (
                    space1,
                    opt((tag_no_case("of"), space1)),
                    alt((tag_no_case("an"), tag_no_case("a"))),
                    space1,
                ),
                scale,
            )
            .parse(rest)
        {
            n = Number {
                value: n.value * s,
                step: n.step * s,
                scale: s,
            };
            rest = r;
        }
        // "three and one fourth", "forty two and a third", "one million and a half"
        if let Ok((r, f)) = preceded((space1, tag_no_case("and"), space1), fraction).parse(rest) {
            // The fraction is of the last scale from a thousand up: "one million and
            // a half" is 1.5 million; "one hundred and three quarters" is 100.75.
            let unit = Some(n.scale.max(n.step))
                .filter(|u| *u >= 1000.0)
                .unwrap_or(1.0);
            n.value += f.value * unit;
            n.step = n.step.min(f.step * unit);
            rest = r;
            // A scale after the fraction: "two and a half million" is 2.5 million;
            // after an earlier scale, it scales only the fraction ("one billion and
            // a half million" is 1,000,500,000).
            if let Ok((r, s)) = scale(rest) {
                if unit == 1.0 {
                    n = Number {
                        value: n.value * s,
                        step: n.step * s,
                        scale: n.scale * s,
                    };
                } else {
                    n.value += f.value * (s - unit);
                    n.step = n.step.min(f.step * s);
                }
                rest = r;
            }
        }
        if negative.is_some() {
            n.value = -n.value;
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
    fn a_fraction_of_a_scale_in_words() {
        assert_eq!(v("half a million people"), (500_000.0, " people"));
        assert_eq!(v("a quarter of a million people"), (250_000.0, " people"));
        assert_eq!(v("three quarters of a billion"), (750_000_000.0, ""));
        // Not a scale: the fraction stands alone.
        assert_eq!(v("a quarter of a mile").0, 0.25);
    }

    #[test]
    fn fractions_in_digits() {
        assert_eq!(v("3/4 of"), (0.75, " of"));
        assert_eq!(v("2 1/4 miles"), (2.25, " miles"));
        assert_eq!(v("1/40 of the wavelength"), (0.025, " of the wavelength"));
        // A day of the month, a zero and a whole over itself make no fraction.
        for t in ["10/28", "1/0", "5/5", "1/2000"] {
            assert!(slash_fraction(t).is_err(), "{t}");
        }
    }

    #[test]
    fn scientific_notation() {
        assert_eq!(v("4e14 s-1"), (4e14, " s-1"));
        assert_eq!(v("-1e-3 W"), (-1e-3, " W"));
        assert_eq!(v("9.83E-3"), (9.83e-3, ""));
        assert_eq!(v("2.48\u{d7}10\u{2212}5,"), (2.48e-5, ","));
        assert_eq!(v("3 x 10^8 m/s"), (3e8, " m/s"));
        assert_eq!(v("6.02\u{d7}10\u{b2}\u{b3} atoms"), (6.02e23, " atoms"));
        // A relay, a code and a bare "x 10" are no powers.
        assert_eq!(v("4x100 relay"), (4.0, "x100 relay"));
        assert_eq!(v("3 x 10 metres"), (3.0, " x 10 metres"));
        assert!(scientific("3e5f").is_err());
        assert!(scientific("1e999").is_err());
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
        assert_eq!(v("half a dozen"), (6.0, ""));
        assert_eq!(v("half-dozen"), (6.0, ""));
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
    fn digits_join_a_compound_only_after_hundred_or_before_a_scale() {
        assert_eq!(v("3 hundred and 21"), (321.0, ""));
        assert_eq!(v("4 thousand 3 hundred"), (4300.0, ""));
        assert_eq!(v("2 million 500 thousand"), (2.5e6, ""));
        assert_eq!(v("250 million and 42 more"), (2.5e8, " and 42 more"));
        assert_eq!(v("two million and forty-two"), (2_000_042.0, ""));
    }

    #[test]
    fn a_scale_does_not_repeat_itself() {
        assert_eq!(v("3 hundred and 2 hundred"), (300.0, " and 2 hundred"));
        assert_eq!(
            v("three hundred and two hundred"),
            (300.0, " and two hundred")
        );
        assert_eq!(
            v("two thousand and five thousand"),
            (2000.0, " and five thousand")
        );
        assert_eq!(v("two million five hundred thousand"), (2.5e6, ""));
        assert_eq!(v("one thousand two hundred"), (1200.0, ""));
        assert_eq!(
            v("seven hundred twenty-one thousand and twelve"),
            (721_012.0, "")
        );
    }

    #[test]
    fn a_scale_after_and_a_half() {
        assert_eq!(v("two and a half million people"), (2.5e6, " people"));
        assert_eq!(v("3 and a half billion"), (3.5e9, ""));
        assert_eq!(v("one billion and a half million"), (1_000_500_000.0, ""));
        assert_eq!(v("one million and a half"), (1.5e6, ""));
        assert_eq!(v("two and a half years"), (2.5, " years"));
    }

    #[test]
    fn fractions_after_and() {
        assert_eq!(v("one hundred and three quarters"), (100.75, ""));
        assert_eq!(v("two million and one half"), (2.5e6, ""));
        assert_eq!(v("two hundred and fifty trees"), (250.0, " trees"));
        // Without "and", the words before an ordinal stay whole: its number.
        assert_eq!(v("one hundred twenty fifth"), (120.0, " fifth"));
    }

    #[test]
    fn an_article_and_an_ordinal_word_is_a_fraction_only_before_a_part() {
        assert!((v("a third of the vote").0 - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(v("a fifth."), (0.2, "."));
        assert_eq!(v("a fifth in 2024"), (0.2, " in 2024"));
        assert_eq!(v("a quarter century"), (0.25, " century"));
        assert!(number("a third term").is_err());
        assert!(number("a fifth-generation jet").is_err());
        assert!(number("a fourth straight win").is_err());
    }

    #[test]
    fn ratios_name_a_share() {
        assert_eq!(v("one in five adults"), (0.2, " adults"));
        assert_eq!(v("1 in 10"), (0.1, ""));
        assert_eq!(v("one in every four"), (0.25, ""));
        assert_eq!(v("two out of five hundred tvs"), (0.004, " tvs"));
        assert_eq!(v("nine out of 10 voters"), (0.9, " voters"));
        // A part of an uneven whole is a count, not a share.
        assert_eq!(v("169 out of 343 seats"), (169.0, " out of 343 seats"));
        // A year, a million, or a larger first number: no ratio.
        assert_eq!(v("5 in 2024"), (5.0, " in 2024"));
        assert_eq!(v("one in a million"), (1.0, " in a million"));
        assert_eq!(v("12 in 3 days"), (12.0, " in 3 days"));
    }

    #[test]
    fn a_quotient_with_over_ends_its_phrase() {
        assert_eq!(v("1 over 4"), (0.25, ""));
        assert_eq!(v("one over four."), (0.25, "."));
        assert_eq!(v("2000 over 8"), (250.0, ""));
        assert_eq!(v("1 over one hundred and twenty five"), (0.008, ""));
        // A word after it: a span of time, a score, the par of a course.
        assert_eq!(v("12 over 3 days"), (12.0, " over 3 days"));
        assert_eq!(v("5 over par"), (5.0, " over par"));
        assert_eq!(v("4 over 20%"), (4.0, " over 20%"));
    }

    #[test]
    fn fractions_past_the_small_words() {
        assert_eq!(v("one hundred thirty-two fifths"), (26.4, ""));
        assert_eq!(v("three twenty firsts"), (3.0 / 21.0, ""));
        assert_eq!(v("twenty twenty fifths"), (0.8, ""));
        assert_eq!(v("one twenty-fifth of it"), (0.04, " of it"));
        assert_eq!(v("seven hundredths"), (0.07, ""));
        assert_eq!(v("two hundred and fifty-four hundredths"), (200.54, ""));
        assert_eq!(v("thirty two and a fortieth"), (32.025, ""));
        assert_eq!(v("a twentieth of the vote"), (0.05, " of the vote"));
        assert!(number("a twentieth anniversary").is_err());
        // A singular ordinal after a larger number is an ordinal's number, and
        // "twenty seconds" a time.
        assert_eq!(v("one hundred twenty-fifth"), (120.0, "-fifth"));
        assert_eq!(v("three twenty seconds"), (3.0, " twenty seconds"));
        assert_eq!(v("one hundredth day"), (1.0, " hundredth day"));
    }

    #[test]
    fn a_dozen_multiplies_the_number_before_it() {
        assert_eq!(v("two hundred dozens"), (2400.0, ""));
        assert_eq!(v("three hundred and two dozens"), (324.0, ""));
        // A couple after a large number counts couples.
        assert_eq!(v("three hundred couples"), (300.0, " couples"));
        assert_eq!(v("three hundred koti"), (3e9, ""));
    }

    #[test]
    fn a_spaced_short_scale_is_not_a_scale() {
        assert_eq!(v("6 m deep"), (6.0, " m deep"));
    }
}
