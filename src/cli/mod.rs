//! Command-line definitions (clap derive) and the commands. Each command returns an
//! exit code; only here and in `report` is anything written.

mod check;
mod config;
mod extract;
mod rules;

use crate::finding::Severity;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "claimlint",
    version,
    about = "Check a batch of articles for claims and figures that disagree."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check articles against each other, the calendar and facts; report conflicts.
    Check(CheckArgs),
    /// List every mention (figures, dates, roles) the grammar finds.
    Extract(ExtractArgs),
    /// List the checks and the built-in packs.
    Rules,
    /// Print a check's documentation.
    Explain {
        /// Rule id, e.g. figure-mismatch.
        rule: String,
    },
    /// Write a commented starter .claimlint.yaml in the current directory.
    Init {
        /// Overwrite an existing config.
        #[arg(long)]
        force: bool,
    },
    /// Show the configuration a run would use.
    Config {
        /// Print the resolved configuration.
        #[arg(long)]
        dump: bool,
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        no_config: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
    Jsonl,
    Sarif,
    Github,
    Rdjson,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Json,
    Jsonl,
    Yaml,
    Table,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories of articles (.txt, .md, .html, .jsonl); default: the
    /// config's `paths`.
    pub paths: Vec<PathBuf>,
    /// Documents used as evidence but not reported on (the published archive).
    #[arg(long)]
    pub against: Vec<PathBuf>,
    /// Add a pack: a built-in name or a YAML file. Repeatable.
    #[arg(long)]
    pub pack: Vec<String>,
    /// Add an office facts file. Repeatable.
    #[arg(long)]
    pub facts: Vec<PathBuf>,
    /// Do not load the built-in packs (critical-minerals, offices).
    #[arg(long)]
    pub no_default_packs: bool,
    #[arg(long, value_enum, default_value = "human")]
    pub format: CheckFormat,
    /// Exit 1 when a finding is at or above this severity [default: warning].
    #[arg(long, value_enum)]
    pub fail_on: Option<Severity>,
    /// Do not report findings below this severity [default: info].
    #[arg(long, value_enum)]
    pub min_severity: Option<Severity>,
    /// Publication date for documents that have none (YYYY-MM-DD).
    #[arg(long)]
    pub date: Option<String>,
    /// Colour: auto (terminal, NO_COLOR respected), always, never.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: Color,
    /// Config file (default: .claimlint.yaml found upwards, or CLAIMLINT_CONFIG).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Ignore any config file.
    #[arg(long)]
    pub no_config: bool,
    /// Report suppression comments that hide nothing.
    #[arg(long)]
    pub report_unused_suppressions: bool,
    /// Record the current findings in FILE (written atomically).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Hide the findings recorded in FILE.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Report only on lines a unified diff touches.
    #[arg(long, value_name = "FILE", conflicts_with = "changed_lines")]
    pub diff: Option<PathBuf>,
    /// Report only on lines changed against git HEAD (and untracked files).
    #[arg(long)]
    pub changed_lines: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "json")]
    pub format: ExtractFormat,
    /// Publication date for documents that have none (YYYY-MM-DD).
    #[arg(long)]
    pub date: Option<String>,
}

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> i32 {
    match cli.command {
        Command::Check(a) => check::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Rules => rules::list(),
        Command::Explain { rule } => rules::explain(&rule),
        Command::Init { force } => config::init(force),
        Command::Config {
            dump,
            config,
            no_config,
        } => config::show(dump, config, no_config),
    }
}

/// Parses `--date`, or reports a usage error.
pub fn parse_date(d: &Option<String>) -> Result<Option<crate::source::Published>, String> {
    match d {
        None => Ok(None),
        Some(s) => crate::source::Published::parse(s, crate::source::DateOrigin::Cli)
            .filter(|_| s.len() == 10)
            .map(Some)
            .ok_or_else(|| format!("--date `{s}` is not a date (YYYY-MM-DD)")),
    }
}
