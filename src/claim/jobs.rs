//! The jobs an economy added in a month: "Nonfarm payrolls increased by 119,000",
//! "U.S. employers added 119,000 jobs last month", "the economy shed 4,000 jobs".
//! Reports of one jobs report word it all these ways, and most write the number
//! bare, which no other keyer takes. The key is the country's, the month's when
//! the sentence names one, and the private sector's count ("private payrolls", the
//! ADP report) is another measure. A loss is a negative count, so "shed 4,000" and
//! "added 4,000" disagree. The words are `jobs` in metrics.yaml.

use super::Claim;
use crate::extract::{Extraction, Kind, Quantity, Unit};
use crate::lexicon::{self, Jobs};
use crate::source::Document;

/// Words that may stand between the verb and the count: "added a net 119,000",
/// "rose by 119,000".
const FILLERS: &[&str] = &["by", "a", "net", "just", "only", "another", "some"];

/// Words that may stand between the subject and its verb: "payrolls unexpectedly
/// fell", "employers also added".
fn adverb(w: &str) -> bool {
    w.ends_with("ly") || matches!(w, "also" | "still")
}

fn among(list: &[String], w: &str) -> bool {
    list.iter().any(|x| x == w)
}

/// The words of a text, lower case, the punctuation around each trimmed, each
/// with where it starts: a dash alone ("WASHINGTON -") is an empty word, a boundary.
fn lower_words(text: &str) -> Vec<(usize, String)> {
    let base = text.as_ptr() as usize;
    text.split_whitespace()
        .map(|w| {
            let word = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            (w.as_ptr() as usize - base, word)
        })
        .collect()
}

/// Does `text` end with a country's name ("The United States", "Britain's
/// economy" is the economy's)?
fn ends_with_country(text: &str) -> bool {
    let text = text.trim_end();
    lexicon::country_spans(text)
        .last()
        .is_some_and(|(r, _)| r.end == text.len())
}

/// How the words before a count tell it: the measure ("payrolls" or "private
/// payrolls") and whether the verb is a loss. `jobs`: the count names its jobs.
fn told(j: &Jobs, before: &str, jobs: bool) -> Option<(&'static str, bool)> {
    let spans = lower_words(before);
    let ws: Vec<&str> = spans.iter().map(|(_, w)| w.as_str()).collect();
    if ws.iter().any(|w| among(&j.not_told, w)) {
        return None;
    }
    let mut k = ws.len();
    while k > 0 && FILLERS.contains(&ws[k - 1]) {
        k -= 1;
    }
    let verb = ws.get(k.checked_sub(1)?)?;
    let loss = among(&j.losses, verb);
    if !loss && !among(&j.gains, verb) {
        return None;
    }
    let mut s = k - 1;
    while s > 0 && adverb(ws[s - 1]) {
        s -= 1;
    }
    // "The United States added 227,000 jobs": a country is the economy, when the
    // count says it is of jobs ("Car sales in China fell 40,000" are not).
    if jobs && ends_with_country(&before[..spans[s].0]) {
        return Some(("payrolls", loss));
    }
    let subject = ws.get(s.checked_sub(1)?)?;
    if !among(&j.subjects, subject) {
        return None;
    }
    // The word before the subject: none, a country or "nonfarm" keep it the whole
    // economy's; "private" makes it the private sector's; any other word
    // ("manufacturing employers") a part's.
    let measure = match s.checked_sub(2).map(|p| ws[p]) {
        None | Some("") => "payrolls",
        Some(w) if among(&j.private, w) => "private payrolls",
        // "canada's" as the lexicon writes it; "u.s" and "us" are in `whole`.
        Some(w)
            if among(&j.whole, w) || lexicon::get().country(&lexicon::title_case(w)).is_some() =>
        {
            "payrolls"
        }
        Some(_) => return None,
    };
    Some((measure, loss))
}

/// Byte strings a bare count's subject holds: most counts stop at them.
static GATE: super::Gate = super::Gate::new(&["ayroll", "mployers", "conomy"]);

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    let j = &lexicon::get().metrics.jobs;
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        let counted = match &q.unit {
            Unit::Number => true,
            Unit::Count(n) => matches!(n.as_str(), "jobs" | "positions"),
            _ => false,
        };
        if keyed[i] || !counted || q.range || m.conversion_of.is_some() || q.value < 100.0 {
            continue;
        }
        let s = e.sentences[m.sentence];
        // The dateline is no part of the sentence's subject.
        let from = d
            .dateline_span
            .map_or(s.start, |ds| ds.end.clamp(s.start, m.span.start));
        let before = &d.text[from..m.span.start];
        // Every such sentence names its subject or counts jobs: most counts stop
        // here.
        if q.unit == Unit::Number && !GATE.any(before) {
            continue;
        }
        let Some((measure, loss)) = told(j, before, q.unit != Unit::Number) else {
            continue;
        };
        let sentence = &d.text[s.start..s.end];
        let country = match d.countries_within(sentence).as_slice() {
            [(_, c)] => Some(c.to_string()),
            _ => super::generic::lead_country_of(d),
        };
        // With no country said, the count is still the story's one report's.
        let country = country.unwrap_or_else(|| "-".to_string());
        let mut time = super::generic::time_of(d, e, i, super::window(d, e, i));
        // "last month" in a report of December is November, as another names it.
        if time.is_empty()
            && sentence.contains("last month")
            && let Some(p) = d.published
        {
            let month = p
                .date
                .first_of_month()
                .saturating_sub(jiff::Span::new().days(1));
            time = format!("{:04}-{:02}", month.year(), month.month());
        }
        let time = super::generic::at_time(&time);
        let signed;
        let q = if loss {
            signed = Quantity {
                value: -q.value,
                low: -q.high,
                high: -q.low,
                ..q.clone()
            };
            &signed
        } else {
            q
        };
        keyed[i] = true;
        out.push(super::figure_at(
            doc,
            m.span,
            &Quantity {
                unit: Unit::Count("jobs".into()),
                ..q.clone()
            },
            format!("{country} | {measure} | jobs added | count{time}"),
            format!("{country} {measure}"),
        ));
    }
}

#[cfg(test)]
mod tests {
    /// The jobs claims of some texts: (key, the figure's text).
    fn keys(texts: &[&str]) -> Vec<(String, String)> {
        crate::claim::test_keys_with(texts, "jobs added")
    }

    /// A report's count is one figure however it is told: bare or with "jobs",
    /// after "payrolls", "employers" or "the economy".
    #[test]
    fn a_months_jobs_are_one_figure_however_told() {
        let k = keys(&[
            "WASHINGTON, Dec 5 (Reuters) - Nonfarm payrolls increased by 119,000 jobs in September, the Labor Department said.",
            "WASHINGTON, Dec 5 (AP) - U.S. employers added 119,000 jobs in September.",
            "WASHINGTON, Dec 5 - The economy unexpectedly created 119,000 jobs in September.",
            "WASHINGTON, Dec 5 - Payrolls rose 119,000 in September.",
            "WASHINGTON, Dec 5 - The United States added 119,000 jobs in September.",
        ]);
        assert_eq!(k.len(), 5, "{k:?}");
        assert!(k.iter().all(|(key, _)| key == &k[0].0), "{k:?}");
        assert!(k[0].0.starts_with("United States | payrolls |"), "{k:?}");
    }

    /// The private sector's count is another measure; a part's count, a forecast
    /// and a revision are not the month's.
    #[test]
    fn private_payrolls_parts_and_forecasts_are_other_figures() {
        let k = keys(&[
            "WASHINGTON - Private payrolls increased by 42,000 in October, ADP said.",
            "WASHINGTON - Health care employers added 43,000 jobs.",
            "WASHINGTON - Economists had expected payrolls to increase by 50,000.",
            "WASHINGTON - August payrolls were revised to show 4,000 jobs lost.",
            "BEIJING - Whatever the economy, car sales in China fell 40,000 in May.",
        ]);
        assert_eq!(k.len(), 1, "{k:?}");
        assert!(k[0].0.contains("| private payrolls |"), "{k:?}");
    }

    /// An economy's jobs lost are its payrolls, not a company's job cuts.
    #[test]
    fn an_economy_shedding_jobs_is_its_payrolls() {
        let k = keys(&[
            "OTTAWA, Sept 5 - Canada's economy shed 65,500 jobs in August.",
            "OTTAWA, Sept 5 - Canadian employers cut 65,500 positions in August.",
        ]);
        assert_eq!(k.len(), 2, "{k:?}");
        assert!(
            k.iter()
                .all(|(key, _)| key.starts_with("Canada | payrolls |")),
            "{k:?}"
        );
        let cuts = crate::claim::test_keys(&["Amazon cut 14,000 jobs on Tuesday."]);
        assert!(
            !cuts.iter().any(|(key, _)| key.contains("jobs added")),
            "{cuts:?}"
        );
    }

    /// A loss is a negative count: "fell by 4,000" is no gain of 4,000.
    #[test]
    fn jobs_shed_are_a_negative_count() {
        let run = crate::claim::test_run(&["WASHINGTON - Payrolls fell by 4,000."]);
        let c = run
            .claims
            .iter()
            .find(|c| c.key().contains("jobs added"))
            .expect("keyed");
        match c.value() {
            crate::claim::Value::Figure { low, high, .. } => {
                assert!(*low == -4000.0 && *high == -4000.0, "{low} {high}")
            }
            v => panic!("{v:?}"),
        }
    }
}
