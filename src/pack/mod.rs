//! Rule packs: claim templates, event templates, statistics with their sources, office
//! facts and per-check severities, as YAML validated on load (unknown keys, wrong
//! types and bad regexes are errors with file, line and column). The built-in packs
//! are embedded; users add their own by path.

pub mod facts;
pub mod yaml;

use jiff::civil::Date;
use serde::Deserialize;
use std::collections::BTreeMap;
use yaml::YamlError;

/// A claim template: what a figure measures, recognised by words in its clause.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimTemplate {
    pub id: String,
    pub label: String,
    /// percent, percentage-points, money, count, or a currency code.
    pub unit: String,
    /// The subject must be named in the sentence.
    pub subject: Vec<String>,
    /// At least one cue must stand in the figure's clause.
    pub cues: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Scope name -> words that put a figure in that scope ("heavy").
    #[serde(default)]
    pub scopes: BTreeMap<String, Vec<String>>,
    /// Absolute tolerance in the unit (percentage points for percent).
    #[serde(default)]
    pub tolerance: f64,
    /// Relative tolerance (0.05 = 5%).
    #[serde(default)]
    pub relative_tolerance: f64,
    /// A regular expression the figure's clause must also match (case-insensitive).
    #[serde(default)]
    pub pattern: Option<String>,
}

/// An event template: an action whose date articles should agree on.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventTemplate {
    pub id: String,
    pub label: String,
    pub verbs: Vec<String>,
    pub objects: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub participants: Vec<String>,
}

/// A statistic: the value a claim template should have, from a date, with a source.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statistic {
    pub claim: String,
    pub value: f64,
    #[serde(default)]
    pub relative_tolerance: f64,
    #[serde(deserialize_with = "facts::date")]
    pub from: Date,
    #[serde(deserialize_with = "facts::opt_date", default)]
    pub until: Option<Date>,
    pub source: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// An example a pack must flag or pass: short articles, checked together.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub articles: Vec<String>,
    /// The rule expected to fire (flag examples).
    #[serde(default)]
    pub rule: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub flag: Vec<Example>,
    #[serde(default)]
    pub pass: Vec<Example>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub claims: Vec<ClaimTemplate>,
    #[serde(default)]
    pub events: Vec<EventTemplate>,
    #[serde(default)]
    pub statistics: Vec<Statistic>,
    /// An office facts file: a built-in name (`offices`) or a path beside the pack.
    #[serde(default)]
    pub office_facts: Option<String>,
    #[serde(default)]
    pub severity: BTreeMap<String, crate::finding::Severity>,
    #[serde(default)]
    pub examples: Examples,
}

/// Built-in packs, by name.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "critical-minerals",
        include_str!("../../rules/packs/critical-minerals.yaml"),
    ),
    ("offices", include_str!("../../rules/packs/offices.yaml")),
];

/// Built-in facts files, by name.
pub const BUILTIN_FACTS: &[(&str, &str)] =
    &[("offices", include_str!("../../rules/facts/offices.yaml"))];

/// Everything the loaded packs provide.
#[derive(Debug, Default, Clone)]
pub struct PackSet {
    pub packs: Vec<(String, Pack)>,
    pub claims: Vec<ClaimTemplate>,
    /// Each claim template's `pattern`, compiled once at load.
    pub patterns: Vec<Option<regex::Regex>>,
    pub events: Vec<EventTemplate>,
    /// Every event template's verbs as one automaton, built at first use (a pack
    /// may be added after another): each sentence is searched once, not once a verb.
    pub event_verbs: std::sync::OnceLock<(crate::claim::Phrases, Vec<usize>)>,
    pub statistics: Vec<Statistic>,
    pub offices: facts::Offices,
    pub severity: BTreeMap<String, crate::finding::Severity>,
}

impl PackSet {
    /// Adds a pack named by built-in name or path.
    pub fn add(&mut self, name_or_path: &str) -> Result<(), YamlError> {
        if let Some((name, text)) = BUILTIN.iter().find(|b| b.0 == name_or_path) {
            let pack: Pack = yaml::parse(&format!("rules/packs/{name}.yaml"), text)?;
            return self.insert(format!("rules/packs/{name}.yaml"), pack, None, text);
        }
        let path = std::path::Path::new(name_or_path);
        if !path.exists() {
            let names: Vec<&str> = BUILTIN.iter().map(|b| b.0).collect();
            return Err(YamlError::at(
                name_or_path,
                1,
                1,
                format!(
                    "no such pack file, and no built-in pack of that name (built-in: {})",
                    names.join(", ")
                ),
            ));
        }
        let pack: Pack = yaml::read(path)?;
        let text = std::fs::read_to_string(path).unwrap_or_default();
        self.insert(name_or_path.to_string(), pack, path.parent(), &text)
    }

    fn insert(
        &mut self,
        path: String,
        pack: Pack,
        dir: Option<&std::path::Path>,
        text: &str,
    ) -> Result<(), YamlError> {
        validate(&path, &pack)?;
        for c in &pack.claims {
            let compiled = match &c.pattern {
                None => None,
                Some(p) => Some(
                    regex::RegexBuilder::new(p)
                        .case_insensitive(true)
                        .size_limit(1 << 20)
                        .build()
                        .map_err(|e| {
                            // Point at the line that holds the pattern.
                            let (line, column) = text
                                .lines()
                                .enumerate()
                                .find_map(|(i, l)| {
                                    l.find("pattern")
                                        .filter(|_| l.contains(p.as_str()))
                                        .map(|c| (i as u64 + 1, c as u64 + 1))
                                })
                                .unwrap_or((1, 1));
                            let msg = e
                                .to_string()
                                .lines()
                                .last()
                                .unwrap_or("invalid")
                                .trim()
                                .to_string();
                            YamlError::at(
                                &path,
                                line,
                                column,
                                format!("claim `{}`: bad regex `{p}`: {msg}", c.id),
                            )
                        })?,
                ),
            };
            self.patterns.push(compiled);
        }
        if let Some(f) = &pack.office_facts {
            self.add_facts_named(f, dir)?;
        }
        self.claims.extend(pack.claims.iter().cloned());
        self.events.extend(pack.events.iter().cloned());
        // A search built before this pack would miss its verbs.
        self.event_verbs = std::sync::OnceLock::new();
        self.statistics.extend(pack.statistics.iter().cloned());
        for (k, v) in &pack.severity {
            self.severity.insert(k.clone(), *v);
        }
        self.packs.push((path, pack));
        Ok(())
    }

    fn add_facts_named(
        &mut self,
        name: &str,
        dir: Option<&std::path::Path>,
    ) -> Result<(), YamlError> {
        if self
            .offices
            .files
            .iter()
            .any(|f| f.0.ends_with(&format!("{name}.yaml")) || f.0 == name)
        {
            return Ok(());
        }
        if let Some((n, text)) = BUILTIN_FACTS.iter().find(|b| b.0 == name) {
            let path = format!("rules/facts/{n}.yaml");
            let facts = facts::load_offices(&path, text)?;
            self.offices.add(&path, facts);
            return Ok(());
        }
        let path = dir.map_or_else(|| std::path::PathBuf::from(name), |d| d.join(name));
        self.add_facts(&path)
    }

    /// Adds an office facts file by path (`--facts`).
    pub fn add_facts(&mut self, path: &std::path::Path) -> Result<(), YamlError> {
        let facts: facts::OfficeFacts = yaml::read(path)?;
        self.offices.add(&path.display().to_string(), facts);
        Ok(())
    }
}

/// Checks what serde cannot: known rule ids, units, templates referred to.
fn validate(path: &str, pack: &Pack) -> Result<(), YamlError> {
    let err = |m: String| Err(YamlError::at(path, 1, 1, m));
    for rule in pack.severity.keys() {
        if !crate::rules::ALL.iter().any(|r| r.id() == rule) {
            return err(format!("severity for unknown rule `{rule}`"));
        }
    }
    for c in &pack.claims {
        if c.cues.is_empty() {
            return err(format!("claim `{}` has no cues", c.id));
        }
        if !matches!(
            c.unit.as_str(),
            "percent" | "percentage-points" | "money" | "count"
        ) && c.unit.len() != 3
        {
            return err(format!(
                "claim `{}`: unit `{}` is not percent, percentage-points, money, count or a currency code",
                c.id, c.unit
            ));
        }
    }
    for s in &pack.statistics {
        if !pack.claims.iter().any(|c| c.id == s.claim) {
            return err(format!("statistic refers to unknown claim `{}`", s.claim));
        }
    }
    Ok(())
}
