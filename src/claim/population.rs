//! How many people a place has: "Nigeria's population has reached about 230
//! million", "Nigeria is home to around 227 million people", "Lagos, a city of 16
//! million", "a population of more than 220 million". News gives a country's size
//! in passing, from sources that differ; two reports of one place's population
//! disagree when their figures do, hedges allowed. A sentence that dates its figure
//! ("in 2006", "by 2050") or tells of a census or a forecast is left to the other
//! keyers: a past or projected population is no rival to today's.

use super::Claim;
use crate::extract::{Extraction, Kind, Unit};
use crate::lexicon;
use crate::source::Document;

/// Nouns a population is counted in; a bare figure counts people too.
const PEOPLE: &[&str] = &["people", "residents", "inhabitants", "persons", "citizens"];

/// Words between "population" and its figure: "population has reached", "is
/// estimated at", "stands at".
const LINKS: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "of",
    "at",
    "now",
    "reached",
    "stands",
    "stood",
    "estimated",
    "around",
    "grew",
    "rose",
    "to",
    "topped",
    "passed",
    "exceeded",
    "hit",
    "surpassed",
    "totals",
    "totalled",
    "totaled",
    "about",
    "some",
    "roughly",
    "nearly",
];

/// Words before a figure that make it a place's size: "is home to", "a country of".
const SIZES: &[&str] = &[
    "home to",
    "a country of",
    "a nation of",
    "a city of",
    "an island of",
    "a state of",
    "a region of",
    "a province of",
];

/// Words of a sentence whose figure is no population today.
const OTHER_TIMES: &[&str] = &[
    "census",
    "projected",
    "forecast",
    "expected",
    "will",
    "would",
    "could",
    "by",
    "ago",
    "once",
    "then",
];

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    for (i, m) in e.mentions.iter().enumerate() {
        if keyed[i] || m.conversion_of.is_some() {
            continue;
        }
        let Kind::Quantity(q) = &m.kind else {
            continue;
        };
        let people = match &q.unit {
            Unit::Count(n) => PEOPLE.contains(&n.as_str()),
            Unit::Number => q.low >= 1000.0,
            _ => false,
        };
        if !people || q.range {
            continue;
        }
        let s = e.sentences[m.sentence];
        let head = super::metric::head(d, s.start, m.span.start);
        let noun = match &q.unit {
            Unit::Count(n) => n.as_str(),
            _ => "",
        };
        let Some(place) = population_of(head)
            .or_else(|| sized(head))
            .or_else(|| has(head, noun))
        else {
            continue;
        };
        let sentence = &d.text[s.start..s.end];
        // A year of the sentence's own ("in 1960", "last year"), not its dateline's;
        // "said on Tuesday" dates the saying, not another time's population.
        // Only a date in the figure's own clause: "Kenya, a country of 56 million
        // people, has seen protests since 2024" is no population of 2024.
        let same_clause = |o: &crate::extract::Mention| {
            let (a, b) = if o.span.start < m.span.start {
                (o.span.end, m.span.start)
            } else {
                (m.span.end, o.span.start)
            };
            !d.text[a..b.max(a)].contains([',', ';'])
        };
        let dated = e.mentions.iter().any(|o| {
            o.sentence == m.sentence
                && same_clause(o)
                && d.dateline_span.is_none_or(|ds| o.span.start >= ds.end)
                && match &o.kind {
                    Kind::Date(t) => t.expr.year.is_some() || t.expr.relative.is_some(),
                    Kind::Period { .. } => true,
                    _ => false,
                }
        });
        if dated || OTHER_TIMES.iter().any(|w| super::has_phrase(sentence, w)) {
            continue;
        }
        keyed[i] = true;
        let key = format!("{place} | population | count");
        out.push(super::figure(doc, m, q, key, "population".into()));
    }
}

/// The place whose "population" leads up to the figure: "Nigeria's population has
/// reached", "the population of Nigeria is", "with a population of" (the
/// sentence's first place).
fn population_of(head: &str) -> Option<String> {
    // Most counts of people are no population: the cheap test first.
    if !super::has_phrase(head, "population") {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let mut at = words.len();
    while at > 0 && LINKS.contains(&words[at - 1].to_ascii_lowercase().as_str()) {
        at -= 1;
    }
    // "population of Nigeria is": the place between the noun and its links.
    let mut named = None;
    if at > 2 && words[at - 2] == "of" && words[at - 3].eq_ignore_ascii_case("population") {
        named = place(words[at - 1]);
        at -= 2;
    }
    let noun = words.get(at.checked_sub(1)?)?;
    if !noun.eq_ignore_ascii_case("population") {
        return None;
    }
    if named.is_some() {
        return named;
    }
    // "Nigeria's population", else the sentence's first place ("Nigeria, with a
    // population of").
    at.checked_sub(2)
        .and_then(|p| place(words[p].strip_suffix("'s")?))
        .or_else(|| first_place(head))
}

/// The place a size is said of: "Nigeria is home to", "Lagos, a city of".
fn sized(head: &str) -> Option<String> {
    let head = head.trim_end();
    let size = SIZES
        .iter()
        .find(|s| crate::extract::ends_with_ignore_case(head, s))?;
    let lead = &head[..head.len() - size.len()];
    first_place(lead)
}

/// The place that "has" the people: "Lagos has roughly 16 million residents" (a
/// noun only places' people are counted in), "Nigeria has 230 million people" (a
/// country: "Siemens has 300,000 people" counts staff).
fn has(head: &str, noun: &str) -> Option<String> {
    let lead = head.trim_end();
    let lead = lead
        .strip_suffix(" has")
        .or_else(|| lead.strip_suffix(" have"))?;
    match noun {
        "residents" | "inhabitants" => first_place(lead),
        "people" => lexicon::countries_in(lead)
            .first()
            .map(|(_, c)| c.to_string()),
        _ => None,
    }
}

/// A country by any of its names, or a capitalised name as written ("Lagos").
fn place(word: &str) -> Option<String> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    if let Some(c) = lexicon::get().country_trimmed(w) {
        return Some(c.to_string());
    }
    (w.len() > 1 && super::name_word(w)).then(|| w.to_string())
}

/// The first country a text names, else the name it starts with.
fn first_place(text: &str) -> Option<String> {
    if let Some((_, c)) = lexicon::countries_in(text).first() {
        return Some((*c).to_string());
    }
    place(text.split_whitespace().next()?)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn a_places_population_is_keyed_however_it_is_told() {
        let k = crate::claim::test_keys_with(
            &[
                "Nov 24, 2024 - Nigeria's population has reached about 230 million, the UN said on Tuesday.",
                "Nov 24, 2024 - Nigeria is home to around 227 million people.",
                "Nov 24, 2024 - The population of Nigeria is estimated at 227 million.",
                "Nov 24, 2024 - Nigeria, with a population of more than 220 million, votes.",
                "Nov 24, 2024 - Lagos, a city of 16 million, flooded.",
                "Nov 24, 2024 - Kenya, a country of 56 million people, has seen protests since 2024.",
                "Nov 24, 2024 - Lagos, the largest city, has an estimated 16 million residents.",
                "Nov 24, 2024 - Siemens has 300,000 people.",
                // A past or projected population is none of today's.
                "Nov 24, 2024 - Nigeria's population was 45 million in 1960.",
                "Nov 24, 2024 - Nigeria's population will reach 400 million by 2050.",
                "Nov 24, 2024 - The 2006 census counted 140 million people.",
            ],
            "population",
        );
        let texts: Vec<&str> = k.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "about 230 million",
                "around 227 million people",
                "227 million",
                "more than 220 million",
                "16 million",
                "56 million people",
                "an estimated 16 million residents"
            ],
            "{k:?}"
        );
        let keys: Vec<&str> = k[4..].iter().map(|(key, _)| key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "Lagos | population | count",
                "Kenya | population | count",
                "Lagos | population | count"
            ]
        );
        assert!(
            k[..4]
                .iter()
                .all(|(key, _)| key == "Nigeria | population | count")
        );
    }

    #[test]
    fn two_populations_of_one_place_disagree() {
        let f = check(
            &[
                "Nov 24, 2024 - Nigeria's population is 230 million.",
                "Nov 24, 2024 - Nigeria is home to 190 million people.",
                "Nov 24, 2024 - Ghana, a country of 34 million, votes.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["230 million", "190 million people"], "{f:?}");
    }
}
