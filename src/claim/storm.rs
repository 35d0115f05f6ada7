//! A storm's category and a hurricane's sustained winds at landfall: "made landfall
//! as a Category 5 hurricane", "struck Jamaica with sustained winds of 175 mph". Two
//! reports of one landfall that give two categories or speeds disagree; a storm that
//! weakens later ("was downgraded to Category 3") is another stage, so only a
//! sentence about the landfall is keyed. The storm is named by its kind and name
//! ("Hurricane Melissa"), which the article gives once.

use super::{Claim, Phrases};
use crate::extract::{Extraction, Kind, Mention, Quantity, Unit};
use crate::lexicon;
use crate::source::Document;

/// Kinds of storm whose name follows them.
const KINDS: &[&str] = &[
    "Hurricane",
    "Typhoon",
    "Super Typhoon",
    "Cyclone",
    "Tropical Cyclone",
    "Tropical Storm",
    "Storm",
];

/// The landfall words of events.yaml, in one automaton.
fn landfall_words() -> &'static Phrases {
    static SET: std::sync::OnceLock<Phrases> = std::sync::OnceLock::new();
    SET.get_or_init(|| Phrases::new(&lexicon::get().events.storms.landfall))
}

/// The stage words of events.yaml, in one automaton.
fn stage_words() -> &'static Phrases {
    static SET: std::sync::OnceLock<Phrases> = std::sync::OnceLock::new();
    SET.get_or_init(|| Phrases::new(&lexicon::get().events.storms.stages))
}

/// Is a figure in a landfall's sentence told of the landfall: the sentence tells
/// one, and no other stage comes before the figure ("before weakening to Category 3
/// over Cuba" is the storm's later strength).
fn at_landfall(sentence: &str, before: &str) -> bool {
    // "..., after battering Jamaica with winds of 175 mph": what came after "after"
    // is an earlier stage, unless it is the landfall ("after making landfall as a
    // Category 3").
    let earlier =
        super::rfind_phrase(before, "after").is_some_and(|at| !landfall_words().any(&before[at..]));
    landfall_words().any(sentence) && !stage_words().any(before) && !earlier
}

/// A figure of a landfall, before its place is settled.
struct Pending<'a> {
    mention: &'a Mention,
    quantity: Quantity,
    /// What was measured ("category", "sustained winds"), and in what unit.
    what: &'static str,
    unit: Option<&'static str>,
    place: Option<&'static str>,
}

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    let mut storm: Option<Option<String>> = None;
    let mut pending: Vec<Pending> = Vec::new();
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        if keyed[i] {
            continue;
        }
        let s = e.sentences[m.sentence];
        let sentence = &d.text[s.start..s.end];
        if let Some(speed) = sustained_wind(d, e, i, q)
            && let Some(name) = storm.get_or_insert_with(|| storm_name(&d.text)).clone()
        {
            // A hurricane's winds are the National Hurricane Center's, one figure for
            // every report. A typhoon's or cyclone's are told by several agencies
            // averaging over one, three or ten minutes (130 kph and 150 kph of one
            // landfall): not compared, by this keyer or any other.
            keyed[i] = true;
            if !name.starts_with("Hurricane ") {
                continue;
            }
            pending.push(Pending {
                mention: m,
                quantity: q.clone(),
                what: "sustained winds",
                unit: Some(speed),
                place: landfall_place(sentence, m.span.start - s.start),
            });
            continue;
        }
        if q.hedge.is_some() || q.range || !(1.0..=5.0).contains(&q.value) {
            continue;
        }
        if q.value.fract() != 0.0 || !matches!(q.unit, Unit::Number | Unit::Count(_)) {
            continue;
        }
        let before = &d.text[s.start..m.span.start];
        if !super::generic::last_word(before).eq_ignore_ascii_case("category") {
            continue;
        }
        if !at_landfall(sentence, before) {
            continue;
        }
        if storm.get_or_insert_with(|| storm_name(&d.text)).is_none() {
            continue;
        }
        pending.push(Pending {
            mention: m,
            quantity: Quantity {
                low: q.value,
                high: q.value,
                step: 1.0,
                unit: Unit::Number,
                noun: None,
                ..q.clone()
            },
            what: "category",
            unit: None,
            place: landfall_place(sentence, m.span.start - s.start),
        });
        keyed[i] = true;
    }
    let Some(Some(name)) = storm else { return };
    // A storm strikes one place, then another ("hit Cuba as a Category 3"): each
    // landfall is its place's. A sentence that names no place ("made landfall with
    // winds of 185 mph") tells of the one landfall its article places, if only one.
    let mut places: Vec<&str> = pending.iter().filter_map(|p| p.place).collect();
    places.sort_unstable();
    places.dedup();
    let only = match places.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    for p in pending {
        let at = match p.place.or(only) {
            Some(place) => format!("at landfall in {place}"),
            None => "at landfall".into(),
        };
        out.push(super::figure(
            doc,
            p.mention,
            &p.quantity,
            match p.unit {
                Some(unit) => format!("{name} | {} | {unit} | {at}", p.what),
                None => format!("{name} | {} | {at}", p.what),
            },
            format!("{name} {} {at}", p.what),
        ));
    }
}

/// The country a landfall sentence strikes: the first named after its landfall word
/// in that clause ("struck southwestern Jamaica"), else the last named before it
/// ("Jamaica's prime minister said the storm tore across it"). A country that opens
/// a name ("the U.S. National Hurricane Center", "the Jamaica Public Service Company")
/// is an agency's, not the place struck.
fn landfall_place(sentence: &str, figure: usize) -> Option<&'static str> {
    // "made landfall in Cuba as a Category 3, after battering Jamaica with winds of
    // 175 mph": each figure is of the landfall told last before it.
    let words: Vec<usize> = landfall_words()
        .matches(sentence)
        .map(|(at, _)| at)
        .collect();
    let at = words
        .iter()
        .rev()
        .find(|&&at| at < figure)
        .or(words.iter().min())
        .copied()?;
    let clause_end = sentence[at..]
        .find([',', ';'])
        .map_or(sentence.len(), |p| at + p);
    let places: Vec<(std::ops::Range<usize>, &'static str)> = lexicon::country_spans(sentence)
        .into_iter()
        .filter(|(r, _)| !opens_a_name(&sentence[r.end..]))
        .collect();
    // "near New Hope, Jamaica": a town's country after its comma.
    let town_country =
        |start: usize| start == clause_end + 2 && sentence[clause_end..].starts_with(", ");
    places
        .iter()
        .find(|(r, _)| r.start >= at && (r.start < clause_end || town_country(r.start)))
        .or_else(|| places.iter().rfind(|(r, _)| r.start < at))
        .map(|(_, c)| *c)
}

/// Does a capitalised word follow, other than a day or month ("Jamaica Tuesday")?
fn opens_a_name(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word: &str = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    let lex = lexicon::get();
    word.starts_with(|c: char| c.is_uppercase())
        && lex.weekday(word).is_none()
        && lex.month(word).is_none()
}

/// Units of a wind's speed.
const SPEEDS: &[&str] = &["mph", "km/h", "kph", "kmh", "knots", "kt", "m/s"];

/// The unit of a storm's sustained wind at landfall, if mention `i` is one: a speed
/// in a sentence about the landfall, "winds" a few words before it, no gust among
/// them ("gusts of 200 mph" is another measure), and not the conversion of a speed
/// the sentence gave first ("185 mph (295 km/h)").
fn sustained_wind(d: &Document, e: &Extraction, i: usize, q: &Quantity) -> Option<&'static str> {
    let m = &e.mentions[i];
    let Unit::Count(unit) = &q.unit else {
        return None;
    };
    let speed = SPEEDS.iter().find(|s| s.eq_ignore_ascii_case(unit))?;
    if m.conversion_of.is_some() {
        return None;
    }
    let s = e.sentences[m.sentence];
    let before = &d.text[s.start..m.span.start];
    let near: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    let winds = near.iter().any(|w| {
        w.trim_matches(|c: char| !c.is_alphabetic())
            .eq_ignore_ascii_case("winds")
    });
    let gusts = near
        .iter()
        .any(|w| w.to_ascii_lowercase().starts_with("gust"));
    let landfall = at_landfall(&d.text[s.start..s.end], before);
    (winds && !gusts && landfall).then_some(*speed)
}

/// Kinds of storm an article may name only in passing ("one of the strongest
/// Atlantic hurricanes"), with the title each gives a name.
const LOOSE_KINDS: &[(&str, &str)] = &[
    ("hurricane", "Hurricane"),
    ("hurricanes", "Hurricane"),
    ("typhoon", "Typhoon"),
    ("typhoons", "Typhoon"),
    ("cyclone", "Cyclone"),
    ("cyclones", "Cyclone"),
];

/// A storm an article names with no kind before its name ("Melissa roared ashore
/// near New Hope, Jamaica"): the capitalised name right before a landfall word ("made
/// landfall" too), in an article that calls it a hurricane, typhoon or cyclone
/// somewhere. The kind comes from there: "Hurricane Melissa", as other reports say.
fn bare_storm_name(text: &str) -> Option<String> {
    let (_, kind) = LOOSE_KINDS
        .iter()
        .find(|(k, _)| super::find_phrase(text, k).is_some())?;
    let lex = lexicon::get();
    landfall_words().matches(text).find_map(|(at, _)| {
        let mut before = text[..at].trim_end();
        for verb in [" made", " makes", " has made", " had made"] {
            if let Some(b) = before.strip_suffix(verb) {
                before = b;
                break;
            }
        }
        let name = before.rsplit([' ', '\n']).next()?;
        let proper = proper_name(name);
        let other = lex.country(name).is_some()
            || lex.month(name).is_some()
            || lex.weekday(name).is_some()
            || ["The", "It", "This", "That", "Storm"].contains(&name);
        (proper && !other).then(|| format!("{kind} {name}"))
    })
}

/// A storm's name: one capitalised word of three letters or more ("Melissa").
fn proper_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_uppercase())
        && name.chars().skip(1).all(|c| c.is_lowercase())
        && name.len() > 2
}

/// The first storm the text names: a kind, then a capitalised name ("Hurricane
/// Melissa", "Typhoon Kalmaegi"), else a name as [`bare_storm_name`] finds it.
fn storm_name(text: &str) -> Option<String> {
    titled_storm_name(text).or_else(|| bare_storm_name(text))
}

/// Words after a kind that name a time or a body, not a storm ("the Atlantic
/// Hurricane Season"), beside the last words of reporting bodies the generic keyer
/// knows ("the National Hurricane Center").
const NOT_STORMS: &[&str] = &[
    "Season",
    "Hunters",
    "Warning",
    "Watch",
    "Alley",
    "Committee",
    "Week",
    "Relief",
    "Fund",
];

/// A kind written as a title, then a capitalised name: "Hurricane Melissa".
fn titled_storm_name(text: &str) -> Option<String> {
    KINDS
        .iter()
        .filter_map(|k| {
            let at = super::find_phrase(text, k)?;
            let kind = &text[at..at + k.len()];
            // The kind is written as a title, not "a tropical storm".
            if !kind.starts_with(|c: char| c.is_ascii_uppercase()) {
                return None;
            }
            let rest = text[at + k.len()..].strip_prefix(' ')?;
            let name: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
            let body = NOT_STORMS.contains(&name.as_str())
                || super::generic::REPORTERS.contains(&name.as_str());
            (proper_name(&name) && !body).then(|| (at, format!("{k} {name}")))
        })
        .min()
        .map(|(_, n)| n)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    /// "the National Hurricane Center" names a body, not a storm: the storm is the
    /// one the story names alone.
    #[test]
    fn a_hurricane_center_is_no_storm() {
        assert_eq!(
            super::titled_storm_name("Melissa made landfall, the National Hurricane Center said."),
            None
        );
        let f = check(
            &[
                "KINGSTON, Oct 29, 2025 - Hurricane Melissa slammed into Jamaica on Tuesday with sustained winds of 185 mph.",
                "KINGSTON, Oct 29, 2025 - Melissa made landfall in Jamaica on Tuesday with maximum sustained winds of 160 mph, the National Hurricane Center said.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["185 mph", "160 mph"], "{f:?}");
    }

    /// "Melissa roared ashore" in a story that calls it a hurricane is Hurricane
    /// Melissa, as a report that names it so keys it.
    #[test]
    fn a_storm_named_alone_takes_its_kind_from_the_story() {
        let f = check(
            &[
                "KINGSTON, Oct 28, 2025 - Hurricane Melissa made landfall in Jamaica with maximum sustained winds of 185 mph.",
                "KINGSTON, Oct 28, 2025 - Melissa roared ashore near New Hope, Jamaica, with sustained winds of 175 mph, one of the strongest Atlantic hurricanes on record.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["185 mph", "175 mph"], "{f:?}");
        // After "after", an earlier stage, unless it is the landfall itself.
        assert!(!super::at_landfall(
            "It made landfall in Cuba, after battering Jamaica with winds of 175 mph.",
            "It made landfall in Cuba, after battering Jamaica with winds of "
        ));
        assert!(super::at_landfall(
            "It killed 10 after making landfall as a Category 3 storm.",
            "It killed 10 after making landfall as a Category "
        ));
        assert_eq!(
            super::bare_storm_name("The storm hit Jamaica. Jamaica braced for the cyclone."),
            None
        );
    }

    #[test]
    fn two_categories_at_one_landfall_disagree() {
        let f = check(
            &[
                "KINGSTON, Oct 28, 2025 - Hurricane Melissa made landfall in Jamaica as a Category 5 storm.",
                "KINGSTON, Oct 28, 2025 - Hurricane Melissa struck Jamaica as a Category 4 hurricane.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["5 storm", "4 hurricane"], "{f:?}");
    }

    #[test]
    fn a_later_stage_of_the_storm_is_not_its_landfall() {
        let f = check(
            &[
                "KINGSTON, Oct 28, 2025 - Hurricane Melissa made landfall in Jamaica as a Category 5 storm.",
                "HAVANA, Oct 29, 2025 - Hurricane Melissa weakened to a Category 3 storm over Cuba.",
            ],
            None,
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn two_wind_speeds_at_one_landfall_disagree() {
        let f = check(
            &[
                "KINGSTON, Oct 28, 2025 - Hurricane Melissa made landfall in Jamaica on Tuesday with maximum sustained winds of 185 mph (295 km/h) and gusts of 200 mph.",
                "MONTEGO BAY, Oct 30, 2025 - Hurricane Melissa struck Jamaica on October 28 with sustained winds of 175 mph.",
                "MIAMI, Oct 29, 2025 - Hurricane Melissa hit Jamaica with winds of 185 mph.",
            ],
            None,
            &[],
        );
        // The two that agree outvote the one that does not; the gust and the
        // conversion to km/h are not compared.
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["175 mph"], "{f:?}");
        // A later stage's winds are no landfall's.
        let f = check(
            &[
                "KINGSTON, Oct 28, 2025 - Hurricane Melissa made landfall in Jamaica with sustained winds of 185 mph.",
                "HAVANA, Oct 29, 2025 - Hurricane Melissa weakened over Cuba, with sustained winds of 120 mph.",
            ],
            None,
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
        // A typhoon's winds differ by the agency that measures them.
        let f = check(
            &[
                "MANILA, Nov 4, 2025 - Typhoon Kalmaegi made landfall with sustained winds of 130 kph.",
                "MANILA, Nov 4, 2025 - Typhoon Kalmaegi made landfall with sustained winds of 150 kph.",
            ],
            None,
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn each_landfall_is_its_place() {
        // Jamaica at Category 5, then Cuba at Category 3: two landfalls.
        let f = check(
            &[
                "KINGSTON, Oct 28, 2025 - Hurricane Melissa slammed into Jamaica as a Category 5 storm, the U.S. National Hurricane Center said.",
                "HAVANA, Oct 30, 2025 - Hurricane Melissa hit Cuba on Wednesday as a Category 3 hurricane.",
            ],
            None,
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
        // A sentence that names no place is the landfall its article places.
        let f = check(
            &[
                "KINGSTON, Oct 28, 2025 - Hurricane Melissa made landfall with sustained winds of 185 mph, the National Hurricane Center said. It struck southwestern Jamaica near New Hope.\n\nThe storm hit Jamaica as a Category 5.",
                "KINGSTON, Oct 30, 2025 - Jamaica's prime minister said Hurricane Melissa tore across the island with winds of 175 mph.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["185 mph", "175 mph"], "{f:?}");
    }

    #[test]
    fn a_figure_after_a_later_stage_is_not_the_landfall() {
        let keys = crate::claim::test_keys(&[
            "KINGSTON, Oct 29, 2025 - Hurricane Melissa tore across Jamaica as a Category 5 storm before weakening to Category 3 over Cuba.",
        ]);
        let storm: Vec<_> = keys
            .iter()
            .filter(|(k, _)| k.contains("landfall"))
            .collect();
        assert_eq!(
            storm,
            [&(
                "Hurricane Melissa | category | at landfall in Jamaica".to_string(),
                "5 storm".to_string()
            )]
        );
    }

    #[test]
    fn an_agency_is_no_place_struck() {
        let place = |s: &str| super::landfall_place(s, s.len());
        assert_eq!(
            place("The storm made landfall, the U.S. National Hurricane Center said"),
            None
        );
        assert_eq!(
            place("Cuba's president said the storm hit as a Category 3"),
            Some("Cuba")
        );
        assert_eq!(
            place("It struck Jamaica Tuesday, then Cuba"),
            Some("Jamaica")
        );
        // Each figure is of the landfall told last before it.
        let s = "Melissa made landfall in Cuba with winds of 120 mph; it had hit Jamaica with winds of 185 mph.";
        assert_eq!(
            super::landfall_place(s, s.find("120").unwrap()),
            Some("Cuba")
        );
        assert_eq!(
            super::landfall_place(s, s.find("185").unwrap()),
            Some("Jamaica")
        );
    }

    #[test]
    fn a_storm_is_named_by_its_kind_and_name() {
        assert_eq!(
            super::storm_name("The storm grew. Typhoon Kalmaegi hit Cebu. Hurricane season.")
                .as_deref(),
            Some("Typhoon Kalmaegi")
        );
        assert_eq!(super::storm_name("a tropical storm formed"), None);
    }
}
