//! Changed lines from a unified diff (`--diff FILE`) or from git (`--changed-lines`),
//! so a pull request is told only about the lines it touches.

use crate::check::Run;
use std::collections::HashMap;

/// File path (as in the diff's `+++` line, without `b/`) -> changed line ranges.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    files: HashMap<String, Vec<(usize, usize)>>,
    /// Files changed as a whole (untracked).
    whole: Vec<String>,
}

fn norm(p: &str) -> String {
    let p = p.strip_prefix("./").unwrap_or(p);
    p.replace('\\', "/")
}

impl Changes {
    pub fn parse(diff: &str) -> Changes {
        let mut c = Changes::default();
        let mut current: Option<String> = None;
        for line in diff.lines() {
            if let Some(rest) = line.strip_prefix("+++ ") {
                let p = rest.split('\t').next().unwrap_or(rest).trim();
                current = (p != "/dev/null").then(|| norm(p.strip_prefix("b/").unwrap_or(p)));
            } else if let (Some(rest), Some(file)) = (line.strip_prefix("@@ "), &current) {
                // @@ -a,b +c,d @@
                let Some(plus) = rest.split(' ').find(|t| t.starts_with('+')) else {
                    continue;
                };
                let mut it = plus[1..].split(',');
                let start: usize = it.next().and_then(|s| s.parse().ok()).unwrap_or(0);
                let count: usize = it.next().and_then(|s| s.parse().ok()).unwrap_or(1);
                c.files
                    .entry(file.clone())
                    .or_default()
                    .push((start, start + count.max(1) - 1));
            }
        }
        c
    }

    pub fn add_whole(&mut self, path: &str) {
        self.whole.push(norm(path));
    }

    pub fn touches(&self, path: &str, line: usize) -> bool {
        let p = norm(path);
        let matches = |f: &String| p == *f || p.ends_with(&format!("/{f}"));
        self.whole.iter().any(matches)
            || self.files.iter().any(|(f, ranges)| {
                matches(f) && ranges.iter().any(|&(a, b)| a <= line && line <= b)
            })
    }
}

/// The working tree's changes against HEAD, and untracked files, from git.
pub fn from_git() -> Result<Changes, String> {
    let run = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .output()
            .map_err(|e| format!("cannot run git: {e}"))
            .and_then(|o| {
                if o.status.success() {
                    Ok(String::from_utf8_lossy(&o.stdout).into_owned())
                } else {
                    Err(format!(
                        "git {}: {}",
                        args.join(" "),
                        String::from_utf8_lossy(&o.stderr).trim()
                    ))
                }
            })
    };
    // Both list paths relative to the current directory, as the user names them.
    let mut c = Changes::parse(&run(&["diff", "--unified=0", "--relative", "HEAD", "--"])?);
    for f in run(&["ls-files", "--others", "--exclude-standard"])?.lines() {
        c.add_whole(f);
    }
    Ok(c)
}

/// Keeps findings on changed lines.
pub fn apply(run: &mut Run, changes: &Changes) {
    let docs = &run.docs;
    run.findings.retain(|f| {
        let loc = docs[f.primary.doc].locate(f.primary.span);
        changes.touches(&loc.path, loc.line)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunks_become_line_ranges() {
        let d = "diff --git a/drafts/a.md b/drafts/a.md\n--- a/drafts/a.md\n+++ b/drafts/a.md\n@@ -3,0 +4,2 @@\n+x\n+y\n@@ -10 +12 @@\n-a\n+b\n";
        let c = Changes::parse(d);
        assert!(
            c.touches("drafts/a.md", 4)
                && c.touches("./drafts/a.md", 5)
                && c.touches("drafts/a.md", 12)
        );
        assert!(!c.touches("drafts/a.md", 6) && !c.touches("drafts/b.md", 4));
    }
}
