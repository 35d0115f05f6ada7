//! claimlint reads a batch of articles, pulls out the figures and named facts they
//! state, and reports where they disagree: with each other, with themselves, with the
//! calendar, or with a dated file of facts.
//!
//! Data flows one way: `source` loads documents, `extract` finds mentions, `claim`
//! keys them, `rules` checks the claims and returns findings, `report` writes them.
//! Only `report` (and the binary) print.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
pub mod claim;
pub mod cli;
pub mod config;
pub mod extract;
pub mod filter;
pub mod finding;
pub mod lexicon;
pub mod pack;
pub mod report;
pub mod rules;
pub mod source;
