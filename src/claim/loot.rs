//! What thieves took is worth: "stole jewels worth 88 million euros", "the jewels
//! stolen from the Louvre are worth an estimated 88 million euros ($102 million)".
//! Two reports of one theft's haul disagree when they value it differently. The
//! haul is the country's the story names (else its dateline's), so two countries'
//! thefts in one batch stay apart; the conversion into another currency is left out.

use super::Claim;
use crate::extract::Extraction;
use crate::source::Document;

/// Words of a theft, one of which the sentence must hold.
const THEFT: &[&str] = &[
    "stole", "stolen", "steal", "stealing", "theft", "heist", "robbery", "robbed", "loot",
    "looted", "burglary", "thieves", "robbers", "haul",
];

/// Words right before a value: "worth 88 million euros", "valued at".
const VALUED: &[&str] = &["worth", "valued at", "estimated at", "put at", "value of"];

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    let mut country: Option<Option<String>> = None;
    for (i, m) in e.mentions.iter().enumerate() {
        let Some((q, currency)) = super::open_amount(m, keyed[i]) else {
            continue;
        };
        let s = e.sentences[m.sentence];
        // The value's words stand right before the mention, whose hedge it holds
        // ("worth an estimated 88 million euros"). Read first: it is the rarer test.
        let before = d.text[s.start..m.span.start].trim_end();
        if !VALUED
            .iter()
            .any(|v| crate::extract::ends_with_ignore_case(before, v))
        {
            continue;
        }
        let sentence = &d.text[s.start..s.end];
        if !THEFT.iter().any(|w| super::has_phrase(sentence, w)) {
            continue;
        }
        let place = country
            .get_or_insert_with(|| {
                super::generic::only_country_of(d).or_else(|| super::generic::filed_from(d))
            })
            .clone();
        let key = match &place {
            Some(c) => format!("{c} | stolen goods | value | {currency}"),
            None => format!("stolen goods | value | {currency}"),
        };
        keyed[i] = true;
        out.push(super::figure(doc, m, q, key, "stolen goods' value".into()));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn a_hauls_value_is_keyed_however_it_is_told() {
        let k = crate::claim::test_keys_with(
            &[
                "PARIS, Oct 21, 2025 - The jewels stolen from the Louvre in France are worth an estimated 88 million euros ($102 million).",
                "PARIS, Oct 22, 2025 - Thieves in France stole jewels worth 88 million euros.",
                "PARIS, Oct 22, 2025 - The Louvre in France sold tickets worth 2 million euros.",
            ],
            "stolen goods",
        );
        let texts: Vec<&str> = k.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["an estimated 88 million euros", "88 million euros"],
            "{k:?}"
        );
        assert!(
            k.iter()
                .all(|(key, _)| key == "France | stolen goods | value | EUR"),
            "{k:?}"
        );
        let f = check(
            &[
                "PARIS, Oct 21, 2025 - Thieves in France stole jewels worth 88 million euros.",
                "PARIS, Oct 21, 2025 - The jewels stolen in France are worth 88 million euros.",
                "PARIS, Oct 22, 2025 - Thieves in France stole jewels worth 68 million euros.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["68 million euros"], "{f:?}");
    }
}
