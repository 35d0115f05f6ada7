//! Baselines: `--write-baseline FILE` records today's findings by fingerprints that
//! survive line shifts (rule, file, key, the text flagged and its occurrence, never a
//! line number); `--baseline FILE` hides them. Written atomically.

use crate::check::Run;
use crate::finding::Finding;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub fingerprint: String,
    pub rule: String,
    pub path: String,
    pub text: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

/// FNV-1a: small, stable across platforms and releases, which a std hasher is not.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Fingerprints of every finding, in order.
pub fn fingerprints(run: &Run) -> Vec<String> {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    run.findings
        .iter()
        .map(|f: &Finding| {
            let d = &run.docs[f.primary.doc];
            let base = format!(
                "{}\0{}\0{}\0{}",
                f.rule,
                d.path(),
                f.key,
                d.slice(f.primary.span)
            );
            let h = fnv(base.as_bytes());
            let n = seen.entry(h).or_insert(0);
            *n += 1;
            format!("{:016x}-{}", h, n)
        })
        .collect()
}

pub fn build(run: &Run) -> Baseline {
    let mut findings: Vec<Entry> = fingerprints(run)
        .into_iter()
        .zip(&run.findings)
        .map(|(fp, f)| Entry {
            fingerprint: fp,
            rule: f.rule.to_string(),
            path: run.docs[f.primary.doc].path().into_owned(),
            text: run.docs[f.primary.doc].slice(f.primary.span).to_string(),
        })
        .collect();
    findings.sort_by(|a, b| (&a.path, &a.fingerprint).cmp(&(&b.path, &b.fingerprint)));
    Baseline {
        version: 1,
        findings,
    }
}

/// Writes `content` to `path` atomically: a temporary file beside it, then a rename.
pub fn write_atomic(path: &Path, content: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(content)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

pub fn write(run: &Run, path: &Path) -> std::io::Result<()> {
    let json = serde_json::to_string_pretty(&build(run)).unwrap_or_default();
    write_atomic(path, format!("{json}\n").as_bytes())
}

pub fn read(path: &Path) -> Result<Baseline, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read baseline: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}:{}:{}: not a claimlint baseline: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })
}

/// Drops findings the baseline knows; returns how many.
pub fn apply(run: &mut Run, baseline: &Baseline) -> usize {
    let known: BTreeSet<&str> = baseline
        .findings
        .iter()
        .map(|e| e.fingerprint.as_str())
        .collect();
    let keep: Vec<bool> = fingerprints(run)
        .iter()
        .map(|fp| !known.contains(fp.as_str()))
        .collect();
    let before = run.findings.len();
    let mut i = 0;
    run.findings.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    before - run.findings.len()
}
