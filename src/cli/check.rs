//! `claimlint check`: resolve settings (config, then flags), load, check, filter
//! (rule settings, suppressions, baseline, changed lines), report, and map the
//! findings to an exit code.

use super::{CheckArgs, CheckFormat, Color};
use crate::config::Settings;
use crate::filter::{self, Notice};
use crate::pack::PackSet;
use crate::report::{self, Summary};
use crate::source::Stream;
use std::io::{IsTerminal, Write};

/// Settings from the config file, overridden by the command line.
fn settings(a: &CheckArgs) -> Result<Settings, String> {
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    let loaded = crate::config::discover(a.config.as_deref(), a.no_config, &cwd)
        .map_err(|e| e.to_string())?;
    let mut s = loaded.resolve();
    if !a.paths.is_empty() {
        s.paths = a.paths.clone();
    }
    if s.paths.is_empty() {
        return Err(
            "no paths to check: name files or directories, or set `paths` in .claimlint.yaml"
                .into(),
        );
    }
    s.against.extend(a.against.iter().cloned());
    if a.no_default_packs {
        s.packs
            .retain(|p| !crate::pack::BUILTIN.iter().any(|b| b.0 == p));
    }
    s.packs.extend(a.pack.iter().cloned());
    s.facts.extend(a.facts.iter().cloned());
    if let Some(f) = a.fail_on {
        s.fail_on = f;
    }
    if let Some(m) = a.min_severity {
        s.min_severity = m;
    }
    if let Some(d) = super::parse_date(&a.date)? {
        s.date = Some(d);
    }
    Ok(s)
}

#[allow(clippy::print_stderr)]
pub fn run(a: CheckArgs) -> i32 {
    let s = match settings(&a) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let mut packs = PackSet::default();
    for p in &s.packs {
        if let Err(e) = packs.add(p) {
            eprintln!("error: {e}");
            return 2;
        }
    }
    for f in &s.facts {
        if let Err(e) = packs.add_facts(f) {
            eprintln!("error: {e}");
            return 2;
        }
    }
    // Read what the filters need before the work, so a bad flag fails fast.
    let baseline = match &a.baseline {
        Some(p) => match filter::baseline::read(p) {
            Ok(b) => Some(b),
            Err(e) => {
                eprintln!("error: {e}");
                return 2;
            }
        },
        None => None,
    };
    let changes = match (&a.diff, a.changed_lines) {
        (Some(p), _) => match std::fs::read_to_string(p) {
            Ok(t) => Some(filter::diff::Changes::parse(&t)),
            Err(e) => {
                eprintln!("error: {}: cannot read diff: {e}", p.display());
                return 2;
            }
        },
        (None, true) => match filter::diff::from_git() {
            Ok(c) => Some(c),
            Err(e) => {
                eprintln!("error: --changed-lines: {e}");
                return 2;
            }
        },
        (None, false) => None,
    };
    let wanted = |p: &str| s.wants(p);
    // Read a chunk at a time: the batch's text is never all in memory.
    let (stream, mut missing) = crate::source::stream(&s.paths, false, &wanted);
    let (against, against_missing) = crate::source::stream(&s.against, true, &wanted);
    missing.extend(against_missing);
    for m in &missing {
        eprintln!("error: {}: {}", m.path, m.reason);
    }
    let enabled = |id: &str| {
        s.rules.get(id).is_none_or(|r| r.severity().is_some()) || !s.overrides.is_empty()
    };
    let (chunks, reader) = crate::source::stream::read_ahead(vec![stream, against]);
    let mut run = crate::check::run_with(chunks, &packs, s.date, enabled);
    let Ok(streams) = reader.join() else {
        eprintln!("error: internal error while reading the articles");
        return 2;
    };
    let mut skipped = Vec::new();
    let mut first = 0;
    for mut st in streams {
        Stream::apply_late(std::mem::take(&mut st.late), |i, w| {
            if let Some(d) = run.docs.get_mut(first + i) {
                d.warn(w);
            }
        });
        first += st.handed();
        skipped.extend(st.skipped);
    }
    // Rule settings per file: a severity set in config wins; "off" drops.
    let docs = &run.docs;
    run.findings = std::mem::take(&mut run.findings)
        .into_iter()
        .filter_map(|mut f| {
            let path = docs[f.primary.doc].path();
            let configured = s.rules.contains_key(f.rule)
                || s.overrides
                    .iter()
                    .any(|(g, r)| g.is_match(&*path) && r.contains_key(f.rule));
            if configured {
                f.severity = s.rule_severity(f.rule, &path, f.severity)?;
            }
            Some(f)
        })
        .collect();
    let mut notices: Vec<Notice> = filter::suppress::apply(&mut run, a.report_unused_suppressions);
    if let Some(p) = &a.write_baseline
        && let Err(e) = filter::baseline::write(&run, p)
    {
        eprintln!("error: {}: cannot write baseline: {e}", p.display());
        return 2;
    }
    if let Some(b) = &baseline {
        filter::baseline::apply(&mut run, b);
    }
    if let Some(c) = &changes {
        filter::diff::apply(&mut run, c);
        notices.retain(|n| c.touches(&n.path, n.line));
    }
    run.findings.retain(|f| f.severity >= s.min_severity);
    let summary = Summary::of(&run, &skipped);
    let out = match a.format {
        CheckFormat::Human => {
            let color = match a.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    std::io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            report::human::render(&run, &summary, &notices, color)
        }
        CheckFormat::Json => {
            // Streamed: the claims of a big batch never sit in memory as text.
            let mut w = std::io::BufWriter::new(std::io::stdout().lock());
            if report::json::write_check_json(&run, &summary, &notices, &mut w)
                .and_then(|()| w.flush())
                .is_err()
            {
                return 2;
            }
            String::new()
        }
        CheckFormat::Jsonl => {
            // A line at a time: a big batch's findings never sit in memory as text.
            let mut w = std::io::BufWriter::new(std::io::stdout().lock());
            if run
                .findings
                .iter()
                .try_for_each(|f| writeln!(w, "{}", report::json::finding(&run, f)))
                .and_then(|()| w.flush())
                .is_err()
            {
                return 2;
            }
            String::new()
        }
        CheckFormat::Sarif => format!("{:#}\n", report::sarif::render(&run, &notices)),
        CheckFormat::Github => report::github::render(&run, &notices),
        CheckFormat::Rdjson => format!("{:#}\n", report::rdjson::render(&run, &notices)),
    };
    if std::io::stdout().lock().write_all(out.as_bytes()).is_err() {
        return 2;
    }
    if !missing.is_empty() {
        return 2;
    }
    let failing = run.findings.iter().any(|f| f.severity >= s.fail_on)
        || notices.iter().any(|n| n.severity >= s.fail_on);
    // The process ends here: freeing every claim one by one would only cost time.
    std::mem::forget(run);
    i32::from(failing)
}
