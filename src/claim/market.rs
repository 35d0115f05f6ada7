//! The market keyer: moves and closes of stock indices (rules/lexicons/markets.yaml).
//! "Japan's Nikkei share average plunged 7.8% on Monday to close at 31,136.58" and
//! "the Nikkei 225 dropped 7.8% to 31,136.58" are one index on one trading day,
//! however worded. A move is keyed with its sign ("fell 7.8%" is -7.8), so a report
//! that the index rose where another says it fell disagrees with it. Only the first
//! figure of each kind after an index's name is the index's: in "the Nikkei fell 2%
//! as Toyota shares dropped 5%" the 5% is Toyota's.

use super::{Claim, Phrases};
use crate::extract::resolve;
use crate::extract::{Extraction, Kind, Mention, Unit};
use crate::lexicon;
use crate::source::Document;
use crate::source::offsets::Span;
use jiff::civil::Date;
use std::sync::OnceLock;

/// The lexicon's phrases as automata, built once.
struct Lookups {
    /// Every phrase of every index, its text, and the index each names.
    names: Phrases,
    phrase: Vec<&'static str>,
    of: Vec<&'static str>,
    /// Whether each phrase names a commodity, not an index.
    commodity: Vec<bool>,
    not_prices: Phrases,
    falls: Phrases,
    rises: Phrases,
    elsewhere: Phrases,
    index_elsewhere: Phrases,
    levels: Vec<&'static str>,
}

fn lookups() -> &'static Lookups {
    static L: OnceLock<Lookups> = OnceLock::new();
    L.get_or_init(|| {
        let lex = &lexicon::get().markets;
        let named = |names: &'static std::collections::BTreeMap<String, Vec<String>>,
                     commodity: bool| {
            names.iter().flat_map(move |(name, ps)| {
                ps.iter()
                    .map(move |p| ((name.as_str(), commodity), p.as_str()))
            })
        };
        let (of, phrase): (Vec<(&'static str, bool)>, Vec<&'static str>) =
            named(&lex.indices, false)
                .chain(named(&lex.commodities, true))
                .unzip();
        let (of, commodity) = of.into_iter().unzip();
        Lookups {
            names: Phrases::new(&phrase),
            phrase,
            of,
            commodity,
            not_prices: Phrases::new(&lex.not_prices),
            falls: Phrases::new(&lex.falls),
            rises: Phrases::new(&lex.rises),
            elsewhere: Phrases::new(&lex.elsewhere),
            index_elsewhere: Phrases::new(&lex.index_elsewhere),
            levels: lex.levels.iter().map(String::as_str).collect(),
        }
    })
}

/// An index or a commodity named in a sentence: where its name ends, and which it is.
struct Named {
    start: usize,
    end: usize,
    index: &'static str,
    commodity: bool,
}

/// The indices `text` names, in order, the longest name where two overlap. A name
/// must be written as one: its capitals capitalised ("nifty" is no index), and no
/// hyphen after it ("Nasdaq-listed" is a listing).
fn indices_named(text: &str) -> Vec<Named> {
    let l = lookups();
    let mut found: Vec<Named> = l
        .names
        .matches(text)
        .filter_map(|(at, p)| {
            let end = at + l.phrase[p].len();
            let written = &text[at..end];
            let capitals_kept = l.phrase[p]
                .split(' ')
                .zip(written.split(' '))
                .all(|(a, w)| {
                    !a.starts_with(char::is_uppercase) || w.starts_with(char::is_uppercase)
                });
            (capitals_kept && !text[end..].starts_with('-')).then_some(Named {
                start: at,
                end,
                index: l.of[p],
                commodity: l.commodity[p],
            })
        })
        .collect();
    found.sort_by_key(|n| (n.start, std::cmp::Reverse(n.end)));
    let mut kept: Vec<Named> = Vec::with_capacity(found.len());
    for n in found {
        if kept.last().is_none_or(|k| n.start >= k.end) {
            kept.push(n);
        }
    }
    kept
}

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    let Some(published) = d.published else { return };
    let l = lookups();
    for (si, s) in e.sentences.iter().enumerate() {
        let range = e.in_sentence(si);
        if !range
            .clone()
            .any(|i| matches!(e.mentions[i].kind, Kind::Quantity(_)))
        {
            continue;
        }
        let sentence = &d.text[s.start..s.end];
        // "Wall Street's S&P 500 fell 0.2% overnight, while the Dow lost 349 points":
        // a sentence about the other side of the world's last session dates none of
        // its moves by the article's day.
        if super::find_phrase(sentence, "overnight").is_some() {
            continue;
        }
        let named = indices_named(sentence);
        for (k, n) in named.iter().enumerate() {
            // What follows the name, up to the next index's name, is the index's.
            let upto = s.start + named.get(k + 1).map_or(sentence.len(), |next| next.start);
            let from = s.start + n.end;
            // "gold reserves rose 2%" are no price of gold.
            if n.commodity && starts_with_phrase(&d.text[from..upto], &l.not_prices) {
                continue;
            }
            let mut taken = [false; 5];
            for i in range.clone() {
                let m = &e.mentions[i];
                if m.span.start < from || m.span.end > upto || keyed[i] || m.conversion_of.is_some()
                {
                    continue;
                }
                let Kind::Quantity(q) = &m.kind else { continue };
                let before = &d.text[from..m.span.start];
                let after = &d.text[m.span.end..upto];
                let at_level = || {
                    let lower = before.trim_end().to_ascii_lowercase();
                    l.levels.iter().any(|w| ends_with_word(&lower, w))
                };
                let kind = match &q.unit {
                    Unit::Percent => 0,
                    // "fell 5.97% to 5,074.08 points": points reached are a close.
                    Unit::Count(noun) if noun == "point" || noun == "points" => {
                        if at_level() {
                            2
                        } else {
                            1
                        }
                    }
                    Unit::Number => 2,
                    // A commodity's price ("to $61.95 a barrel"), else its move in
                    // money ("fell $4.19").
                    // "tumbled 6.3% after touching a record $4,381.21 an ounce": a
                    // peak named by its price is a price, whatever moved before it.
                    Unit::Money(_) if n.commodity => {
                        let peak = before
                            .split_whitespace()
                            .rev()
                            .take(3)
                            .any(|w| matches!(w, "record" | "high" | "peak" | "all-time"));
                        let priced = super::generic::per_unit(after);
                        if at_level() || priced && (peak || direction(before, "").is_none()) {
                            3
                        } else {
                            4
                        }
                    }
                    _ => continue,
                };
                if std::mem::replace(&mut taken[kind], true) {
                    continue;
                }
                // After the figure, only its own clause: "fell 7.8%, its worst day
                // this year" is the day's fall.
                let clause = &after[..after.find([',', ';']).unwrap_or(after.len())];
                if l.elsewhere.any(before)
                    || l.elsewhere.any(clause)
                    || !n.commodity && l.index_elsewhere.any(before)
                    || q.hedge
                        .as_ref()
                        .is_some_and(|(h, _)| h == "as much as" || h == "up to")
                {
                    continue;
                }
                let (what, value) = if kind == 3 {
                    ("price", q.clone())
                } else if kind == 2 {
                    // A level is a close: "to close at 31,136.58", "at 31,136.58".
                    if !at_level() {
                        continue;
                    }
                    let mut level = q.clone();
                    level.unit = Unit::Number;
                    ("close", level)
                } else {
                    let Some(fell) = direction(before, after) else {
                        continue;
                    };
                    let class = match kind {
                        0 => "change | percent",
                        1 => "change | points",
                        _ => "change | money",
                    };
                    (class, if fell { q.negated() } else { q.clone() })
                };
                let day = trading_day(d, e, si, m.span, published.date);
                let class = if n.commodity { "commodity" } else { "index" };
                out.push(super::figure(
                    doc,
                    m,
                    &value,
                    format!("{class}:{} | {what} @{day}", n.index),
                    format!("{} {}", n.index, what.split(' ').next().unwrap_or(what)),
                ));
                keyed[i] = true;
            }
        }
    }
}

/// Does `text` open with one of `phrases` ("gold reserves": " reserves")?
fn starts_with_phrase(text: &str, phrases: &Phrases) -> bool {
    let first = text.trim_start();
    let word = first
        .find(|c: char| !c.is_alphanumeric())
        .map_or(first, |e| &first[..e]);
    !word.is_empty() && phrases.any(word)
}

/// Does `text` end with the word or phrase `w`?
fn ends_with_word(text: &str, w: &str) -> bool {
    text.strip_suffix(w)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
}

/// Did the index fall (true) or rise (false)? The word just after the figure ("a
/// 7.8% fall", "1.2% higher") says so first, else the last such word before it.
fn direction(before: &str, after: &str) -> Option<bool> {
    let l = lookups();
    let next = after
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if l.falls.any(next) {
        return Some(true);
    }
    if l.rises.any(next) {
        return Some(false);
    }
    let last = |p: &Phrases| p.matches(before).map(|(at, _)| at).last();
    match (last(&l.falls), last(&l.rises)) {
        (Some(f), Some(r)) => Some(f > r),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    }
}

/// The trading day a figure is of: the day named nearest it in its clause ("on
/// Monday", "April 7"), resolved against the publication date, else that date. A
/// day after a clause break ("dropped 6%, after a 4.8% slide on Thursday") or before
/// another figure ("fell 5.5% on Friday and dropped 6%") is another move's. Resolved
/// here, not by the batch: a day of the week needs no batch year, and the key must
/// not change with how a batch is read.
fn trading_day(d: &Document, e: &Extraction, si: usize, fig: Span, published: Date) -> Date {
    let s = e.sentences[si];
    let mentions = &e.mentions[e.in_sentence(si)];
    let own = |m: &Mention| {
        if d.dateline_span
            .is_some_and(|ds| ds.start <= m.span.start && m.span.end <= ds.end + 8)
        {
            return false;
        }
        if m.span.start >= fig.end {
            let between = &d.text[fig.end..m.span.start];
            return !between.contains([',', ';']) && super::find_phrase(between, "after").is_none();
        }
        // Before the figure, a day dates it unless another move stands between
        // them, but for a day that fronts every move of the sentence ("On Friday the
        // S&P 500 slumped 6% and the Dow lost 2,231 points"). The "500" of "S&P
        // 500" is no move.
        let move_in = |a: usize, b: usize| {
            mentions.iter().any(|o| {
                matches!(&o.kind, Kind::Quantity(q) if q.unit != Unit::Number)
                    && o.span.start >= a
                    && o.span.end <= b
            })
        };
        !move_in(m.span.end, fig.start) || !move_in(s.start, m.span.start)
    };
    mentions
        .iter()
        .filter(|m| own(m))
        .filter_map(|m| match &m.kind {
            Kind::Date(dm) => Some((m.span.start.abs_diff(fig.start), dm)),
            _ => None,
        })
        .filter_map(|(dist, dm)| {
            let mut dm = dm.clone();
            resolve::resolve(&mut dm, d.published, None, &d.text[s.start..s.end]);
            dm.resolved.filter(|(a, b)| a == b).map(|(a, _)| (dist, a))
        })
        .min_by_key(|(dist, _)| *dist)
        .map_or(published, |(_, day)| day)
}

#[cfg(test)]
mod tests {
    use super::super::{keys_of, test_keys};

    /// A dateline dates the text: Monday, April 7, 2025.
    const DAY: &str = "TOKYO, April 7, 2025 (Reuters) - ";

    fn keys(body: &str) -> Vec<(String, String)> {
        test_keys(&[&format!("{DAY}{body}")])
    }

    /// A move is the index's on its day, signed; the close is its level.
    #[test]
    fn moves_and_closes_are_the_index_s() {
        let k = keys(
            "Japan's Nikkei share average plunged 7.8% on Monday to close at 31,136.58, \
             while Hong Kong's Hang Seng index rose 1.2%.",
        );
        assert_eq!(
            keys_of(&k, "7.8%"),
            ["index:Nikkei 225 | change | percent @2025-04-07"]
        );
        assert_eq!(
            keys_of(&k, "31,136.58"),
            ["index:Nikkei 225 | close @2025-04-07"]
        );
        assert_eq!(
            keys_of(&k, "1.2%"),
            ["index:Hang Seng | change | percent @2025-04-07"]
        );
    }

    /// "on Friday" in an article of Monday is the Friday before.
    #[test]
    fn a_weekday_names_the_trading_day() {
        let k = keys("The Dow lost 2,231 points on Friday.");
        assert_eq!(
            keys_of(&k, "2,231 points"),
            ["index:Dow Jones Industrial Average | change | points @2025-04-04"]
        );
    }

    /// A day in another clause dates another move: Friday's 6% is not Thursday's.
    #[test]
    fn a_day_in_another_clause_is_another_move_s() {
        let k = test_keys(&[
            "NEW YORK, April 4, 2025 (Reuters) - The Dow fell 5.5% and the S&P 500 dropped 6%, \
             after a 4.8% slide on Thursday.",
        ]);
        assert_eq!(
            keys_of(&k, "6%"),
            ["index:S&P 500 | change | percent @2025-04-04"]
        );
        let k =
            test_keys(&["NEW YORK, April 4, 2025 (Reuters) - On Thursday, the S&P 500 fell 4.8%."]);
        assert_eq!(
            keys_of(&k, "4.8%"),
            ["index:S&P 500 | change | percent @2025-04-03"]
        );
    }

    /// A fall and a rise of one index on one day disagree, and the message gives the
    /// fall with its sign; a rounded report of the same fall agrees.
    #[test]
    fn a_fall_and_a_rise_disagree() {
        let run = |texts: &[&str]| {
            let dated: Vec<String> = texts.iter().map(|t| format!("{DAY}{t}")).collect();
            let dated: Vec<&str> = dated.iter().map(String::as_str).collect();
            super::super::test_run(&dated).findings
        };
        let found = run(&[
            "The Kospi fell 5.6% on Monday.",
            "The Kospi rose 5.6% on Monday.",
        ]);
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("Kospi change: -5.6 percent here")
                    || m.starts_with("Kospi change: 5.6% here, but -5.6 percent")),
            "{messages:?}"
        );
        assert!(
            run(&[
                "The Kospi fell 5.6% on Monday.",
                "The Kospi lost nearly 6% on Monday."
            ])
            .is_empty()
        );
    }

    /// "fell 5.97% to 5,074.08 points": points reached are the close, not a move,
    /// and meet a close written without "points".
    #[test]
    fn points_reached_are_the_close() {
        let k = test_keys(&[
            "NEW YORK, April 4, 2025 (Reuters) - The S&P 500 fell 5.97% to 5,074.08 points.",
            "NEW YORK, April 4, 2025 (AP) - The S&P 500 closed at 5,074, down 6%.",
        ]);
        assert_eq!(
            keys_of(&k, "5,074.08 points"),
            ["index:S&P 500 | close @2025-04-04"]
        );
        assert_eq!(keys_of(&k, "5,074"), ["index:S&P 500 | close @2025-04-04"]);
    }

    /// A record named by its price is a price on its own day, not a move of the
    /// day the sentence reports a fall on.
    #[test]
    fn a_record_price_is_no_move() {
        let k = test_keys(&[
            "LONDON, Oct 21, 2025 - Gold tumbled 6.3% on Tuesday after touching a record $4,381.21 an ounce on Monday.",
        ]);
        assert_eq!(
            keys_of(&k, "$4,381.21"),
            ["commodity:Gold | price @2025-10-20"],
            "{k:?}"
        );
        assert_eq!(
            keys_of(&k, "6.3%"),
            ["commodity:Gold | change | percent @2025-10-21"],
            "{k:?}"
        );
    }

    /// A commodity's price and moves are its own on the day: Brent's and WTI's in
    /// one sentence never meet, the move in dollars is signed, and "U.S. crude" is
    /// WTI whatever country the sentence names.
    #[test]
    fn a_commodity_s_price_is_its_own() {
        let k = test_keys(&[
            "LONDON, April 4, 2025 (Reuters) - Brent crude futures fell $4.56, or 6.5%, \
             to settle at $65.58 a barrel, and U.S. crude dropped 7.4% to $61.99 a barrel.",
        ]);
        assert_eq!(
            keys_of(&k, "$4.56"),
            ["commodity:Brent crude | change | money @2025-04-04"]
        );
        assert_eq!(
            keys_of(&k, "6.5%"),
            ["commodity:Brent crude | change | percent @2025-04-04"]
        );
        assert_eq!(
            keys_of(&k, "$65.58"),
            ["commodity:Brent crude | price @2025-04-04"]
        );
        assert_eq!(
            keys_of(&k, "$61.99"),
            ["commodity:WTI crude | price @2025-04-04"]
        );
        let found = super::super::test_run(&[
            "LONDON, April 4, 2025 (Reuters) - Brent settled at $65.58 a barrel.",
            "LONDON, April 4, 2025 (AP) - Brent crude ended at $61.95 a barrel.",
            "LONDON, April 4, 2025 (AFP) - WTI crude ended at $61.95 a barrel.",
        ])
        .findings;
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages.iter().all(|m| m.starts_with("Brent crude price")),
            "{messages:?}"
        );
    }

    /// A price during the day, over a month, or of another thing than the
    /// commodity is not its price on the day.
    #[test]
    fn a_price_of_the_hour_or_the_month_is_left() {
        for text in [
            "Brent crude was at $68.10 a barrel by 0900 GMT.",
            "Brent crude futures were down 8% for April.",
            "China's gold reserves rose 0.2% in March.",
            "Gold futures rose 1% to $3,050 an ounce.",
        ] {
            let k = keys(text);
            assert!(
                k.iter().all(|(key, _)| !key.starts_with("commodity:Brent")
                    && !key.starts_with("commodity:Gold |")),
                "{text}: {k:?}"
            );
        }
    }

    /// Moves during the day or over a span, and other names' figures, are not keyed.
    #[test]
    fn intraday_moves_and_others_figures_are_left() {
        for text in [
            "The Nikkei fell as much as 8% in early trade.",
            "The Nikkei has lost 12% so far this year.",
            "Nikkei futures fell 5%.",
            "Shares of a nifty gadget maker rose 5%.",
        ] {
            let k = keys(text);
            assert!(
                k.iter().all(|(key, _)| !key.starts_with("index:")),
                "{text}: {k:?}"
            );
        }
        let k = keys("The Nikkei fell 2% as Toyota shares dropped 5%.");
        assert!(
            keys_of(&k, "5%")
                .iter()
                .all(|key| !key.starts_with("index:")),
            "{k:?}"
        );
    }
}
