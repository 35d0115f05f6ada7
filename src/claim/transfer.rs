//! A player's transfer fee: "Liverpool signed Swedish striker Alexander Isak from
//! Newcastle United for a British record fee of 125 million pounds", "Newcastle sold
//! Alexander Isak to Liverpool for 130 million pounds". Two reports of one transfer
//! disagree when they give two fees; the player is keyed by surname, as the buying
//! and the selling club's reports name him alike.

use super::Claim;
use crate::extract::Extraction;
use crate::source::Document;

/// Verbs of a transfer, before the player.
const MOVES: &[&str] = &[
    "signed", "signs", "sold", "sells", "bought", "buys", "signing", "sale",
];

/// Words between "for" and a fee: "for a British record fee of".
const FEE_WORDS: &[&str] = &[
    "a",
    "an",
    "record",
    "fee",
    "of",
    "transfer",
    "initial",
    "reported",
    "club",
    "british",
    "world",
    "league",
    "guaranteed",
    "around",
    "about",
];

/// The most words between a transfer's verb and its fee.
const REACH: usize = 16;

/// Words of sport, one of which the article must hold: "Apple bought Beats
/// Electronics from its founders for $3 billion" is a company's purchase.
const SPORT: &[&str] = &[
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "forward",
    "winger",
    "player",
    "club",
    "footballer",
];

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    let mut sport: Option<bool> = None;
    for (i, m) in e.mentions.iter().enumerate() {
        let Some((q, currency)) = super::open_amount(m, keyed[i]) else {
            continue;
        };
        let s = e.sentences[m.sentence];
        let Some(player) = player(&d.text[s.start..m.span.start]) else {
            continue;
        };
        if !*sport.get_or_insert_with(|| SPORT.iter().any(|w| super::has_phrase(&d.text, w))) {
            continue;
        }
        keyed[i] = true;
        out.push(super::figure(
            doc,
            m,
            q,
            format!("transfer:{player} | fee | {currency}"),
            format!("{player}'s transfer fee"),
        ));
    }
}

/// The surname of the player a fee is paid for, by the words before it: a verb of
/// a transfer, the player's name, "from" or "to" a club, then "for" and only
/// [`FEE_WORDS`].
fn player(before: &str) -> Option<String> {
    // Most sums have no "for" before them: those are passed over unsplit.
    if !before.contains("for ") {
        return None;
    }
    let words: Vec<&str> = before
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let is = |w: &str, list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    let mut k = words.len();
    while k > 0 && is(words[k - 1], FEE_WORDS) {
        k -= 1;
    }
    if k == 0 || !words[k - 1].eq_ignore_ascii_case("for") {
        return None;
    }
    let from = k.saturating_sub(REACH);
    let verb = (from..k).rev().find(|&j| is(words[j], MOVES))?;
    // The player stands before "from" or "to" the other club; "signing of" leads
    // to the name.
    let end = (verb + 1..k).find(|&j| is(words[j], &["from", "to"]))?;
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let mut start = end;
    while start > verb + 1 && capital(words[start - 1]) {
        start -= 1;
    }
    // A player's name has two words or more; a club alone ("sold Isak to") is too
    // loose to tell from a club's name.
    if end - start < 2 {
        return None;
    }
    let surname = words[end - 1];
    (!surname.is_empty()).then(|| surname.to_string())
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    fn keys(articles: &[&str]) -> Vec<(String, String)> {
        crate::claim::test_keys_with(articles, "transfer:")
    }

    #[test]
    fn a_fee_is_the_players_however_the_move_is_told() {
        let k = keys(&[
            "LIVERPOOL, Sept 1, 2025 - Liverpool signed Swedish striker Alexander Isak from Newcastle United for a British record fee of 125 million pounds on Monday.",
            "NEWCASTLE, Sept 2, 2025 - Newcastle United sold Alexander Isak to Liverpool for a British record 130 million pounds, the club said.",
        ]);
        assert_eq!(
            k,
            [
                (
                    "transfer:Isak | fee | GBP".to_string(),
                    "125 million pounds".to_string()
                ),
                (
                    "transfer:Isak | fee | GBP".to_string(),
                    "130 million pounds".to_string()
                ),
            ]
        );
    }

    #[test]
    fn other_sums_are_no_fee() {
        let k = keys(&[
            "LONDON, Sept 1, 2025 - Liverpool have spent about 450 million pounds on new players.",
            "LONDON, Sept 1, 2025 - The club sold tickets to fans for 50 pounds.",
            "LONDON, Sept 1, 2025 - Apple bought Shazam from its founders for 400 million dollars.",
            "LONDON, Sept 1, 2025 - Apple bought Beats Electronics from its founders for 3 billion dollars.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    #[test]
    fn two_fees_for_one_player_disagree() {
        let f = check(
            &[
                "LIVERPOOL, Sept 1, 2025 - Liverpool signed striker Alexander Isak from Newcastle United for 125 million pounds.",
                "NEWCASTLE, Sept 2, 2025 - The club sold Alexander Isak to Liverpool for 130 million pounds.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["125 million pounds", "130 million pounds"], "{f:?}");
    }
}
