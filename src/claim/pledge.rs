//! What a donor pledges: "The United States pledged $500 million in aid to Sudan",
//! "Japan will provide $1.2 billion", "wealthy nations will provide at least $300
//! billion a year by 2035". Two reports of one donor's pledge disagree when they give
//! two sums. The donor is the clause's subject right before the verb: a country, else
//! a name ("the World Bank"), else nobody named ("donors", "rich nations"). What the
//! sum is given as ("in aid", "in loans") and how often ("a year") join the key, so a
//! donor's aid and its loans, or a yearly sum and a total, never meet.

use super::Claim;
use crate::extract::Extraction;
use crate::lexicon;
use crate::source::Document;

/// Verbs that give a sum as a pledge, right before it.
const PLEDGED: &[&str] = &[
    "pledged",
    "pledges",
    "pledge",
    "pledging",
    "promised",
    "promises",
    "promising",
    "committed",
    "commits",
    "provide",
    "provides",
    "providing",
    "donated",
    "donates",
    "donate",
    "earmarked",
    "mobilise",
    "mobilize",
    "mobilising",
    "mobilizing",
    "channel",
    "contribute",
    "contributes",
    "contributed",
];

/// Words between the subject and the verb: "will provide", "has pledged", "agreed
/// to provide".
const AUXILIARIES: &[&str] = &[
    "will", "would", "has", "have", "had", "to", "agreed", "also", "jointly", "together",
    "already", "now", "so", "far", "pledged", "promised", "vowed",
];

/// Words that end the subject's noun phrase when walking back from the verb.
const SUBJECT_BREAKS: &[&str] = &["that", "and", "which", "who", "while", "as", "where"];

/// How often a sum is given, right after it.
const RATES: &[(&str, &str)] = &[
    (" a year", "a year"),
    (" per year", "a year"),
    (" annually", "a year"),
    (" each year", "a year"),
    (" every year", "a year"),
    (" a month", "a month"),
    (" per month", "a month"),
    (" each month", "a month"),
];

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    for (i, m) in e.mentions.iter().enumerate() {
        let Some((q, currency)) = super::open_amount(m, keyed[i]) else {
            continue;
        };
        let s = e.sentences[m.sentence];
        // The hedge is the mention's own ("at least $300 billion"), so the verb
        // stands right before it.
        let before = d.text[s.start..m.span.start].trim_end();
        let Some(verb_at) = pledge_verb(before) else {
            continue;
        };
        let head = super::metric::head(d, s.start, s.start + verb_at);
        let donor = donor(head);
        let (rate, given_as) = terms(&d.text[m.span.end..s.end]);
        let mut key = donor.map_or_else(String::new, |c| format!("{c} | "));
        key.push_str("pledged");
        if let Some(noun) = given_as {
            key.push_str(&format!(" {noun}"));
        }
        key.push_str(&format!(" | {currency}"));
        if let Some(rate) = rate {
            key.push_str(&format!(" {rate}"));
        }
        keyed[i] = true;
        out.push(super::figure(doc, m, q, key, "pledge".into()));
    }
}

/// Where the pledge's verb starts in `before`, when it ends there.
fn pledge_verb(before: &str) -> Option<usize> {
    let at = before.rfind(' ').map_or(0, |p| p + 1);
    let verb = &before[at..];
    PLEDGED
        .iter()
        .any(|p| verb.eq_ignore_ascii_case(p))
        .then_some(at)
}

/// The donor named by the words right before the verb, past its auxiliaries: a
/// country, else capitalised names, else none.
fn donor(head: &str) -> Option<String> {
    let words: Vec<&str> = head.split_whitespace().collect();
    let mut end = words.len();
    while end > 0 && AUXILIARIES.contains(&words[end - 1].to_ascii_lowercase().as_str()) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && end - start < 4 {
        let w = words[start - 1];
        if w.ends_with([',', ';', ':']) || SUBJECT_BREAKS.contains(&w.to_ascii_lowercase().as_str())
        {
            break;
        }
        start -= 1;
    }
    let phrase = words[start..end].join(" ");
    if let Some((_, c)) = lexicon::countries_in(&phrase).first() {
        return Some((*c).to_string());
    }
    let phrase = &words[start..end];
    // A sentence's first word is capitalised whatever it is: "Wealthy nations",
    // "Donors" name nobody; "Oxfam" does.
    let common = |k: usize| {
        k == 0
            && start == 0
            && phrase.get(1).map_or(phrase[0].ends_with('s'), |w| {
                w.starts_with(|c: char| c.is_lowercase())
            })
    };
    let names: Vec<&str> = phrase
        .iter()
        .enumerate()
        .filter(|&(k, _)| !common(k))
        .map(|(_, w)| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| super::name_word(w))
        .collect();
    (!names.is_empty()).then(|| names.join(" "))
}

/// How often the sum is given and what as, from the words after it: " a year in
/// climate finance" gives ("a year", "finance"); " in military aid to" gives "aid".
fn terms(after: &str) -> (Option<&'static str>, Option<String>) {
    let mut rest = after;
    let mut rate = None;
    for (written, said) in RATES {
        if let Some(r) = rest.strip_prefix(written) {
            rate = Some(*said);
            rest = r;
            break;
        }
    }
    let Some(r) = rest.strip_prefix(" in ") else {
        return (rate, None);
    };
    // The last word of a run of lower-case words: "military aid" gives "aid".
    let noun = r
        .split(' ')
        .take(3)
        .map_while(|w| {
            let bare = w.trim_end_matches([',', '.', ';', ':']);
            let word = !bare.is_empty()
                && bare.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !matches!(bare, "to" | "for" | "and" | "over" | "by" | "from" | "the");
            word.then_some((bare, bare.len() != w.len()))
        })
        .scan(false, |ended, (w, stops)| {
            let take = !*ended;
            *ended |= stops;
            take.then_some(w)
        })
        .last();
    (rate, noun.map(str::to_string))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn a_pledge_is_its_donors_however_it_is_told() {
        let k = crate::claim::test_keys_with(
            &[
                "Nov 24, 2024 - The United States pledged $500 million in aid to Sudan.",
                "Nov 24, 2024 - Washington's envoy said the U.S. will provide $500 million in humanitarian aid.",
                "Nov 24, 2024 - The World Bank has committed $1.2 billion in loans.",
                "Nov 24, 2024 - Wealthy nations agreed to provide at least $300 billion a year by 2035.",
                "Nov 24, 2024 - Donors pledged $2 billion at the conference.",
            ],
            "pledged",
        );
        assert_eq!(
            k,
            [
                (
                    "United States | pledged aid | USD".into(),
                    "$500 million".into()
                ),
                (
                    "United States | pledged aid | USD".into(),
                    "$500 million".into()
                ),
                (
                    "World Bank | pledged loans | USD".into(),
                    "$1.2 billion".into()
                ),
                (
                    "pledged | USD a year".into(),
                    "at least $300 billion".into()
                ),
                ("pledged | USD".into(), "$2 billion".into()),
            ],
            "{k:?}"
        );
    }

    #[test]
    fn two_sums_for_one_pledge_disagree() {
        let f = check(
            &[
                "Nov 24, 2024 - Developed countries will provide $300 billion a year by 2035, and developing nations had asked for $1.3 trillion a year.",
                "Nov 24, 2024 - Developed countries will channel $250 billion a year to developing nations by 2035.",
                "Nov 24, 2024 - Japan pledged $1 billion in loans.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["$300 billion", "$250 billion"], "{f:?}");
    }
}
