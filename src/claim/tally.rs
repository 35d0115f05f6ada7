//! A vote's tally: "The House passed the measure 222-209", "in a narrow 5-4 vote",
//! "the Senate approved it 60-40". Each tally is two figures of the body that voted,
//! the votes for and the votes against, so "222-209" and "222-207" disagree. Only a
//! tally a vote word leads up to or follows is read ("Liverpool won 3-1" is a score),
//! and only one that passed: a story tells of many failed votes, each another vote.
//! A tally is not dated by the days its sentence names: "passed 222-209 earlier in
//! the day" and "the Senate had passed it 60-40 on Monday, November 10" date other
//! things as often as the vote, and a body's passing vote on one bill is one vote.

use super::Claim;
use crate::extract::{Extraction, Kind, Quantity, Unit};
use crate::lexicon;
use crate::source::Document;
use crate::source::offsets::Span;

/// Words before a tally that make it a vote's.
const VOTED: &[&str] = &[
    "voted",
    "votes",
    "vote",
    "passed",
    "passes",
    "approved",
    "approves",
    "confirmed",
    "adopted",
    "backed",
    "ruled",
    "elected",
];

/// Nouns right after a tally that make it a vote's: "a 222-209 vote".
const VOTE_NOUNS: &[&str] = &[
    "vote", "votes", "split", "decision", "ruling", "majority", "margin",
];

/// Words of a vote that failed, or of another vote than the one reported: each such
/// vote has its own tally.
const OTHER_VOTE: &[&str] = &[
    "failed", "fails", "rejected", "defeated", "blocked", "short", "previous", "earlier", "prior",
    "last", "again", "times", "first", "second", "third",
];

/// The most members a body that votes has: a larger pair is a year's span ("2018-19").
const MOST_MEMBERS: f64 = 1000.0;

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        if keyed[i] || q.range || q.hedge.is_some() || q.unit != Unit::Number {
            continue;
        }
        let Some((against, len)) = against_after(&d.text[m.span.end..]) else {
            continue;
        };
        if q.value.fract() != 0.0 || q.value < against || q.value > MOST_MEMBERS {
            continue;
        }
        let s = e.sentences[m.sentence];
        let end = m.span.end + len;
        let before = &d.text[s.start..m.span.start];
        let clause = super::generic::own_clause(before);
        let after = &d.text[end..s.end];
        if !a_vote(clause, after) {
            continue;
        }
        let led_by_a = {
            let words: Vec<&str> = clause.split_whitespace().rev().take(4).collect();
            words
                .iter()
                .position(|w| matches!(*w, "a" | "an"))
                .is_some_and(|p| {
                    p + 1 < words.len() && matches!(words[p + 1], "in" | "after" | "by" | "with")
                })
        };
        let from = m.span.start - clause.len();
        let Some(body) = body(d, e, from, m.span.start, led_by_a) else {
            continue;
        };
        // "passed 51-49 in 2017": another year's vote, another bill's.
        let year = d.published.map(|p| p.date.year());
        let other_year = e.mentions[e.in_sentence(m.sentence)].iter().any(
            |o| matches!(&o.kind, Kind::Date(dm) if dm.expr.year.is_some_and(|y| Some(y) != year)),
        );
        if other_year {
            continue;
        }
        let span = Span::new(m.span.start, end);
        keyed[i] = true;
        for (side, value) in [("for", q.value), ("against", against)] {
            let figure = Quantity {
                value,
                low: value,
                high: value,
                step: 0.0,
                ..q.clone()
            };
            out.push(super::figure_at(
                doc,
                span,
                &figure,
                format!("{body} | vote tally | {side}"),
                format!("{body} vote ({side})"),
            ));
        }
    }
}

/// The votes against after the votes for: "-209" of "222-209", and its length.
fn against_after(rest: &str) -> Option<(f64, usize)> {
    let dash = ['-', '\u{2013}']
        .iter()
        .find_map(|c| rest.strip_prefix(*c).map(|r| (r, c.len_utf8())))?;
    let (digits_at, dash_len) = dash;
    let n = digits_at.bytes().take_while(u8::is_ascii_digit).count();
    let next = digits_at[n..].chars().next();
    if n == 0 || n > 3 || next.is_some_and(|c| c.is_alphanumeric() || c == '-') {
        return None;
    }
    Some((digits_at[..n].parse().ok()?, dash_len + n))
}

/// Does a vote word lead up to the tally in its clause, or a vote noun follow it, and
/// no word of a failed or another vote stand in the clause?
fn a_vote(clause: &str, after: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase()
            })
            .collect()
    };
    let before = words(clause);
    let next = words(after).into_iter().next().unwrap_or_default();
    let led = before
        .iter()
        .rev()
        .take(8)
        .any(|w| VOTED.contains(&w.as_str()));
    (led || VOTE_NOUNS.contains(&next.as_str()))
        && !before.iter().any(|w| OTHER_VOTE.contains(&w.as_str()))
}

/// Runs of capitalised words in `text` (from byte `at` of the document), as
/// document spans, "of" kept inside a run ("Bank of England").
fn runs(text: &str, at: usize) -> Vec<(usize, usize)> {
    let lex = lexicon::get();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut open = false;
    for w in text.split_whitespace() {
        let start = at + (w.as_ptr() as usize - text.as_ptr() as usize);
        let clean = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let clean = clean.strip_suffix("'s").unwrap_or(clean);
        let name = clean.starts_with(|c: char| c.is_uppercase())
            && !matches!(
                clean,
                "The" | "A" | "An" | "In" | "On" | "It" | "Its" | "Reuters"
            )
            && lex.weekday(clean).is_none()
            && lex.month(clean).is_none();
        let end = start + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        if name && open {
            if let Some(r) = out.last_mut() {
                r.1 = end;
            }
        } else if name {
            out.push((start, end));
        }
        open = (name || open && clean == "of") && !w.ends_with([',', ';', ':']);
    }
    out
}

/// The body that voted, in the clause before the tally: in "in a 5-4 vote" the
/// clause's subject, or whoever it passed "by" ("the bill passed by the House in a
/// 222-209 vote"); else the last name before the tally ("the Senate approved it
/// 60-40"). A person is no body ("Governor Andrew Bailey casting the deciding vote"),
/// nor a dateline's city; the House of Representatives is the House.
fn body(d: &Document, e: &Extraction, from: usize, to: usize, in_a_vote: bool) -> Option<String> {
    let from = d
        .dateline_span
        .filter(|ds| ds.end > from && ds.end <= to)
        .map_or(from, |ds| ds.end);
    let people: Vec<(usize, usize)> = e
        .mentions
        .iter()
        .filter_map(|m| match &m.kind {
            Kind::Role(_) | Kind::Name { .. } => Some((m.span.start, m.span.end)),
            _ => None,
        })
        .collect();
    let names: Vec<(usize, usize)> = runs(&d.text[from..to], from)
        .into_iter()
        .filter(|&(a, b)| !people.iter().any(|&(p, q)| p < b && a < q))
        .collect();
    let pick = if in_a_vote {
        names
            .iter()
            .find(|&&(a, _)| d.text[from..a].trim_end().ends_with(" by the"))
            .or(names.first())
    } else {
        names.last()
    };
    // "A five-justice panel voted 4-1", "Brazil's Supreme Court ruled 4-1": a court's
    // vote is the court's of its story's country, however a report names the bench.
    let run = pick.map(|p| d.text[p.0..p.1].trim_end_matches('.'));
    let clause = &d.text[from..to];
    if run.is_none_or(|r| COURTS.iter().any(|c| super::find_phrase(r, c).is_some()))
        && COURTS
            .iter()
            .any(|c| super::find_phrase(clause, c).is_some())
    {
        let country = run
            .and_then(|r| r.split("'s").next())
            .and_then(|c| lexicon::get().country(c))
            .map(str::to_string)
            .or_else(|| super::generic::only_country_of(d));
        return Some(country.map_or_else(|| "court".to_string(), |c| format!("{c} court")));
    }
    let (run, pick) = (run?, pick?);
    if let Some(country) = parliament_of(run, &d.text[pick.1..to]) {
        return Some(format!("{country} parliament"));
    }
    // "the House of Representatives" is the House as most reports write it; the
    // Bank of England is no "Bank", nor the House of Commons the House.
    Some(
        run.strip_suffix(" of Representatives")
            .unwrap_or(run)
            .to_string(),
    )
}

/// Words of a court that votes: its bench, its judges, its name's last word.
const COURTS: &[&str] = &[
    "court", "tribunal", "panel", "justices", "judges", "jury", "jurors",
];

/// Members of a parliament, written after a country's name: "German lawmakers".
const MEMBERS: &[&str] = &[
    "lawmakers",
    "legislators",
    "MPs",
    "deputies",
    "parliamentarians",
    "parliament",
    "lower house",
];

/// The country whose parliament a body is: one of its names ("the Bundestag",
/// `legislatures` in countries.yaml), or its country with its members after it
/// ("German lawmakers", "Poland's parliament"), so every report of one vote keys it
/// alike.
fn parliament_of<'a>(run: &str, after: &str) -> Option<&'a str> {
    let lex = lexicon::get();
    if let Some(c) = lex.legislature_of(run) {
        return Some(c);
    }
    let country = lex.country(run)?;
    let next = after.trim_start();
    MEMBERS
        .iter()
        .any(|m| {
            next.strip_prefix(m)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        })
        .then_some(country)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    fn keys(articles: &[&str]) -> Vec<(String, String)> {
        crate::claim::test_keys_with(articles, "| vote tally |")
    }

    #[test]
    fn a_tally_is_the_bodys_for_and_against() {
        let k = keys(&[
            "WASHINGTON, Nov 12, 2025 - The House of Representatives passed the measure 222-209.",
            "WASHINGTON, Nov 13, 2025 - Trump signed the bill passed by the House in a 222-209 vote.",
        ]);
        let keys: Vec<&str> = k.iter().map(|(a, _)| a.as_str()).collect();
        assert_eq!(
            keys,
            [
                "House | vote tally | for",
                "House | vote tally | against",
                "House | vote tally | for",
                "House | vote tally | against",
            ],
            "{k:?}"
        );
        assert!(k.iter().all(|(_, t)| t == "222-209"), "{k:?}");
    }

    /// "in a 5-4 vote" is the clause's subject's, a person in between aside.
    #[test]
    fn a_vote_in_a_clause_is_its_subjects() {
        let k = keys(&[
            "LONDON, Nov 6 (Reuters) - The Bank of England kept rates at 4% on Thursday, with Governor Andrew Bailey casting the deciding vote in a 5-4 split.",
            "LONDON, Nov 6, 2025 - The Bank of England held Bank Rate at 4.0% after a narrow 5-4 vote.",
        ]);
        assert!(
            k.iter()
                .all(|(key, _)| key.starts_with("Bank of England | ")),
            "{k:?}"
        );
        assert_eq!(k.len(), 4, "{k:?}");
    }

    #[test]
    fn scores_years_and_failed_votes_are_no_tally() {
        let k = keys(&[
            "LONDON, Nov 12, 2025 - Liverpool won 3-1 at home.",
            "WASHINGTON, Nov 12, 2025 - The Senate passed budgets in 2018-19.",
            "WASHINGTON, Nov 12, 2025 - The Senate rejected the bill 55-45, the 14th failed vote.",
            "WASHINGTON, Nov 12, 2025 - The Senate passed the tax bill 51-49 in December 2017.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    #[test]
    fn two_tallies_of_one_vote_disagree() {
        let f = check(
            &[
                "WASHINGTON, Nov 12, 2025 - The House passed the measure 222-209 on Wednesday.",
                "WASHINGTON, Nov 13, 2025 - The House voted 222-209 for the bill.",
                "WASHINGTON, Nov 14, 2025 - The House voted 222-207 for the bill.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["222-207"], "{f:?}");
    }

    /// A court's vote is its story's country's court, whether a report names the
    /// court or its bench; a body that is no court keeps its name.
    #[test]
    fn a_courts_vote_is_the_court_of_its_country() {
        let k = keys(&[
            "BRASILIA, Sept 11, 2025 - A five-justice panel of Brazil's Supreme Court voted 4-1 to convict Bolsonaro.",
            "SAO PAULO, Sept 12, 2025 - The panel voted 3-2 to convict him, Brazilian media said.",
            "SAO PAULO, Sept 12, 2025 - Brazil's Supreme Court ruled 4-1 on Thursday.",
            "WASHINGTON, Nov 12, 2025 - The Senate confirmed the judges 52-48.",
        ]);
        let bodies: Vec<&str> = k
            .iter()
            .step_by(2)
            .map(|(key, _)| key.split(" | ").next().unwrap_or(""))
            .collect();
        assert_eq!(
            bodies,
            ["Brazil court", "Brazil court", "Brazil court", "Senate"],
            "{k:?}"
        );
    }

    /// A parliament by its own name and by its country's members are one body.
    #[test]
    fn a_parliament_is_its_countrys_however_named() {
        let k = keys(&[
            "BERLIN, March 18, 2025 - German lawmakers voted 513-207 on Tuesday to loosen the debt brake.",
            "BERLIN, March 18, 2025 - The Bundestag on Tuesday voted 512-206 for the package.",
            "JERUSALEM, March 25, 2025 - The Knesset passed the budget 66-52.",
        ]);
        let bodies: Vec<&str> = k
            .iter()
            .map(|(key, _)| key.split(" | ").next().unwrap_or(""))
            .collect();
        assert_eq!(
            bodies,
            [
                "Germany parliament",
                "Germany parliament",
                "Germany parliament",
                "Germany parliament",
                "Israel parliament",
                "Israel parliament"
            ],
            "{k:?}"
        );
    }
}
