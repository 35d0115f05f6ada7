//! Names a batch gives both in full and by initials: "Liberal Democratic Party" in
//! one article and "LDP" in another, "International Monetary Fund" and "IMF". A key's
//! subject naming a body in full is rewritten to the initials some other key of the
//! batch uses, so the two articles' figures meet. Only initials the batch itself
//! writes are used: nothing is guessed from a list. Likewise a subject an article
//! gives without its country ("Jara") takes the one country the batch's other keys
//! put before it ("Chile Jara"), and a person named in full ("Nicolas Sarkozy") the
//! surname another article keys alone ("Sarkozy").

use super::{About, Claim, Said};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

/// Small words a name may hold that give no initial: "Bank of Japan" is BOJ.
const CONNECTORS: &[&str] = &["of", "for"];

/// Rewrites the subjects of the batch's keys to initials the batch uses elsewhere.
pub fn initials(claims: &mut [Claim]) {
    let abouts = abouts(claims);
    let acronyms: FxHashSet<&str> = abouts
        .iter()
        .filter_map(|a| subject(&a.key))
        .flat_map(|s| s.split(' '))
        .filter(|w| super::generic::is_acronym(w))
        .collect();
    if acronyms.is_empty() {
        return;
    }
    let renamed = renames(&abouts, |key| rewrite(key, &acronyms));
    rename(claims, renamed);
}

/// Gives a subject the country the rest of the batch names it with: "Jara won
/// 28.6%" in an article that names no country is keyed "Jara", while the articles
/// that say Chile key "Chile Jara". When every key of the batch with that subject,
/// measure and time puts one and the same country before it, the bare subject is
/// that country's; when two countries do (Toyota's recalls in Japan and in the
/// United States), it is left alone.
pub fn countries(claims: &mut [Claim]) {
    let abouts = abouts(claims);
    // (subject without its country, rest of the key) -> the one country, or None
    // once a second one is seen.
    let mut homes: FxHashMap<(&str, &str), Option<&str>> = FxHashMap::default();
    for a in &abouts {
        let Some((subject, rest)) = a.key.split_once(" | ") else {
            continue;
        };
        if let Some((country, bare)) = country_first(subject) {
            only(&mut homes, (bare, rest), country);
        }
    }
    if homes.is_empty() {
        return;
    }
    let renamed = renames(&abouts, |key| {
        let (subject, rest) = key.split_once(" | ")?;
        if country_first(subject).is_some() {
            return None;
        }
        let country = (*homes.get(&(subject, rest))?)?;
        Some(format!("{country} {subject} | {rest}"))
    });
    rename(claims, renamed);
}

/// Gives a person named in full the surname the rest of the batch names them by:
/// "Nicolas Sarkozy was fined" in one article, "Sarkozy was fined" in another.
/// Only a name of two or three capitalised words whose last words some other key of
/// the batch gives alone, with the same rest of the key, in the same namespace
/// (`action:`); when two full names end in those words (two Smiths), neither is
/// rewritten.
pub fn surnames(claims: &mut [Claim]) {
    let abouts = abouts(claims);
    let mut given: FxHashSet<(&str, &str, &str)> = FxHashSet::default();
    // (namespace, a proper ending of a full name, rest) -> the one full name that
    // ends so, or None once a second does.
    let mut owners: FxHashMap<(&str, &str, &str), Option<&str>> = FxHashMap::default();
    for a in &abouts {
        let Some((ns, name, rest)) = named(&a.key) else {
            continue;
        };
        given.insert((ns, name, rest));
        for (at, _) in name.match_indices(' ') {
            only(&mut owners, (ns, &name[at + 1..], rest), name);
        }
    }
    if owners.is_empty() {
        return;
    }
    let renamed = renames(&abouts, |key| {
        let (ns, name, rest) = named(key)?;
        // The longest ending the batch gives alone: "Le Pen" before "Pen".
        let short = name
            .match_indices(' ')
            .map(|(at, _)| &name[at + 1..])
            .find(|end| {
                given.contains(&(ns, *end, rest))
                    && owners.get(&(ns, *end, rest)) == Some(&Some(name))
            })?;
        Some(format!("{ns}{short} | {rest}"))
    });
    rename(claims, renamed);
}

/// A key's namespace (`action:`, or none), its subject when that is a name of one
/// to three capitalised words that starts with no country, and the rest of the key.
fn named(key: &str) -> Option<(&str, &str, &str)> {
    let (subject, rest) = key.split_once(" | ")?;
    let (ns, name) = match subject.split_once(':') {
        Some((ns, name)) => (&subject[..ns.len() + 1], name),
        None => ("", subject),
    };
    let words = name.split(' ').count();
    let capital = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase()) && w.chars().skip(1).any(char::is_lowercase)
    };
    let ok = (1..=3).contains(&words)
        && name.split(' ').all(capital)
        && country_first(name).is_none()
        && crate::lexicon::get().country(name).is_none();
    ok.then_some((ns, name, rest))
}

/// The country a key's subject starts with, as the lexicon names it, and the rest
/// of the subject, when there is a rest: "Chile Jara" is (Chile, Jara), "United
/// Kingdom Reform UK" (United Kingdom, Reform UK); "Chile" alone is none.
fn country_first(subject: &str) -> Option<(&str, &str)> {
    let lex = crate::lexicon::get();
    // Every word boundary is tried, the longest country kept: "United Kingdom",
    // not a first word that names none.
    let ends = subject.match_indices(' ').map(|(at, _)| at);
    let mut found = None;
    for end in ends {
        let head = &subject[..end];
        if lex.country(head) == Some(head) {
            found = Some((head, &subject[end + 1..]));
        }
    }
    found
}

/// Records `value` as the one value seen for `key`, or none once a second is seen.
fn only<'a, K: std::hash::Hash + Eq>(
    map: &mut FxHashMap<K, Option<&'a str>>,
    key: K,
    value: &'a str,
) {
    map.entry(key)
        .and_modify(|v| {
            if *v != Some(value) {
                *v = None;
            }
        })
        .or_insert(Some(value));
}

/// Each distinct `About` of the batch once, in first-seen order.
fn abouts(claims: &[Claim]) -> Vec<Arc<About>> {
    let mut seen: FxHashSet<*const About> = FxHashSet::default();
    let mut abouts = Vec::new();
    for c in claims {
        if seen.insert(Arc::as_ptr(&c.said.about)) {
            abouts.push(c.said.about.clone());
        }
    }
    abouts
}

/// The new `About` of each one whose key `rewrite` changes, by the old one's address.
fn renames(
    abouts: &[Arc<About>],
    rewrite: impl Fn(&str) -> Option<String>,
) -> FxHashMap<*const About, Arc<About>> {
    let mut renamed = FxHashMap::default();
    for a in abouts {
        if let Some(key) = rewrite(&a.key) {
            let about = About {
                key,
                label: a.label.clone(),
                layer: a.layer,
                office: a.office,
            };
            renamed.insert(Arc::as_ptr(a), Arc::new(about));
        }
    }
    renamed
}

/// Points each claim whose `About` was renamed at the new one.
fn rename(claims: &mut [Claim], renamed: FxHashMap<*const About, Arc<About>>) {
    if renamed.is_empty() {
        return;
    }
    // Claims that said the same share one copy still: one new `Said` per old one,
    // the old kept alive beside it so its address names it to the end.
    let mut said: FxHashMap<*const Said, (Arc<Said>, Arc<Said>)> = FxHashMap::default();
    for c in claims.iter_mut() {
        if let Some(about) = renamed.get(&Arc::as_ptr(&c.said.about)) {
            let old = c.said.clone();
            let (_, new) = said.entry(Arc::as_ptr(&old)).or_insert_with(|| {
                let new = Arc::new(Said {
                    about: about.clone(),
                    value: old.value.clone(),
                    len: old.len,
                });
                (old.clone(), new)
            });
            c.said = new.clone();
        }
    }
}

/// The subject of a figure's key: what stands before its first " | ".
fn subject(key: &str) -> Option<&str> {
    key.split_once(" | ").map(|(s, _)| s)
}

/// The key with the first full name in its subject whose initials the batch writes
/// replaced by them; `None` when nothing changes.
fn rewrite(key: &str, acronyms: &FxHashSet<&str>) -> Option<String> {
    let (subject, rest) = key.split_once(" | ")?;
    let words: Vec<&str> = subject.split(' ').collect();
    let capital = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase()) && w.bytes().any(|b| b.is_ascii_lowercase())
    };
    // Longest names first, so "Liberal Democratic Party" wins over "Democratic Party".
    for len in (2..=words.len()).rev() {
        for at in 0..=words.len() - len {
            let name = &words[at..at + len];
            let ends = capital(name[0]) && capital(name[len - 1]);
            let inner = name.iter().all(|w| capital(w) || CONNECTORS.contains(w));
            if !ends || !inner {
                continue;
            }
            // "Bank of England" is written BOE as often as BE: both are tried.
            let of = |keep: bool| -> String {
                name.iter()
                    .filter(|w| keep || capital(w))
                    .filter_map(|w| w.chars().next())
                    .map(|c| c.to_ascii_uppercase())
                    .collect()
            };
            let found = [of(false), of(true)]
                .into_iter()
                .find(|i| i.len() >= 2 && acronyms.contains(i.as_str()));
            if let Some(initials) = found {
                let mut out: Vec<&str> = words[..at].to_vec();
                out.push(&initials);
                out.extend(&words[at + len..]);
                return Some(format!("{} | {rest}", out.join(" ")));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set<'a>(words: &[&'a str]) -> FxHashSet<&'a str> {
        words.iter().copied().collect()
    }

    fn keyed(keys: &[&str]) -> Vec<Claim> {
        keys.iter()
            .enumerate()
            .map(|(i, k)| {
                let span = crate::source::offsets::Span::new(0, 1);
                let value = crate::claim::Value::Day {
                    first: jiff::civil::date(2025, 1, 1),
                    last: jiff::civil::date(2025, 1, 1),
                };
                Claim::new(i, span, *k, "", value, crate::claim::Layer::Generic, None)
            })
            .collect()
    }

    #[test]
    fn a_bare_subject_takes_the_one_country_the_batch_gives_it() {
        let mut claims = keyed(&[
            "Chile Jara | vote | percent",
            "Jara | vote | percent",
            "Kast | vote | percent @2025-12",
            "Chile Kast | vote | percent",
            "Japan Toyota | recalled vehicle | count",
            "United States Toyota | recalled vehicle | count",
            "Toyota | recalled vehicle | count",
            "United Kingdom Reform UK | seat | count",
            "Reform UK | seat | count",
            "Chile | turnout | percent",
        ]);
        countries(&mut claims);
        let keys: Vec<&str> = claims.iter().map(Claim::key).collect();
        assert_eq!(
            keys,
            [
                "Chile Jara | vote | percent",
                "Chile Jara | vote | percent",
                // Another time is another key: nothing to take a country from.
                "Kast | vote | percent @2025-12",
                "Chile Kast | vote | percent",
                "Japan Toyota | recalled vehicle | count",
                "United States Toyota | recalled vehicle | count",
                // Two countries: whose recall it is the key cannot say.
                "Toyota | recalled vehicle | count",
                "United Kingdom Reform UK | seat | count",
                "United Kingdom Reform UK | seat | count",
                "Chile | turnout | percent",
            ]
        );
    }

    #[test]
    fn a_full_name_takes_the_surname_the_batch_uses_alone() {
        let mut claims = keyed(&[
            "action:Nicolas Sarkozy | fine | EUR @2025-10",
            "action:Sarkozy | fine | EUR @2025-10",
            "Marine Le Pen | sentence | year",
            "Le Pen | sentence | year",
            "action:Jane Smith | fine | USD",
            "action:John Smith | fine | USD",
            "action:Smith | fine | USD",
            "action:Deutsche Bank | fine | USD",
            "South Korea Kim | vote | percent",
            "Kim | vote | percent",
        ]);
        surnames(&mut claims);
        let keys: Vec<&str> = claims.iter().map(Claim::key).collect();
        assert_eq!(
            keys,
            [
                "action:Sarkozy | fine | EUR @2025-10",
                "action:Sarkozy | fine | EUR @2025-10",
                "Le Pen | sentence | year",
                "Le Pen | sentence | year",
                // Two Smiths: which one "Smith" is, the key cannot say.
                "action:Jane Smith | fine | USD",
                "action:John Smith | fine | USD",
                "action:Smith | fine | USD",
                "action:Deutsche Bank | fine | USD",
                // A country before a name is the countries pass's to join.
                "South Korea Kim | vote | percent",
                "Kim | vote | percent",
            ]
        );
    }

    #[test]
    fn a_full_name_takes_the_initials_the_batch_writes() {
        let a = set(&["LDP", "IMF", "BOJ"]);
        assert_eq!(
            rewrite("Liberal Democratic Party | seat | count", &a).as_deref(),
            Some("LDP | seat | count")
        );
        assert_eq!(
            rewrite(
                "Japan Liberal Democratic Party and Komeito | seat | count",
                &a
            )
            .as_deref(),
            Some("Japan LDP and Komeito | seat | count")
        );
        assert_eq!(
            rewrite("Bank of Japan | rate | percent", &a).as_deref(),
            Some("BOJ | rate | percent")
        );
        // Initials nobody wrote, a single word, a key with no subject: left alone.
        assert_eq!(
            rewrite("Constitutional Democratic Party | seat | count", &a),
            None
        );
        assert_eq!(rewrite("Komeito | seat | count", &a), None);
        assert_eq!(rewrite("President of China", &a), None);
        let initials = super::super::generic::is_acronym;
        assert!(!initials("US$") && initials("EU") && !initials("Fed"));
    }
}
