//! Facts files: office holders with from/until and a source each, checked up to
//! `as_of`. Indexed by (country, title, posted-to) and by holder name, so a role the
//! grammar found can be named as an office and checked at an article's date.

use super::yaml::YamlError;
use crate::lexicon;
use jiff::civil::Date;
use rustc_hash::FxHashMap;
use serde::Deserialize;

/// Reads a `YYYY-MM-DD` date, naming the bad value when it is not one.
pub(crate) fn date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    let s = String::deserialize(d)?;
    s.parse()
        .map_err(|e| serde::de::Error::custom(format!("`{s}` is not a date (YYYY-MM-DD): {e}")))
}

/// Reads an optional `YYYY-MM-DD` date.
pub(crate) fn opt_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    let s = Option::<String>::deserialize(d)?;
    s.map(|s| {
        s.parse()
            .map_err(|e| serde::de::Error::custom(format!("`{s}` is not a date (YYYY-MM-DD): {e}")))
    })
    .transpose()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holder {
    pub name: String,
    #[serde(deserialize_with = "date")]
    pub from: Date,
    #[serde(deserialize_with = "opt_date", default)]
    pub until: Option<Date>,
    #[serde(default)]
    pub also_known_as: Vec<String>,
    pub source: String,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub from_approx: bool,
    #[serde(default)]
    pub until_approx: bool,
}

impl Holder {
    /// In office on `d`; the boundary day belongs to both holders.
    pub fn holds_on(&self, d: Date) -> bool {
        self.from <= d && self.until.is_none_or(|u| d <= u)
    }

    pub fn names(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.name).chain(&self.also_known_as)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub office: String,
    pub country: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub concurrent: bool,
    #[serde(default)]
    pub note: Option<String>,
    pub holders: Vec<Holder>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unverified {
    pub office: String,
    pub country: String,
    pub believed: String,
    pub why_unverified: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeFacts {
    #[serde(deserialize_with = "date")]
    pub as_of: Date,
    pub offices: Vec<Office>,
    #[serde(default)]
    pub unverified: Vec<Unverified>,
}

/// What an office is called in keys: (country, canonical title, posted to).
pub type OfficeKey = (String, String, Option<String>);

/// Offices of every loaded facts file, indexed.
#[derive(Debug, Default, Clone)]
pub struct Offices {
    pub files: Vec<(String, Date)>,
    pub offices: Vec<(Office, usize)>,
    by_key: FxHashMap<OfficeKey, usize>,
    by_holder: FxHashMap<String, Vec<usize>>,
    by_title: FxHashMap<String, Vec<usize>>,
    /// Presidents and prime ministers in office at the end of the facts, by surname
    /// as written: a sentence naming "Trump" involves the United States.
    leaders: FxHashMap<String, Vec<usize>>,
}

/// Lower-cased canonical title of a title phrase ("foreign minister" -> "foreign minister",
/// "minister for foreign affairs" -> "foreign minister").
pub fn canonical_title(phrase: &str) -> String {
    let p = phrase.trim().to_ascii_lowercase();
    for t in &lexicon::get().titles.titles {
        if t.canonical.eq_ignore_ascii_case(&p)
            || t.variants.iter().any(|v| v.eq_ignore_ascii_case(&p))
        {
            return t.canonical.to_ascii_lowercase();
        }
    }
    p
}

/// Splits an alias such as "Japan's prime minister", "US Ambassador to Japan" or
/// "Prime Minister of Japan" into (country, title, posted to).
fn split_alias(alias: &str, default_country: &str) -> (String, String, Option<String>) {
    let lex = lexicon::get();
    let mut rest = alias.trim().to_string();
    let mut country = None;
    let mut to = None;
    if let Some((head, place)) = rest.rsplit_once(" to ")
        && let Some(c) = lex.country(place.trim_start_matches("the "))
    {
        to = Some(c.to_string());
        rest = head.to_string();
    }
    if let Some((head, place)) = rest.rsplit_once(" of ")
        && let Some(c) = lex.country(place.trim_start_matches("the "))
    {
        country = Some(c.to_string());
        rest = head.to_string();
    }
    // Leading country, possessive or demonym, one or two words.
    let words: Vec<&str> = rest.split(' ').collect();
    for n in [2, 1] {
        if words.len() > n {
            let lead = words[..n].join(" ");
            if let Some(c) = lex.country(&lead) {
                country = Some(c.to_string());
                rest = words[n..].join(" ");
                break;
            }
        }
    }
    (
        country.unwrap_or_else(|| default_country.to_string()),
        rest,
        to,
    )
}

impl Offices {
    pub fn add(&mut self, path: &str, facts: OfficeFacts) {
        let file = self.files.len();
        self.files.push((path.to_string(), facts.as_of));
        let lex = lexicon::get();
        for mut o in facts.offices {
            let i = self.offices.len();
            // "Mullah Mohammad Hassan Akhund" is also written without the honorific,
            // as the role grammar reads a name.
            for h in &mut o.holders {
                let bare: Vec<String> = h
                    .names()
                    .filter_map(|n| {
                        let (first, rest) = n.split_once(' ')?;
                        crate::extract::role::HONORIFICS
                            .contains(&first)
                            .then(|| rest.to_string())
                    })
                    .filter(|b| !h.names().any(|n| n == b))
                    .collect();
                h.also_known_as.extend(bare);
            }
            let country = lex.country(&o.country).unwrap_or(&o.country).to_string();
            for alias in std::iter::once(&o.office).chain(&o.aliases) {
                let (c, title, to) = split_alias(alias, &country);
                let key = (c, canonical_title(&title), to);
                self.by_key.entry(key).or_insert(i);
                // One entry per office, however many aliases share the title.
                let list = self.by_title.entry(canonical_title(&title)).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
            for h in &o.holders {
                for n in h.names() {
                    self.by_holder.entry(n.to_lowercase()).or_default().push(i);
                }
            }
            if o.office.starts_with("President of") || o.office.starts_with("Prime Minister of") {
                for h in o.holders.iter().filter(|h| h.until.is_none()) {
                    if let Some(surname) = h.name.rsplit(' ').next() {
                        let list = self.leaders.entry(surname.to_string()).or_default();
                        if !list.contains(&i) {
                            list.push(i);
                        }
                    }
                }
            }
            self.offices.push((o, file));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.offices.is_empty()
    }

    /// The office for a country, title and posting.
    pub fn find(&self, country: &str, title: &str, to: Option<&str>) -> Option<usize> {
        self.by_key
            .get(&(
                country.to_string(),
                canonical_title(title),
                to.map(str::to_string),
            ))
            .copied()
    }

    /// Offices a person ever held in the facts.
    pub fn held_by(&self, person: &str) -> &[usize] {
        self.by_holder
            .get(&person.to_lowercase())
            .map_or(&[], Vec::as_slice)
    }

    /// The head-of-state and head-of-government offices whose current holder has
    /// this surname.
    pub fn leaders_named(&self, surname: &str) -> &[usize] {
        self.leaders.get(surname).map_or(&[], Vec::as_slice)
    }

    /// Offices a title alone names ("Treasury Secretary").
    pub fn by_title(&self, title: &str) -> &[usize] {
        self.by_title
            .get(&canonical_title(title))
            .map_or(&[], Vec::as_slice)
    }

    pub fn office(&self, i: usize) -> &Office {
        &self.offices[i].0
    }

    /// The `as_of` of the file an office came from.
    pub fn as_of(&self, i: usize) -> Date {
        self.files[self.offices[i].1].1
    }

    /// Holders of office `i` on day `d`.
    pub fn holders_on(&self, i: usize, d: Date) -> Vec<&Holder> {
        self.offices[i]
            .0
            .holders
            .iter()
            .filter(|h| h.holds_on(d))
            .collect()
    }
}

pub fn load_offices(path: &str, text: &str) -> Result<OfficeFacts, YamlError> {
    super::yaml::parse(path, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_offices_index_by_alias_and_holder() {
        let facts = load_offices(
            "offices.yaml",
            include_str!("../../rules/facts/offices.yaml"),
        )
        .unwrap();
        assert_eq!(facts.as_of.to_string(), "2025-11-20");
        let mut o = Offices::default();
        o.add("offices.yaml", facts);
        let pm = o.find("Japan", "Prime Minister", None).unwrap();
        assert_eq!(o.office(pm).office, "Prime Minister of Japan");
        let d: Date = "2025-10-29".parse().unwrap();
        assert_eq!(o.holders_on(pm, d)[0].name, "Sanae Takaichi");
        let amb = o
            .find("United States", "Ambassador", Some("Japan"))
            .unwrap();
        assert_eq!(
            o.office(amb).office,
            "Ambassador of the United States to Japan"
        );
        assert_eq!(
            o.find("Japan", "Foreign Minister", None)
                .map(|i| o.office(i).office.as_str()),
            Some("Minister for Foreign Affairs of Japan")
        );
        assert!(!o.held_by("Donald Trump").is_empty());
    }
}
