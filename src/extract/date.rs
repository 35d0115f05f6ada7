//! Dates as written: "October 28", "Oct. 29, 2025", "28 October 2025", "Monday
//! (October 27)", "on Tuesday", "last week", "early October", "July 2025", "in 2009",
//! "fiscal 2025". This file only reads them; `resolve` places them on the calendar
//! against the publication date.

use super::number::{boundary, word};
use crate::lexicon::{self, Relative};
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n};
use nom::character::complete::satisfy;
use nom::character::complete::{char, space0, space1};
use nom::combinator::{map_opt, not, opt, verify};
use nom::sequence::{delimited, preceded, terminated};
use nom::{IResult, Parser};
use std::sync::OnceLock;

/// A date as the article writes it; every part optional.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DateExpr {
    pub year: Option<i16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// ISO weekday, Monday = 1.
    pub weekday: Option<u8>,
    /// "last Tuesday" (-1), "next Tuesday" (+1), "this Tuesday" (0).
    pub weekday_shift: Option<i8>,
    /// A relative phrase from the calendar lexicon ("last week").
    pub relative: Option<Relative>,
    /// Day range of a month part ("early October" -> 1..=10).
    pub part: Option<[u8; 2]>,
    pub fiscal: bool,
    /// Which of the month's weekdays: "the first Friday of July" (1), "the last
    /// Monday in May" (-1).
    pub nth: Option<i8>,
}

/// A capitalised month name or abbreviation: `October`, `Oct.`, `Sept`.
pub fn month(i: &str) -> IResult<&str, u8> {
    // Lower case only for full names that are no other word ("june", not "may",
    // "march" or "sept").
    let (rest, m) = map_opt(
        verify(terminated(word, boundary), |w: &str| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                || (w.len() >= 4
                    && !matches!(w, "may" | "march" | "sept")
                    && lexicon::get()
                        .calendar
                        .months
                        .get(w)
                        .is_some_and(|_| FULL_MONTHS.contains(&w)))
        }),
        |w| lexicon::get().month(w),
    )
    .parse(i)?;
    Ok((abbreviation_dot(i, rest), m))
}

/// After a name read from `i` up to `rest`: the rest past the full stop of an
/// abbreviation ("Oct.", "Tues."), but not past the one ending a sentence after a
/// full name ("on Tuesday.").
fn abbreviation_dot<'a>(i: &str, rest: &'a str) -> &'a str {
    let w = &i[..i.len() - rest.len()];
    let full = w.len() > 4
        || ["may", "june", "july"]
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f));
    match rest.strip_prefix('.') {
        Some(r) if !full => r,
        _ => rest,
    }
}

/// A month name or abbreviation in any case, where what stands before it has
/// already made it a date ("4th of may", "1st jan"); `may` and `march` only when
/// `verbs` allows them.
fn month_loose(verbs: bool) -> impl Fn(&str) -> IResult<&str, u8> {
    move |i| {
        let (rest, m) = map_opt(
            verify(terminated(word, boundary), |w: &str| {
                verbs || !(w.eq_ignore_ascii_case("may") || w.eq_ignore_ascii_case("march"))
            }),
            |w| lexicon::get().month(w),
        )
        .parse(i)?;
        Ok((abbreviation_dot(i, rest), m))
    }
}

const FULL_MONTHS: &[&str] = &[
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A day of the month: `28`, `1st`, `22nd`.
pub fn day(i: &str) -> IResult<&str, u8> {
    let (rest, d) = map_opt(
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        |d: &str| d.parse::<u8>().ok().filter(|d| (1..=31).contains(d)),
    )
    .parse(i)?;
    let (rest, _) = opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))).parse(rest)?;
    let (rest, _) = boundary(rest)?;
    Ok((rest, d))
}

/// A day written against its month: `22` in `22april`, or a day as [`day`].
fn day_glued(i: &str) -> IResult<&str, u8> {
    let (rest, d) = map_opt(
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        |d: &str| d.parse::<u8>().ok().filter(|d| (1..=31).contains(d)),
    )
    .parse(i)?;
    let (rest, _) = opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))).parse(rest)?;
    let (rest, _) = not(satisfy(|c| c.is_ascii_digit())).parse(rest)?;
    Ok((rest, d))
}

/// A four-digit year: `2025`.
pub fn year(i: &str) -> IResult<&str, i16> {
    let (rest, y) = map_opt(
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        |d: &str| d.parse::<i16>().ok().filter(|y| (1000..=2999).contains(y)),
    )
    .parse(i)?;
    let (rest, _) = not(satisfy(|c| c.is_alphanumeric() || c == '%')).parse(rest)?;
    // "2025,000" is a number, not a year.
    let (rest, _) =
        not((alt((char(','), char('.'))), satisfy(|c| c.is_ascii_digit()))).parse(rest)?;
    Ok((rest, y))
}

/// A date of a day, the year perhaps unwritten.
fn day_date(year: Option<i16>, month: u8, day: u8) -> DateExpr {
    DateExpr {
        year,
        month: Some(month),
        day: Some(day),
        ..Default::default()
    }
}

/// Words that may follow a day in words ("May twenty-first in Paris"): where
/// another word follows it, "twenty-first" may number something else ("June
/// third-quarter results", "May third place").
const AFTER_DAY_WORDS: &[&str] = &[
    "in", "at", "on", "and", "or", "but", "when", "after", "before", "to", "the", "this", "that",
    "by", "with", "as", "from", "until", "he", "she", "it", "they", "we", "i", "was", "is", "will",
    "of",
];

/// A day of the month in words after its month: `twenty-first`, `third`, `twenty
/// one`, `thirty`. A cardinal only from twenty ("In May two people died" has no May
/// 2), and either only where the date plainly ends: at punctuation or the end, before
/// a year or a word of [`AFTER_DAY_WORDS`].
fn day_words(i: &str) -> IResult<&str, u8> {
    let (rest, d) = alt((
        super::ordinal::word_ordinal,
        super::number::number_words.map(|n| n.value as u64),
    ))
    .parse(i)?;
    let ordinal = super::ordinal::word_ordinal(i).is_ok();
    let fits = if ordinal {
        (1..=31).contains(&d)
    } else {
        (20..=31).contains(&d)
    };
    let ends = match rest.strip_prefix(' ') {
        None => rest.is_empty() || rest.starts_with(['.', ',', ';', ':', ')', '!', '?']),
        Some(next) => {
            year(next).is_ok()
                || super::number::word(next)
                    .is_ok_and(|(_, w)| AFTER_DAY_WORDS.iter().any(|a| a.eq_ignore_ascii_case(w)))
        }
    };
    if !fits || !ends {
        return no_date(i);
    }
    Ok((rest, d as u8))
}

/// `October 28`, `Oct. 29, 2025`, `October 28 2025`, `January 12 of 2016`, `May
/// twenty-first`.
pub fn month_day(i: &str) -> IResult<&str, DateExpr> {
    let (rest, (m, _, d, y)) = (
        month,
        space1,
        alt((day, day_words)),
        opt(preceded(
            alt((tag(", "), tag(","), tag(" of "), tag(" "))),
            year,
        )),
    )
        .parse(i)?;
    Ok((rest, day_date(y, m, d)))
}

/// Days of one month: `April 12-15`, `March 3 to 5, 2024`, `Jan. 20–21`. The later
/// day must follow the earlier; "April 12 and 15" is two dates, not a range.
pub fn month_day_range(i: &str) -> IResult<&str, DateExpr> {
    let (rest, (m, _, a, _, b, y)) = (
        month,
        space1,
        day,
        alt((
            tag("-"),
            tag("\u{2013}"),
            tag(" - "),
            tag(" to "),
            tag(" through "),
        )),
        day,
        opt(preceded(alt((tag(", "), tag(","), tag(" "))), year)),
    )
        .parse(i)?;
    let (rest, _) = not(char('%')).parse(rest)?;
    if b <= a {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((
        rest,
        DateExpr {
            year: y,
            month: Some(m),
            part: Some([a, b]),
            ..Default::default()
        },
    ))
}

/// `28 October 2025`, `28 Oct`, `1st jan`.
pub fn day_month(i: &str) -> IResult<&str, DateExpr> {
    let (after_day, d) = day_glued(i)?;
    // After "1st" a month may be lower case, "may" and "march" included; after a
    // bare "5" only a capitalised one or an unambiguous name ("5 may" is a verb).
    let suffixed = after_day.len() < i.len()
        && i.as_bytes()[i.len() - after_day.len() - 1].is_ascii_alphabetic();
    let (rest, (_, m, y)) = (
        space0,
        alt((month, month_loose(suffixed))),
        opt(preceded(alt((tag(", "), tag(" "))), year)),
    )
        .parse(after_day)?;
    Ok((rest, day_date(y, m, d)))
}

/// `July 2025`.
pub fn month_year(i: &str) -> IResult<&str, DateExpr> {
    let (rest, (m, _, y)) = (month, alt((tag(", "), tag(" "))), year).parse(i)?;
    Ok((
        rest,
        DateExpr {
            year: Some(y),
            month: Some(m),
            ..Default::default()
        },
    ))
}

/// A capitalised weekday: `Tuesday`, `Tues.`.
pub fn weekday(i: &str) -> IResult<&str, u8> {
    let (rest, w) = map_opt(
        verify(terminated(word, boundary), |w: &str| {
            (w.starts_with(|c: char| c.is_ascii_uppercase()) && w.len() >= 3)
                || w.ends_with("day")
                || w == "tues"
                || w == "thurs"
        }),
        |w| lexicon::get().weekday(w),
    )
    .parse(i)?;
    // "Tues." keeps its full stop; "on Tuesday." leaves it to the sentence.
    let name = &i[..i.len() - rest.len()];
    let rest = match rest.strip_prefix('.') {
        Some(r) if !name.to_ascii_lowercase().ends_with("day") => r,
        _ => rest,
    };
    Ok((rest, w))
}

/// A weekday and what follows it: a date (`Monday (October 27)`, `Tuesday, Oct. 28,
/// 2025`, `Friday 7/6`), a day (`Wednesday the 27th`), or, with `weeks`, a week
/// named relatively (`Friday next week`, `Tuesday of next week`). The weekday is read
/// once for all of them: this runs at every candidate.
fn weekday_led(weeks: bool) -> impl Fn(&str) -> IResult<&str, DateExpr> {
    move |i| {
        let (after, w) = weekday(i)?;
        let with_day = |d: DateExpr| DateExpr {
            weekday: Some(w),
            ..d
        };
        if let Ok((rest, d)) = alt((
            delimited(
                (space0, char('('), space0),
                alt((month_day, day_month)),
                (space0, char(')')),
            ),
            preceded(
                alt((tag(", "), tag(" "))),
                alt((month_day, day_month, numeric_dated, month_slash_day)),
            ),
        ))
        .parse(after)
        {
            return Ok((rest, with_day(d)));
        }
        if let Ok((rest, d)) = preceded(tag_no_case(" the "), day_ordinal).parse(after) {
            return Ok((
                rest,
                with_day(DateExpr {
                    day: Some(d),
                    ..Default::default()
                }),
            ));
        }
        if weeks {
            // Not after a comma: "on Friday, next week the talks resume".
            let (rest, r) = preceded(
                alt((tag_no_case(" of "), tag(" "))),
                relative_of(lexicon::Granularity::Week),
            )
            .parse(after)?;
            return Ok((
                rest,
                with_day(DateExpr {
                    relative: Some(r),
                    ..Default::default()
                }),
            ));
        }
        no_date(i)
    }
}

/// Dates led by an ordinal, read once for all of them: a day of a month (`4th of
/// March`, `the fourth of May 2025`), of a month named relatively (`20th of next
/// month`), or a weekday counted in its month (`the first Friday of July`, `the last
/// Monday in May 2026`, `the second Tuesday of next month`).
fn ordinal_led(i: &str) -> IResult<&str, DateExpr> {
    let (after, (_, first)) = (
        opt(tag_no_case("the ")),
        alt((
            terminated(tag_no_case("last"), boundary).map(|_| None),
            super::ordinal::ordinal.map(|o| Some(o.value)),
        )),
    )
        .parse(i)?;
    let nth = match first {
        None => Some(-1),
        Some(n @ 1..=5) => Some(n as i8),
        Some(_) => None,
    };
    // "the first Friday of July", "of next month".
    if let Some(nth) = nth
        && let Ok((rest, w)) = terminated(
            preceded(space1, weekday),
            alt((tag_no_case(" of "), tag_no_case(" in "))),
        )
        .parse(after)
    {
        let counted = DateExpr {
            weekday: Some(w),
            nth: Some(nth),
            ..Default::default()
        };
        if let Ok((rest, r)) = relative_of(lexicon::Granularity::Month)(rest) {
            return Ok((
                rest,
                DateExpr {
                    relative: Some(r),
                    ..counted
                },
            ));
        }
        let (rest, (m, y)) = (
            month_loose(true),
            opt(preceded(alt((tag(", "), tag(" "))), year)),
        )
            .parse(rest)?;
        return Ok((
            rest,
            DateExpr {
                year: y,
                month: Some(m),
                ..counted
            },
        ));
    }
    // A day: a byte would wrap "the 257th of May" to the 1st.
    let Some(day) = first
        .and_then(|d| u8::try_from(d).ok())
        .filter(|d| (1..=31).contains(d))
    else {
        return no_date(i);
    };
    if let Ok((rest, (_, r))) = (
        alt((tag_no_case(" of "), tag(" "))),
        relative_of(lexicon::Granularity::Month),
    )
        .parse(after)
    {
        return Ok((
            rest,
            DateExpr {
                day: Some(day),
                relative: Some(r),
                ..Default::default()
            },
        ));
    }
    let (rest, (_, m, y)) = (
        tag_no_case(" of "),
        month_loose(true),
        opt(preceded(alt((tag(", "), tag(" "))), year)),
    )
        .parse(after)?;
    match date_from(y, m, day) {
        Some(d) => Ok((rest, d)),
        None => no_date(i),
    }
}

/// A month part: `early October`, `mid-March`, `late July 2025`.
pub fn month_part(i: &str) -> IResult<&str, DateExpr> {
    let parts = &lexicon::get().calendar.month_parts;
    let (rest, part) = map_opt(
        alt((
            terminated(tag_no_case("beginning of"), space1),
            terminated(tag_no_case("end of"), space1),
            terminated(tag_no_case("mid"), alt((tag("-"), space1))),
            terminated(word, space1),
        )),
        |w: &str| parts.get(&w.to_ascii_lowercase()).copied(),
    )
    .parse(i)?;
    let (rest, m) = month(rest)?;
    let (rest, y) = opt(preceded(space1, year)).parse(rest)?;
    Ok((
        rest,
        DateExpr {
            month: Some(m),
            year: y,
            part: Some(part),
            ..Default::default()
        },
    ))
}

/// A relative phrase: `last week`, `yesterday`, `earlier this month`.
pub fn relative(i: &str) -> IResult<&str, DateExpr> {
    // Tried at every candidate: only the phrases with the candidate's first letter.
    static BY_LETTER: OnceLock<[Vec<(&'static str, Relative)>; 26]> = OnceLock::new();
    let by_letter = BY_LETTER.get_or_init(|| {
        let mut by: [Vec<(&'static str, Relative)>; 26] = Default::default();
        for (phrase, r) in &lexicon::get().calendar.relative {
            if let Some(b) = phrase.bytes().next().filter(u8::is_ascii_alphabetic) {
                by[usize::from(b.to_ascii_lowercase() - b'a')].push((phrase.as_str(), *r));
            }
        }
        by
    });
    let rel = match i.bytes().next() {
        Some(b) if b.is_ascii_alphabetic() => {
            &by_letter[usize::from(b.to_ascii_lowercase() - b'a')]
        }
        _ => return no_date(i),
    };
    let mut best: Option<(usize, Relative)> = None;
    for &(phrase, r) in rel {
        let n = phrase.len();
        if i.len() >= n
            && i.as_bytes()[..n].eq_ignore_ascii_case(phrase.as_bytes())
            && !i[n..].starts_with(|c: char| c.is_alphanumeric())
            && best.is_none_or(|b| b.0 < n)
        {
            best = Some((n, r));
        }
    }
    let Some((n, r)) = best else {
        return no_date(i);
    };
    Ok((
        &i[n..],
        DateExpr {
            relative: Some(r),
            ..Default::default()
        },
    ))
}

/// A fiscal year: `fiscal 2025`, `fiscal year 2025`, `FY2025`, `FY 2025`.
pub fn fiscal(i: &str) -> IResult<&str, DateExpr> {
    let (rest, y) = preceded(
        alt((
            (tag_no_case("fiscal year"), space1),
            (tag_no_case("fiscal"), space1),
            (tag("FY"), space0),
        )),
        year,
    )
    .parse(i)?;
    Ok((
        rest,
        DateExpr {
            year: Some(y),
            fiscal: true,
            ..Default::default()
        },
    ))
}

/// A weekday with the word that says which: `last Sunday`, `this Friday`.
fn shifted_weekday(i: &str) -> IResult<&str, DateExpr> {
    let (rest, shift) = map_opt(terminated(word, space1), |w: &str| {
        lexicon::get()
            .calendar
            .weekday_shifts
            .get(&w.to_ascii_lowercase())
            .copied()
    })
    .parse(i)?;
    let (rest, d) = alt((weekday_led(false), |i| {
        weekday(i).map(|(r, w)| {
            (
                r,
                DateExpr {
                    weekday: Some(w),
                    ..Default::default()
                },
            )
        })
    }))
    .parse(rest)?;
    Ok((
        rest,
        DateExpr {
            weekday_shift: Some(shift),
            ..d
        },
    ))
}

/// Any dated expression that is sure of itself wherever it stands.
pub fn date(i: &str) -> IResult<&str, DateExpr> {
    alt((
        ordinal_led,
        shifted_weekday,
        weekday_led(true),
        numeric,
        month_part,
        month_day_range,
        month_day,
        day_month,
        month_year,
        fiscal,
        relative_led,
        ago,
    ))
    .parse(i)
}

/// A relative phrase, and a weekday of the week it names: `next week on Friday`.
fn relative_led(i: &str) -> IResult<&str, DateExpr> {
    let (rest, d) = relative(i)?;
    if d.relative
        .is_some_and(|r| r.unit == lexicon::Granularity::Week)
        && let Ok((rest, w)) = preceded(tag_no_case(" on "), weekday).parse(rest)
    {
        return Ok((
            rest,
            DateExpr {
                weekday: Some(w),
                ..d
            },
        ));
    }
    Ok((rest, d))
}

fn date_from(y: Option<i16>, m: u8, d: u8) -> Option<DateExpr> {
    let ok = match y {
        Some(y) => jiff::civil::Date::new(y, m as i8, d as i8).is_ok(),
        None => (1..=12).contains(&m) && (1..=31).contains(&d),
    };
    ok.then_some(day_date(y, m, d))
}

fn num(min: usize, max: usize) -> impl Fn(&str) -> IResult<&str, u32> {
    move |i| {
        map_opt(
            take_while_m_n(min, max, |c: char| c.is_ascii_digit()),
            |d: &str| d.parse::<u32>().ok(),
        )
        .parse(i)
    }
}

/// Where a numeric date may end: at a space or punctuation, and at a full stop only
/// if no digit follows ("1.2.3" is no date).
fn numeric_end(i: &str) -> IResult<&str, ()> {
    let mut c = i.chars();
    match c.next() {
        Some(x) if x.is_ascii_alphanumeric() || x == '/' || x == '-' => no_date(i),
        Some('.') if c.next().is_some_and(|y| y.is_ascii_digit()) => no_date(i),
        _ => Ok((i, ())),
    }
}

/// Numeric dates: `2025-10-28`, `2025/10/28`, `10/28/2025`, `28/10/2025`, `9-18-15`.
/// Month first unless the first part cannot be a month.
pub fn numeric(i: &str) -> IResult<&str, DateExpr> {
    let end = numeric_end;
    let us = map_opt(
        terminated(
            (
                num(1, 2),
                alt((char('/'), char('-'))),
                num(1, 2),
                alt((char('/'), char('-'))),
                alt((num(4, 4), num(2, 2))),
            ),
            end,
        ),
        |(a, _, b, _, y)| {
            let y = if y < 100 { 2000 + y as i16 } else { y as i16 };
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            date_from(Some(y), m as u8, d as u8)
        },
    );
    alt((iso, us)).parse(i)
}

/// A year-first numeric date: `2025-10-28`, `2025/10/28`.
pub fn iso(i: &str) -> IResult<&str, DateExpr> {
    map_opt(
        terminated(
            (
                num(4, 4),
                alt((char('-'), char('/'))),
                num(1, 2),
                alt((char('-'), char('/'))),
                num(1, 2),
            ),
            numeric_end,
        ),
        |(y, _, m, _, d)| date_from(Some(y as i16), m as u8, d as u8),
    )
    .parse(i)
}

/// A month and day with a slash and no year, where a weekday or "on" before has
/// made it a date: `Friday 7/6`, `on 4/22`.
fn month_slash_day(i: &str) -> IResult<&str, DateExpr> {
    map_opt(
        terminated((num(1, 2), char('/'), num(1, 2)), numeric_end),
        |(a, _, b)| {
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            date_from(None, m as u8, d as u8)
        },
    )
    .parse(i)
}

/// A numeric date with its year, after a weekday: `Friday 2018-7-6`, `Friday 7/6/2018`.
fn numeric_dated(i: &str) -> IResult<&str, DateExpr> {
    verify(numeric, |d: &DateExpr| d.year.is_some()).parse(i)
}

/// An ordinal that can number a day of a month: `21st`, `second`, `thirty first`.
pub fn day_ordinal(i: &str) -> IResult<&str, u8> {
    map_opt(
        alt((super::ordinal::digit_ordinal, super::ordinal::word_ordinal)),
        |o| u8::try_from(o).ok().filter(|d| (1..=31).contains(d)),
    )
    .parse(i)
}

/// A relative phrase of a given granularity: `next month`, `this week`.
fn relative_of(unit: lexicon::Granularity) -> impl Fn(&str) -> IResult<&str, Relative> {
    move |i| {
        let (rest, d) = relative(i)?;
        match d.relative {
            Some(r) if r.unit == unit => Ok((rest, r)),
            _ => no_date(i),
        }
    }
}

/// A day of the month alone, where the words before made it a date ("on the 21st.",
/// "on 22nd,"): it must end its clause, so "on the second day" stays an ordinal.
pub fn day_alone(i: &str) -> IResult<&str, DateExpr> {
    let (rest, d) = day_ordinal(i)?;
    if !rest
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '?' | '!'))
    {
        return no_date(i);
    }
    Ok((
        rest,
        DateExpr {
            day: Some(d),
            ..Default::default()
        },
    ))
}

/// One amount of time in an offset: `three days`, `a year`, `2 months`, as (days,
/// months, years, granularity).
fn amount_of_time(i: &str) -> IResult<&str, (i32, i32, i32, lexicon::Granularity)> {
    use lexicon::Granularity as G;
    let (rest, n) = alt((
        map_opt(
            terminated(alt((tag_no_case("an"), tag_no_case("a"))), space1),
            |_| Some(1.0),
        ),
        map_opt(terminated(super::number::number, space0), |n| Some(n.value)),
    ))
    .parse(i)?;
    if n.fract() != 0.0 || !(0.0..=1000.0).contains(&n) {
        return no_date(i);
    }
    let n = n as i32;
    map_opt(terminated(word, boundary), move |w: &str| {
        let w = w.to_ascii_lowercase();
        Some(match w.strip_suffix('s').unwrap_or(&w) {
            "day" => (n, 0, 0, G::Day),
            "week" => (7 * n, 0, 0, G::Day),
            "month" => (0, n, 0, G::Month),
            "year" => (0, 0, n, G::Year),
            _ => return None,
        })
    })
    .parse(rest)
}

/// `three days ago`, `two weeks later`, `a year earlier`, `2 months from now`, `2
/// years 1 month 21 days ago`, `three weeks from tomorrow`.
fn ago(i: &str) -> IResult<&str, DateExpr> {
    use lexicon::Granularity as G;
    // Tried at every figure that is nothing else, and reading the amount costs a
    // number parse: first a look for the direction's word a little way on.
    static DIRECTIONS: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let directions = DIRECTIONS.get_or_init(|| {
        aho_corasick::AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build([
                "ago",
                "earlier",
                "later",
                "from now",
                "from to",
                "after to",
                "before yes",
            ])
            .expect("fixed patterns build")
    });
    if !directions.is_match(&i.as_bytes()[..i.len().min(120)]) {
        return no_date(i);
    }
    let (rest, first) = amount_of_time(i)?;
    let (rest, more) = nom::multi::many_m_n(
        0,
        3,
        preceded(
            alt((tag(", "), tag_no_case(" and "), tag(" "))),
            amount_of_time,
        ),
    )
    .parse(rest)?;
    // The direction, and the day counted from: now, or tomorrow or yesterday.
    let (rest, (dir, base)) = preceded(
        space1,
        alt((
            tag_no_case("ago").map(|_| (-1, 0)),
            tag_no_case("earlier").map(|_| (-1, 0)),
            tag_no_case("later").map(|_| (1, 0)),
            tag_no_case("from now").map(|_| (1, 0)),
            tag_no_case("from today").map(|_| (1, 0)),
            tag_no_case("after today").map(|_| (1, 0)),
            tag_no_case("from tomorrow").map(|_| (1, 1)),
            tag_no_case("after tomorrow").map(|_| (1, 1)),
            tag_no_case("before yesterday").map(|_| (-1, -1)),
        )),
    )
    .parse(rest)?;
    let (rest, _) = boundary(rest)?;
    let mut rel = Relative {
        days: base,
        months: 0,
        years: 0,
        unit: G::Year,
    };
    for (days, months, years, unit) in std::iter::once(first).chain(more) {
        rel.days += days * dir;
        rel.months += months * dir;
        rel.years += years * dir;
        // The finest amount named says how precise the date is.
        rel.unit = match (rel.unit, unit) {
            (G::Day, _) | (_, G::Day) => G::Day,
            (G::Month, _) | (_, G::Month) => G::Month,
            _ => unit,
        };
    }
    Ok((
        rest,
        DateExpr {
            relative: Some(rel),
            ..Default::default()
        },
    ))
}

/// Expressions that need the word before them to be read as dates: a weekday or a
/// bare month after "on", "in", "since"; a bare year after a preposition.
pub fn date_in_context<'a>(i: &'a str, prev: &str) -> IResult<&'a str, DateExpr> {
    let prev = prev.to_ascii_lowercase();
    if let Ok((rest, w)) = weekday(i) {
        let shift = match prev.as_str() {
            "last" => Some(-1),
            "next" => Some(1),
            "this" => Some(0),
            _ => None,
        };
        return Ok((
            rest,
            DateExpr {
                weekday: Some(w),
                weekday_shift: shift,
                ..Default::default()
            },
        ));
    }
    if prev == "on"
        && let Ok(r) = alt((month_slash_day, day_alone)).parse(i)
    {
        return Ok(r);
    }
    const BEFORE_MONTH: &[&str] = &[
        "in", "on", "since", "until", "till", "by", "from", "of", "during", "through", "last",
        "next", "this", "before", "after", "early", "late", "mid", "and", "to",
    ];
    if BEFORE_MONTH.contains(&prev.as_str())
        && let Ok((rest, m)) = month(i)
    {
        // "May" after "in" is a month; the modal verb never follows "in".
        return Ok((
            rest,
            DateExpr {
                month: Some(m),
                ..Default::default()
            },
        ));
    }
    const BEFORE_YEAR: &[&str] = &[
        "in", "since", "until", "till", "by", "from", "of", "during", "through", "before", "after",
        "and", "to", "between", "year", "early", "late", "mid", "around", "as", "for",
    ];
    if BEFORE_YEAR.contains(&prev.as_str())
        && let Ok((rest, y)) = year(i)
    {
        return Ok((rest, year_only(y)));
    }
    // A year naming a thing of that year: "its 2025 growth forecast", "the 2024
    // Paris Olympics", "a 2023 survey". Only a recent year before a word: "the 2000
    // runners" is rarer in news than "the 2000 election", and a count of them would
    // be written "2,000".
    const BEFORE_YEAR_NOUN: &[&str] = &["the", "its", "their", "his", "her", "our", "this", "a"];
    if BEFORE_YEAR_NOUN.contains(&prev.as_str())
        && let Ok((rest, y)) = year(i)
        && (1900..=2100).contains(&y)
        && rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_alphabetic()))
    {
        return Ok((rest, year_only(y)));
    }
    // Whatever comes before, a recent year before a noun that years name is one:
    // "the planned 2023 census", "Her 2019 campaign".
    if let Ok((rest, y)) = year(i)
        && (1900..=2100).contains(&y)
        && rest
            .strip_prefix(' ')
            .is_some_and(|r| lexicon::get().starts_with_year_noun(r))
    {
        return Ok((rest, year_only(y)));
    }
    no_date(i)
}

/// A date that is just a year.
fn year_only(y: i16) -> DateExpr {
    DateExpr {
        year: Some(y),
        ..Default::default()
    }
}

/// No date here.
fn no_date<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// A year followed by punctuation or a possessive stands alone: `In 2023, ...`,
/// `2022's revised strategy`.
pub fn year_alone(i: &str) -> IResult<&str, DateExpr> {
    let (rest, y) = year(i)?;
    let next = rest.chars().next();
    if next.is_none_or(|c| matches!(c, ',' | '.' | ';' | ')' | ':' | '\'' | '"')) {
        return Ok((rest, year_only(y)));
    }
    no_date(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_in_words_after_its_month() {
        fn day_of(t: &str) -> (Option<u8>, Option<u8>, Option<i16>, &str) {
            let (rest, d) = date(t).unwrap();
            (d.month, d.day, d.year, rest)
        }
        assert_eq!(day_of("May twenty-first."), (Some(5), Some(21), None, "."));
        assert_eq!(
            day_of("June third, 2024, when"),
            (Some(6), Some(3), Some(2024), ", when")
        );
        assert_eq!(
            day_of("March thirty one in Paris"),
            (Some(3), Some(31), None, " in Paris")
        );
        // A number of something else, not a day.
        for t in [
            "June third-quarter results",
            "May third place",
            "In May two people",
        ] {
            assert!(date(t).ok().is_none_or(|(_, d)| d.day.is_none()), "{t}");
        }
        assert_eq!(date("May two.").map(|(_, d)| d.day).ok().flatten(), None);
    }

    #[test]
    fn weekdays_counted_in_their_month() {
        let (_, d) = date("first Friday of July").unwrap();
        assert_eq!((d.nth, d.weekday, d.month), (Some(1), Some(5), Some(7)));
        let (rest, d) = date("last Monday in May 2026, when").unwrap();
        assert_eq!(
            (d.nth, d.weekday, d.month, d.year, rest),
            (Some(-1), Some(1), Some(5), Some(2026), ", when")
        );
        let (_, d) = date("second Tuesday of next month").unwrap();
        assert_eq!((d.nth, d.weekday, d.month), (Some(2), Some(2), None));
        assert_eq!(d.relative.map(|r| r.months), Some(1));
        // No month after it: the ordinal and the weekday stay apart.
        assert!(date("first Friday prayers").is_err());
        assert!(date("sixth Sunday of May").is_err());
    }

    #[test]
    fn days_and_weekdays_of_relative_months_and_weeks() {
        let (_, d) = date("20th of next month").unwrap();
        assert_eq!((d.day, d.relative.map(|r| r.months)), (Some(20), Some(1)));
        let (_, d) = date("Friday next week").unwrap();
        assert_eq!((d.weekday, d.relative.map(|r| r.days)), (Some(5), Some(7)));
        let (_, d) = date("next week on Tuesday").unwrap();
        assert_eq!((d.weekday, d.relative.map(|r| r.days)), (Some(2), Some(7)));
        // After a comma "next week" starts a clause of its own.
        assert!(date("Friday, next week they meet").is_err());
    }

    #[test]
    fn offsets_of_several_amounts_and_from_tomorrow() {
        let (rest, d) = date("2 years 1 month 21 days ago.").unwrap();
        let r = d.relative.unwrap();
        assert_eq!((r.years, r.months, r.days, rest), (-2, -1, -21, "."));
        assert_eq!(r.unit, lexicon::Granularity::Day);
        let (_, d) = date("a year and six months earlier").unwrap();
        let r = d.relative.unwrap();
        assert_eq!(
            (r.years, r.months, r.unit),
            (-1, -6, lexicon::Granularity::Month)
        );
        let (_, d) = date("three weeks from tomorrow").unwrap();
        assert_eq!(d.relative.map(|r| r.days), Some(22));
    }

    #[test]
    fn a_day_alone_ends_its_clause() {
        assert_eq!(day_alone("21st.").unwrap().1.day, Some(21));
        assert_eq!(day_alone("third").unwrap().1.day, Some(3));
        assert!(day_alone("second day").is_err());
        assert!(day_alone("32nd.").is_err());
        // A day ordinal past a byte is no day (it once wrapped to the 1st).
        assert!(date("257th of May").is_err());
        assert_eq!(date("4th of May").unwrap().1.day, Some(4));
    }

    #[test]
    fn full_and_partial_dates() {
        let (_, d) = date("Oct. 29, 2025 (x)").unwrap();
        assert_eq!((d.year, d.month, d.day), (Some(2025), Some(10), Some(29)));
        let (_, d) = date("October 28, US President").unwrap();
        assert_eq!((d.year, d.month, d.day), (None, Some(10), Some(28)));
        let (_, d) = date("28 October 2025").unwrap();
        assert_eq!((d.year, d.month, d.day), (Some(2025), Some(10), Some(28)));
        let (_, d) = date("July 2025").unwrap();
        assert_eq!((d.year, d.month), (Some(2025), Some(7)));
        let (_, d) = date("Oct 29").unwrap();
        assert_eq!((d.month, d.day), (Some(10), Some(29)));
    }

    #[test]
    fn days_of_one_month() {
        let (rest, d) = date("April 12-15, 2024 in").unwrap();
        assert_eq!(
            (d.year, d.month, d.day, d.part, rest),
            (Some(2024), Some(4), None, Some([12, 15]), " in")
        );
        let (_, d) = date("March 3 to 5").unwrap();
        assert_eq!((d.month, d.part), (Some(3), Some([3, 5])));
        // Two dates, a backwards range and a share are no range of days.
        let (rest, d) = date("April 12 and 15").unwrap();
        assert_eq!((d.day, rest), (Some(12), " and 15"));
        assert_eq!(date("May 15-12").unwrap().1.day, Some(15));
        assert_eq!(date("May 5-15%").unwrap().1.day, Some(5));
    }

    #[test]
    fn weekdays_with_dates() {
        let (rest, d) = date("Monday (October 27) to start").unwrap();
        assert_eq!(
            (d.weekday, d.month, d.day, rest),
            (Some(1), Some(10), Some(27), " to start")
        );
        let (_, d) = date("Tuesday, Oct. 28").unwrap();
        assert_eq!((d.weekday, d.day), (Some(2), Some(28)));
        let (_, d) = date_in_context("Tuesday, analysts", "on").unwrap();
        assert_eq!((d.weekday, d.day), (Some(2), None));
        let (_, d) = date_in_context("Tuesday", "last").unwrap();
        assert_eq!(d.weekday_shift, Some(-1));
    }

    #[test]
    fn parts_relatives_fiscal_and_years() {
        let (_, d) = date("early October.").unwrap();
        assert_eq!((d.month, d.part), (Some(10), Some([1, 10])));
        let (_, d) = date("last week, Treasury").unwrap();
        assert!(d.relative.is_some());
        let (_, d) = date("fiscal 2025, as").unwrap();
        assert_eq!((d.year, d.fiscal), (Some(2025), true));
        let (_, d) = date_in_context("2009.", "in").unwrap();
        assert_eq!(d.year, Some(2009));
        assert!(date_in_context("May 26", "in").is_ok());
        assert_eq!(
            date_in_context("2025 growth forecast", "its")
                .unwrap()
                .1
                .year,
            Some(2025)
        );
        assert_eq!(
            date_in_context("2024 Paris Olympics", "The")
                .unwrap()
                .1
                .year,
            Some(2024)
        );
        // A noun years name makes the year whatever word comes before it.
        for (text, prev) in [
            ("2023 census", "planned"),
            ("2019 campaign", "Her"),
            ("2022 World Cup", ""),
        ] {
            let d = date_in_context(text, prev).map(|(_, d)| d.year);
            assert_eq!(d, Ok(Some(text[..4].parse().unwrap())), "{text}");
        }
        assert!(date_in_context("2023 censuses", "planned").is_ok());
        assert!(date_in_context("2000 seasonal workers", "hired").is_err());
        assert!(date_in_context("2025, up", "its").is_err());
        assert!(date_in_context("1850 soldiers", "the").is_err());
        assert!(date_in_context("2,000 people", "in").is_err());
        assert!(year_alone("2023, the").is_ok());
    }

    #[test]
    fn shifted_weekdays_ordinal_days_and_loose_months() {
        let (rest, d) = date("last Sunday, officials").unwrap();
        assert_eq!(
            (d.weekday, d.weekday_shift, rest),
            (Some(7), Some(-1), ", officials")
        );
        let (_, d) = date("this Friday (June 15)").unwrap();
        assert_eq!(
            (d.weekday_shift, d.month, d.day),
            (Some(0), Some(6), Some(15))
        );
        assert!(date("this day").is_err());
        let (_, d) = date("4th of march").unwrap();
        assert_eq!((d.month, d.day), (Some(3), Some(4)));
        let (_, d) = date("1st jan 2024").unwrap();
        assert_eq!((d.year, d.month, d.day), (Some(2024), Some(1), Some(1)));
        // A bare number before "may" is a verb's subject, not a date.
        assert!(date("5 may join").is_err());
        let (_, d) = date("January 12 of 2016").unwrap();
        assert_eq!((d.year, d.day), (Some(2016), Some(12)));
        let (rest, _) = date("last Tuesday.").unwrap();
        assert_eq!(rest, ".");
        let (rest, d) = date("Oct. 29").unwrap();
        assert_eq!((d.day, rest), (Some(29), ""));
        let (rest, d) = date_in_context("Tues. at noon", "on").unwrap();
        assert_eq!((d.weekday, rest), (Some(2), " at noon"));
        let (rest, d) = date("10/28/2025.").unwrap();
        assert_eq!((d.month, d.day, rest), (Some(10), Some(28), "."));
        assert!(date("10/28/2025.5").is_err());
        let (_, d) = date("Friday 2018-7-6").unwrap();
        assert_eq!((d.weekday, d.month, d.day), (Some(5), Some(7), Some(6)));
    }
}
