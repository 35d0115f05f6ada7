//! Quantities: a number with what it counts, its hedge and its range. Percentages and
//! percentage points, money with its currency before or after, counts with their noun,
//! durations; hedges ("nearly", "over", "up to") and ranges ("80% to 90%", "80-90%",
//! "between 5 and 10") become an interval, never dropped.

use super::currency::{currency_after, currency_before, firsts, no_match, with_minor};
use super::number::{Number, boundary, number, number_with, word};
use crate::lexicon::{self, HedgeKind};
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::satisfy;
use nom::character::complete::{char, space0, space1};
use nom::combinator::{map_opt, not, opt, peek, recognize};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};

/// What a quantity measures.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Percent,
    PercentagePoints,
    /// An ISO 4217 currency code.
    Money(String),
    /// A duration in days, weeks, months...
    Time(String),
    /// A counted noun: "minerals" in "15 key minerals".
    Count(String),
    /// A bare number.
    Number,
}

impl Unit {
    /// The unit as the JSON contract names it.
    pub fn label(&self) -> Option<String> {
        match self {
            Unit::Percent => Some("percent".into()),
            Unit::PercentagePoints => Some("percentage points".into()),
            Unit::Money(c) | Unit::Time(c) | Unit::Count(c) => Some(c.clone()),
            Unit::Number => None,
        }
    }
}

/// A parsed quantity before it is placed in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The figure as stated (the first one of a range).
    pub value: f64,
    pub low: f64,
    pub high: f64,
    /// Size of the last written digit: the rounding a reader allows.
    pub step: f64,
    pub unit: Unit,
    /// Words of the counted noun phrase ("key minerals").
    pub noun: Option<String>,
    pub hedge: Option<(String, HedgeKind)>,
    pub range: bool,
}

impl Quantity {
    /// The figure below zero, its bounds swapped: a fall or a contraction written
    /// without a sign ("fell 7.8%" is -7.8).
    pub fn negated(&self) -> Quantity {
        Quantity {
            value: -self.value,
            low: -self.high,
            high: -self.low,
            ..self.clone()
        }
    }
}

impl Unit {
    /// Whether a figure in this unit may be followed by itself in another unit, in
    /// brackets: money ("¥8 billion ($54.6 million)") and measures ("150 kph (93
    /// mph)", "8 km (5 miles)").
    pub fn converts(&self) -> bool {
        match self {
            Unit::Money(_) => true,
            Unit::Count(n) => is_unit_of_measure(n),
            _ => false,
        }
    }

    /// Whether a bracketed figure in unit `other` can be this unit's conversion.
    pub fn converts_to(&self, other: &Unit) -> bool {
        match (self, other) {
            (Unit::Money(_), Unit::Money(_)) => true,
            (Unit::Count(_), Unit::Count(_)) => self.converts() && other.converts(),
            _ => false,
        }
    }
}

/// A hedge phrase and its kind: `nearly `, `more than `, `up to `.
pub fn hedge(i: &str) -> IResult<&str, (String, HedgeKind)> {
    // Longest phrase first: "just under" before "under".
    let mut best: Option<(&str, HedgeKind)> = None;
    for &(phrase, kind) in firsts().hedges.starting(i) {
        // Words need a space after them; signs (">=", "<") need none.
        let sign = !phrase.starts_with(|c: char| c.is_ascii_alphabetic());
        if i.len() > phrase.len()
            && i.as_bytes()[..phrase.len()].eq_ignore_ascii_case(phrase.as_bytes())
            && (i.as_bytes()[phrase.len()] == b' ' || sign)
            && best.is_none_or(|b| b.0.len() < phrase.len())
        {
            best = Some((&i[..phrase.len()], *kind));
        }
    }
    match best {
        Some((p, k)) => Ok((
            i[p.len()..].trim_start_matches(' '),
            (p.to_ascii_lowercase(), k),
        )),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// A percent sign or word: `%`, ` percent`, ` per cent`, ` percentage points`.
pub fn percent(i: &str) -> IResult<&str, Unit> {
    alt((
        preceded(
            space1,
            alt((
                tag_no_case("percentage points"),
                tag_no_case("percentage point"),
                tag_no_case("percent points"),
            )),
        )
        .map(|_| Unit::PercentagePoints),
        preceded(space0, char('%')).map(|_| Unit::Percent),
        // British papers write "3.4pc".
        terminated(tag("pc"), not(satisfy(|c| c.is_alphanumeric()))).map(|_| Unit::Percent),
        terminated(
            preceded(
                space1,
                alt((
                    tag_no_case("percentage"),
                    tag_no_case("percents"),
                    tag_no_case("percent"),
                    tag_no_case("per cent"),
                    tag_no_case("per-cent"),
                    tag_no_case("pct"),
                )),
            ),
            not(satisfy(|c| c.is_alphanumeric())),
        )
        .map(|_| Unit::Percent),
    ))
    .parse(i)
}

pub(crate) const TIME_UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
];
/// Abbreviated time units and their full names.
pub(crate) const TIME_ABBREVIATIONS: &[(&str, &str)] = &[
    ("sec", "second"),
    ("secs", "second"),
    ("min", "minute"),
    ("mins", "minute"),
    ("hr", "hour"),
    ("hrs", "hour"),
    ("wk", "week"),
    ("wks", "week"),
    ("yr", "year"),
    ("yrs", "year"),
];

/// A time unit after a number: ` months`, `-year`, `-day`.
pub fn time_unit(i: &str) -> IResult<&str, String> {
    preceded(
        alt((space1, tag("-"), tag(""))),
        map_opt(
            terminated(word, not(satisfy(|c| c.is_alphanumeric()))),
            |w: &str| {
                let w = w.to_ascii_lowercase();
                let one = w.strip_suffix('s').unwrap_or(&w).to_string();
                let one = if one == "centurie" {
                    "century".into()
                } else {
                    one
                };
                if let Some((_, full)) = TIME_ABBREVIATIONS.iter().find(|(a, _)| *a == w) {
                    return Some(full.to_string());
                }
                TIME_UNITS.contains(&one.as_str()).then_some(one)
            },
        ),
    )
    .parse(i)
}

/// Words that end a counted noun phrase.
const NOUN_STOP: &[&str] = &[
    "of",
    "while",
    "whilst",
    "whereas",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "with",
    "by",
    "and",
    "or",
    "the",
    "a",
    "an",
    "that",
    "which",
    "who",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "than",
    "as",
    "per",
    "each",
    "more",
    "less",
    "this",
    "its",
    "their",
    "his",
    "her",
    "it",
    "they",
    "he",
    "she",
    "we",
    "percent",
    "said",
    "says",
    "ago",
    // "29,000 votes ahead", "three seats short", "seven points clear": how far apart,
    // not what was counted.
    "ahead",
    "behind",
    "short",
    "clear",
    "earlier",
    "later",
    "times",
    "if",
    "when",
    "while",
    "since",
    "after",
    "before",
    "but",
    "so",
    "into",
    "over",
    "under",
    "about",
    "up",
    "down",
    "out",
    "new",
    "not",
    "all",
    "fiscal",
    "you",
    "i",
    "me",
    "him",
    "them",
    "us",
    "my",
    "your",
    "across",
    "around",
    "among",
    "amid",
    "along",
    "against",
    "between",
    "despite",
    "through",
    "toward",
    "towards",
    "via",
    "within",
    "without",
    "during",
    "until",
    "beyond",
    "near",
    "upon",
    "versus",
    "vs",
    // Conjunctions of cause: "1.1 million vehicles because of a camera problem".
    "because",
    "due",
    "including",
    "excluding",
    // Adverbs of where or how many together: "5.3 million vehicles worldwide".
    "worldwide",
    "globally",
    "nationwide",
    "overseas",
    "abroad",
    "domestically",
    "combined",
    "altogether",
    "apiece",
    "annually",
    "daily",
    // Adverbs of a state still held: "32 still missing", "200 yet unaccounted for".
    "still",
    "yet",
    "now",
    // Times after a count belong to the clause, not the noun ("jobs last month").
    "last",
    "next",
    "every",
    "yesterday",
    "today",
    "tomorrow",
    // Irregular past tenses end the phrase too ("a 7.8 earthquake struck"); regular
    // ones are caught by their ending.
    "struck",
    "hit",
    "rose",
    "fell",
    "won",
    "lost",
    "took",
    "made",
    "told",
    "came",
    "went",
    "began",
    "grew",
    "shook",
    "swept",
    "held",
    "led",
    "met",
    "paid",
    "sold",
    "sent",
    "spent",
    "stood",
    "became",
    "gave",
    "got",
    "ran",
    "saw",
    "died",
    "fled",
    "left",
    "sank",
    "flew",
    "drew",
    "drove",
    "broke",
    "fought",
    "sought",
    "shot",
    "tore",
    "threw",
    "caught",
    "brought",
    "bought",
    "built",
    "kept",
    "felt",
    "found",
    "knew",
    "wrote",
    "spoke",
    // Verbs in the present after a plural subject ("80 fishermen remain at sea").
    "remain",
    "remains",
    "lie",
    "say",
    "die",
];

/// [`NOUN_STOP`] hashed: every word after every count asks it.
fn noun_stops() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| NOUN_STOP.iter().copied().collect())
}

/// Units of measure: the noun ends with them.
const MEASURES: &[&str] = &[
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "mile",
    "meters",
    "metres",
    "feet",
    "ft",
    "inches",
    "cm",
    "mm",
    "kg",
    "kilograms",
    "lb",
    "lbs",
    "oz",
    "ounces",
    "grams",
    "mg",
    "milligrams",
    "ml",
    "millilitres",
    "milliliters",
    "tons",
    "tonnes",
    "ton",
    "tonne",
    "barrels",
    "liters",
    "litres",
    "gallons",
    "acres",
    "hectares",
    "degrees",
    "fahrenheit",
    "mph",
    "kph",
    "kmh",
    "km/h",
    "km/hr",
    "m/s",
    "knots",
    "mw",
    "gw",
    "kwh",
    "gwh",
    "people",
    "persons",
];

/// Units of measure in the singular a hyphen joins to a figure, and the plural
/// [`MEASURES`] lists.
const SINGULAR_MEASURES: &[(&str, &str)] = &[
    ("km", "km"),
    ("kilometre", "kilometres"),
    ("kilometer", "kilometers"),
    ("metre", "metres"),
    ("meter", "meters"),
    ("mile", "miles"),
    ("foot", "feet"),
    ("inch", "inches"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("kg", "kg"),
    ("kilogram", "kilograms"),
    ("gram", "grams"),
    ("milligram", "milligrams"),
    ("millilitre", "millilitres"),
    ("milliliter", "milliliters"),
    ("ton", "tons"),
    ("tonne", "tonnes"),
    ("barrel", "barrels"),
    ("litre", "litres"),
    ("liter", "liters"),
    ("gallon", "gallons"),
    ("acre", "acres"),
    ("hectare", "hectares"),
    ("degree", "degrees"),
    ("megawatt", "mw"),
    ("gigawatt", "gw"),
];

/// Whether a counted noun is a unit of measure ("feet", "degrees"): what it
/// measures is read, not counted, so nothing happens to it the way people die.
pub fn is_unit_of_measure(noun: &str) -> bool {
    MEASURES.contains(&noun) && !matches!(noun, "people" | "persons")
}

/// The counted noun after a figure: ` key minerals`, ` cherry trees`.
pub fn count_noun(i: &str) -> IResult<&str, String> {
    if let Some(found) = temperature(i).or_else(|| area(i)) {
        return Ok(found);
    }
    // "a 27-kilometre tunnel", "a 10-mile walk": a unit made an adjective keeps
    // the singular; it measures what the plural does.
    if let Some(r) = i.strip_prefix('-')
        && let Ok((r, w)) = word(r)
        && boundary(r).is_ok()
        && let Some((_, plural)) = SINGULAR_MEASURES
            .iter()
            .find(|(one, _)| one.eq_ignore_ascii_case(w))
    {
        return Ok((r, plural.to_string()));
    }
    if let Some(found) = nationals(i) {
        return Ok(found);
    }
    let mut rest = i;
    let mut words: Vec<&str> = Vec::new();
    while words.len() < 3 {
        // A unit of measure may be glued to the figure ("18.5km", "50kg"); any other
        // letters against digits make a code ("A4", "5G"), which is no noun.
        let glued = words.is_empty() && !rest.starts_with(' ');
        let spaced = if glued { "" } else { " " };
        let Ok((r, w)) = preceded(
            tag::<&str, &str, nom::error::Error<&str>>(spaced),
            recognize((word, opt((char('-'), word)), opt(per_time))),
        )
        .parse(rest) else {
            break;
        };
        if glued && !MEASURES.contains(&w) {
            break;
        }
        // "33,000 Boeing machinists", "20 US troops": a name between the figure and
        // a plural noun says whose they are; the noun is what is counted.
        if words.is_empty()
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && let Some(r) = past_owner(rest)
        {
            rest = r;
            continue;
        }
        // Half a word is no noun: "k" of "kéfir" is not a scale or a unit.
        if !w.starts_with(|c: char| c.is_ascii_lowercase())
            || noun_stops().contains(w)
            || super::number::is_number_word(w)
            || boundary(r).is_err()
        {
            break;
        }
        // Verbs and participles end the phrase ("two companies signed", "one focused"),
        // but for a case's kind before its noun ("68 suspected cases").
        if w.len() > 4
            && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly"))
            && !MEASURES.contains(&w)
            && !(words.is_empty() && KINDS_OF_CASE.contains(&w) && plural_next(r))
        {
            break;
        }
        words.push(w);
        rest = r;
        // "130 km per hour", "80 miles an hour": a speed in words is the speed its
        // signs write (km/h, mph).
        if let Some(&(_, speed)) = DISTANCES.iter().find(|(d, _)| *d == w)
            && let Some(r) = [" per hour", " an hour"]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
            && boundary(r).is_ok()
        {
            *words.last_mut().expect("just pushed") = speed;
            rest = r;
            break;
        }
        // A unit of measure is the whole noun ("6 kilometers underwater").
        if MEASURES.contains(&w) {
            break;
        }
    }
    if words.is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Alpha,
        )));
    }
    // One speed has several spellings; two articles that write it differently
    // still measure the same thing.
    if let [only] = words.as_mut_slice()
        && let Some((_, same)) = SAME_UNIT.iter().find(|(w, _)| w.eq_ignore_ascii_case(only))
    {
        *only = same;
    }
    Ok((rest, words.join(" ")))
}

/// Participles that say what kind of case is counted ("68 suspected cases", "12
/// confirmed deaths"), read as part of the noun when a plural follows.
const KINDS_OF_CASE: &[&str] = &["suspected", "confirmed"];

/// Does a lower-case plural word follow (" cases")?
fn plural_next(r: &str) -> bool {
    let Some(rest) = r.strip_prefix(' ') else {
        return false;
    };
    let w = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    w.len() > 3 && w.ends_with('s') && w.starts_with(|c: char| c.is_ascii_lowercase())
}

/// Past one or two capitalised words to the space before a plural noun, if one
/// follows them: " Boeing machinists" gives " machinists". Not a month's or
/// weekday's name, which dates what follows.
fn past_owner(i: &str) -> Option<&str> {
    let mut rest = i;
    for _ in 0..2 {
        let (r, w) = preceded(char(' '), word).parse(rest).ok()?;
        let lex = lexicon::get();
        if !w.starts_with(|c: char| c.is_ascii_uppercase())
            || boundary(r).is_err()
            || lex.month(w).is_some()
            || lex.weekday(w).is_some()
        {
            return None;
        }
        rest = r;
        let (after, noun) = preceded(char(' '), word).parse(rest).ok()?;
        let plural = noun.len() > 3 && noun.ends_with('s') && !noun.ends_with("ss");
        if plural
            && noun.starts_with(|c: char| c.is_ascii_lowercase())
            && boundary(after).is_ok()
            && !noun_stops().contains(noun)
        {
            return Some(rest);
        }
    }
    None
}

/// A temperature: a scale written against the figure ("17.15C", "51.8°C", "45 °C",
/// "113F") or "degrees" with its scale ("32 degrees Celsius", "90 degrees F").
/// Celsius is the plain "degrees" every other reading gives; Fahrenheit is a noun of
/// its own, which the keyers read in Celsius (claim/temperature.rs).
fn temperature(i: &str) -> Option<(&str, String)> {
    // A sign, a capital, or "degrees": most nouns are passed over here.
    let b = i.as_bytes();
    let lead = |c: Option<&u8>| matches!(c, Some(0xC2 | 0xE2 | b'C' | b'F'));
    if !(lead(b.first()) || b.first() == Some(&b' ') && (lead(b.get(1)) || b.get(1) == Some(&b'd')))
    {
        return None;
    }
    const CELSIUS: &[&str] = &["°C", " °C", "ºC", "℃", " ℃", "C"];
    const FAHRENHEIT: &[&str] = &["°F", " °F", "ºF", "℉", " ℉", "F"];
    // A scale ends where its word does: "5C-", "5Cs" and "F-16" are no readings.
    fn clear(r: &str) -> bool {
        !r.starts_with(|c: char| c.is_alphanumeric() || c == '-')
    }
    fn scale(r: &str) -> Option<(&str, &'static str)> {
        let r = r.strip_prefix(' ')?;
        let (rest, w) = word(r).ok()?;
        if !clear(rest) {
            return None;
        }
        match w {
            "Celsius" | "centigrade" | "C" => Some((rest, "degrees")),
            "Fahrenheit" | "F" => Some((rest, "degrees fahrenheit")),
            _ => None,
        }
    }
    if let Some(r) = CELSIUS.iter().find_map(|p| i.strip_prefix(p))
        && clear(r)
    {
        return Some((r, "degrees".to_string()));
    }
    if let Some(r) = FAHRENHEIT.iter().find_map(|p| i.strip_prefix(p))
        && clear(r)
    {
        return Some((r, "degrees fahrenheit".to_string()));
    }
    let r = [" degrees", " degree"]
        .iter()
        .find_map(|p| i.strip_prefix(p))?;
    let (r, noun) = scale(r)?;
    Some((r, noun.to_string()))
}

/// An area, in any of its spellings ("301,338 km2", "1,200 sq km", "463 sq mi"),
/// as the one noun a key compares: "square kilometres", "square miles". Read as the
/// last word alone, "sq km" would be a distance.
fn area(i: &str) -> Option<(&str, String)> {
    const AREAS: &[(&str, &str)] = &[
        ("km2", "square kilometres"),
        ("km²", "square kilometres"),
        ("sq km", "square kilometres"),
        ("sq. km", "square kilometres"),
        ("square km", "square kilometres"),
        ("square kilometres", "square kilometres"),
        ("square kilometers", "square kilometres"),
        ("square kilometre", "square kilometres"),
        ("square kilometer", "square kilometres"),
        ("sq mi", "square miles"),
        ("sq miles", "square miles"),
        ("square miles", "square miles"),
        ("square mile", "square miles"),
        ("mi2", "square miles"),
        ("mi²", "square miles"),
        ("m2", "square metres"),
        ("m²", "square metres"),
        ("sq m", "square metres"),
        ("square metres", "square metres"),
        ("square meters", "square metres"),
        ("square metre", "square metres"),
        ("square meter", "square metres"),
        ("sq ft", "square feet"),
        ("square feet", "square feet"),
        ("square foot", "square feet"),
    ];
    // Every spelling starts with k, s or m: most nouns are passed over here.
    if !matches!(
        i.trim_start_matches(' ').as_bytes().first(),
        Some(b'k' | b's' | b'm')
    ) {
        return None;
    }
    let spaced = i.strip_prefix(' ');
    AREAS.iter().find_map(|(spelling, noun)| {
        // Only the signs are glued to a figure ("12km2"); words follow a space.
        let glued = spelling.ends_with(['2', '²']);
        let r = spaced
            .and_then(|r| r.strip_prefix(spelling))
            .or_else(|| glued.then(|| i.strip_prefix(spelling)).flatten())?;
        (!r.starts_with(|c: char| c.is_alphanumeric())).then(|| (r, noun.to_string()))
    })
}

/// Nouns after a nationality that count people of it: "169 Indian nationals".
const NATIONALS: &[&str] = &["nationals", "citizens", "tourists", "residents"];

/// People counted by nationality: ` Indian nationals`, ` British citizens`, or a
/// plural of the nationality itself (` Britons`, ` Americans`). The noun keeps its
/// capital; the country lexicon says which country it is.
fn nationals(i: &str) -> Option<(&str, String)> {
    let r = i.strip_prefix(' ')?;
    // Nearly every counted noun is in lower case: those are passed over unlooked-up.
    if !r.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let (r, w) = word(r).ok()?;
    if !w.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    // The cheap tests first: the lexicon is asked only of a word before "nationals"
    // or one ending in "s".
    let lex = lexicon::get();
    if let Ok((r2, n)) = preceded(char(' '), word).parse(r)
        && NATIONALS.contains(&n)
        && boundary(r2).is_ok()
        && lex.country(w).is_some()
    {
        return Some((r2, format!("{w} {n}")));
    }
    // "169 Indian nationals, 53 British, seven Portuguese and one Canadian": a
    // demonym ending a list's item counts that country's people.
    let item_ends = r.starts_with([',', '.', ';', ')']) || r.starts_with(" and ") || r.is_empty();
    if item_ends && lex.country(w).is_some_and(|c| c != w) {
        return Some((r, format!("{w} nationals")));
    }
    let one = w.strip_suffix('s')?;
    (lex.country(one).is_some_and(|c| c != one) && boundary(r).is_ok() && !r.starts_with('\''))
        .then(|| (r, w.to_string()))
}

/// The country of a counted noun of nationality that [`count_noun`] gave: "Indian
/// nationals" is India's, "Britons" the United Kingdom's.
pub fn nationality(noun: &str) -> Option<&'static str> {
    let first = noun.split(' ').next()?;
    let lex = lexicon::get();
    lex.country(first)
        .or_else(|| lex.country(first.strip_suffix('s')?))
}

/// Distances a speed in words is of, and the speed's unit: "km per hour" is km/h.
const DISTANCES: &[(&str, &str)] = &[
    ("km", "km/h"),
    ("kilometres", "km/h"),
    ("kilometers", "km/h"),
    ("miles", "mph"),
];

/// Spellings of one unit, and the one a key uses.
const SAME_UNIT: &[(&str, &str)] = &[
    ("kph", "km/h"),
    ("kmh", "km/h"),
    ("km/hr", "km/h"),
    ("kmph", "km/h"),
    ("mi/h", "mph"),
];

/// The time a speed is per, written against its distance: the `/h` of `km/h`, the
/// `/s` of `m/s`.
fn per_time(i: &str) -> IResult<&str, &str> {
    let (r, per) = recognize((char('/'), alt((tag("hr"), tag("h"), tag("s"))))).parse(i)?;
    boundary(r)?;
    Ok((r, per))
}

/// A duration of one unit, or half of one, in words: `a week`, `an hour`, `half an
/// hour`, `an hour and a half`.
fn article_duration(i: &str) -> IResult<&str, (Number, Unit, Option<String>)> {
    let (rest, half) = alt((
        tag_no_case("half an ").map(|_| true),
        tag_no_case("half a ").map(|_| true),
        tag_no_case("an ").map(|_| false),
        tag_no_case("a ").map(|_| false),
    ))
    .parse(i)?;
    let (rest, unit) = time_unit(rest)?;
    // Only the singular: "a weeks" is no duration.
    if rest.len() + 1 < i.len()
        && i.as_bytes()[i.len() - rest.len() - 1].eq_ignore_ascii_case(&b's')
    {
        return no_match(i);
    }
    let (rest, and_half) = opt(tag_no_case(" and a half")).parse(rest)?;
    let value = match (half, and_half.is_some()) {
        (true, _) => 0.5,
        (false, true) => 1.5,
        (false, false) => 1.0,
    };
    let n = Number {
        value,
        step: 0.5,
        scale: 1.0,
    };
    Ok((rest, (n, Unit::Time(unit), None)))
}

/// One unit of a currency named in words: `a dollar`, `a euro`. Only a word that
/// names money on its own, never a sign or a code ("a $" is nothing).
fn article_money(i: &str) -> IResult<&str, (Number, Unit, Option<String>)> {
    let (rest, _) = tag_no_case("a").parse(i)?;
    // A space, then a word in lower case: the word's own space keeps it from
    // reading as a code glued to a figure.
    if !rest.starts_with(' ') || !rest[1..].starts_with(|c: char| c.is_ascii_lowercase()) {
        return no_match(i);
    }
    let (rest, code) = currency_after(rest)?;
    if code.contains('_') {
        // "a cent" is a minor unit: worth keeping out of a claim of whole amounts.
        return no_match(i);
    }
    let n = Number {
        value: 1.0,
        step: 1.0,
        scale: 1.0,
    };
    Ok((rest, (n, Unit::Money(code), None)))
}

/// Is the code before `figure` a series' name ("COP29", "COP 30 in Belem"), not money?
/// Only a whole number of one or two digits, with no magnitude word after it.
fn numbered_name(code: &str, figure: &str, rest: &str, n: Number) -> bool {
    let digits = &figure[..figure.len() - rest.len()];
    n.scale == 1.0
        && (1..=2).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && lexicon::get()
            .currencies
            .numbered_names
            .iter()
            .any(|c| code.starts_with(c.as_str()))
}

/// One figure with its unit, before hedges and ranges: `$55 billion`, `90%`,
/// `8 billion yen`, `two months`, `15 key minerals`.
fn figure(i: &str) -> IResult<&str, (Number, Unit, Option<String>)> {
    if let Ok(found) = article_duration(i) {
        return Ok(found);
    }
    if let Ok(found) = article_money(i) {
        return Ok(found);
    }
    if let Ok((rest, code)) = currency_before(i) {
        let figure = rest;
        let (rest, n) = number_with(true)(rest)?;
        if numbered_name(i, figure, rest, n) {
            return no_match(i);
        }
        // "US$3.14US$" is rare; "$20 and 43c" is not.
        let (rest, n) = with_minor(rest, n);
        return Ok((rest, (n, Unit::Money(code), None)));
    }
    let (rest, n) = number_with(true)(i)?;
    if let Ok((r, u)) = percent(rest) {
        return Ok((r, (n, u, None)));
    }
    if let Ok((r, code)) = currency_after(rest) {
        let (r, n) = with_minor(r, n);
        return Ok((r, (n, Unit::Money(code), None)));
    }
    if let Some(r) = pence_glued(i, rest, n) {
        return Ok((r, (n, Unit::Money("GBP_PENCE".into()), None)));
    }
    // "2m people", "3.5m homes": British news writes millions so before a plural
    // noun that is no unit of measure.
    if n.scale == 1e6
        && i[..i.len() - rest.len()].ends_with('m')
        && let Ok((_, noun)) = count_noun(rest)
        && rest.starts_with(' ')
        && (noun == "people" || noun.ends_with('s') && !MEASURES.contains(&noun.as_str()))
    {
        return Ok((rest, (n, Unit::Number, None)));
    }
    // Outside money, "m" is metres, not millions: parse again without it. Only a
    // money scale ("m", "b", "G", "T") makes the two parses differ, so the second
    // runs only when the first took one of those letters.
    let took = &i.as_bytes()[..i.len() - rest.len()];
    let (rest, n) = if took.iter().any(|b| matches!(b, b'm' | b'b' | b'G' | b'T')) {
        number(i)?
    } else {
        (rest, n)
    };
    if let Ok((r, t)) = time_unit(rest) {
        return Ok((r, (n, Unit::Time(t), None)));
    }
    Ok((rest, (n, Unit::Number, None)))
}

/// Video resolutions written like pence ("1080p").
const RESOLUTIONS: &[f64] = &[
    144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0,
];

/// Pence written against digits, as British news does: "415p a share", "rose 12p".
/// Not after a scale ("5mp"), nor a video resolution ("1080p").
fn pence_glued<'a>(i: &str, rest: &'a str, n: Number) -> Option<&'a str> {
    let r = rest.strip_prefix('p')?;
    let digits_before = i[..i.len() - rest.len()].ends_with(|c: char| c.is_ascii_digit());
    (digits_before
        && n.scale == 1.0
        && !r.starts_with(|c: char| c.is_alphanumeric())
        && !RESOLUTIONS.contains(&n.value))
    .then_some(r)
}

/// Range separators: `80% to 90%`, `80-90%`, `5 and 10` after "between".
fn range_sep(allow_and: bool) -> impl Fn(&str) -> IResult<&str, &str> {
    move |i| {
        if allow_and {
            return alt((tag(" and "), tag(" to "), tag("-"))).parse(i);
        }
        alt((
            tag(" to "),
            // "8- to 16-metre": the first figure's hyphen waits for the unit.
            tag("- to "),
            tag("-"),
            tag(" - "),
            tag(" through "),
            tag(" thru "),
            tag("\u{2013}"),
        ))
        .parse(i)
    }
}

/// A hedge after the figure: ` or more`, ` or fewer`, ` and above`.
fn postfix_hedge(i: &str) -> IResult<&str, (String, HedgeKind)> {
    if !(i.starts_with(" or ") || i.starts_with(" and ")) {
        return no_match(i);
    }
    let post = &lexicon::get().hedges.postfix;
    for (phrase, kind) in post {
        let n = phrase.len() + 1;
        if i.len() >= n
            && i.starts_with(' ')
            && i.as_bytes()[1..n].eq_ignore_ascii_case(phrase.as_bytes())
            && !i[n..].starts_with(|c: char| c.is_alphanumeric())
        {
            return Ok((&i[n..], (phrase.to_ascii_lowercase(), *kind)));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// Gives the bare first figure of a range the unit and scale of the second.
fn unify(
    a: (Number, Unit, Option<String>),
    b: &(Number, Unit, Option<String>),
) -> Option<(Number, Unit)> {
    let (mut n, u, _) = a;
    let unit = match (&u, &b.1) {
        (Unit::Number, other) => other.clone(),
        // "jumped 3.3% to 5,844.19 points": a change, then a level; a share does not
        // lend its sign to a bare number after it. ("$5 to 6 billion" is a range.)
        (Unit::Percent | Unit::PercentagePoints, Unit::Number) => return None,
        (mine, Unit::Number) => mine.clone(),
        (x, y) if x == y => x.clone(),
        _ => return None,
    };
    if n.scale == 1.0 && b.0.scale > 1.0 && n.value * b.0.scale <= b.0.value {
        // "10-12 million": the scale written once applies to both.
        n = Number {
            value: n.value * b.0.scale,
            step: n.step * b.0.scale,
            scale: b.0.scale,
        };
    }
    Some((n, unit))
}

/// A quantity: hedge, figure or range, and the counted noun. `from_context` is true
/// when the candidate follows a bare "from", where "from X to Y" is a change, not a
/// range.
pub fn quantity(i: &str, from_context: bool) -> IResult<&str, Quantity> {
    let (rest, hedge) = opt(hedge).parse(i)?;
    let (rest, between) = opt(terminated(tag_no_case("between"), space1)).parse(rest)?;
    let (rest, first) = figure(rest)?;
    let mut range = None;
    if (!from_context || between.is_some())
        && let Ok((r, (_, second))) = (range_sep(between.is_some()), figure).parse(rest)
        && let Some((n1, unit)) = unify(first.clone(), &second)
        && second.0.value >= n1.value
    {
        range = Some((r, n1, second.0, unit));
    }
    // "44 mg to 50 mg", "$350 per kg to $680 per kg": a unit written after both
    // figures is the range's.
    if range.is_none()
        && (!from_context || between.is_some())
        && let Some(found) = unit_twice(rest, &first, between.is_some())
    {
        range = Some(found);
    }
    if between.is_some() && range.is_none() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    // "more than 100 but fewer than 200": a floor and a ceiling make one range.
    let mut hedge = hedge;
    if range.is_none()
        && let Some((_, kind)) = &hedge
        && let Some((r, low, high, unit)) = joined_bound(rest, *kind, &first)
    {
        range = Some((r, low, high, unit));
        hedge = None;
    }
    let (rest, value, high_value, step, unit) = match range {
        Some((r, a, b, unit)) => (r, a.value, b.value, a.step.max(b.step), unit),
        None => (
            rest,
            first.0.value,
            first.0.value,
            first.0.step,
            first.1.clone(),
        ),
    };
    // "2 years and 6 months", "1 year 1 month 21 days": one duration, in its first
    // unit, so "two and a half years" agrees with it.
    let (rest, value, high_value, step) = match &unit {
        Unit::Time(u) if value == high_value => {
            let (r, add, st) = compound_time(rest, u);
            (r, value + add, high_value + add, st.unwrap_or(step))
        }
        _ => (rest, value, high_value, step),
    };
    // "50 or more people": the hedge may follow the figure.
    let (rest, hedge) = match (hedge, postfix_hedge(rest)) {
        (_, Ok((r, h))) => (r, Some(h)),
        (h, _) => (rest, h),
    };
    // "169 of 343 seats", "12 of the 40 suspects": the part counts the whole's noun;
    // the whole is said in passing, no figure of its own.
    let rest = match unit {
        Unit::Number if value == high_value => of_whole(rest, value).unwrap_or(rest),
        _ => rest,
    };
    let (rest, noun, unit) = match unit {
        Unit::Number => match count_noun(rest) {
            Ok((r, noun)) => {
                let head = noun.rsplit(' ').next().unwrap_or(&noun).to_string();
                (r, Some(noun), Unit::Count(head))
            }
            Err(_) => (rest, None, Unit::Number),
        },
        u => (rest, None, u),
    };
    // Decimals are written on purpose ("9.0 million"): their zeros are significant.
    let significant = if first.0.step < first.0.scale {
        step
    } else {
        significant_step(value, step)
    };
    let (low, high) = interval(
        value,
        high_value,
        significant,
        hedge.as_ref().map(|h| h.1),
        &unit,
    );
    let step = match unit {
        Unit::Money(_) | Unit::Count(_) | Unit::Number if value == high_value => {
            rounded(value, step)
        }
        _ => step,
    };
    Ok((
        rest,
        Quantity {
            value,
            low,
            high,
            step,
            unit,
            noun,
            hedge,
            range: range_used(value, high_value),
        },
    ))
}

/// The place of a whole figure's last nonzero digit: 10 for "90", 10,000 for
/// "1,020,000"; unbounded for zero.
fn significant_step(value: f64, step: f64) -> f64 {
    if step <= 0.0 || !(value / step).is_finite() || (value / step).abs() > 1e15 {
        return f64::INFINITY;
    }
    let mut n = (value / step).round().abs() as u64;
    let mut s = step;
    while n > 0 && n.is_multiple_of(10) {
        n /= 10;
        s *= 10.0;
    }
    s
}

/// The rounding an amount or a large count may carry: "Rs 72,350 crore" reports
/// 72,349 crore rounded at its last nonzero digit, as amounts often are, and "111,000
/// asylum claims" 111,084 of them, so long as three significant digits stay ("$5,000"
/// is not $5,400 rounded, "2,000 dead" not 2,012). A count of three digits is exact:
/// "170 seats" is not 169.
fn rounded(value: f64, step: f64) -> f64 {
    if step <= 0.0 || !(value / step).is_finite() {
        return step;
    }
    let mut n = (value / step).round().abs() as u64;
    let digits = n.checked_ilog10().map_or(1, |d| d + 1);
    let mut zeros = 0;
    while n > 0 && n.is_multiple_of(10) {
        n /= 10;
        zeros += 1;
    }
    let kept = zeros.min(digits.saturating_sub(3));
    step * 10f64.powi(kept as i32)
}

/// Days in a unit of time, for joining a duration's parts.
fn days_in(unit: &str) -> Option<f64> {
    Some(match unit {
        "day" => 1.0,
        "week" => 7.0,
        "month" => 365.25 / 12.0,
        "year" => 365.25,
        _ => return None,
    })
}

/// The smaller parts after a duration in `unit` ("and 6 months", ", 21 days"): where
/// they end, what they add in `unit`, and the step of the last one.
fn compound_time<'a>(mut rest: &'a str, unit: &str) -> (&'a str, f64, Option<f64>) {
    let (mut add, mut step) = (0.0, None);
    let Some(mut outer) = days_in(unit) else {
        return (rest, add, step);
    };
    let base = outer;
    loop {
        let after = rest.strip_prefix(',').unwrap_or(rest);
        let after = after.strip_prefix(" and").unwrap_or(after);
        let Some(after) = after.strip_prefix(' ') else {
            break;
        };
        let Ok((r, (n, Unit::Time(v), _))) = figure(after) else {
            break;
        };
        match days_in(&v) {
            Some(inner) if inner < outer && n.value.fract() == 0.0 => {
                add += n.value * inner / base;
                step = Some(n.step * inner / base);
                outer = inner;
                rest = r;
            }
            _ => break,
        }
    }
    (rest, add, step)
}

/// ` of 343` or ` out of the 40` after a part, then the counted noun: where the noun
/// starts. The whole is a whole number above the part.
fn of_whole(i: &str, part: f64) -> Option<&str> {
    let (r, _) = (
        space1::<&str, nom::error::Error<&str>>,
        opt((tag_no_case("out"), space1)),
        tag_no_case("of"),
        space1,
        opt((
            alt((tag_no_case("the"), tag_no_case("its"), tag_no_case("their"))),
            space1,
        )),
    )
        .parse(i)
        .ok()?;
    let (r, whole) = number(r).ok()?;
    // "one of the 10 largest banks" says which group, not how many.
    let fits =
        part.fract() == 0.0 && part > 1.0 && whole.value.fract() == 0.0 && whole.value > part;
    (fits && count_noun(r).is_ok()).then_some(r)
}

/// The second half of a joined bound after a hedged figure: ` and less than 300`,
/// ` but no more than 20%`. The two hedges face each other and the bounds are in
/// order; the figures come back low first.
fn joined_bound<'a>(
    i: &'a str,
    kind: HedgeKind,
    first: &(Number, Unit, Option<String>),
) -> Option<(&'a str, Number, Number, Unit)> {
    let r = [" and ", " but ", ", "]
        .iter()
        .find_map(|sep| i.strip_prefix(sep))?;
    let (r, (_, other)) = hedge(r).ok()?;
    let (r, second) = figure(r).ok()?;
    let (a, unit) = unify(first.clone(), &second)?;
    let (low, high) = match (kind, other) {
        (HedgeKind::Above, HedgeKind::AtMost) => (a, second.0),
        (HedgeKind::AtMost, HedgeKind::Above) => (second.0, a),
        _ => return None,
    };
    (low.value < high.value).then_some((r, low, high, unit))
}

/// The words of a unit after a figure: a rate (` per kg`) or, after a bare number,
/// a unit of measure (` mg`, ` °C`). Returns what follows them.
fn unit_words<'a>(i: &'a str, unit: &Unit) -> Option<&'a str> {
    if let Ok((r, _)) = preceded(tag_no_case(" per "), terminated(word, boundary)).parse(i) {
        return Some(r);
    }
    let (r, noun) = count_noun(i).ok()?;
    (matches!(unit, Unit::Number) && is_unit_of_measure(&noun)).then_some(r)
}

/// A range whose unit is written after each figure in the same words: `44 mg to 50
/// mg`, `between -18 °C and -34 °C`. The bounds come back low first (cold is told
/// either way); the rest starts at the second unit, which the noun takes as usual.
fn unit_twice<'a>(
    i: &'a str,
    first: &(Number, Unit, Option<String>),
    between: bool,
) -> Option<(&'a str, Number, Number, Unit)> {
    // A range needs its joint soon after the first unit: most figures have none
    // near, and are passed over before any noun is read.
    let mut near = i.len().min(40);
    while !i.is_char_boundary(near) {
        near -= 1;
    }
    let window = &i.as_bytes()[..near];
    let joint = |k: usize| {
        let rest = &window[k + 1..];
        rest.starts_with(b"to ")
            || rest.starts_with(b"through ")
            || rest.starts_with(b"thru ")
            || between && rest.starts_with(b"and ")
    };
    // One pass: a hyphen, an en dash's lead byte, or a space before a joint word.
    if !window
        .iter()
        .enumerate()
        .any(|(k, b)| *b == b'-' || *b == 0xE2 || *b == b' ' && joint(k))
    {
        return None;
    }
    let after = unit_words(i, &first.1)?;
    let words = &i[..i.len() - after.len()];
    let (r, (_, second)) = (range_sep(between), figure).parse(after).ok()?;
    let again = unit_words(r, &second.1)?;
    let (a, unit) = unify(first.clone(), &second)?;
    if !r[..r.len() - again.len()].eq_ignore_ascii_case(words) || a.value == second.0.value {
        return None;
    }
    // A rate's words are kept by neither figure's noun: skip the second's too.
    let rest = if words.starts_with(" per ") { again } else { r };
    let (low, high) = if a.value < second.0.value {
        (a, second.0)
    } else {
        (second.0, a)
    };
    Some((rest, low, high, unit))
}

fn range_used(a: f64, b: f64) -> bool {
    a != b
}

/// Rounds away binary noise ("99.00000000000001") so output reads as written.
fn tidy(x: f64) -> f64 {
    if x.is_finite() && x.abs() < 1e12 {
        (x * 1e9).round() / 1e9
    } else {
        x
    }
}

/// The interval a hedge makes of a figure; percentages never pass 100.
/// `significant` is the place of the figure's last significant digit, which bounds
/// how far a hedge reaches.
pub fn interval(
    low: f64,
    high: f64,
    significant: f64,
    hedge: Option<HedgeKind>,
    unit: &Unit,
) -> (f64, f64) {
    let w = &lexicon::get().hedges.width;
    // How far a hedge reaches from a figure: a share of it, but no more than a few
    // steps of its last significant digit, as a writer who gives "about 1.02
    // million" does not mean 1.12 million. Signed, so "nearly -5%" stays near zero.
    let reach = |x: f64, share: f64| x.signum() * (x.abs() * share).min(w.digits * significant);
    let cap = if *unit == Unit::Percent {
        100f64.max(high)
    } else {
        f64::INFINITY
    };
    let (a, b) = match hedge {
        None | Some(HedgeKind::Exact) => (low, high),
        Some(HedgeKind::Below) => (low - reach(low, w.below), high),
        Some(HedgeKind::Around) => (
            low - reach(low, w.around),
            (high + reach(high, w.around)).min(cap.max(high)),
        ),
        Some(HedgeKind::Above) => (low, cap),
        Some(HedgeKind::AtMost) => (0.0, high),
    };
    let (a, b) = (tidy(a), tidy(b));
    // Negative figures turn "nearly" around; an interval still runs low to high.
    if a <= b { (a, b) } else { (b, a) }
}

/// Is the text at `i` a parenthetical conversion: ` ($54.6 million)`.
pub fn conversion(i: &str) -> IResult<&str, (usize, Quantity)> {
    let (rest, lead) = recognize((space0, char('('), space0)).parse(i)?;
    let (rest2, q) = quantity(rest, false)?;
    let (_, _) = peek(preceded(space0, char(')'))).parse(rest2)?;
    if !q.unit.converts() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    Ok((rest2, (lead.len(), q)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(i: &str) -> (Quantity, &str) {
        let (rest, q) = quantity(i, false).unwrap();
        (q, rest)
    }

    #[test]
    fn a_time_after_a_count_is_no_part_of_its_noun() {
        let (c, rest) = q("227,000 jobs last month");
        assert_eq!((c.unit, rest), (Unit::Count("jobs".into()), " last month"));
    }

    #[test]
    fn an_adverb_after_a_count_is_no_part_of_its_noun() {
        let (c, rest) = q("5.3 million vehicles worldwide in the half");
        assert_eq!(
            (c.unit, rest),
            (Unit::Count("vehicles".into()), " worldwide in the half")
        );
        // "32 still missing": the count's noun is left out, not "still".
        let (c, rest) = q("32 still missing");
        assert_eq!((c.unit, rest), (Unit::Number, " still missing"));
    }

    /// A case's kind before its plural is part of the noun; a participle after a
    /// count is still its verb.
    #[test]
    fn a_cases_kind_is_part_of_its_noun() {
        let (c, rest) = q("68 suspected cases reported");
        assert_eq!((c.unit, rest), (Unit::Count("cases".into()), " reported"));
        assert_eq!(c.noun.as_deref(), Some("suspected cases"));
        let (c, _) = q("12 confirmed deaths");
        assert_eq!(c.noun.as_deref(), Some("confirmed deaths"));
        let (c, rest) = q("40 suspected of fraud");
        assert_eq!((c.unit, rest), (Unit::Number, " suspected of fraud"));
    }

    #[test]
    fn a_unit_written_after_both_figures_makes_one_range() {
        fn range(t: &str) -> (f64, f64, bool, Unit, &str) {
            let (x, rest) = q(t);
            (x.low, x.high, x.range, x.unit, rest)
        }
        let mg = Unit::Count("mg".into());
        assert_eq!(
            range("44 mg to 50 mg ethanol"),
            (44.0, 50.0, true, mg.clone(), " ethanol")
        );
        assert_eq!(
            range("between 44 mg and 50 mg."),
            (44.0, 50.0, true, mg, ".")
        );
        // Cold is told from the milder end; the bounds still run low to high.
        let degrees = Unit::Count("degrees".into());
        assert_eq!(range("-18 °C to -34 °C"), (-34.0, -18.0, true, degrees, ""));
        let usd = Unit::Money("USD".into());
        assert_eq!(
            range("$350 per kg to $680 per kg in May"),
            (350.0, 680.0, true, usd, " in May")
        );
        // Two different units, or a change after "from", are two figures.
        assert!(!q("5 km to 3 miles").0.range);
        assert!(!quantity("5 km to 3 km", true).unwrap().1.range);
    }

    #[test]
    fn people_counted_by_nationality() {
        for (t, noun, rest) in [
            ("169 Indian nationals, 53", "Indian nationals", ", 53"),
            ("53 Britons and", "Britons", " and"),
            ("12 American citizens.", "American citizens", "."),
        ] {
            let (x, r) = q(t);
            assert_eq!((x.noun.as_deref(), r), (Some(noun), rest), "{t}");
        }
        // A capital that names no nationality is no noun.
        assert_eq!(q("12 Apples").0.noun, None);
    }

    #[test]
    fn a_duration_of_parts_is_one_duration() {
        let (d, rest) = q("2 years and 6 months in prison");
        assert_eq!(
            (d.value, d.unit, rest),
            (2.5, Unit::Time("year".into()), " in prison")
        );
        let (d, _) = q("1 year 1 month 21 days");
        assert!(
            (d.value - (1.0 + 1.0 / 12.0 + 21.0 / 365.25)).abs() < 1e-9,
            "{d:?}"
        );
        // A larger unit after a smaller is another figure; so is a count.
        let (d, rest) = q("6 months and 2 years");
        assert_eq!((d.value, rest), (6.0, " and 2 years"));
        let (d, rest) = q("3 days and 40 people");
        assert_eq!((d.value, rest), (3.0, " and 40 people"));
    }

    #[test]
    fn degrees_celsius_against_the_figure() {
        for t in ["17.15C on Monday", "51.8°C in Mecca", "45 °C in Delhi"] {
            assert_eq!(q(t).0.unit, Unit::Count("degrees".into()), "{t}");
        }
        let (c, rest) = q("17.16 degrees Celsius in Rome");
        assert_eq!((c.unit, rest), (Unit::Count("degrees".into()), " in Rome"));
    }

    #[test]
    fn fahrenheit_is_kept_apart_from_celsius() {
        let f = Unit::Count("fahrenheit".into());
        for t in [
            "113F in Delhi",
            "50 °F in Boise",
            "90 degrees Fahrenheit",
            "90 degrees F",
        ] {
            let (x, rest) = q(t);
            assert_eq!(x.unit, f, "{t}");
            assert!(rest.is_empty() || rest.starts_with(" in"), "{t}: {rest:?}");
        }
        assert_eq!(q("12 ℃ on Monday").0.unit, Unit::Count("degrees".into()));
        // A code is no temperature: "F-16" and "5Fs" stay a bare figure.
        assert_eq!(q("16F-16 jets").0.unit, Unit::Number);
        // Converted in brackets, the Fahrenheit figure is the Celsius one's.
        assert!(Unit::Count("degrees".into()).converts_to(&f));
    }

    #[test]
    fn an_area_is_one_noun_however_written() {
        fn noun(t: &str) -> (String, &str) {
            let (x, rest) = q(t);
            (x.noun.unwrap_or_default(), rest)
        }
        for t in [
            "301,338 km2 in all",
            "12km² in all",
            "1,200 sq km in all",
            "5 square kilometers in all",
        ] {
            assert_eq!(noun(t), ("square kilometres".into(), " in all"), "{t}");
        }
        assert_eq!(noun("116,347 sq mi"), ("square miles".into(), ""));
        assert_eq!(noun("2,000 sq ft"), ("square feet".into(), ""));
        // A distance stays a distance.
        assert_eq!(noun("5 km away"), ("km".into(), " away"));
    }

    #[test]
    fn a_number_word_is_no_counted_noun() {
        let (x, rest) = q("twenty thirty fifty");
        assert_eq!(
            (x.value, x.unit, rest),
            (20.0, Unit::Number, " thirty fifty")
        );
        let (x, rest) = q("13 units whilst a gross is 144");
        assert_eq!(
            (x.noun.as_deref(), rest),
            (Some("units"), " whilst a gross is 144")
        );
    }

    #[test]
    fn a_speed_is_one_unit_however_written() {
        fn unit(t: &str) -> (f64, Unit, &str) {
            let (x, rest) = q(t);
            (x.value, x.unit, rest)
        }
        let kmh = |v: f64, rest| (v, Unit::Count("km/h".into()), rest);
        assert_eq!(unit("150 km/h (93 mph)"), kmh(150.0, " (93 mph)"));
        assert_eq!(unit("205km/h."), kmh(205.0, "."));
        assert_eq!(unit("130 kph winds"), kmh(130.0, " winds"));
        assert_eq!(unit("130 km/hr"), kmh(130.0, ""));
        assert_eq!(unit("130 km per hour"), kmh(130.0, ""));
        assert_eq!(unit("130 kilometres an hour winds"), kmh(130.0, " winds"));
        assert_eq!(unit("93 mph"), (93.0, Unit::Count("mph".into()), ""));
        assert_eq!(unit("40 m/s"), (40.0, Unit::Count("m/s".into()), ""));
        assert_eq!(unit("85 knots"), (85.0, Unit::Count("knots".into()), ""));
        // A slash that is no speed is no part of the noun.
        assert_eq!(unit("20 km/day").2, "/day");
    }

    #[test]
    fn pence_against_digits_but_not_a_resolution() {
        let (p, rest) = q("415p a share");
        assert_eq!(
            (p.value, p.unit, rest),
            (415.0, Unit::Money("GBP_PENCE".into()), " a share")
        );
        assert_eq!(q("12.5p.").0.unit, Unit::Money("GBP_PENCE".into()));
        assert_eq!(q("1080p screen").0.unit, Unit::Number);
    }

    #[test]
    fn currencies_of_other_countries_and_spaced_scales() {
        let money = |t: &str| {
            let (x, _) = q(t);
            (x.value, x.unit)
        };
        let m = |c: &str| Unit::Money(c.into());
        assert_eq!(money("LE 100 million"), (1e8, m("EGP")));
        assert_eq!(money("KSh 3 billion"), (3e9, m("KES")));
        assert_eq!(money("PKR 40 billion"), (4e10, m("PKR")));
        assert_eq!(money("3 billion zlotys"), (3e9, m("PLN")));
        assert_eq!(money("Dh50"), (50.0, m("AED")));
        assert_eq!(money("$5 bn"), (5e9, m("USD")));
        assert_eq!(money("€3 mln"), (3e6, m("EUR")));
        // Crore written short, spaced or against the digits.
        assert_eq!(money("Rs 500 cr"), (5e9, m("INR")));
        assert_eq!(money("₹1,200cr"), (1.2e10, m("INR")));
        // One letter after a space is no scale: "5 m" may be metres.
        assert_eq!(money("$5 m"), (5.0, m("USD")));
        // An ISO code after a space, written in capitals.
        assert_eq!(money("42 SAR"), (42.0, m("SAR")));
        assert_eq!(money("42 geneh"), (42.0, m("EGP")));
        for t in ["2 QR codes", "20 sar"] {
            assert!(!matches!(q(t).0.unit, Unit::Money(_)), "{t}");
        }
    }

    #[test]
    fn percentages_with_hedges() {
        let (n, _) = q("3.4pc to 245p");
        assert_eq!((n.value, n.unit.clone()), (3.4, Unit::Percent));
        let (n, _) = q("12,000 staff across 30 countries");
        assert_eq!(n.unit, Unit::Count("staff".into()));
        let (n, _) = q("nearly 90% of refining");
        assert_eq!((n.low, n.high, n.unit.clone()), (81.0, 90.0, Unit::Percent));
        assert_eq!(n.hedge.unwrap().0, "nearly");
        let (o, _) = q("over 80% in 2009");
        assert_eq!((o.low, o.high), (80.0, 100.0));
        let (p, _) = q("100 percent tariffs");
        assert_eq!((p.value, p.unit), (100.0, Unit::Percent));
        let (pp, _) = q("2.5 percentage points");
        assert_eq!(pp.unit, Unit::PercentagePoints);
    }

    /// A large count ending in zeros may be rounded there, keeping three
    /// significant digits; a count of three digits is exact.
    #[test]
    fn a_large_round_count_may_be_rounded() {
        for (t, step) in [
            ("111,000 asylum applications", 1000.0),
            ("2,000 people", 10.0),
            ("170 seats", 1.0),
            ("111,084 claims", 1.0),
        ] {
            assert_eq!(q(t).0.step, step, "{t}");
        }
    }

    /// A hedge reaches a tenth of the figure, but no more than three steps of its
    /// last significant digit: a figure written to more digits is meant more nearly.
    #[test]
    fn a_hedge_reaches_no_further_than_the_digits_written() {
        let cases = [
            ("about 1.02 million vehicles", 990_000.0, 1_050_000.0),
            ("about 1,020,000 vehicles", 990_000.0, 1_050_000.0),
            ("about 90% of it", 81.0, 99.0),
            ("around 23,000 acres", 20_700.0, 25_300.0),
            ("nearly 87% of it", 84.0, 87.0),
            // A zero after the point is written on purpose: 9.0 is not 9 rounded.
            ("around 9.0 million barrels", 8_700_000.0, 9_300_000.0),
            ("around 9 million barrels", 8_100_000.0, 9_900_000.0),
            // Below zero, "nearly" still reaches toward zero.
            ("nearly -5.25%", -5.25, -5.22),
        ];
        for (t, low, high) in cases {
            let (n, _) = q(t);
            assert_eq!((n.low, n.high), (low, high), "{t}");
        }
    }

    /// "exactly" and "equal to" say the figure is itself: no wider than unhedged.
    #[test]
    fn an_exact_hedge_keeps_the_figure() {
        for t in ["exactly 90% of it", "equal to 90% of it"] {
            let (n, _) = q(t);
            assert_eq!((n.low, n.high), (90.0, 90.0), "{t}");
            assert_eq!(n.hedge.map(|h| h.1), Some(HedgeKind::Exact), "{t}");
        }
    }

    #[test]
    fn ranges() {
        let (r, _) = q("80% to 90%");
        assert_eq!((r.low, r.high, r.range), (80.0, 90.0, true));
        let (r, _) = q("80-90%");
        assert_eq!((r.low, r.high, r.unit), (80.0, 90.0, Unit::Percent));
        let (r, _) = q("between 5 and 10 people");
        assert_eq!(
            (r.low, r.high, r.unit),
            (5.0, 10.0, Unit::Count("people".into()))
        );
        let (r, _) = q("$10-12 million");
        assert_eq!((r.low, r.high), (10e6, 12e6));
    }

    #[test]
    fn millions_glued_before_a_plural_noun() {
        let (x, _) = q("2m people were affected");
        assert_eq!(
            (x.value, x.unit.clone()),
            (2e6, Unit::Count("people".into()))
        );
        assert_eq!(q("3.5m homes").0.value, 3.5e6);
        // A unit of measure, or nothing counted: metres.
        assert_eq!(q("2m wall").0.value, 2.0);
        assert_eq!(q("6m deep").0.value, 6.0);
    }

    #[test]
    fn a_share_then_a_bare_number_is_no_range() {
        let (x, rest) = q("3.3% to 5,844.19 points");
        assert_eq!(
            (x.value, x.range, rest),
            (3.3, false, " to 5,844.19 points")
        );
        assert!(q("80% to 90%").0.range);
        assert!(q("$5 to 6 billion").0.range);
    }

    #[test]
    fn a_floor_and_a_ceiling_make_one_range() {
        let (r, rest) = q("more than 100 but fewer than 200 people were hurt");
        assert_eq!(
            (r.low, r.high, r.range, r.hedge, r.unit, rest),
            (
                100.0,
                200.0,
                true,
                None,
                Unit::Count("people".into()),
                " were hurt"
            )
        );
        // Either order; the bounds come back low first.
        let (r, _) = q("at most 40% and at least 25%");
        assert_eq!((r.low, r.high, r.unit), (25.0, 40.0, Unit::Percent));
        // Two floors, or bounds out of order, stay one hedged figure.
        for t in ["more than 100 and over 200", "under 100 and more than 300"] {
            let (r, rest) = q(t);
            assert!(!r.range && r.hedge.is_some(), "{t}");
            assert!(rest.starts_with(" and "), "{t}");
        }
    }

    #[test]
    fn from_to_is_a_change_not_a_range() {
        let (rest, r) = quantity("25% to 50%", true).unwrap();
        assert_eq!((r.value, r.range, rest), (25.0, false, " to 50%"));
    }

    #[test]
    fn a_demonym_ending_a_list_item_counts_nationals() {
        for (text, noun) in [
            ("53 British, seven", "British nationals"),
            ("seven Portuguese and one", "Portuguese nationals"),
            ("one Canadian.", "Canadian nationals"),
        ] {
            let (x, _) = q(text);
            assert_eq!(x.unit, Unit::Count("nationals".into()), "{text}");
            assert_eq!(x.noun.as_deref(), Some(noun), "{text}");
        }
        // A country's own name, or a demonym before a noun, is no such item.
        assert_eq!(q("2 Japan, 1").0.unit, Unit::Number);
        assert_eq!(q("5 British soldiers").0.noun.as_deref(), Some("soldiers"));
    }

    #[test]
    fn a_name_before_a_plural_noun_says_whose() {
        for (text, noun) in [
            ("33,000 Boeing machinists walked", "machinists"),
            ("20 US troops", "troops"),
            ("2,000 Air France pilots", "pilots"),
        ] {
            assert_eq!(q(text).0.unit, Unit::Count(noun.into()), "{text}");
        }
        // No plural noun after the name, or a date's month: no noun at all.
        for text in ["12 Democrats voted", "5 May rallies", "40 Boeing"] {
            assert!(!matches!(q(text).0.unit, Unit::Count(_)), "{text}");
        }
    }

    #[test]
    fn money_before_and_after() {
        let (m, _) = q("$55 billion investment");
        assert_eq!((m.value, m.unit), (55e9, Unit::Money("USD".into())));
        let (m, _) = q("¥8 billion ($54.6 million)");
        assert_eq!((m.value, m.unit), (8e9, Unit::Money("JPY".into())));
        let (m, _) = q("8 billion yen");
        assert_eq!(m.unit, Unit::Money("JPY".into()));
        let (m, _) = q("US$ 3bn");
        assert_eq!((m.value, m.unit), (3e9, Unit::Money("USD".into())));
        let (m, _) = q("€2.5m");
        assert_eq!(m.value, 2.5e6);
        // A code that also names a numbered series is that name before a small
        // whole number, and money before anything larger.
        for text in ["COP29 talks", "COP 30 in Belem"] {
            assert!(quantity(text, false).is_err(), "{text}");
        }
        for (text, value) in [
            ("COP 29,000", 29e3),
            ("COP 29 billion", 29e9),
            ("COP 2.5", 2.5),
        ] {
            let (m, _) = q(text);
            assert_eq!(
                (m.value, m.unit),
                (value, Unit::Money("COP".into())),
                "{text}"
            );
        }
        let (_, (lead, c)) = conversion(" ($54.6 million)").unwrap();
        assert_eq!((lead, c.value), (2, 54.6e6));
    }

    #[test]
    fn a_part_of_a_whole_counts_the_part() {
        for (text, n) in [
            ("169 of 343 seats", 169.0),
            ("169 out of 343 seats", 169.0),
            ("12 of the 40 suspects were", 12.0),
            ("three of its 12 ministers", 3.0),
        ] {
            let (x, _) = q(text);
            assert_eq!(x.value, n, "{text}");
            assert!(matches!(x.unit, Unit::Count(_)), "{text}");
            assert!(!x.range, "{text}");
        }
        assert_eq!(q("169 of 343 seats").0.noun.as_deref(), Some("seats"));
        // No noun after the whole, or a whole no larger: the part stands alone.
        assert_eq!(q("two of the three").0.unit, Unit::Number);
        assert_eq!(
            q("one of the 10 largest banks").1,
            " of the 10 largest banks"
        );
        assert_eq!(q("five of three pieces").1, " of three pieces");
    }

    #[test]
    fn counts_and_durations() {
        let (c, _) = q("15 key minerals");
        assert_eq!(
            (c.value, c.unit, c.noun.as_deref()),
            (15.0, Unit::Count("minerals".into()), Some("key minerals"))
        );
        let (d, _) = q("about two months");
        assert_eq!((d.value, d.unit), (2.0, Unit::Time("month".into())));
        let (d, _) = q("one-year delay");
        assert_eq!(d.unit, Unit::Time("year".into()));
        let (d, _) = q("three-day visit");
        assert_eq!((d.value, d.unit), (3.0, Unit::Time("day".into())));
    }

    #[test]
    fn a_glued_unit_of_measure_is_the_noun() {
        let (c, rest) = q("18.5km deep");
        assert_eq!(
            (c.value, c.unit, rest),
            (18.5, Unit::Count("km".into()), " deep")
        );
        // Other letters against digits make a code, not a noun.
        for code in ["5G network", "180x faster", "3D printer"] {
            let (c, _) = q(code);
            assert_eq!(c.unit, Unit::Number, "{code}");
        }
    }

    #[test]
    fn half_a_word_is_no_counted_noun() {
        // Found by tests/properties.rs: "k" of a longer word read as a noun in the
        // sentence, but as "thousand" alone.
        let (_, (_, unit, _)) = figure("10 k\u{1003F} more").unwrap();
        assert_eq!(unit, Unit::Number);
        let (_, (_, unit, _)) = figure("10 tonnes\u{e9}t").unwrap();
        assert_eq!(unit, Unit::Number);
    }

    #[test]
    fn durations_of_one_unit_in_words() {
        for (text, value, unit) in [
            ("a week after", 1.0, "week"),
            ("an hour and a half", 1.5, "hour"),
            ("half an hour", 0.5, "hour"),
        ] {
            let (_, q) = quantity(text, false).unwrap();
            assert_eq!(
                (q.value, q.unit),
                (value, Unit::Time(unit.into())),
                "{text}"
            );
        }
        assert!(quantity("a weekly meeting", false).is_err());
        let (_, q) = quantity("a dollar a day", false).unwrap();
        assert_eq!((q.value, q.unit), (1.0, Unit::Money("USD".into())));
        assert!(quantity("a dollarstore", false).is_err());
        assert!(quantity("a weeks", false).is_err());
    }
}
