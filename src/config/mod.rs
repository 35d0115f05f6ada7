//! Configuration in two stages: `RawConfig` is the YAML as written (unknown keys and
//! wrong types rejected with file:line:column), `Settings` is what a run uses, after
//! the command line has had its say. Discovery walks up from the current directory
//! to the first `.claimlint.yaml` or `.claimlint.yml`.

use crate::finding::Severity;
use crate::pack::yaml::{self, YamlError};
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const NAMES: &[&str] = &[".claimlint.yaml", ".claimlint.yml"];

/// A rule's setting: a severity, or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleSetting {
    Off,
    Info,
    Warning,
    Error,
}

impl RuleSetting {
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleSetting::Off => None,
            RuleSetting::Info => Some(Severity::Info),
            RuleSetting::Warning => Some(Severity::Warning),
            RuleSetting::Error => Some(Severity::Error),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Override {
    /// Globs of the files this override applies to.
    pub files: Vec<String>,
    #[serde(default)]
    pub rules: BTreeMap<String, RuleSetting>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawConfig {
    /// Paths checked when the command line names none.
    #[serde(default)]
    pub paths: Vec<String>,
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    /// The published archive: evidence, never reported on.
    #[serde(default)]
    pub against: Vec<String>,
    #[serde(default)]
    pub packs: Vec<String>,
    #[serde(default = "yes")]
    pub default_packs: bool,
    #[serde(default)]
    pub facts: Vec<String>,
    #[serde(default)]
    pub rules: BTreeMap<String, RuleSetting>,
    #[serde(default)]
    pub overrides: Vec<Override>,
    #[serde(default)]
    pub fail_on: Option<Severity>,
    #[serde(default)]
    pub min_severity: Option<Severity>,
    /// Publication date for documents that give none (YYYY-MM-DD).
    #[serde(default)]
    pub date: Option<String>,
}

fn yes() -> bool {
    true
}

impl Default for RawConfig {
    /// No config file: the same as an empty one.
    fn default() -> Self {
        RawConfig {
            paths: Vec::new(),
            include: Vec::new(),
            exclude: Vec::new(),
            against: Vec::new(),
            packs: Vec::new(),
            default_packs: true,
            facts: Vec::new(),
            rules: BTreeMap::new(),
            overrides: Vec::new(),
            fail_on: None,
            min_severity: None,
            date: None,
        }
    }
}

/// A loaded config and where it came from.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub path: Option<PathBuf>,
    pub raw: RawConfig,
}

/// Finds the config: an explicit path, `CLAIMLINT_CONFIG`, or the first one found
/// walking up from `start`.
pub fn discover(
    explicit: Option<&Path>,
    no_config: bool,
    start: &Path,
) -> Result<Loaded, YamlError> {
    if no_config {
        return Ok(Loaded::default());
    }
    let chosen = explicit.map(Path::to_path_buf).or_else(|| {
        std::env::var_os("CLAIMLINT_CONFIG")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    if let Some(p) = chosen {
        if !p.is_file() {
            return Err(YamlError::at(
                &p.display().to_string(),
                1,
                1,
                "config file not found",
            ));
        }
        return load(&p);
    }
    let mut dir = Some(start);
    while let Some(d) = dir {
        for n in NAMES {
            let p = d.join(n);
            if p.is_file() {
                return load(&p);
            }
        }
        dir = d.parent();
    }
    Ok(Loaded::default())
}

pub fn load(path: &Path) -> Result<Loaded, YamlError> {
    let raw: RawConfig = yaml::read(path)?;
    let shown = path.display().to_string();
    // Names that serde cannot check: rules, globs, dates.
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let locate = |needle: &str| -> (u64, u64) {
        text.lines()
            .enumerate()
            .find_map(|(i, l)| l.find(needle).map(|c| (i as u64 + 1, c as u64 + 1)))
            .unwrap_or((1, 1))
    };
    let rule_names = raw
        .rules
        .keys()
        .chain(raw.overrides.iter().flat_map(|o| o.rules.keys()));
    for r in rule_names {
        if crate::rules::find(r).is_none() {
            let (l, c) = locate(r);
            let ids: Vec<&str> = crate::rules::ALL.iter().map(|r| r.id()).collect();
            return Err(YamlError::at(
                &shown,
                l,
                c,
                format!("unknown rule `{r}` (rules: {})", ids.join(", ")),
            ));
        }
    }
    for g in raw
        .include
        .iter()
        .chain(&raw.exclude)
        .chain(raw.overrides.iter().flat_map(|o| &o.files))
    {
        if let Err(e) = Glob::new(g) {
            let (l, c) = locate(g);
            return Err(YamlError::at(&shown, l, c, format!("bad glob `{g}`: {e}")));
        }
    }
    if let Some(d) = &raw.date
        && crate::source::Published::parse(d, crate::source::DateOrigin::Config).is_none()
    {
        let (l, c) = locate(d);
        return Err(YamlError::at(
            &shown,
            l,
            c,
            format!("date `{d}` is not YYYY-MM-DD"),
        ));
    }
    Ok(Loaded {
        path: Some(path.to_path_buf()),
        raw,
    })
}

fn globs(patterns: &[String]) -> Option<GlobSet> {
    if patterns.is_empty() {
        return None;
    }
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        if let Ok(g) = Glob::new(p) {
            b.add(g);
        }
    }
    b.build().ok()
}

/// What a run uses, resolved once.
#[derive(Debug, Clone)]
pub struct Settings {
    pub paths: Vec<PathBuf>,
    pub against: Vec<PathBuf>,
    pub packs: Vec<String>,
    pub facts: Vec<PathBuf>,
    pub rules: BTreeMap<String, RuleSetting>,
    pub overrides: Vec<(GlobSet, BTreeMap<String, RuleSetting>)>,
    pub include: Option<GlobSet>,
    pub exclude: Option<GlobSet>,
    pub fail_on: Severity,
    pub min_severity: Severity,
    pub date: Option<crate::source::Published>,
}

impl Loaded {
    /// A path from the config, relative to the config's folder.
    fn rel(&self, p: &str) -> PathBuf {
        let Some(dir) = self.path.as_ref().and_then(|c| c.parent()) else {
            return PathBuf::from(p);
        };
        if Path::new(p).is_absolute() {
            return PathBuf::from(p);
        }
        // Shown paths stay short: relative to the current directory when they can be.
        let cwd = std::env::current_dir().unwrap_or_default();
        let dir = dir.strip_prefix(&cwd).unwrap_or(dir);
        if dir.as_os_str().is_empty() {
            PathBuf::from(p)
        } else {
            dir.join(p)
        }
    }

    /// Packs: built-in names stay names, files are made relative to the config.
    fn pack(&self, p: &str) -> String {
        if crate::pack::BUILTIN.iter().any(|b| b.0 == p) {
            p.to_string()
        } else {
            self.rel(p).display().to_string()
        }
    }

    pub fn resolve(&self) -> Settings {
        let r = &self.raw;
        let mut packs: Vec<String> = if r.default_packs {
            crate::pack::BUILTIN
                .iter()
                .map(|b| b.0.to_string())
                .collect()
        } else {
            Vec::new()
        };
        packs.extend(r.packs.iter().map(|p| self.pack(p)));
        Settings {
            paths: r.paths.iter().map(|p| self.rel(p)).collect(),
            against: r.against.iter().map(|p| self.rel(p)).collect(),
            packs,
            facts: r.facts.iter().map(|p| self.rel(p)).collect(),
            rules: r.rules.clone(),
            overrides: r
                .overrides
                .iter()
                .filter_map(|o| globs(&o.files).map(|g| (g, o.rules.clone())))
                .collect(),
            include: globs(&r.include),
            exclude: globs(&r.exclude),
            fail_on: r.fail_on.unwrap_or(Severity::Warning),
            min_severity: r.min_severity.unwrap_or(Severity::Info),
            date: r.date.as_deref().and_then(|d| {
                crate::source::Published::parse(d, crate::source::DateOrigin::Config)
            }),
        }
    }
}

impl Settings {
    /// The severity of `rule` for a file, or None when it is off there.
    pub fn rule_severity(&self, rule: &str, path: &str, default: Severity) -> Option<Severity> {
        let mut s = self.rules.get(rule).map_or(Some(default), |r| r.severity());
        for (g, rules) in &self.overrides {
            if g.is_match(path)
                && let Some(r) = rules.get(rule)
            {
                s = r.severity();
            }
        }
        s
    }

    /// Whether a walked file is in scope.
    pub fn wants(&self, path: &str) -> bool {
        self.include.as_ref().is_none_or(|g| g.is_match(path))
            && !self.exclude.as_ref().is_some_and(|g| g.is_match(path))
    }
}

/// The starter config `claimlint init` writes.
pub const STARTER: &str = r#"# claimlint configuration. Found by walking up from the current directory;
# `claimlint config --dump` shows what a run resolves it to.

# Paths checked when the command line names none.
paths: [drafts/]
# Only files matching these globs (empty: every article file), minus these.
include: []
exclude: ["**/_archive/**"]

# The published archive: compared against, never reported on.
against: []

# The built-in packs (critical-minerals, offices) load unless this is false.
default-packs: true
# More packs: built-in names or YAML files, relative to this file.
packs: []
# Office facts files (see rules/facts/offices.yaml for the format).
facts: []

# Per-rule severity (error, warning, info) or off.
rules:
  arithmetic: warning
# Per-glob rule settings, applied in order.
overrides:
  - files: ["**/opinion/**"]
    rules: {figure-mismatch: warning}

# Exit 1 when a finding is at or above this severity; hide those below min-severity.
fail-on: warning
min-severity: info

# Publication date for documents that give none (front matter, dateline...).
# date: 2025-10-29
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starter_config_is_valid() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(".claimlint.yaml");
        std::fs::write(&p, STARTER).unwrap();
        let l = load(&p).unwrap();
        let s = l.resolve();
        assert_eq!(s.paths, vec![dir.path().join("drafts/")]);
        assert_eq!(
            s.rule_severity("figure-mismatch", "x/opinion/a.md", Severity::Error),
            Some(Severity::Warning)
        );
        assert_eq!(
            s.rule_severity("figure-mismatch", "news/a.md", Severity::Error),
            Some(Severity::Error)
        );
        assert!(!s.wants("a/_archive/b.md"));
    }

    #[test]
    fn bad_keys_rules_and_types_have_positions() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(".claimlint.yaml");
        for (text, line, needle) in [
            ("paths: [a]\nfail-onn: error\n", 2, "fail-onn"),
            ("rules:\n  figure-mismatc: off\n", 2, "figure-mismatc"),
            ("fail-on: loud\n", 1, "loud"),
            ("default-packs: [1]\n", 1, ""),
        ] {
            std::fs::write(&p, text).unwrap();
            let e = load(&p).unwrap_err();
            assert_eq!(e.line, line, "{text}: {e}");
            assert!(e.message.contains(needle), "{text}: {e}");
        }
    }

    #[test]
    fn discovery_walks_up() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".claimlint.yml"), "fail-on: error\n").unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        let l = discover(None, false, &sub).unwrap();
        assert_eq!(l.resolve().fail_on, Severity::Error);
        let none = discover(None, true, &sub).unwrap();
        assert!(none.path.is_none());
        assert!(
            none.resolve().packs.iter().any(|p| p == "offices"),
            "no config still loads the built-in packs"
        );
    }
}
