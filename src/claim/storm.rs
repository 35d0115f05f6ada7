//! A storm's category and a hurricane's sustained winds at landfall: "made landfall
//! as a Category 5 hurricane", "struck Jamaica with sustained winds of 175 mph". Two
//! reports of one landfall that give two categories or speeds disagree; a storm that
//! weakens later ("was downgraded to Category 3") is another stage, so only a
//! sentence about the landfall is keyed. The storm is named by its kind and name
//! ("Hurricane Melissa"), which the article gives once.

use super::Claim;
use crate::extract::{Extraction, Kind, Quantity, Unit};
use crate::source::Document;

/// Words that mark a sentence as telling the landfall.
const LANDFALL: &[&str] = &[
    "landfall",
    "came ashore",
    "struck",
    "hit",
    "slammed",
    "slams",
    "strikes",
    "hits",
    "battered",
    "batters",
    "lashed",
    "pummeled",
    "pummelled",
];

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

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    let mut storm: Option<Option<String>> = None;
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        if keyed[i] {
            continue;
        }
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
            out.push(super::figure(
                doc,
                m,
                q,
                format!("{name} | sustained winds | {speed} | at landfall"),
                format!("{name} sustained winds at landfall"),
            ));
            continue;
        }
        if q.hedge.is_some() || q.range || !(1.0..=5.0).contains(&q.value) {
            continue;
        }
        if q.value.fract() != 0.0 || !matches!(q.unit, Unit::Number | Unit::Count(_)) {
            continue;
        }
        let s = e.sentences[m.sentence];
        let before = &d.text[s.start..m.span.start];
        if !super::generic::last_word(before).eq_ignore_ascii_case("category") {
            continue;
        }
        let sentence = &d.text[s.start..s.end];
        if !LANDFALL
            .iter()
            .any(|w| super::find_phrase(sentence, w).is_some())
        {
            continue;
        }
        let Some(name) = storm.get_or_insert_with(|| storm_name(&d.text)).clone() else {
            continue;
        };
        let category = Quantity {
            low: q.value,
            high: q.value,
            step: 1.0,
            unit: Unit::Number,
            noun: None,
            ..q.clone()
        };
        out.push(super::figure(
            doc,
            m,
            &category,
            format!("{name} | category | at landfall"),
            format!("{name} category at landfall"),
        ));
        keyed[i] = true;
    }
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
    let sentence = &d.text[s.start..s.end];
    let landfall = LANDFALL
        .iter()
        .any(|w| super::find_phrase(sentence, w).is_some());
    (winds && !gusts && landfall).then_some(*speed)
}

/// The first storm the text names: a kind, then a capitalised name ("Hurricane
/// Melissa", "Typhoon Kalmaegi").
fn storm_name(text: &str) -> Option<String> {
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
            let proper = name.starts_with(|c: char| c.is_uppercase())
                && name.chars().skip(1).all(|c| c.is_lowercase())
                && name.len() > 2;
            proper.then(|| (at, format!("{k} {name}")))
        })
        .min()
        .map(|(_, n)| n)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

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
    fn a_storm_is_named_by_its_kind_and_name() {
        assert_eq!(
            super::storm_name("The storm grew. Typhoon Kalmaegi hit Cebu. Hurricane season.")
                .as_deref(),
            Some("Typhoon Kalmaegi")
        );
        assert_eq!(super::storm_name("a tropical storm formed"), None);
    }
}
