//! Inline suppressions, written as HTML comments in Markdown, HTML or text:
//! `<!-- claimlint-disable RULE -->` ... `<!-- claimlint-enable RULE -->`,
//! `<!-- claimlint-disable-next-line RULE -->`, `<!-- claimlint-disable-line RULE -->`,
//! and `<!-- claimlint-ignore "VALUE" -->`, which hides findings in the document whose
//! text, claim key or found value contains VALUE. No rule named means every rule.

use super::Notice;
use crate::check::Run;
use crate::finding::{Finding, Severity};
use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Disable,
    Enable,
    NextLine,
    Line,
    Ignore(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub kind: Kind,
    /// Rules named; empty means all.
    pub rules: Vec<String>,
    pub line: usize,
    pub column: usize,
}

fn re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"<!--\s*claimlint-(disable-next-line|disable-line|disable|enable|ignore)\b(.*?)-->",
        )
        .expect("suppression pattern is valid")
    })
}

/// The directives of one document's original text.
pub fn parse(source: &str, lines: &crate::source::offsets::LineIndex) -> Vec<Directive> {
    if memchr::memmem::find(source.as_bytes(), b"claimlint-").is_none() {
        return Vec::new();
    }
    re().captures_iter(source)
        .filter_map(|c| {
            let at = c.get(0)?.start();
            let (line, column) = lines.line_col(source, at);
            let arg = c.get(2).map_or("", |m| m.as_str()).trim();
            let (kind, rules) = match &c[1] {
                "ignore" => (
                    Kind::Ignore(arg.trim_matches(['"', '\'']).to_string()),
                    Vec::new(),
                ),
                k => {
                    let rules = arg
                        .split([',', ' '])
                        .filter(|r| !r.is_empty())
                        .map(str::to_string)
                        .collect();
                    let kind = match k {
                        "disable" => Kind::Disable,
                        "enable" => Kind::Enable,
                        "disable-next-line" => Kind::NextLine,
                        _ => Kind::Line,
                    };
                    (kind, rules)
                }
            };
            Some(Directive {
                kind,
                rules,
                line,
                column,
            })
        })
        .collect()
}

fn names(d: &Directive, rule: &str) -> bool {
    d.rules.is_empty() || d.rules.iter().any(|r| r == rule)
}

/// Which directive, if any, hides a finding.
fn hiding(ds: &[Directive], f: &Finding, line: usize, text: &str) -> Option<usize> {
    for (i, d) in ds.iter().enumerate() {
        let hit = match &d.kind {
            Kind::NextLine => d.line + 1 == line && names(d, f.rule),
            Kind::Line => d.line == line && names(d, f.rule),
            Kind::Ignore(v) => {
                let v = v.to_lowercase();
                !v.is_empty()
                    && [Some(text), Some(f.key.as_str()), f.found.as_deref()]
                        .into_iter()
                        .flatten()
                        .any(|s| s.to_lowercase().contains(&v))
            }
            _ => false,
        };
        if hit {
            return Some(i);
        }
    }
    // Regions: the last disable/enable before the line decides.
    ds.iter()
        .enumerate()
        .rfind(|(_, d)| {
            d.line <= line && matches!(d.kind, Kind::Disable | Kind::Enable) && names(d, f.rule)
        })
        .filter(|(_, d)| d.kind == Kind::Disable)
        .map(|(i, _)| i)
}

/// Drops suppressed findings; returns notices for unused directives when asked.
pub fn apply(run: &mut Run, report_unused: bool) -> Vec<Notice> {
    // Only the documents that hold directives, by index: a big batch has none in
    // nearly all of its documents (and those were never dropped, see `Doc`).
    let mut directives: HashMap<usize, (Vec<Directive>, Vec<bool>)> = HashMap::new();
    for (i, d) in run.docs.iter().enumerate() {
        if let Some(d) = d.document() {
            let ds = parse(d.source(), &d.lines);
            if !ds.is_empty() {
                let used = vec![false; ds.len()];
                directives.insert(i, (ds, used));
            }
        }
    }
    let docs = &run.docs;
    run.findings.retain(|f| {
        let Some((ds, used)) = directives.get_mut(&f.primary.doc) else {
            return true;
        };
        let loc = docs[f.primary.doc].locate(f.primary.span);
        match hiding(ds, f, loc.line, &loc.text) {
            Some(i) => {
                used[i] = true;
                false
            }
            None => true,
        }
    });
    if !report_unused {
        return Vec::new();
    }
    let mut held: Vec<_> = directives.into_iter().collect();
    held.sort_by_key(|(di, _)| *di);
    let mut out = Vec::new();
    for (di, (ds, used)) in held {
        for (d, _) in ds.iter().zip(used).filter(|(_, u)| !u) {
            if d.kind != Kind::Enable {
                out.push(Notice {
                    kind: "unused-suppression",
                    severity: Severity::Warning,
                    path: run.docs[di].path().into_owned(),
                    line: d.line,
                    column: d.column,
                    message: "this suppression hides no finding".into(),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::offsets::LineIndex;

    #[test]
    fn directives_parse() {
        let s = "a\n<!-- claimlint-disable-next-line figure-mismatch, role-mismatch -->\nb <!-- claimlint-ignore \"90%\" -->\n";
        let ds = parse(s, &LineIndex::new(s));
        assert_eq!(ds[0].kind, Kind::NextLine);
        assert_eq!(ds[0].rules, vec!["figure-mismatch", "role-mismatch"]);
        assert_eq!((ds[0].line, ds[1].line), (2, 3));
        assert_eq!(ds[1].kind, Kind::Ignore("90%".into()));
    }
}
