//! # role-mismatch
//!
//! ## What it flags
//! The same office, at the same time, given to different people: "Japanese Prime
//! Minister Taro Kono" in one article, "Japan's Prime Minister Sanae Takaichi" in
//! others. Spellings of one person are left to `name-variant`; mentions marked
//! "former" or "late" are past holders and never conflict.
//!
//! ## Why
//! Naming the wrong office holder is one of the most visible errors a newsroom can
//! publish, and one that a reader checks first.
//!
//! ## Example
//! Three articles dated October 2025: two name Sanae Takaichi as Japan's prime
//! minister, one Taro Kono. Kono is flagged at each mention, with Takaichi's mentions
//! and, when the offices facts are loaded, the fact's source as evidence.
//!
//! ## Options
//! None. Articles more than a month apart are not compared (offices change hands);
//! undated articles are compared with all.

use super::{Context, Rule, bounded, same_person};
use crate::claim::{Claim, Layer, Value};
use crate::finding::{Confidence, Finding, Severity};

pub struct RoleMismatch;

fn person(c: &Claim) -> &str {
    match &c.value() {
        Value::Person { name, .. } => name,
        _ => "",
    }
}

/// Groups people who are spellings of one another.
fn identities<'a>(claims: &[&'a Claim]) -> Vec<Vec<&'a Claim>> {
    super::cluster_people(claims, person)
}

/// Claims grouped into periods: dated ones by month, undated ones with every period.
fn periods<'a>(cx: &Context, group: &[&'a Claim]) -> Vec<Vec<&'a Claim>> {
    let mut months: Vec<(String, Vec<&Claim>)> = Vec::new();
    let mut undated = Vec::new();
    for c in group {
        match cx.date(c) {
            Some(d) => {
                let m = format!("{:04}-{:02}", d.year(), d.month());
                match months.iter_mut().find(|x| x.0 == m) {
                    Some(x) => x.1.push(*c),
                    None => months.push((m, vec![*c])),
                }
            }
            None => undated.push(*c),
        }
    }
    if months.is_empty() {
        return vec![undated];
    }
    months
        .into_iter()
        .map(|(_, mut v)| {
            v.extend(undated.iter().copied());
            v
        })
        .collect()
}

/// A country's office written with no place ("Interior Minister Gérald Darmanin")
/// joins the one office of that title the batch names with a place ("French Interior
/// Minister Laurent Nuñez"): a batch is about one story, and a minister of another
/// country is written with it. Only titles each country has one of
/// (titles.yaml `national`), and only when the batch names one office so titled;
/// a company's "Chief Executive" may be any company's. A title read in a story mostly
/// about another country is that country's: the story names a foreign leader with a
/// place, its own with none ("Prime Minister Harini Amarasuriya" in a story of Sri
/// Lanka that names "India's Prime Minister Narendra Modi").
fn join_bare_titles<'c>(
    cx: &'c Context,
    groups: &mut [Vec<&'c Claim>],
    current: impl Fn(&Claim) -> bool,
) {
    use crate::claim::office::{bare_title, title_of};
    let national = &crate::lexicon::get().titles.national;
    let is_national = |t: &str| national.iter().any(|n| n.eq_ignore_ascii_case(t));
    // The group of each national title the batch places, or None for two.
    let mut placed: Vec<(String, Option<usize>)> = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        let title = title_of(group[0].key());
        if !is_national(&title) {
            continue;
        }
        match placed.iter_mut().find(|p| p.0 == title) {
            Some(p) => p.1 = None,
            None => placed.push((title, Some(g))),
        }
    }
    if placed.iter().all(|p| p.1.is_none()) {
        return;
    }
    for c in cx.claims.iter().filter(|c| current(c)) {
        let Some((title, story)) = bare_title(c.key()) else {
            continue;
        };
        let title = crate::pack::facts::canonical_title(title);
        if let Some((_, Some(g))) = placed.iter().find(|p| p.0 == title)
            && story.is_none_or(|s| same_country(s, &country_of(cx, groups[*g][0])))
        {
            groups[*g].push(c);
        }
    }
}

/// The country of a placed office: the facts' country, else what its name places
/// ("Prime Minister of Chile").
fn country_of(cx: &Context, c: &Claim) -> String {
    match c.office() {
        Some(i) => cx.packs.offices.office(i).country.clone(),
        None => c.key().rsplit(" of ").next().unwrap_or("").to_string(),
    }
}

/// Two spellings of a country's name, with or without "the", as the country
/// lexicon names them.
fn same_country(a: &str, b: &str) -> bool {
    let lex = crate::lexicon::get();
    let name = |s: &str| {
        let s = s.trim();
        let s = s.strip_prefix("the ").unwrap_or(s);
        lex.country(s).unwrap_or(s).to_ascii_lowercase()
    };
    name(a) == name(b)
}

impl Rule for RoleMismatch {
    fn id(&self) -> &'static str {
        "role-mismatch"
    }
    fn summary(&self) -> &'static str {
        "the same office at the same time given to different people"
    }
    fn docs(&self) -> &'static str {
        super::header(include_str!("role_mismatch.rs"))
    }
    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let mut out = Vec::new();
        let current = |c: &Claim| {
            matches!(
                &c.value(),
                Value::Person {
                    former: false,
                    bare: false,
                    ..
                }
            ) && !c
                .office()
                .is_some_and(|i| cx.packs.offices.office(i).concurrent)
        };
        let keep = |c: &Claim| {
            // A title with no place: two governors may be two states'.
            current(c) && !c.key().starts_with(crate::claim::office::TITLE_ONLY)
        };
        let mut groups: Vec<Vec<&Claim>> = cx.groups(keep).collect();
        join_bare_titles(cx, &mut groups, current);
        for group in groups {
            for period in periods(cx, &group) {
                let ids = identities(&period);
                if ids.len() < 2 {
                    continue;
                }
                let docs_of = |g: &Vec<&Claim>| {
                    let mut d: Vec<usize> = g.iter().map(|c| c.doc()).collect();
                    d.sort_unstable();
                    d.dedup();
                    d.len()
                };
                // The facts' holder wins; else the person most documents name.
                let fact = period.iter().find_map(|c| c.office()).map(|i| {
                    let o = &cx.packs.offices;
                    let date = period.iter().find_map(|c| cx.date(c)).unwrap_or(o.as_of(i));
                    (
                        o.holders_on(i, date)
                            .into_iter()
                            .map(|h| (h.name.clone(), h.source.clone()))
                            .collect::<Vec<_>>(),
                        i,
                    )
                });
                let by_fact = fact.as_ref().and_then(|(hs, _)| {
                    ids.iter().position(|g| {
                        g.iter()
                            .any(|c| hs.iter().any(|h| same_person(&h.0, person(c))))
                    })
                });
                let counts: Vec<usize> = ids.iter().map(docs_of).collect();
                let best = counts.iter().copied().max().unwrap_or(0);
                let by_majority = (counts.iter().filter(|&&n| n == best).count() == 1)
                    .then(|| counts.iter().position(|&n| n == best))
                    .flatten();
                let winner = by_fact.or(by_majority);
                let expected = match (by_fact, &fact) {
                    (Some(_), Some((hs, _))) => hs.first().map(|h| h.0.clone()),
                    _ => winner.map(|w| person(ids[w][0]).to_string()),
                };
                let reference = match (by_fact, &fact) {
                    (Some(_), Some((hs, _))) => {
                        hs.first().map(|h| format!("facts: {} ({})", h.0, h.1))
                    }
                    _ => winner.map(|w| {
                        format!("{} of {} documents", counts[w], docs_of(&period.to_vec()))
                    }),
                };
                // A bare title joined to the office the batch places is told as read.
                let placed = period
                    .iter()
                    .find(|c| !c.key().starts_with(crate::claim::office::TITLE_ONLY))
                    .map(|c| c.label().to_string());
                let label = |c: &Claim| match (&placed, crate::claim::office::bare_title(c.key())) {
                    (Some(office), Some((title, _))) => {
                        format!("{title} (no place named, read as {office})")
                    }
                    _ => c.label().to_string(),
                };
                for (gi, g) in ids.iter().enumerate() {
                    if Some(gi) == winner {
                        continue;
                    }
                    let evidence: Vec<&Claim> = match winner {
                        Some(w) => ids[w].clone(),
                        None => ids
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| *i != gi)
                            .flat_map(|(_, g)| g.iter().copied())
                            .collect(),
                    };
                    for c in g {
                        let (related, more) =
                            bounded(&evidence, |e| cx.label(e, format!("names {}", person(e))));
                        let generic = c.layer() == Layer::Generic;
                        out.push(Finding {
                            rule: self.id(),
                            severity: if generic {
                                Severity::Warning.min(cx.severity(self))
                            } else {
                                cx.severity(self)
                            },
                            key: c.key().to_string(),
                            message: match &expected {
                                Some(x) => format!(
                                    "{} is {} here, but {} elsewhere",
                                    label(c),
                                    person(c),
                                    x
                                ),
                                None => format!(
                                    "{} is {} here; other documents name someone else",
                                    label(c),
                                    person(c)
                                ),
                            },
                            primary: cx.label(c, "named here"),
                            related,
                            related_more: more,
                            expected: expected.clone(),
                            found: Some(person(c).to_string()),
                            reference: reference.clone(),
                            fix: expected.clone(),
                            confidence: if generic {
                                Confidence::Low
                            } else {
                                Confidence::High
                            },
                        });
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn different_people_in_one_office_are_flagged() {
        let f = check(
            &[
                "Canadian Prime Minister Mark Carney spoke.",
                "Canada's prime minister, Mark Carney, left.",
                "Canadian Prime Minister Pierre Poilievre spoke.",
            ],
            Some("2025-06-01"),
            &[],
        );
        assert_eq!(
            f,
            vec![(
                "role-mismatch".to_string(),
                "Canadian Prime Minister Pierre Poilievre".to_string(),
                2
            )]
        );
    }

    /// A country's office written with no place is the one the batch places: the
    /// wrong minister is flagged, as a warning; with two countries' ministers named,
    /// a bare one is nobody's.
    #[test]
    fn a_bare_national_title_joins_the_one_the_batch_places() {
        let f = check(
            &[
                "PARIS, Oct 19, 2025 - French Interior Minister Laurent Nunez said the thieves fled.",
                "PARIS, Oct 20, 2025 - France's interior minister, Laurent Nunez, spoke.",
                "Oct 22, 2025 - The Louvre reopened. Interior Minister Gerald Darmanin said security would be reviewed.",
            ],
            None,
            &[],
        );
        assert_eq!(
            f,
            vec![(
                "role-mismatch".to_string(),
                "Interior Minister Gerald Darmanin".to_string(),
                2
            )]
        );
        let ok = check(
            &[
                "PARIS, Oct 19, 2025 - French Interior Minister Laurent Nunez said the thieves fled.",
                "BERLIN, Oct 20, 2025 - German Interior Minister Alexander Dobrindt spoke.",
                "Oct 22, 2025 - Interior Minister Gerald Darmanin said security would be reviewed.",
                "Oct 22, 2025 - Chief Executive Ana Diaz spoke. Nvidia Chief Executive Jensen Huang too.",
            ],
            None,
            &[],
        );
        assert!(ok.is_empty(), "{ok:?}");
    }

    /// A story mostly about one country names a foreign leader with a place and its
    /// own with none: its bare title is its own country's, not the foreign one's.
    #[test]
    fn a_bare_title_in_a_story_of_another_country_stays_its_own() {
        let stories = |bare: &str| {
            check(
                &[
                    "COLOMBO, Dec 1, 2025 - Sri Lanka counted its dead. Indian Prime Minister Narendra Modi offered help.",
                    &format!(
                        "Dec 2, 2025 - Sri Lanka's government said 355 died. India's navy sent ships. {bare} said schools would shut."
                    ),
                ],
                None,
                &[],
            )
        };
        assert!(stories("Prime Minister Harini Amarasuriya").is_empty());
        // In a story of India the bare title is India's: one report against one, both
        // are flagged.
        let f = check(
            &[
                "COLOMBO, Dec 1, 2025 - Sri Lanka counted its dead. Indian Prime Minister Narendra Modi offered help.",
                "NEW DELHI, Dec 2, 2025 - India sent ships to Sri Lanka. Prime Minister Rahul Gandhi said India would help.",
            ],
            None,
            &[],
        );
        let flagged: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            flagged,
            [
                "Indian Prime Minister Narendra Modi",
                "Prime Minister Rahul Gandhi"
            ]
        );
    }

    #[test]
    fn former_holders_and_other_countries_do_not_conflict() {
        let f = check(
            &[
                "Australian Prime Minister Anthony Albanese spoke.",
                "Former Prime Minister Scott Morrison was there with Japan's Prime Minister Sanae Takaichi.",
            ],
            Some("2025-10-29"),
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
    }
}
