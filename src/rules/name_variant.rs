//! # name-variant
//!
//! ## What it flags
//! One person spelled two ways under the same title: the same given name and a surname
//! a couple of edits away ("Sanae Takashi" for "Sanae Takaichi"), or a bare surname
//! that differs ("Takashi" after "Sanae Takashi"). A title is compared whether or not
//! its place is named ("Texas Governor Greg Abbott", "Governor Greg Abott"); people
//! named with an age and no title ("Vishwash Kumar Ramesh, 40") are compared with
//! one another, unless one article names two of the spellings (two relatives).
//! Accents dropped, initials written with or without dots ("C.S.", "CS"), a hyphen
//! ("Jong-un", "Jong Un"), the family name first ("Ishiba Shigeru") and a family
//! name alone ("President Lee") are no misspelling.
//! Each misspelt mention is reported with the likely correct spelling as its fix: the
//! facts file's, else the one most documents use. Where the documents split evenly and the facts do not know the
//! person, every spelling is flagged as a warning with no fix.
//!
//! ## Why
//! A misspelt name is an error readers notice and a correction the desk must run; the
//! batch usually knows the right spelling.
//!
//! ## Example
//! Two articles write "Sanae Takaichi", one "Sanae Takashi" and then "Takashi" six
//! times: all seven are flagged, fixed to "Sanae Takaichi" and "Takaichi".
//!
//! ## Options
//! None.

use super::{Context, Rule, bounded, same_person};
use crate::claim::{Claim, Layer, Value};
use crate::finding::{Confidence, Finding, Severity};
use rustc_hash::FxHashMap;

pub struct NameVariant;

fn name(c: &Claim) -> (&str, bool) {
    match &c.value() {
        Value::Person { name, bare, .. } => (name, *bare),
        _ => ("", false),
    }
}

/// Do two spellings differ only in accents ("Sánchez", "Sanchez")? English-language
/// copy often drops them; that is house style, not a misspelling.
fn accents_apart(a: &str, b: &str) -> bool {
    a.chars().count() == b.chars().count()
        && a.chars().zip(b.chars()).all(|(x, y)| {
            x.to_lowercase().eq(y.to_lowercase())
                || (!x.is_ascii() || !y.is_ascii()) && x.is_alphabetic() && y.is_alphabetic()
        })
}

/// Do two spellings differ only in house style: accents, letter case, or what
/// [`super::styled_alike`] allows (the dots of initials, a hyphen, the family name
/// first)?
fn styled_apart(a: &str, b: &str) -> bool {
    let bare = |n: &str| -> String {
        n.chars()
            .filter(|c| !matches!(c, '.' | ' ' | '-' | '\u{2010}'))
            .collect()
    };
    accents_apart(&bare(a), &bare(b)) || super::styled_alike(a, b)
}

/// Does `n` end with the whole words of `tail`: "Survivor Vishwash Kumar Ramesh"
/// with "Vishwash Kumar Ramesh"?
fn ends_with_words(n: &str, tail: &str) -> bool {
    n.len() > tail.len() && n.ends_with(tail) && n.as_bytes()[n.len() - tail.len() - 1] == b' '
}

fn surname(n: &str) -> &str {
    n.rsplit(' ').next().unwrap_or(n)
}

impl Rule for NameVariant {
    fn id(&self) -> &'static str {
        "name-variant"
    }
    fn summary(&self) -> &'static str {
        "one person's name spelled differently"
    }
    fn docs(&self) -> &'static str {
        super::header(include_str!("name_variant.rs"))
    }
    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let mut out = Vec::new();
        for group in by_title(cx) {
            // Full names, clustered by person.
            let full: Vec<&Claim> = group.iter().copied().filter(|c| !name(c).1).collect();
            let people = super::cluster_people(&full, |c| name(c).0);
            for p in people {
                // "Survivor Vishwash Kumar Ramesh" opening a sentence is the name
                // another claim writes without the capitalised word before it. A
                // person may be named in thousands of claims: each distinct
                // spelling is looked at once.
                let mut names: Vec<&str> = p.iter().map(|c| name(c).0).collect();
                names.sort_unstable();
                names.dedup();
                let base: FxHashMap<&str, &str> = names
                    .iter()
                    .map(|n| {
                        let short = names
                            .iter()
                            .filter(|o| o.contains(' ') && ends_with_words(n, o))
                            .min_by_key(|o| o.len())
                            .map_or(*n, |o| *o);
                        (*n, short)
                    })
                    .collect();
                let mut spellings: Vec<(String, Vec<usize>)> = Vec::new();
                let mut index: FxHashMap<&str, usize> = FxHashMap::default();
                for c in &p {
                    let n = base[name(c).0];
                    let k = *index.entry(n).or_insert_with(|| {
                        spellings.push((n.to_string(), Vec::new()));
                        spellings.len() - 1
                    });
                    spellings[k].1.push(c.doc());
                }
                // People named only with their ages are often a family in a list of
                // victims ("Maria Lopez, 40, and Mario Lopez, 12"): two spellings in
                // one document there are two people.
                let aged = p.iter().all(|c| c.key() == crate::claim::office::AGED);
                if aged && {
                    let mut seen: FxHashMap<usize, usize> = FxHashMap::default();
                    spellings
                        .iter()
                        .enumerate()
                        .any(|(k, sp)| sp.1.iter().any(|d| *seen.entry(*d).or_insert(k) != k))
                } {
                    continue;
                }
                // The facts' spelling, else the one most documents use.
                let facts = p
                    .iter()
                    .find_map(|c| c.office())
                    .map(|i| cx.packs.offices.office(i));
                let from_facts = facts.and_then(|o| {
                    o.holders.iter().find_map(|h| {
                        h.names()
                            .find(|hn| spellings.iter().any(|s| same_person(&s.0, hn)))
                            .map(|_| (h.name.clone(), h.source.clone()))
                    })
                });
                let doc_count = |docs: &Vec<usize>| {
                    let mut d = docs.clone();
                    d.sort_unstable();
                    d.dedup();
                    d.len()
                };
                let majority = {
                    let best = spellings.iter().map(|s| doc_count(&s.1)).max().unwrap_or(0);
                    let top: Vec<&(String, Vec<usize>)> = spellings
                        .iter()
                        .filter(|s| doc_count(&s.1) == best)
                        .collect();
                    (top.len() == 1).then(|| top[0].0.clone())
                };
                let Some(correct) = from_facts.as_ref().map(|f| f.0.clone()).or(majority) else {
                    // As many documents spell it one way as another: the batch cannot
                    // say which is right, but a reader will see the two. Not when
                    // they differ only in accents, or one is a word of the other.
                    let full: Vec<&str> = spellings
                        .iter()
                        .map(|s| s.0.as_str())
                        .filter(|n| n.contains(' '))
                        .collect();
                    if full
                        .iter()
                        .any(|a| full.iter().any(|b| !styled_apart(a, b)))
                    {
                        out.extend(self.tie(cx, &p));
                    }
                    continue;
                };
                let accepted = |n: &str| {
                    n.eq_ignore_ascii_case(&correct)
                        || ends_with_words(n, &correct)
                        || styled_apart(n, &correct)
                        // One word of the name: a surname, or the family name a
                        // Korean or Chinese name puts first ("President Lee").
                        || (!n.contains(' ')
                            && correct.split(' ').any(|w| w.eq_ignore_ascii_case(n)))
                        || facts.is_some_and(|o| {
                            o.holders.iter().any(|h| {
                                h.names()
                                    .any(|x| !n.contains(' ') && surname(x).eq_ignore_ascii_case(n))
                            })
                        })
                        || facts.is_some_and(|o| {
                            o.holders.iter().any(|h| {
                                h.name.eq_ignore_ascii_case(&correct)
                                    && h.names().any(|x| x.eq_ignore_ascii_case(n))
                            })
                        })
                };
                if spellings.len() < 2 && accepted(&spellings[0].0) {
                    continue;
                }
                let reference = match &from_facts {
                    Some((n, src)) => format!("facts: {n} ({src})"),
                    None => format!(
                        "{} of {} documents",
                        spellings
                            .iter()
                            .find(|s| s.0 == correct)
                            .map_or(0, |s| doc_count(&s.1)),
                        doc_count(&p.iter().map(|c| c.doc()).collect())
                    ),
                };
                let evidence: Vec<&Claim> =
                    p.iter().copied().filter(|c| accepted(name(c).0)).collect();
                let wrong: Vec<&Claim> =
                    p.iter().copied().filter(|c| !accepted(name(c).0)).collect();
                // Bare surnames of a wrong spelling, in the documents that used it.
                let bare: Vec<&Claim> = group
                    .iter()
                    .copied()
                    .filter(|c| {
                        name(c).1
                            && wrong
                                .iter()
                                .any(|w| w.doc() == c.doc() && surname(name(w).0) == name(c).0)
                            && !surname(&correct).eq_ignore_ascii_case(name(c).0)
                    })
                    .collect();
                for c in wrong.iter().chain(&bare) {
                    let (n, is_bare) = name(c);
                    let fix = if is_bare {
                        surname(&correct).to_string()
                    } else {
                        correct.clone()
                    };
                    let (related, more) =
                        bounded(&evidence, |e| cx.label(e, format!("spelled {}", name(e).0)));
                    let generic = c.layer() == Layer::Generic;
                    out.push(Finding {
                        rule: self.id(),
                        severity: if generic && from_facts.is_none() {
                            Severity::Warning.min(cx.severity(self))
                        } else {
                            cx.severity(self)
                        },
                        key: c.key().to_string(),
                        message: format!(
                            "`{n}` looks like a misspelling of `{fix}` ({})",
                            c.label()
                        ),
                        primary: cx.label(c, format!("did you mean {fix}?")),
                        related,
                        related_more: more,
                        expected: Some(fix.clone()),
                        found: Some(n.to_string()),
                        reference: Some(reference.clone()),
                        fix: Some(fix),
                        confidence: if generic && from_facts.is_none() {
                            Confidence::Low
                        } else {
                            Confidence::High
                        },
                    });
                }
            }
        }
        out
    }
}

/// Person claims grouped by the title they hold, whatever its place: "Texas
/// Governor Greg Abbott" and a bare "Governor Greg Abott" elsewhere are one title's,
/// and one person's spellings are compared across them. Groups come in the order of
/// their first claim.
fn by_title<'c>(cx: &'c Context) -> Vec<Vec<&'c Claim>> {
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    // Keys repeat across a batch: each key's title is read once.
    let mut of_key: FxHashMap<&str, usize> = FxHashMap::default();
    let mut groups: Vec<Vec<&Claim>> = Vec::new();
    for c in cx.claims.iter() {
        if !matches!(c.value(), Value::Person { .. }) {
            continue;
        }
        let g = *of_key.entry(c.key()).or_insert_with(|| {
            let title = crate::claim::office::title_of(c.key());
            *index.entry(title).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            })
        });
        groups[g].push(c);
    }
    groups
}

impl NameVariant {
    /// Every mention of a person whose spellings split the batch evenly, each with
    /// the other spellings as evidence; a warning with no fix.
    fn tie(&self, cx: &Context, p: &[&Claim]) -> Vec<Finding> {
        let mut out = Vec::new();
        for c in p {
            let n = name(c).0;
            let others: Vec<&Claim> = p.iter().copied().filter(|o| name(o).0 != n).collect();
            let Some(other) = others.first().map(|o| name(o).0) else {
                continue;
            };
            let (related, more) =
                bounded(&others, |e| cx.label(e, format!("spelled {}", name(e).0)));
            out.push(Finding {
                rule: self.id(),
                severity: Severity::Warning.min(cx.severity(self)),
                key: c.key().to_string(),
                message: format!(
                    "`{n}` here, `{other}` elsewhere ({}): one is likely misspelt",
                    c.label()
                ),
                primary: cx.label(c, "spelled this way here".to_string()),
                related,
                related_more: more,
                expected: None,
                found: Some(n.to_string()),
                reference: Some("no majority".to_string()),
                fix: None,
                confidence: Confidence::Low,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn misspelt_surname_and_its_bare_mentions_are_flagged() {
        let f = check(
            &[
                "Japan's Prime Minister Sanae Takaichi spoke.",
                "Japanese Prime Minister Sanae Takaichi left.",
                "Japan's new Prime Minister Sanae Takashi spoke. Later, Takashi left.",
            ],
            Some("2025-10-29"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert!(f.iter().all(|x| x.0 == "name-variant"), "{f:?}");
        assert!(texts.contains(&"Takashi"), "{f:?}");
        assert_eq!(f.len(), 2, "{f:?}");
    }

    #[test]
    fn an_even_split_flags_both_spellings_without_a_fix() {
        let f = check(
            &[
                "Myanmar's junta chief Min Aung Hlaing visited Mandalay.",
                "Myanmar's military leader Min Aung Hliang visited hospitals.",
            ],
            Some("2025-03-30"),
            &[],
        );
        assert_eq!(
            f,
            vec![
                (
                    "name-variant".to_string(),
                    "Myanmar's junta chief Min Aung Hlaing".to_string(),
                    0
                ),
                (
                    "name-variant".to_string(),
                    "Myanmar's military leader Min Aung Hliang".to_string(),
                    1
                ),
            ]
        );
    }

    #[test]
    fn a_title_without_a_country_finds_its_office_by_title() {
        let f = check(
            &[
                "Treasury Secretary Scott Bessent spoke.",
                "Treasury Secretary Scott Besseet spoke.",
            ],
            Some("2025-10-29"),
            &["offices"],
        );
        assert_eq!(
            f,
            vec![(
                "name-variant".to_string(),
                "Treasury Secretary Scott Besseet".to_string(),
                1
            )]
        );
    }

    /// A name the facts give with an honorific ("Mullah Mohammad Hassan Akhund") is
    /// the same name without it, as the role grammar reads it.
    #[test]
    fn a_facts_name_without_its_honorific_is_no_variant() {
        let f = check(
            &[
                "Prime Minister Mohammad Hassan Akhund spoke.",
                "Afghanistan's Prime Minister Mullah Mohammad Hassan Akhund spoke.",
            ],
            Some("2025-09-02"),
            &["offices"],
        );
        assert!(f.is_empty(), "{f:?}");
    }

    /// "Texas Governor Greg Abbott" and a bare "Governor Greg Abott": one title,
    /// compared across a place named and none.
    #[test]
    fn a_title_without_a_place_is_compared_by_spelling() {
        let f = check(
            &[
                "Texas Governor Greg Abbott said the search goes on.",
                "Governor Greg Abbott vowed to keep going.",
                "Governor Greg Abott vowed that searchers would not stop.",
            ],
            Some("2025-07-06"),
            &[],
        );
        assert_eq!(
            f,
            vec![(
                "name-variant".to_string(),
                "Governor Greg Abott".to_string(),
                2
            )]
        );
    }

    /// Two governors with no state named are two people, not one office held twice;
    /// accents dropped and a family name alone are the same spelling.
    #[test]
    fn bare_titles_accents_and_family_names_raise_nothing() {
        let f = check(
            &[
                "Governor Greg Abbott spoke. Prime Minister Pedro Sanchez flew in. President Lee met.",
                "Governor Gavin Newsom spoke. Prime Minister Pedro Sánchez flew in. \
                 President Lee Jae Myung met.",
            ],
            Some("2025-07-06"),
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
    }

    /// Initials with or without dots, a hyphen or none, and the family name first
    /// are house style: no
    /// misspelling, whichever spelling has more documents behind it.
    #[test]
    fn initials_and_hyphens_are_house_style() {
        for batch in [
            &[
                "Barclays Chief Executive C.S. Venkatakrishnan spoke.",
                "Barclays Chief Executive CS Venkatakrishnan spoke.",
            ][..],
            &[
                "North Korean leader Kim Jong-un spoke.",
                "North Korean leader Kim Jong Un spoke.",
                "North Korean leader Kim Jong Un met.",
            ][..],
            &[
                "Japanese Prime Minister Shigeru Ishiba spoke.",
                "Japan's Prime Minister Ishiba Shigeru met.",
            ][..],
        ] {
            let f = check(batch, Some("2025-07-29"), &[]);
            assert!(f.is_empty(), "{batch:?}: {f:?}");
        }
        // A letter changed is still a misspelling.
        let f = check(
            &[
                "Barclays Chief Executive C.S. Venkatakrishnan spoke.",
                "Barclays Chief Executive C.S. Venkatakrishnan met.",
                "Barclays Chief Executive CS Venkatakrishnen spoke.",
            ],
            Some("2025-07-29"),
            &[],
        );
        assert_eq!(f.len(), 1, "{f:?}");
    }

    /// People named with an age and no title are compared by spelling too, unless
    /// one article names both spellings: two relatives, not one misspelt name.
    #[test]
    fn people_named_with_an_age_are_compared_by_spelling() {
        let f = check(
            &[
                "The sole survivor, Vishwash Kumar Ramesh, 40, was in seat 11A.",
                "Survivor Vishwash Kumar Ramesh, 40, walked out.",
                "The only survivor, Viswash Kumar Ramesh, 38, walked out.",
                "Maria Lopez, 40, and her son Mario Lopez, 12, were found.",
            ],
            Some("2025-06-13"),
            &[],
        );
        let names: Vec<&str> = f
            .iter()
            .filter(|x| x.0 == "name-variant")
            .map(|x| x.1.as_str())
            .collect();
        assert_eq!(names, ["Viswash Kumar Ramesh"], "{f:?}");
    }

    #[test]
    fn the_facts_spelling_wins_over_a_majority() {
        let f = check(
            &[
                "Ukrainian President Volodymyr Zelenskiy spoke.",
                "Ukraine's President Volodymyr Zelenskiy met.",
                "Ukrainian President Volodymyr Zelenskyy met.",
            ],
            Some("2025-06-01"),
            &["offices"],
        );
        assert!(f.iter().all(|x| x.1 != "Volodymyr Zelenskyy"), "{f:?}");
    }
}
