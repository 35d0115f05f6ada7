//! Event claims: a sentence with an event template's verb, object, topic and
//! participants, and a resolved day, claims that day for the event. Participants are
//! countries named in the sentence, or the countries of office holders named there.

use super::{Claim, Layer, Phrases, Value, has_phrase};
use crate::extract::{Extraction, Kind};
use crate::lexicon;
use crate::pack::PackSet;
use crate::source::Document;
use std::sync::OnceLock;

/// Countries a sentence involves: named, or through the office of a person in it.
fn participants(
    d: &Document,
    sentence: &str,
    e: &Extraction,
    si: usize,
    packs: &PackSet,
) -> Vec<String> {
    let lex = lexicon::get();
    let mut out: Vec<String> = Vec::new();
    let mut add = |c: &str| {
        if !out.iter().any(|o| o == c) {
            out.push(c.to_string());
        }
    };
    for (_, c) in d.countries_at(sentence) {
        add(c);
    }
    for w in sentence.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\'')) {
        let w = w.trim_end_matches('.');
        // A people by its plural demonym: "Chileans went to the polls" is Chile's vote.
        // "Americas" is a continent's name, though "America" is one of the lexicon's.
        if w.len() > 4
            && w.starts_with(|c: char| c.is_uppercase())
            && w != "Americas"
            && let Some(c) = w.strip_suffix('s').and_then(|one| lex.country(one))
        {
            add(c);
        }
        // Heads of state and government named by surname ("Trump met ...").
        if w.len() > 2 && w.starts_with(|c: char| c.is_uppercase()) {
            for &i in packs.offices.leaders_named(w) {
                if let Some(c) = lex.country(&packs.offices.office(i).country) {
                    add(c);
                }
            }
        }
    }
    for m in &e.mentions[e.in_sentence(si)] {
        if let Kind::Role(r) = &m.kind
            && let Some(c) = &r.country
        {
            add(c);
        }
    }
    out
}

/// The resolved single day in sentence `si` nearest byte `at`, outside the dateline.
fn nearest_day(
    d: &Document,
    e: &Extraction,
    si: usize,
    at: usize,
) -> Option<(crate::source::offsets::Span, jiff::civil::Date)> {
    e.mentions[e.in_sentence(si)]
        .iter()
        .filter(|m| {
            !d.dateline_span
                .is_some_and(|ds| ds.start <= m.span.start && m.span.end <= ds.end + 8)
        })
        .filter_map(|m| match &m.kind {
            Kind::Date(dm) => dm
                .resolved
                .filter(|(a, b)| a == b)
                .map(|(a, _)| (m.span, a)),
            _ => None,
        })
        .min_by_key(|(span, _)| (span.start as i64 - at as i64).abs())
}

pub fn key(doc: usize, d: &Document, e: &Extraction, packs: &PackSet, out: &mut Vec<Claim>) {
    for (si, s) in e.sentences.iter().enumerate() {
        // Both layers date an event by a resolved day in its sentence: without one,
        // the sentence is skipped before any verb is looked for.
        if !e.mentions[e.in_sentence(si)]
            .iter()
            .any(|m| matches!(&m.kind, Kind::Date(dm) if dm.resolved.is_some_and(|(a, b)| a == b)))
        {
            continue;
        }
        let sentence = &d.text[s.start..s.end];
        let mut claimed = false;
        // Where each template's first verb stands in the sentence, in one search.
        let (verbs, owner) = packs.event_verbs.get_or_init(|| {
            let (owner, words): (Vec<usize>, Vec<&String>) = packs
                .events
                .iter()
                .enumerate()
                .flat_map(|(ti, t)| t.verbs.iter().map(move |v| (ti, v)))
                .unzip();
            (Phrases::new(&words), owner)
        });
        let mut first_verb: Vec<Option<usize>> = vec![None; packs.events.len()];
        for (at, vi) in verbs.matches(sentence) {
            let f = &mut first_verb[owner[vi]];
            *f = Some(f.map_or(at, |x| x.min(at)));
        }
        for (t, first) in packs.events.iter().zip(first_verb) {
            let Some(verb_at) = first else {
                continue;
            };
            if !t.objects.iter().any(|o| has_phrase(sentence, o))
                || !(t.topics.is_empty() || t.topics.iter().any(|x| has_phrase(sentence, x)))
            {
                continue;
            }
            let parts = participants(d, sentence, e, si, packs);
            if !t.participants.iter().all(|p| parts.iter().any(|x| x == p)) {
                continue;
            }
            let Some((span, day)) = nearest_day(d, e, si, s.start + verb_at) else {
                continue;
            };
            claimed = true;
            out.push(Claim::new(
                doc,
                span,
                format!("event:{}", t.id),
                t.label.clone(),
                Value::Day {
                    first: day,
                    last: day,
                },
                Layer::Template,
                None,
            ));
        }
        if !claimed && !voting_day(doc, d, e, si, packs, out) {
            generic(doc, d, e, si, packs, out);
        }
    }
}

/// The day a vote was held, written right by its noun: "the Oct. 12 presidential
/// election", "Sunday's vote", "the election, held on October 11", "voted on Sunday,
/// October 12". Claimed as the generic layer's vote, so it meets "went to the polls
/// on". Only a day next to the noun counts: "won the election, the council said on
/// Monday" dates the council's word, not the vote. True when a day was claimed.
fn voting_day(
    doc: usize,
    d: &Document,
    e: &Extraction,
    si: usize,
    packs: &PackSet,
    out: &mut Vec<Claim>,
) -> bool {
    let s = e.sentences[si];
    let words = &lexicon::get().events.vote_days;
    let found = e.mentions[e.in_sentence(si)].iter().find_map(|m| {
        let Kind::Date(dm) = &m.kind else { return None };
        let (day, last) = dm.resolved?;
        if day != last {
            return None;
        }
        // "will form the government after winning Monday's election": a weekday
        // read as the next one (for "will") is the vote just held, not one to come;
        // a vote day by weekday alone counts only up to the article's date.
        if dm.expr.day.is_none() && d.published.is_none_or(|p| day > p.date) {
            return None;
        }
        let after = &d.text[m.span.end..s.end];
        let after = after.strip_prefix("'s").unwrap_or(after);
        let noun_after = after.strip_prefix(' ').is_some_and(|after| {
            let after = words
                .kinds
                .iter()
                .find_map(|k| {
                    after
                        .strip_prefix(k.as_str())
                        .and_then(|r| r.strip_prefix(' '))
                })
                .unwrap_or(after);
            words.nouns.iter().any(|n| {
                after
                    .strip_prefix(n.as_str())
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
            })
        });
        let before = &d.text[s.start..m.span.start];
        let held_before = words.held.iter().any(|h| before.ends_with(h.as_str()));
        (noun_after || held_before).then_some((m.span, day))
    });
    let Some((span, day)) = found else {
        return false;
    };
    let sentence = &d.text[s.start..s.end];
    let mut parts = participants(d, sentence, e, si, packs);
    if parts.is_empty() {
        return false;
    }
    parts.sort();
    out.push(generic_claim(doc, span, "vote", &parts, day));
    true
}

/// Every event verb of rules/lexicons/events.yaml as one automaton, with each
/// verb's class.
fn verbs() -> &'static (Phrases, Vec<&'static str>) {
    static V: OnceLock<(Phrases, Vec<&'static str>)> = OnceLock::new();
    V.get_or_init(|| {
        let (class_of, words): (Vec<&'static str>, Vec<&'static String>) = lexicon::get()
            .events
            .classes
            .iter()
            .flat_map(|(c, ws)| ws.iter().map(move |w| (c.as_str(), w)))
            .unzip();
        (Phrases::new(&words), class_of)
    })
}

/// The generic event layer: the first event verb of a sentence (rules/lexicons/
/// events.yaml), its participants and the resolved day nearest it. Keyed by class
/// and participants; compared across articles only, at low confidence.
fn generic(
    doc: usize,
    d: &Document,
    e: &Extraction,
    si: usize,
    packs: &PackSet,
    out: &mut Vec<Claim>,
) {
    let s = e.sentences[si];
    let sentence = &d.text[s.start..s.end];
    let (words, class_of) = verbs();
    // "offset the hit from U.S. tariffs": after a determiner the word is a noun.
    let noun = |at: usize| {
        let before = sentence[..at].trim_end();
        let last = before.rsplit(' ').next().unwrap_or("");
        ["the", "a", "an", "its", "their", "this"]
            .iter()
            .any(|d| last.eq_ignore_ascii_case(d))
    };
    let mut found: Vec<(usize, &str)> = words
        .matches(sentence)
        .filter(|&(at, _)| !noun(at))
        .map(|(at, w)| (at, class_of[w]))
        .collect();
    if found.is_empty() {
        return;
    }
    found.sort_unstable();
    // Of two events in one sentence, the day is the one's written nearest it: "All
    // 20 soldiers aboard died when the plane crashed on Wednesday" dates the crash.
    // The first verb wins a tie, and the first verb alone is what others() and
    // needs() ask of, as before: a sentence that fails them for it names no event.
    let (first_at, first_class) = found[0];
    // "A magnitude 5.6 aftershock struck on Thursday, days after the quake": the
    // verb's event is another of the kind, not the one other reports date.
    if others().any(&sentence[..first_at]) {
        return;
    }
    let needed = |class: &str| needs().get(class).is_none_or(|n| n.any(sentence));
    if !needed(first_class) {
        return;
    }
    let mut parts = participants(d, sentence, e, si, packs);
    if parts.is_empty() {
        return;
    }
    parts.sort();
    let Some((span, day)) = nearest_day(d, e, si, s.start + first_at) else {
        return;
    };
    let distance = |at: usize| (span.start as i64 - (s.start + at) as i64).abs();
    // "205 people have died in the floods that hit Spain this week, officials said on
    // Friday": a day the report was made on dates neither, and the first verb keeps
    // it as before.
    let reported = |at: usize| {
        let (a, b) = if s.start + at < span.start {
            (at, span.start - s.start)
        } else {
            (span.end - s.start, at)
        };
        let between = sentence.get(a..b).unwrap_or("");
        ["said", "says", "told", "according"]
            .iter()
            .any(|w| crate::claim::find_phrase(between, w).is_some())
    };
    let class = found
        .iter()
        .filter(|&&(at, c)| c == first_class || needed(c) && !reported(at))
        .min_by_key(|(at, _)| distance(*at))
        .map_or(first_class, |(_, c)| *c);
    out.push(generic_claim(doc, span, class, &parts, day));
}

/// The words of `needs` in events.yaml, per class, each list in one automaton.
fn needs() -> &'static std::collections::HashMap<&'static str, Phrases> {
    static SET: OnceLock<std::collections::HashMap<&'static str, Phrases>> = OnceLock::new();
    SET.get_or_init(|| {
        lexicon::get()
            .events
            .needs
            .iter()
            .map(|(class, words)| (class.as_str(), Phrases::new(words)))
            .collect()
    })
}

/// The words of `others` in events.yaml, in one automaton.
fn others() -> &'static Phrases {
    static SET: OnceLock<Phrases> = OnceLock::new();
    SET.get_or_init(|| Phrases::new(&lexicon::get().events.others))
}

/// The generic layer's claim of a day for an event of `class` among `parts`.
fn generic_claim(
    doc: usize,
    span: crate::source::offsets::Span,
    class: &str,
    parts: &[String],
    day: jiff::civil::Date,
) -> Claim {
    Claim::new(
        doc,
        span,
        format!("event:{class} [{}]", parts.join(", ")),
        format!("{class} ({})", parts.join(", ")),
        Value::Day {
            first: day,
            last: day,
        },
        Layer::Generic,
        None,
    )
}

#[cfg(test)]
mod tests {
    use crate::claim::test_keys_with;

    /// "Struck" and "hit" date a quake, a storm or a missile; a profit "hit by US
    /// tariffs" or a deal "struck" with a union is no event.
    #[test]
    fn a_strike_needs_a_hazard() {
        let k = test_keys_with(
            &[
                "Nov 6, 2025 - Toyota's profit fell 27%, hit by US tariffs, the company said on Wednesday.",
                "Nov 6, 2025 - Cyclone Ditwah, which struck Sri Lanka on Thursday, killed 355 people.",
            ],
            "event:strike",
        );
        assert_eq!(
            k,
            vec![(
                "event:strike [Sri Lanka]".to_string(),
                "Thursday".to_string()
            )]
        );
    }

    /// A craft's crash is an event of one day; shares that "crashed" are none.
    #[test]
    fn a_day_dates_the_event_written_nearest_it() {
        let k = test_keys_with(
            &[
                "Nov 12, 2025 - All 20 Turkish soldiers aboard the plane died when it crashed in Georgia on Wednesday.",
                "Nov 1, 2024 - At least 205 people have died in the floods that hit eastern Spain this week, officials said on Friday.",
            ],
            "event:",
        );
        assert_eq!(
            k,
            vec![
                ("event:crash [Turkey]".to_string(), "Wednesday".to_string()),
                ("event:die [Spain]".to_string(), "Friday".to_string()),
            ]
        );
    }

    #[test]
    fn a_crash_needs_a_craft() {
        let k = test_keys_with(
            &[
                "June 13, 2025 - The Air India plane crashed in Ahmedabad on Thursday, killing 241 people.",
                "June 13, 2025 - Shares in Japan crashed on Monday as the yen soared.",
            ],
            "event:crash",
        );
        assert_eq!(
            k,
            vec![("event:crash [India]".to_string(), "Thursday".to_string())]
        );
    }
}
