//! People on board counted by nationality: "the plane was carrying 169 Indian
//! nationals, 53 Britons and one Canadian", "the passengers included 169 Indians". A
//! manifest does not change as a story goes on, so two reports of one nationality's
//! count disagree outright. The key names the nationality's country and no subject: a
//! batch is about one crash or sinking, and a key without a subject compares only
//! articles published within a month of each other.
//!
//! Counts by nationality told of anything else ("among the dead were 12 Germans")
//! are left unkeyed: a toll by nationality grows as victims are named.

use super::Claim;
use crate::extract::{Extraction, Kind, Unit};
use crate::source::Document;

/// Words that make a sentence a list of who was on board.
const ON_BOARD: &[&str] = &[
    "on board",
    "aboard",
    "onboard",
    "carrying",
    "carried",
    "passengers included",
    "passengers were",
    "on the flight",
    "on the plane",
    "on the ship",
    "on the ferry",
    "manifest",
];

/// Words that make the list one of victims, not of passengers.
const VICTIMS: &[&str] = &[
    "dead",
    "died",
    "killed",
    "victims",
    "bodies",
    "injured",
    "missing",
    "survivors",
];

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        let Unit::Count(_) = &q.unit else { continue };
        let Some(country) = q
            .noun
            .as_deref()
            .filter(|n| n.starts_with(char::is_uppercase))
            .and_then(crate::extract::quantity::nationality)
        else {
            continue;
        };
        if keyed[i] {
            continue;
        }
        // Counted here, keyed or not: the generic keyer's words for it would be the
        // nationality's capital dropped and "nationals" left.
        keyed[i] = true;
        let s = e.sentences[m.sentence];
        // Its own clause of the sentence: "of whom 241 died; 52 British nationals were
        // on the flight" lists the passengers after the dead.
        let from = d.text[s.start..m.span.start]
            .rfind(';')
            .map_or(s.start, |p| s.start + p + 1);
        let to = d.text[m.span.end..s.end]
            .find(';')
            .map_or(s.end, |p| m.span.end + p);
        let sentence = &d.text[from..to];
        let said = |w: &&str| super::find_phrase(sentence, w).is_some();
        if !ON_BOARD.iter().any(said) || VICTIMS.iter().any(said) {
            continue;
        }
        out.push(super::figure(
            doc,
            m,
            q,
            format!("- | {country} nationals | on board | count"),
            format!("{country} nationals on board"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    /// Two manifests that count one nationality differently disagree; a toll by
    /// nationality, which grows as victims are named, is not compared.
    #[test]
    fn a_manifest_by_nationality_is_compared() {
        let f = check(
            &[
                "The ferry was carrying 41 Filipino nationals, 12 Britons and a Canadian.",
                "The passengers included 31 Filipinos and 12 British citizens.",
                "Among the dead were 30 Filipinos.",
            ],
            Some("2025-06-13"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert!(f.iter().all(|x| x.0 == "figure-mismatch"), "{f:?}");
        assert_eq!(texts.len(), 2, "{f:?}");
        assert!(texts.contains(&"41 Filipino nationals") && texts.contains(&"31 Filipinos"));
    }

    /// A list of passengers in its own clause after the dead ("of whom 241 died; 52
    /// British nationals were on the flight") is still a manifest.
    #[test]
    fn a_manifest_after_the_dead_in_its_own_clause() {
        let f = check(
            &[
                "The flight was carrying 169 Indian nationals and 53 Britons.",
                "The jet was carrying 242 people, of whom 241 died; 52 British nationals were on the flight.",
            ],
            Some("2025-06-13"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert!(texts.contains(&"52 British nationals"), "{f:?}");
    }
}
