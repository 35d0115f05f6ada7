//! Office claims: a role becomes `office = person`, the office named as the facts name
//! it ("Prime Minister of Japan") or, for offices no facts file knows, as "<title> of
//! <country or organisation>". A later bare surname is claimed for the office its full
//! name held in the same document.

use super::{Claim, Layer, Value};
use crate::extract::{Extraction, Kind, Role};
use crate::pack::PackSet;
use crate::source::Document;

/// The office a role names: (display name, facts index).
pub fn office_of(r: &Role, packs: &PackSet) -> Option<(String, Option<usize>)> {
    let o = &packs.offices;
    if let Some(c) = &r.country {
        let titles: Vec<&str> = if r.title == "Head of Government" {
            vec!["Prime Minister", "Premier", "President"]
        } else {
            vec![r.title.as_str()]
        };
        for t in &titles {
            if let Some(i) = o.find(c, t, r.to.as_deref()) {
                return Some((o.office(i).office.clone(), Some(i)));
            }
        }
        let title = if r.title == "Head of Government" {
            "Prime Minister"
        } else {
            r.title.as_str()
        };
        return Some(match &r.to {
            Some(to) => (format!("{title} of {c} to {to}"), None),
            None => (format!("{title} of {c}"), None),
        });
    }
    if let Some(org) = &r.org {
        // A house facts file may name a city or company as the office's "country".
        // A capital there is read as its country, as everywhere in a facts file, so
        // "Nairobi Governor" is looked up under Kenya too.
        let lex = crate::lexicon::get();
        let seat_of = lex.is_seat(org).then(|| lex.country(org)).flatten();
        if let Some(i) = o
            .find(org, &r.title, None)
            .or_else(|| seat_of.and_then(|c| o.find(c, &r.title, None)))
        {
            return Some((o.office(i).office.clone(), Some(i)));
        }
        // "Commission President": the organisation and title as one office's alias
        // writes them, when one office has that alias.
        if let [one] = o.by_title(&format!("{org} {}", r.title)) {
            return Some((o.office(*one).office.clone(), Some(*one)));
        }
        // "House Speaker Mike Johnson" is the Speaker of the House: a chamber is
        // named with its article.
        let the = if CHAMBERS.contains(&org.as_str()) {
            "the "
        } else {
            ""
        };
        return Some((format!("{} of {the}{org}", r.title), None));
    }
    // No country written: the facts may know the person, or the title alone.
    let title = crate::pack::facts::canonical_title(&r.title);
    let held = o.held_by(&r.person).iter().copied().find(|&i| {
        let name = o.office(i).office.to_ascii_lowercase();
        name.starts_with(&title)
            || o.office(i)
                .aliases
                .iter()
                .any(|a| crate::pack::facts::canonical_title(a).ends_with(&title))
    });
    if let Some(i) = held {
        return Some((o.office(i).office.clone(), Some(i)));
    }
    // A title many hold ("spokesman") names no office, however few the facts know.
    if !crate::lexicon::get().titles.names_one_office(&r.title) {
        return None;
    }
    match o.by_title(&r.title) {
        [one] => Some((o.office(*one).office.clone(), Some(*one))),
        _ => None,
    }
}

/// Bodies whose one-word names are common nouns, written with "the" after a title.
const CHAMBERS: &[&str] = &[
    "House",
    "Senate",
    "Assembly",
    "Parliament",
    "Congress",
    "Commission",
    "Council",
    "Treasury",
    "Bundestag",
    "Duma",
    "Knesset",
];

/// The key prefix of a role whose office nothing names: no country, organisation or
/// facts file ("Governor Greg Abott" alone). Such a claim is compared only for its
/// spelling: two governors named so may be two states'.
pub const TITLE_ONLY: &str = "title only: ";

/// The title-only key of people named with an age and no title ("Vishwash Kumar
/// Ramesh, 40"): their spellings are compared with one another's.
pub const AGED: &str = "title only: named with an age";

/// What a country's title with no place says after it, in a story that names several
/// countries: the country the story is mostly about, where the title is most likely
/// its own ("Prime Minister Harini Amarasuriya" in a story of Sri Lanka that names
/// India's prime minister too).
const STORY_OF: &str = " (in a story of ";

/// The title of a [`TITLE_ONLY`] key, and the country of the story it was read in
/// when the key says one.
pub fn bare_title(key: &str) -> Option<(&str, Option<&str>)> {
    let rest = key.strip_prefix(TITLE_ONLY)?;
    Some(match rest.split_once(STORY_OF) {
        Some((title, story)) => (title, story.strip_suffix(')')),
        None => (rest, None),
    })
}

/// The title a person claim's key holds: "prime minister" of "Prime Minister of
/// Japan", "governor" of a [`TITLE_ONLY`] key.
pub fn title_of(key: &str) -> String {
    let title = bare_title(key).map_or(key, |(t, _)| t);
    let title = title.split(" of ").next().unwrap_or(title);
    crate::pack::facts::canonical_title(title)
}

/// What a report calls an office: its name, or a bare title's "Governor (no place
/// named)".
pub fn label(office: &str) -> String {
    if office == AGED {
        return "named with an age".to_string();
    }
    match bare_title(office) {
        Some((title, Some(story))) => format!("{title} (no place named, in a story of {story})"),
        Some((title, None)) => format!("{title} (no place named)"),
        None => office.to_string(),
    }
}

/// The office a title with no place names in a story about one country, when no
/// facts file knows that office ("President Gabriel Boric" in a story of Chile). An
/// office the facts know is named so only for the people they know held it (see
/// [`office_of`]): a bare "President" in a story of the United States may be a
/// university's.
fn national_office(r: &Role, packs: &PackSet, country: Option<&str>) -> Option<String> {
    if !is_national(r) {
        return None;
    }
    let country = country?;
    packs
        .offices
        .find(country, &r.title, None)
        .is_none()
        .then(|| format!("{} of {country}", r.title))
}

/// Is a role's title one each country has one of (titles.yaml `national`)?
fn is_national(r: &Role) -> bool {
    r.to.is_none()
        && crate::lexicon::get()
            .titles
            .national
            .iter()
            .any(|t| t.eq_ignore_ascii_case(&r.title))
}

pub fn key(doc: usize, d: &Document, e: &Extraction, packs: &PackSet, out: &mut Vec<Claim>) {
    let mut held: Vec<(String, String, Option<usize>)> = Vec::new();
    // The one country the story names, read once and only for a title with no place.
    let mut only: Option<Option<String>> = None;
    let mut lead: Option<Option<String>> = None;
    for m in &e.mentions {
        let Kind::Role(r) = &m.kind else { continue };
        let (office, idx) = office_of(r, packs).unwrap_or_else(|| {
            let country = only.get_or_insert_with(|| super::generic::only_country_of(d));
            match national_office(r, packs, country.as_deref()) {
                Some(office) => (office, None),
                None => match lead
                    .get_or_insert_with(|| super::generic::lead_country_of(d))
                    .as_deref()
                    .filter(|_| is_national(r))
                {
                    Some(story) => (format!("{TITLE_ONLY}{}{STORY_OF}{story})", r.title), None),
                    None => (format!("{TITLE_ONLY}{}", r.title), None),
                },
            }
        });
        // A past or future holder is not the holder at the article's date; the
        // claim's `former` says so for both.
        let not_current = r.former || r.future;
        if !not_current {
            // A later mention that names the office ("Texas Governor Greg Abbott")
            // tells the bare surnames' office better than one that did not.
            match held.iter_mut().find(|h| h.0 == r.person) {
                None => held.push((r.person.clone(), office.clone(), idx)),
                Some(h) if h.1.starts_with(TITLE_ONLY) => {
                    *h = (r.person.clone(), office.clone(), idx)
                }
                Some(_) => {}
            }
        }
        let shown = label(&office);
        out.push(Claim::new(
            doc,
            m.span,
            office,
            shown,
            Value::Person {
                name: r.person.clone(),
                former: not_current,
                bare: false,
            },
            if idx.is_some() {
                Layer::Template
            } else {
                Layer::Generic
            },
            idx,
        ));
    }
    for m in &e.mentions {
        let Kind::Name { person } = &m.kind else {
            continue;
        };
        let Some((_, office, idx)) = held.iter().find(|h| &h.0 == person) else {
            continue;
        };
        let text = d.text[m.span.start..m.span.end].to_string();
        out.push(Claim::new(
            doc,
            m.span,
            office.clone(),
            label(office),
            Value::Person {
                bare: !text.contains(' '),
                name: text,
                former: false,
            },
            if idx.is_some() {
                Layer::Template
            } else {
                Layer::Generic
            },
            *idx,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::pack::{BUILTIN, PackSet};
    use crate::source::{Format, from_text};

    fn offices(text: &str) -> Vec<(String, String)> {
        let docs = from_text("a.txt", text.to_string(), Format::Text).unwrap();
        let mut packs = PackSet::default();
        for (name, _) in BUILTIN {
            packs.add(name).unwrap();
        }
        let run = crate::check::run(docs, &packs, None);
        run.claims
            .iter()
            .filter(|c| matches!(c.value(), crate::claim::Value::Person { .. }))
            .map(|c| (c.key().to_string(), run.docs[0].slice(c.span()).to_string()))
            .collect()
    }

    /// A chamber's officer is named with the chamber's article.
    #[test]
    fn a_chambers_officer_is_named_with_its_article() {
        let k = offices("WASHINGTON, Nov 12, 2025 - House Speaker Mike Johnson spoke.");
        assert_eq!(k[0].0, "Speaker of the House", "{k:?}");
    }

    /// A head of state's title with no place, in a story of one country the facts
    /// do not cover, is that country's office; two articles naming two presidents of
    /// it then disagree.
    #[test]
    fn a_bare_national_title_is_the_one_countrys() {
        let k = offices(
            "SANTIAGO, Nov 16, 2025 - Chile votes on Sunday. President Gabriel Boric cannot run again.",
        );
        assert_eq!(k[0].0, "President of Chile", "{k:?}");
        // A story of two countries names neither; a company's title is no country's.
        let k = offices(
            "Chile and Peru signed a pact. President Gabriel Boric spoke. Chief Executive Ana Diaz of Codelco too.",
        );
        assert!(
            k.iter().all(|(key, _)| key.starts_with("title only: ")),
            "{k:?}"
        );
        // An office the facts know is named so only for the people they know held it:
        // a university's president is not the country's.
        let k = offices(
            "BOSTON, May 2, 2025 - The United States cut grants. President Alan Garber objected.",
        );
        assert!(k[0].0.starts_with("title only: President"), "{k:?}");
        let f = crate::rules::testing::check(
            &[
                "SANTIAGO, Nov 17, 2025 - Chile heads to a runoff. President Gabriel Boric called for calm.",
                "SANTIAGO, Nov 18, 2025 - Chile's president, Sebastián Piñera, called for calm.",
            ],
            None,
            &[],
        );
        assert!(f.iter().any(|x| x.0 == "role-mismatch"), "{f:?}");
    }

    /// A country named only as the attacker is not the one whose minister speaks.
    #[test]
    fn an_attackers_country_holds_no_bare_title() {
        let k = offices(
            "KYIV, Nov 19, 2025 - Russian missiles hit Ternopil. Russia fired 476 drones. \
             Interior Minister Ihor Klymenko said 22 people were missing.",
        );
        assert_eq!(
            k[0].0, "title only: Interior Minister (in a story of Ukraine)",
            "{k:?}"
        );
    }

    /// An organisation and a title written as one office's alias ("Commission
    /// President", "Fed Chair") are that office.
    #[test]
    fn an_organisation_and_title_as_an_alias_writes_them() {
        let text = "BRUSSELS, Sept 5, 2025 - Commission President Charles Michel declined to \
                    comment. Fed Chair Jerome Powell spoke later.";
        let docs = from_text("a.txt", text.to_string(), Format::Text).unwrap();
        let mut packs = PackSet::default();
        for (name, _) in BUILTIN {
            packs.add(name).unwrap();
        }
        let run = crate::check::run(docs, &packs, None);
        let keys: Vec<&str> = run.claims.iter().map(|c| c.key()).collect();
        assert!(
            keys.contains(&"President of the European Commission"),
            "{keys:?}"
        );
        assert!(
            keys.contains(&"Chair of the Federal Reserve of the United States"),
            "{keys:?}"
        );
        assert!(
            run.findings
                .iter()
                .any(|f| f.rule == "fact-mismatch" && f.message.contains("Charles Michel")),
            "{:?}",
            run.findings
        );
    }
}
