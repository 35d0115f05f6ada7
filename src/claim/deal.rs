//! What a company pays for another: "agreed to buy Tylenol maker Kenvue in a deal
//! valued at $48.7 billion", "will pay $40.7 billion for Kenvue, or $21.01 a share".
//! Two reports of one takeover's price disagree when they give two prices; the
//! price of the whole and the price of a share are two figures. The bought company
//! names the deal: the buyer is often written in other words ("the tissue maker").

use super::Claim;
use crate::extract::Extraction;
use crate::source::Document;

/// Words that make a sentence about a takeover, and after which the bought company
/// is named ("buy Kenvue", "acquisition of Kenvue").
const BUYING: &[&str] = &[
    "buy ",
    "buys ",
    "bought ",
    "buying ",
    "acquire ",
    "acquires ",
    "acquired ",
    "acquiring ",
    "acquisition of ",
    "takeover of ",
    "purchase of ",
    "purchase ",
];

/// Words right before a price that make it the deal's: "for $48.7 billion", "valued
/// at", "worth". Not a bare "at": "whose shares closed at $14.37" is a share's price
/// on a day, not the offer.
const PRICED: &[&str] = &[
    "for",
    "valued at",
    "priced at",
    "worth",
    "of",
    "pay",
    "paying",
    "pays",
    "paid",
];

/// Words after a share's price: "$21.01 per share", "$21.01 a share".
const PER_SHARE: &[&str] = &[" per share", " a share", " each", " for each share"];

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    for (i, m) in e.mentions.iter().enumerate() {
        let Some((q, currency)) = super::open_amount(m, keyed[i]) else {
            continue;
        };
        let s = e.sentences[m.sentence];
        let sentence = &d.text[s.start..s.end];
        if !tells_of_buying(sentence) {
            continue;
        }
        let lower = sentence.to_ascii_lowercase();
        let Some(target) = bought(sentence, &lower, m.span.start - s.start) else {
            continue;
        };
        let before = d.text[s.start..m.span.start]
            .trim_end()
            .to_ascii_lowercase();
        let after = &d.text[m.span.end..s.end];
        let deal_after = [" deal", " acquisition", " takeover", " purchase"]
            .iter()
            .any(|w| after.starts_with(w));
        let per_share = PER_SHARE.iter().any(|p| after.starts_with(p));
        // ", or $21.01 per share": a share's price after the whole's.
        let or_a_share = per_share && before.ends_with(", or");
        if !PRICED.iter().any(|p| before.ends_with(&format!(" {p}"))) && !deal_after && !or_a_share
        {
            continue;
        }
        // "a premium of 46%" is no price, nor "debt of $8 billion" another noun's.
        if before.ends_with(" of")
            && !["deal of", "value of", "price of", "valuation of"]
                .iter()
                .any(|p| before.ends_with(p))
        {
            continue;
        }
        let what = match (per_share, debt_basis(&before, after)) {
            (true, _) => "per share",
            (false, Some(basis)) => basis,
            (false, None) => "value",
        };
        keyed[i] = true;
        out.push(super::figure(
            doc,
            m,
            q,
            format!("acquisition of {target} | {what} | {currency}"),
            format!("acquisition of {target} ({what})"),
        ));
    }
}

/// Whether a deal's value counts the bought company's debt, when the sentence says:
/// "$85 billion, including debt" and "$72 billion, excluding debt" are two values of
/// one deal (enterprise and equity), never rivals. Unsaid, it is neither.
fn debt_basis(before: &str, after: &str) -> Option<&'static str> {
    // The first 40 bytes, cut back to a character's start.
    let mut cut = after.len().min(40);
    while !after.is_char_boundary(cut) {
        cut -= 1;
    }
    let near = after[..cut].to_ascii_lowercase();
    let says = |ps: &[&str]| ps.iter().any(|p| super::find_phrase(&near, p).is_some());
    if says(&[
        "excluding debt",
        "not including debt",
        "excluding net debt",
        "without debt",
    ]) || before.ends_with("equity value of")
    {
        Some("value [excluding debt]")
    } else if says(&[
        "including debt",
        "including net debt",
        "including assumed debt",
        "with debt",
    ]) || before.ends_with("enterprise value of")
    {
        Some("value [including debt]")
    } else {
        None
    }
}

/// Does a sentence hold a word of buying or paying? A byte search, before the
/// sentence is lower-cased and its phrases looked for: most amounts are no price.
fn tells_of_buying(sentence: &str) -> bool {
    const STEMS: &[&str] = &[
        "buy", "Buy", "bought", "Bought", "acqui", "Acqui", "purchas", "Purchas", "takeover",
        "Takeover", "pay", "Pay", "paid", "Paid",
    ];
    STEMS
        .iter()
        .any(|p| memchr::memmem::find(sentence.as_bytes(), p.as_bytes()).is_some())
}

/// The bought company a sentence names: the last capitalised run after its buying
/// word and before the next comma or preposition ("buy Tylenol maker Kenvue in a
/// deal" is Kenvue), else the one after "for" past the price ("pay $40.7 billion for
/// Kenvue").
fn bought(sentence: &str, lower: &str, price_at: usize) -> Option<String> {
    let after_verb = BUYING
        .iter()
        .filter_map(|b| super::find_phrase(lower, b.trim_end()).map(|p| p + b.len()))
        .min();
    let from = match after_verb {
        Some(at) => at,
        None => {
            let pay = ["pay", "pays", "paid", "paying"]
                .iter()
                .filter_map(|p| super::find_phrase(&lower[..price_at], p))
                .min()?;
            pay + lower[pay..].find(" for ")? + " for ".len()
        }
    };
    // The name stands between the verb and the price when the verb comes first:
    // "buy government bonds worth Rs 1 lakh crore" buys no company.
    let end = if from <= price_at {
        price_at
    } else {
        sentence.len()
    };
    let text = sentence.get(from..end)?;
    let mut last: Option<Vec<&str>> = None;
    let mut run: Vec<&str> = Vec::new();
    for w in text.split_whitespace() {
        let clean = w.trim_end_matches([',', '.', ';', ':']);
        let clean = clean.strip_suffix("'s").unwrap_or(clean);
        if clean.starts_with(|c: char| c.is_uppercase()) && clean != "The" {
            run.push(clean);
        } else {
            if !run.is_empty() {
                last = Some(std::mem::take(&mut run));
            }
            // "acquisition of Norfolk Southern by Union Pacific": the buyer follows.
            if matches!(
                clean,
                "for" | "in" | "at" | "from" | "with" | "on" | "and" | "to" | "by"
            ) {
                break;
            }
        }
        if clean.len() != w.len() {
            if !run.is_empty() {
                last = Some(std::mem::take(&mut run));
            }
            break;
        }
    }
    if !run.is_empty() {
        last = Some(run);
    }
    last.map(|r| r.join(" "))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    fn keys(articles: &[&str]) -> Vec<(String, String)> {
        crate::claim::test_keys_with(articles, "acquisition of ")
    }

    #[test]
    fn a_takeovers_price_is_the_bought_companys() {
        let k = keys(&[
            "NEW YORK, Nov 3, 2025 - Kimberly-Clark agreed to buy Tylenol maker Kenvue in a cash-and-stock deal valued at $48.7 billion.",
            "NEW YORK, Nov 3, 2025 - Kimberly-Clark said it would acquire Kenvue for about $48.7 billion, or $21.01 per share.",
            "NEW YORK, Nov 4, 2025 - Kimberly-Clark will pay $40.7 billion for Kenvue, or $21.01 a share.",
        ]);
        let got: Vec<(&str, &str)> = k.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("acquisition of Kenvue | value | USD", "$48.7 billion"),
                ("acquisition of Kenvue | value | USD", "about $48.7 billion"),
                ("acquisition of Kenvue | per share | USD", "$21.01"),
                ("acquisition of Kenvue | value | USD", "$40.7 billion"),
                ("acquisition of Kenvue | per share | USD", "$21.01"),
            ],
            "{k:?}"
        );
        let f = check(
            &[
                "NEW YORK, Nov 3, 2025 - Kimberly-Clark agreed to buy Kenvue in a deal valued at $48.7 billion.",
                "NEW YORK, Nov 3, 2025 - Kimberly-Clark said it would acquire Kenvue for about $48.7 billion.",
                "NEW YORK, Nov 4, 2025 - Kimberly-Clark will pay $40.7 billion for Kenvue.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["$40.7 billion"], "{f:?}");
    }

    #[test]
    fn other_money_in_a_takeovers_story_is_no_price() {
        let k = keys(&[
            "NEW YORK, Nov 3, 2025 - Kenvue, which Kimberly-Clark agreed to buy, has debt of $8 billion.",
            "NEW YORK, Nov 3, 2025 - Analysts expect revenue of $32 billion.",
            "MUMBAI, Nov 3, 2025 - The RBI will buy government bonds worth Rs 1 lakh crore.",
            "NEW YORK, Nov 3, 2025 - Kimberly-Clark agreed to buy Kenvue, whose shares closed at $14.37 on Friday.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    #[test]
    fn a_value_with_debt_and_one_without_are_two_values() {
        let k = keys(&[
            "OMAHA, July 29, 2025 - Union Pacific agreed to buy Norfolk Southern for $85 billion, including debt.",
            "OMAHA, July 29, 2025 - Union Pacific will pay $72 billion, excluding debt, for Norfolk Southern.",
            "OMAHA, July 30, 2025 - The $85 billion acquisition of Norfolk Southern by Union Pacific needs approval.",
        ]);
        let got: Vec<(&str, &str)> = k.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                (
                    "acquisition of Norfolk Southern | value [including debt] | USD",
                    "$85 billion"
                ),
                (
                    "acquisition of Norfolk Southern | value [excluding debt] | USD",
                    "$72 billion"
                ),
                (
                    "acquisition of Norfolk Southern | value | USD",
                    "$85 billion"
                ),
            ],
            "{k:?}"
        );
        let f = check(
            &[
                "OMAHA, July 29, 2025 - Union Pacific agreed to buy Norfolk Southern for $85 billion, including debt.",
                "OMAHA, July 29, 2025 - Union Pacific will pay $72 billion, excluding debt, for Norfolk Southern.",
            ],
            None,
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
    }

    /// A character of several bytes where the words after a price are cut is read
    /// past, not split (the document kept no claims when it was).
    #[test]
    fn text_after_a_price_is_cut_between_characters() {
        let k = keys(&[
            "OMAHA, July 29, 2025 - Union Pacific agreed to buy Norfolk Southern for $85 billion,\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}.",
        ]);
        assert_eq!(
            k,
            [(
                "acquisition of Norfolk Southern | value | USD".to_string(),
                "$85 billion".to_string()
            )],
            "{k:?}"
        );
    }
}
