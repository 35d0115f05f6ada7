//! A central bank's policy rate: the percent a bank named before it sets ("The
//! Federal Reserve cut its benchmark interest rate ... to a range of 3.75% to 4%",
//! "the Fed's benchmark stays at 4.25%-4.50%", "The ECB lowered its deposit facility
//! rate to 2.00%"). News calls the rate many things; the key is the bank's one rate
//! as of the article's month, so two reports of one decision meet however they word
//! it. The words are `central_banks`, `policy_rates`, `other_rates` and `not_policy`
//! in metrics.yaml.

use super::{Claim, Phrases};
use crate::extract::{Extraction, Kind, Unit};
use crate::lexicon;
use crate::source::Document;
use std::sync::OnceLock;

struct Lookups {
    /// Every bank's names, then "central bank".
    banks: Phrases,
    /// Every bank's names, in lower case, for [`is_central_bank`].
    lower: rustc_hash::FxHashSet<String>,
    /// The key's name of each bank name in `banks`, by index.
    bank_of: Vec<&'static str>,
    /// Each name's length, by index.
    len: Vec<usize>,
    rates: Phrases,
}

/// Named by its country: "India's central bank", "the Turkish central bank".
const CENTRAL_BANK: &str = "central bank";

fn lookups() -> &'static Lookups {
    static L: OnceLock<Lookups> = OnceLock::new();
    L.get_or_init(|| {
        let lex = &lexicon::get().metrics;
        let (bank_of, mut names): (Vec<&'static str>, Vec<&str>) = lex
            .central_banks
            .iter()
            .flat_map(|(bank, b)| b.names.iter().map(move |n| (bank.as_str(), n.as_str())))
            .unzip();
        let lower = names.iter().map(|n| n.to_ascii_lowercase()).collect();
        names.push(CENTRAL_BANK);
        Lookups {
            lower,
            banks: Phrases::new(&names),
            len: names.iter().map(|n| n.len()).collect(),
            bank_of,
            rates: Phrases::new(&lex.policy_rates),
        }
    })
}

/// Is `name` one of the central banks' names, in any case ("federal reserve")?
pub fn is_central_bank(name: &str) -> bool {
    lookups().lower.contains(&name.to_ascii_lowercase())
}

/// The country a central bank named by its key serves ("European Central Bank" ->
/// "European Union"): an economy's figure near the bank's name is the economy's.
pub fn country_of_bank(name: &str) -> Option<&'static str> {
    lexicon::get()
        .metrics
        .central_banks
        .get(name)
        .map(|b| b.country.as_str())
}

/// The bank "central bank" names by the country just before it ("India's",
/// "South Korean"), or with none there by the one country the article names ("The
/// central bank held its rate" in a story of Chile): the lexicon's bank of that
/// country, or one named for it.
fn bank_of_country(d: &Document, before: &str, after: &str) -> Option<String> {
    let lex = lexicon::get();
    // "the Central Bank of Kenya": the country after it.
    let of = after.strip_prefix(" of ").map(|rest| {
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let name: Vec<&str> = rest
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
            .collect();
        // "Central Bank of the Republic of Turkey" is listed; "of Sri Lanka" is two words.
        (1..=name.len().min(3))
            .rev()
            .find_map(|n| lex.country(&name[..n].join(" ")).map(str::to_string))
    });
    let words: Vec<&str> = before
        .trim_end()
        .rsplit(' ')
        .take(2)
        .map(|w| w.strip_suffix("'s").unwrap_or(w))
        .collect();
    let country = [
        words.get(1).map(|w| format!("{w} {}", words[0])),
        words.first().map(|w| w.to_string()),
    ]
    .into_iter()
    .flatten()
    .find_map(|w| lex.country(&w).map(str::to_string))
    .or(of.flatten())
    .or_else(|| super::generic::only_country_of(d))?;
    Some(
        lex.metrics
            .central_banks
            .iter()
            .find(|(_, b)| b.country == country)
            .map_or_else(|| format!("central bank of {country}"), |(n, _)| n.clone()),
    )
}

/// Words right before a level: "to 2%", "at 4.25%", "a range of", "between".
const LEVEL_BEFORE: &[&str] = &[
    "to",
    "at",
    "of",
    "between",
    "was",
    "is",
    "stands",
    "stays",
    "remains",
    "unchanged",
];

/// Most words between a rate's name and its percent: "its benchmark interest rate by
/// a quarter point on Wednesday to a range of" is fourteen.
const MAX_GAP: usize = 16;

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    let lex = &lexicon::get().metrics;
    let l = lookups();
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        if keyed[i] || q.unit != Unit::Percent || m.conversion_of.is_some() {
            continue;
        }
        let s = e.sentences[m.sentence];
        let before = &d.text[s.start..m.span.start];
        // Every rate's name holds one of these: most percents are passed over here,
        // before any automaton runs.
        let b = before.as_bytes();
        if memchr::memmem::find(b, b"rate").is_none()
            && memchr::memmem::find(b, b"benchmark").is_none()
            && memchr::memmem::find(b, b"borrowing costs").is_none()
        {
            continue;
        }
        // Banks are proper nouns: "fed" in "well-fed" is none.
        let Some((at, bank)) = l
            .banks
            .matches(before)
            .filter(|(at, b)| {
                *b == l.bank_of.len() || before[*at..].starts_with(|c: char| c.is_uppercase())
            })
            // The last name, and of names ending together the longest: "European
            // Central Bank", not its "Central Bank".
            .max_by_key(|&(at, b)| (at + l.len[b], std::cmp::Reverse(at)))
        else {
            continue;
        };
        let name = match l.bank_of.get(bank) {
            Some(n) => n.to_string(),
            None => {
                let Some(n) = bank_of_country(d, &before[..at], &before[at + l.len[bank]..]) else {
                    continue;
                };
                n
            }
        };
        // Past the name's words: "the Fed's benchmark", "Bank of England's rate".
        let after_bank = &before[at..];
        let Some((rate_at, _)) = l.rates.matches(after_bank).last() else {
            continue;
        };
        // The rate is of another kind ("mortgage rates").
        let lead = after_bank[..rate_at].trim_end();
        let mut lead_words = lead.rsplit(' ').map(str::to_ascii_lowercase);
        let prev_word = lead_words.next().unwrap_or_default();
        // "its benchmark lending rate" is the bank's own, as "its key rate" is.
        let own = lead_words
            .next()
            .is_some_and(|w| matches!(w.as_str(), "benchmark" | "key" | "policy" | "main"));
        if lex.other_rates.contains(&prev_word) && !own {
            continue;
        }
        // The clause has turned to another subject before the figure ("..., while
        // inflation rose to 3%").
        let gap = &after_bank[rate_at..];
        if gap.contains([';', ':']) || gap.contains(", while") || gap.contains(", but") {
            continue;
        }
        let lower = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_ascii_lowercase()
        };
        let words: Vec<String> = gap.split_whitespace().skip(1).map(lower).collect();
        // "The Fed last cut rates": the words from the bank on say when, too.
        if words.len() > MAX_GAP
            || after_bank
                .split_whitespace()
                .map(lower)
                .any(|w| lex.not_policy.contains(&w))
        {
            continue;
        }
        // "to 2%", "to the 3.50%-3.75% range".
        let level = |w: Option<&String>| w.is_some_and(|w| LEVEL_BEFORE.contains(&w.as_str()));
        let n = words.len();
        let linked = level(words.last())
            || (words.last().is_some_and(|w| w == "the" || w == "a")
                && level(n.checked_sub(2).and_then(|k| words.get(k))));
        if !linked {
            continue;
        }
        // Between the bank and the figure: a day other than the decision's week ("in
        // December") tells an earlier level; another percent after the rate's name
        // ("cut to 2% from 2.25%") is the level, not this one.
        let another = e.mentions[e.in_sentence(m.sentence)].iter().any(|o| {
            o.span.start >= s.start + at
                && o.span.end <= m.span.start
                && match &o.kind {
                    Kind::Date(dm) => !this_week(dm, d),
                    Kind::Quantity(oq) => {
                        oq.unit == Unit::Percent && o.span.start >= s.start + at + rate_at
                    }
                    _ => false,
                }
        });
        if another {
            continue;
        }
        let time = d
            .published
            .map(|p| format!(" @as of {}", &p.date.to_string()[..7]))
            .unwrap_or_default();
        keyed[i] = true;
        // A target range ("3.75% to 4%") is set in steps: two ranges that touch at
        // 3.75% are two decisions, not one figure rounded two ways. Its lower bound
        // is keyed, exact, so "3.50%-3.75%" meets it and differs.
        if q.range {
            let floor = crate::extract::quantity::Quantity {
                high: q.low,
                value: q.low,
                step: 0.0,
                ..q.clone()
            };
            out.push(super::figure(
                doc,
                m,
                &floor,
                format!("{name} | policy rate | lower bound | percent{time}"),
                format!("{name} policy rate (lower bound)"),
            ));
            continue;
        }
        // A rate is set to the basis point and told as set: "4%" is 4.00%, not any
        // rate that rounds to it, so "4%" and "4.25%" are two decisions.
        let exact = crate::extract::quantity::Quantity {
            step: if q.hedge.is_none() { 0.0 } else { q.step },
            ..q.clone()
        };
        out.push(super::figure(
            doc,
            m,
            &exact,
            format!("{name} | policy rate | percent{time}"),
            format!("{name} policy rate"),
        ));
    }
}

/// Does a date fall in the week up to the article's day ("on Wednesday")? With no
/// day for the article, or no day for the date, it does not.
fn this_week(dm: &crate::extract::DateMention, d: &Document) -> bool {
    let (Some(p), Some((a, b))) = (d.published, dm.resolved) else {
        return false;
    };
    let week_before = p.date.checked_sub(jiff::Span::new().days(7)).ok();
    b <= p.date && week_before.is_some_and(|w| a >= w)
}

#[cfg(test)]
mod tests {
    use crate::claim::test_keys as keys;

    fn key_of<'a>(k: &'a [(String, String)], text: &str) -> Option<&'a str> {
        k.iter().find(|(_, t)| t == text).map(|(k, _)| k.as_str())
    }

    /// "Borrowing costs" a central bank cuts are its rate.
    #[test]
    fn borrowing_costs_a_bank_sets_are_its_rate() {
        let k = keys(&[
            "ISTANBUL, Oct 24, 2025 - Turkey's central bank reduced borrowing costs by 150 basis points to 39.5% on Thursday.",
        ]);
        assert_eq!(
            key_of(&k, "39.5%"),
            Some("Central Bank of the Republic of Turkey | policy rate | percent @as of 2025-10"),
            "{k:?}"
        );
    }

    /// However the rate is called, a bank's percent is its policy rate, as of the
    /// article's month; the bank nearest before the figure sets it.
    #[test]
    fn a_banks_rate_is_keyed_however_it_is_called() {
        let k = keys(&[
            "WASHINGTON, Oct 29, 2025 - The Federal Reserve cut its benchmark interest rate by a quarter point on Wednesday to a range of 3.75% to 4%.",
            "WASHINGTON, Oct 29, 2025 - The U.S. Federal Reserve on Wednesday lowered its policy rate by 25 basis points to the 3.50%-3.75% range.",
            "FRANKFURT, June 5, 2025 - The ECB lowered its deposit facility rate to 2.00% from 2.25%.",
            "FRANKFURT, June 5, 2025 - The Bank of Japan holds its rate at 0.5%, while the Fed's benchmark stays at 4.25%-4.50%.",
        ]);
        let fed = Some("Federal Reserve | policy rate | lower bound | percent @as of 2025-10");
        assert_eq!(key_of(&k, "3.75% to 4%"), fed, "{k:?}");
        assert_eq!(key_of(&k, "3.50%-3.75%"), fed, "{k:?}");
        assert_eq!(
            key_of(&k, "2.00%"),
            Some("European Central Bank | policy rate | percent @as of 2025-06"),
            "{k:?}"
        );
        // The earlier level after "from" is not the bank's rate now.
        assert!(
            key_of(&k, "2.25%").is_none_or(|x| !x.contains("policy rate")),
            "{k:?}"
        );
        assert_eq!(
            key_of(&k, "0.5%"),
            Some("Bank of Japan | policy rate | percent @as of 2025-06"),
            "{k:?}"
        );
        assert_eq!(
            key_of(&k, "4.25%-4.50%"),
            Some("Federal Reserve | policy rate | lower bound | percent @as of 2025-06"),
            "{k:?}"
        );
    }

    /// "India's central bank" is the Reserve Bank of India; a country the lexicon
    /// has no bank for still names its own.
    /// A rate is told as set: "4%" is 4.00%, so a report of 4.25% disagrees with it.
    #[test]
    fn a_rate_is_exact() {
        let f = crate::rules::testing::check(
            &[
                "LONDON, Nov 6, 2025 - The Bank of England kept interest rates on hold at 4% on Thursday.",
                "LONDON, Nov 6, 2025 - The Bank of England held its benchmark rate at 4.25% on Thursday.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["4%", "4.25%"], "{f:?}");
    }

    #[test]
    fn a_central_bank_is_named_by_its_country() {
        let k = keys(&[
            "NEW DELHI, Dec 5, 2025 - India's central bank lowered its benchmark repo rate by 25 basis points to 5.25%.",
            "SANTIAGO, Dec 16, 2025 - Chile's central bank held its benchmark rate at 4.5%.",
            "SANTIAGO, Dec 16, 2025 - The central bank held its benchmark rate at 4.75%, as Chile's inflation eased.",
        ]);
        assert_eq!(
            key_of(&k, "5.25%"),
            Some("Reserve Bank of India | policy rate | percent @as of 2025-12"),
            "{k:?}"
        );
        let chile = Some("central bank of Chile | policy rate | percent @as of 2025-12");
        assert_eq!(key_of(&k, "4.5%"), chile, "{k:?}");
        // No country before it: the article's one country.
        assert_eq!(key_of(&k, "4.75%"), chile, "{k:?}");
        // The country after it, and a benchmark lending rate that is the bank's own.
        let k = keys(&[
            "NAIROBI, Dec 9, 2025 - The Central Bank of Kenya lowered its key rate by 25 basis points to 9.5%.",
            "NAIROBI, Dec 9, 2025 - Kenya's central bank cut its benchmark lending rate to 9.25%.",
            "COLOMBO, Dec 9, 2025 - The Central Bank of Sri Lanka held its policy rate at 7.75%.",
        ]);
        let kenya = Some("central bank of Kenya | policy rate | percent @as of 2025-12");
        assert_eq!(key_of(&k, "9.5%"), kenya, "{k:?}");
        assert_eq!(key_of(&k, "9.25%"), kenya, "{k:?}");
        assert_eq!(
            key_of(&k, "7.75%"),
            Some("central bank of Sri Lanka | policy rate | percent @as of 2025-12"),
            "{k:?}"
        );
    }

    /// Other rates and other figures near a bank are not its rate.
    #[test]
    fn other_rates_near_a_bank_are_not_its_rate() {
        let k = keys(&[
            "WASHINGTON, Oct 29, 2025 - The Fed held rates steady as inflation rose to 3%.",
            "WASHINGTON, Oct 29, 2025 - After the Fed's decision, mortgage rates fell to 6.2%.",
            "WASHINGTON, Oct 29, 2025 - The Fed last cut rates in December to 4.5%.",
            "WASHINGTON, Oct 29, 2025 - After the Fed's cut, banks' lending rates fell to 7.1%.",
        ]);
        assert!(
            k.iter().all(|(key, _)| !key.contains("policy rate")),
            "{k:?}"
        );
        // Nor are the economy's figures told after it the bank's results.
        let k = keys(&[
            "WASHINGTON, Oct 29, 2025 - The Federal Reserve lowered its policy rate. Consumer prices rose 3.1% in the year to September.",
        ]);
        assert!(
            k.iter().all(|(key, _)| !key.starts_with("metric:")),
            "{k:?}"
        );
    }
}
