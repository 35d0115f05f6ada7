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
        if let Some(i) = o.find(org, &r.title, None) {
            return Some((o.office(i).office.clone(), Some(i)));
        }
        // "Commission President": the organisation and title as one office's alias
        // writes them, when one office has that alias.
        if let [one] = o.by_title(&format!("{org} {}", r.title)) {
            return Some((o.office(*one).office.clone(), Some(*one)));
        }
        return Some((format!("{} of {org}", r.title), None));
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

/// The key prefix of a role whose office nothing names: no country, organisation or
/// facts file ("Governor Greg Abott" alone). Such a claim is compared only for its
/// spelling: two governors named so may be two states'.
pub const TITLE_ONLY: &str = "title only: ";

/// The title-only key of people named with an age and no title ("Vishwash Kumar
/// Ramesh, 40"): their spellings are compared with one another's.
pub const AGED: &str = "title only: named with an age";

/// The title a person claim's key holds: "prime minister" of "Prime Minister of
/// Japan", "governor" of a [`TITLE_ONLY`] key.
pub fn title_of(key: &str) -> String {
    let title = key.strip_prefix(TITLE_ONLY).unwrap_or(key);
    let title = title.split(" of ").next().unwrap_or(title);
    crate::pack::facts::canonical_title(title)
}

/// What a report calls an office: its name, or a bare title's "Governor (no place
/// named)".
pub fn label(office: &str) -> String {
    if office == AGED {
        return "named with an age".to_string();
    }
    match office.strip_prefix(TITLE_ONLY) {
        Some(title) => format!("{title} (no place named)"),
        None => office.to_string(),
    }
}

pub fn key(doc: usize, d: &Document, e: &Extraction, packs: &PackSet, out: &mut Vec<Claim>) {
    let _ = d;
    let mut held: Vec<(String, String, Option<usize>)> = Vec::new();
    for m in &e.mentions {
        let Kind::Role(r) = &m.kind else { continue };
        let (office, idx) =
            office_of(r, packs).unwrap_or_else(|| (format!("{TITLE_ONLY}{}", r.title), None));
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
