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
    match o.by_title(&r.title) {
        [one] => Some((o.office(*one).office.clone(), Some(*one))),
        _ => None,
    }
}

pub fn key(doc: usize, d: &Document, e: &Extraction, packs: &PackSet, out: &mut Vec<Claim>) {
    let _ = d;
    let mut held: Vec<(String, String, Option<usize>)> = Vec::new();
    for m in &e.mentions {
        let Kind::Role(r) = &m.kind else { continue };
        let Some((office, idx)) = office_of(r, packs) else {
            continue;
        };
        // A past or future holder is not the holder at the article's date; the
        // claim's `former` says so for both.
        let not_current = r.former || r.future;
        if !not_current && !held.iter().any(|h| h.0 == r.person) {
            held.push((r.person.clone(), office.clone(), idx));
        }
        out.push(Claim::new(
            doc,
            m.span,
            office.clone(),
            office,
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
            office.clone(),
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
