//! `claimlint check`: load, check, report, and map the findings to an exit code.

use super::{CheckArgs, CheckFormat, Color};
use crate::pack::PackSet;
use crate::report::{self, Summary};
use std::io::{IsTerminal, Write};

#[allow(clippy::print_stderr)]
pub fn run(a: CheckArgs) -> i32 {
    let default = match super::parse_date(&a.date) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let mut packs = PackSet::default();
    let names: Vec<String> = if a.no_default_packs {
        Vec::new()
    } else {
        crate::pack::BUILTIN
            .iter()
            .map(|b| b.0.to_string())
            .collect()
    };
    for p in names.iter().chain(&a.pack) {
        if let Err(e) = packs.add(p) {
            eprintln!("error: {e}");
            return 2;
        }
    }
    for f in &a.facts {
        if let Err(e) = packs.add_facts(f) {
            eprintln!("error: {e}");
            return 2;
        }
    }
    let mut batch = crate::source::load(&a.paths, false);
    let against = crate::source::load(&a.against, true);
    batch.documents.extend(against.documents);
    batch.skipped.extend(against.skipped);
    batch.missing.extend(against.missing);
    for m in &batch.missing {
        eprintln!("error: {}: {}", m.path, m.reason);
    }
    let mut run = crate::check::run(batch.documents, &packs, default);
    run.findings.retain(|f| f.severity >= a.min_severity);
    let summary = Summary::of(&run, &batch.skipped);
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
            report::human::render(&run, &summary, color)
        }
        CheckFormat::Json => format!("{:#}\n", report::json::check_json(&run, &summary)),
        CheckFormat::Jsonl => run
            .findings
            .iter()
            .map(|f| format!("{}\n", report::json::finding(&run, f)))
            .collect(),
    };
    if std::io::stdout().lock().write_all(out.as_bytes()).is_err() {
        return 2;
    }
    if !batch.missing.is_empty() {
        return 2;
    }
    i32::from(run.findings.iter().any(|f| f.severity >= a.fail_on))
}
