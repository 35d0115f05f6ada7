//! Names a batch gives both in full and by initials: "Liberal Democratic Party" in
//! one article and "LDP" in another, "International Monetary Fund" and "IMF". A key's
//! subject naming a body in full is rewritten to the initials some other key of the
//! batch uses, so the two articles' figures meet. Only initials the batch itself
//! writes are used: nothing is guessed from a list.

use super::{About, Claim, Said};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

/// Small words a name may hold that give no initial: "Bank of Japan" is BOJ.
const CONNECTORS: &[&str] = &["of", "for"];

/// Rewrites the subjects of the batch's keys to initials the batch uses elsewhere.
pub fn initials(claims: &mut [Claim]) {
    let mut seen: FxHashSet<*const About> = FxHashSet::default();
    let mut abouts: Vec<&Arc<About>> = Vec::new();
    for c in claims.iter() {
        if seen.insert(Arc::as_ptr(&c.said.about)) {
            abouts.push(&c.said.about);
        }
    }
    let acronyms: FxHashSet<&str> = abouts
        .iter()
        .filter_map(|a| subject(&a.key))
        .flat_map(|s| s.split(' '))
        .filter(|w| super::generic::is_acronym(w))
        .collect();
    if acronyms.is_empty() {
        return;
    }
    let mut renamed: FxHashMap<*const About, Arc<About>> = FxHashMap::default();
    for a in &abouts {
        if let Some(key) = rewrite(&a.key, &acronyms) {
            let about = About {
                key,
                label: a.label.clone(),
                layer: a.layer,
                office: a.office,
            };
            renamed.insert(Arc::as_ptr(a), Arc::new(about));
        }
    }
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
