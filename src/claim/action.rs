//! The action keyer: what a company or a regulator does in a number
//! (rules/lexicons/actions.yaml): "Amazon said it would cut about 14,000 corporate
//! jobs" and "Amazon is laying off 14,000 corporate employees" are one job cut;
//! "Toyota Motor is recalling 1,024,407 vehicles" and "Toyota Motor Corp is recalling
//! 1,042,407 vehicles" one recall; "fined Alphabet's Google 2.95 billion euros" and
//! "slapped Google with a EUR 2.95 billion fine" one fine. Keyed by whom it concerns,
//! the action, the counted noun's modifiers and the time, so the generic keyer's
//! clause words, which differ with every wording, do not keep them apart.

use super::{Claim, Phrases};
use crate::extract::{Extraction, Kind, Unit};
use crate::lexicon::{self, Action};
use crate::source::Document;
use std::sync::OnceLock;

/// Each action with its verbs as one automaton, built once.
struct Lookups {
    actions: Vec<(&'static str, &'static Action, Phrases)>,
    earlier: Phrases,
}

fn lookups() -> &'static Lookups {
    static L: OnceLock<Lookups> = OnceLock::new();
    L.get_or_init(|| {
        let lex = &lexicon::get().actions;
        Lookups {
            actions: lex
                .actions
                .iter()
                .map(|(name, a)| (name.as_str(), a, Phrases::new(&a.verbs)))
                .collect(),
            earlier: Phrases::new(&lex.earlier),
        }
    })
}

/// Words that open a sentence or a clause and name nobody.
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Its", "Their", "It", "This", "That",
    "Two", "Three", "Last", "Next", "After", "Before", "While", "As", "By", "With", "Some",
    // Pronouns name the one an earlier sentence named: "He was also fined".
    "He", "She", "They", "We", "His", "Her",
];

/// Titles of people who act for a court or a state.
const OFFICIALS: &[&str] = &[
    "Judge",
    "Justice",
    "President",
    "Prime",
    "Minister",
    "Governor",
    "Commissioner",
    "Chief",
    "Prosecutor",
    "Prosecutors",
    "Chancellor",
    "Secretary",
    "Senator",
    "Mayor",
    "District",
    "U.S.",
    "Federal",
    "Regulators",
];

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    let Some(published) = d.published else { return };
    let l = lookups();
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        if keyed[i] || m.conversion_of.is_some() {
            continue;
        }
        let s = e.sentences[m.sentence];
        let before = &d.text[s.start..m.span.start];
        let after = &d.text[m.span.end..s.end];
        // The action, and where its verb ends (none for "a $5 billion fine").
        let found = l.actions.iter().find_map(|(name, a, verbs)| {
            let fits = match &q.unit {
                Unit::Money(_) => a.money,
                Unit::Count(_) => {
                    let head = q
                        .noun
                        .as_deref()
                        .unwrap_or("")
                        .rsplit(' ')
                        .next()
                        .unwrap_or("");
                    a.counts.iter().any(|c| c.eq_ignore_ascii_case(head))
                }
                _ => false,
            };
            if !fits {
                return None;
            }
            if let Some(end) = verb_before(before, a, verbs) {
                return Some((*name, Some(end)));
            }
            let next = after.split_whitespace().next().unwrap_or("");
            let next = next.trim_matches(|c: char| !c.is_alphanumeric());
            a.nouns
                .iter()
                .any(|n| n.eq_ignore_ascii_case(next))
                .then_some((*name, None))
        });
        let Some((action, verb_end)) = found else {
            continue;
        };
        let Some(who) = whom(d, e, m.sentence, before, verb_end) else {
            continue;
        };
        let unit = match &q.unit {
            Unit::Money(code) => code.clone(),
            _ => "count".to_string(),
        };
        // "corporate jobs": the kind of what is counted, the noun's lower-case words
        // before its head.
        let kinds: Vec<&str> = match &q.unit {
            Unit::Count(_) => {
                let words: Vec<&str> = q.noun.as_deref().unwrap_or("").split(' ').collect();
                words[..words.len().saturating_sub(1)]
                    .iter()
                    .copied()
                    .filter(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
                    .collect()
            }
            _ => Vec::new(),
        };
        let scope = if kinds.is_empty() {
            String::new()
        } else {
            format!(" [{}]", kinds.join(","))
        };
        let mut time = super::generic::time_of(d, e, i, super::window(d, e, i));
        if time.is_empty() {
            time = if l.earlier.any(before) {
                "earlier".to_string()
            } else {
                format!("{:04}-{:02}", published.date.year(), published.date.month())
            };
        }
        out.push(super::figure(
            doc,
            m,
            q,
            format!("action:{who} | {action} | {unit}{scope} @{time}"),
            format!("{who} {action}"),
        ));
        keyed[i] = true;
    }
}

/// Where an action's verb ends, when it stands right before the figure, past a name
/// and a few small words: "would cut about ", "fined Alphabet's Google ", "recall
/// covers ". The clause only: "cut prices, and hired 3,000 workers" is no cut.
fn verb_before(before: &str, action: &Action, verbs: &Phrases) -> Option<usize> {
    let clause_start = before.rfind([',', ';', ':']).map_or(0, |p| p + 1);
    let clause = &before[clause_start..];
    // The last verb, the longest where two start together ("recall covers").
    let (at, end) = verbs
        .matches(clause)
        .map(|(at, v)| (at, at + action.verbs[v].len()))
        .max_by_key(|&(_, end)| end)?;
    // "imposed a fine of $500,000": after an article the word is a noun, and whom the
    // fine is on is not said there.
    // "The recall covers" is a noun with its verb.
    let prev = clause[..at].split_whitespace().next_back().unwrap_or("");
    if !clause[at..end].contains(' ')
        && ["a", "an", "the", "its", "their", "his", "her"]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(prev))
    {
        return None;
    }
    let gap: Vec<&str> = clause[end..].split_whitespace().collect();
    let small = |w: &&str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "a" | "an"
                | "the"
                | "some"
                | "about"
                | "around"
                | "roughly"
                | "nearly"
                | "almost"
                | "over"
                | "up"
                | "to"
                | "off"
                | "another"
                | "record"
                | "total"
                | "of"
                | "more"
                | "than"
        ) || w.starts_with(|c: char| c.is_uppercase())
    };
    (gap.len() <= 4 && gap.iter().all(small)).then_some(clause_start + end)
}

/// Whom an action concerns: a name between its verb and the figure ("fined
/// Alphabet's Google"), else the nearest name before the verb in the sentence
/// ("Amazon said on Tuesday it would cut"), else the first name of the sentences
/// before ("The recall covers ..."). Company suffixes are dropped: "Toyota Motor
/// Corp" is Toyota.
fn whom(
    d: &Document,
    e: &Extraction,
    si: usize,
    before: &str,
    verb_end: Option<usize>,
) -> Option<String> {
    if let Some(end) = verb_end
        && let Some(name) = names(&before[end..]).last()
    {
        return Some(name.clone());
    }
    let upto = verb_end.map_or(before.len(), |end| {
        before[..end].trim_end().rfind(' ').unwrap_or(0)
    });
    let s = e.sentences[si];
    // Past the dateline: "SEATTLE" is no one.
    let own = super::metric::head(d, s.start, s.start + upto);
    if let Some(name) = names(own).last() {
        return Some(name.clone());
    }
    // "UK employers cut 50,000 jobs": a country's own employers, named by no one
    // else; never a name from the sentences before.
    if let Some((_, country)) = d.countries_within(own).pop() {
        return Some(country.to_string());
    }
    (si.saturating_sub(3)..si).rev().find_map(|sj| {
        let t = e.sentences[sj];
        names(super::metric::head(d, t.start, t.end))
            .into_iter()
            .next()
    })
}

/// The names in `text`: runs of capitalised words, a possessive ending a run
/// ("Alphabet's Google" names Google), months, weekdays, countries and opening words
/// left out, company suffixes dropped.
fn names(text: &str) -> Vec<String> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        while run.len() > 1
            && run
                .last()
                .is_some_and(|w| lex.actions.ends_name(&run[..run.len() - 1], w))
        {
            run.pop();
        }
        // An official ("Judge Arun Subramanian", "President Trump") acts on others;
        // an action is a company's or the one it is done to.
        if run.first().is_some_and(|w| OFFICIALS.contains(w)) {
            run.clear();
        }
        if !run.is_empty() {
            let name = run.join(" ");
            let name = name.strip_suffix(".com").unwrap_or(&name).to_string();
            if lex.country_trimmed(&name).is_none() {
                out.push(name);
            }
        }
        run.clear();
    };
    for raw in text.split_whitespace() {
        // A nickname in quotes is part of the name, not a word of it: Sean "Diddy"
        // Combs.
        if !run.is_empty() && raw.starts_with(['"', '\u{201c}']) && raw.ends_with(['"', '\u{201d}'])
        {
            continue;
        }
        let w = raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\''));
        let w = w.trim_end_matches('.');
        let possessive = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"));
        let bare = possessive.unwrap_or(w);
        let capital = bare.starts_with(|c: char| c.is_uppercase())
            && lex.month(bare).is_none()
            && lex.weekday(bare).is_none()
            && !(run.is_empty() && NOT_NAMES.contains(&bare));
        if capital {
            if possessive.is_some() {
                // "Alphabet's Google": the owner is not whom the action concerns.
                run.clear();
                continue;
            }
            run.push(bare);
        } else {
            flush(&mut run, &mut out);
        }
        if raw.ends_with([',', ';', ':', ')']) {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Does `text` name the action's verb (for tests and docs)?
#[cfg(test)]
fn names_verb(text: &str, action: &str) -> bool {
    lexicon::get().actions.actions[action]
        .verbs
        .iter()
        .any(|v| super::find_phrase(text, v).is_some())
}

#[cfg(test)]
mod tests {
    use super::super::{keys_of, test_keys};

    #[test]
    fn one_announcement_worded_apart_meets() {
        let k = test_keys(&[
            "SEATTLE, Oct 28, 2025 - Amazon.com said on Tuesday it would cut about 14,000 corporate jobs.",
            "SEATTLE, Oct 28, 2025 - Amazon is laying off 14,000 corporate employees. Two years ago, Amazon cut 27,000 positions.",
            "WASHINGTON, Nov 13, 2025 - Toyota Motor is recalling more than 1 million vehicles. The recall covers 1,024,407 vehicles, the agency said.",
            "TOKYO, Nov 13, 2025 - Toyota Motor Corp is recalling 1,042,407 vehicles in the United States.",
            "BRUSSELS, Sept 5, 2025 - The European Commission fined Alphabet's Google 2.95 billion euros on Friday.",
            "BRUSSELS, Sept 5, 2025 - Regulators slapped Google with a \u{20ac}2.95 billion fine.",
        ]);
        let cut = ["action:Amazon | job cuts | count [corporate] @2025-10"];
        assert_eq!(keys_of(&k, "about 14,000 corporate jobs"), cut, "{k:?}");
        assert_eq!(keys_of(&k, "14,000 corporate employees"), cut, "{k:?}");
        assert_eq!(
            keys_of(&k, "27,000 positions"),
            ["action:Amazon | job cuts | count @earlier"]
        );
        let recall = ["action:Toyota | recall | count @2025-11"];
        assert_eq!(keys_of(&k, "1,024,407 vehicles"), recall, "{k:?}");
        assert_eq!(keys_of(&k, "1,042,407 vehicles"), recall, "{k:?}");
        let fine = ["action:Google | fine | EUR @2025-09"];
        assert_eq!(keys_of(&k, "2.95 billion euros"), fine, "{k:?}");
        assert_eq!(keys_of(&k, "\u{20ac}2.95 billion"), fine, "{k:?}");
    }

    /// A pronoun opening the sentence stands for the one an earlier sentence named.
    #[test]
    fn a_pronoun_is_the_one_named_before() {
        let k = test_keys(&[
            "PARIS, Oct 21, 2025 - Nicolas Sarkozy, 70, went to prison. He was also fined 100,000 euros.",
        ]);
        assert_eq!(
            keys_of(&k, "100,000 euros"),
            ["action:Nicolas Sarkozy | fine | EUR @2025-10"],
            "{k:?}"
        );
    }

    /// A country's own employers act for the country, however it is written, and
    /// never for a name in the sentences before.
    #[test]
    fn a_country_s_employers_are_the_country_s() {
        let k = test_keys(&[
            "LONDON, Nov 20, 2025 - Acme Bank reported results. UK employers cut 50,000 jobs in October.",
            "WASHINGTON, Nov 20, 2025 - Acme Corp reported results. U.S. factories cut 5,000 jobs in October.",
        ]);
        assert_eq!(
            keys_of(&k, "50,000 jobs"),
            ["action:United Kingdom | job cuts | count @2025-10"],
            "{k:?}"
        );
        assert_eq!(
            keys_of(&k, "5,000 jobs"),
            ["action:United States | job cuts | count @2025-10"],
            "{k:?}"
        );
    }

    /// A company's workforce is keyed as one; a country's people are no workforce.
    #[test]
    fn a_workforce_is_a_company_s() {
        let k = test_keys(&[
            "SEATTLE, Oct 28, 2025 - Amazon has about 350,000 corporate staff.",
            "SEATTLE, Oct 28, 2025 - Amazon is cutting jobs. The cuts are about 4% of its roughly 350,000 corporate workers.",
            "NEW DELHI, Oct 28, 2025 - India has 1.4 billion people.",
        ]);
        let workforce = ["action:Amazon | workforce | count [corporate] @2025-10"];
        assert_eq!(
            keys_of(&k, "about 350,000 corporate staff"),
            workforce,
            "{k:?}"
        );
        assert_eq!(
            keys_of(&k, "roughly 350,000 corporate workers"),
            workforce,
            "{k:?}"
        );
        assert!(
            k.iter()
                .all(|(key, _)| !key.contains("workforce") || key.contains("Amazon")),
            "{k:?}"
        );
    }

    /// A verb in another clause, or a count of something else, is no action's.
    #[test]
    fn other_figures_are_left() {
        let k = test_keys(&[
            "SEATTLE, Oct 28, 2025 - Amazon cut prices, and hired 3,000 workers. Amazon cut 40 stores.",
        ]);
        assert!(
            k.iter().all(|(key, _)| !key.starts_with("action:")),
            "{k:?}"
        );
        assert!(super::names_verb("is laying off", "job cuts"));
    }
}
