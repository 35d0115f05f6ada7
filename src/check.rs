//! The pipeline in one place. It streams: documents arrive a chunk at a time, and
//! each is extracted, its dates resolved, its claims keyed and its own rules run as
//! soon as it is reached (in parallel, order kept); then only its claims and a small
//! record (`Doc`) are kept, so memory grows with claims, not with mentions or text.
//! Two things wait for the batch year: a document whose publication date comes from
//! a dateline without a year waits whole, and a document with no publication date at
//! all keeps its text, dates and roles until its dates can be resolved. Then the
//! batch rules run over the claims.

use crate::claim::{self, Claim};
use crate::extract::resolve::{self, YearEvidence};
use crate::extract::{self, Extraction, Kind};
use crate::finding::Finding;
use crate::pack::PackSet;
use crate::rules::{self, Context, DocContext};
use crate::source::offsets::Span;
use crate::source::{Doc, Document, Published, segment};
use rayon::prelude::*;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;

/// Everything a run produced, for the reports. A check leaves `extractions` empty:
/// mentions are dropped as each document is done.
pub struct Run {
    pub docs: Vec<Doc>,
    pub extractions: Vec<Extraction>,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
    pub batch_year: Option<i16>,
}

/// A document longer than this is worked a section of sentences at a time, so its
/// mentions never all exist at once. A name introduced in one section does not
/// carry into the next; no news article comes near this size.
pub const SECTION: usize = 1 << 20;

const PANICKED: &str = "internal error while extracting; the document was checked without mentions";

/// Extracts and resolves dates for the whole batch at once; `extract` uses it, since
/// it reports every mention.
pub fn extract_batch(
    mut docs: Vec<Document>,
    default: Option<Published>,
) -> (Vec<Document>, Vec<Extraction>, Option<i16>) {
    // A panic in one document's extraction must not lose the batch: that document is
    // reported and checked with no mentions.
    let results: Vec<Option<Extraction>> = docs
        .par_iter()
        .map(|d| catch_unwind(AssertUnwindSafe(|| extract::extract(&d.text))).ok())
        .collect();
    let mut extractions = Vec::with_capacity(results.len());
    for (d, e) in docs.iter_mut().zip(results) {
        if e.is_none() {
            d.warnings.push(PANICKED.to_string());
        }
        extractions.push(e.unwrap_or_default());
    }
    let year = resolve::batch_year(&docs, &extractions);
    resolve::publication_dates(&mut docs, year, default);
    resolve::resolve_all(&docs, &mut extractions, year);
    (docs, extractions, year)
}

/// What `extract` needs to know before it writes a word: every warning of the batch
/// (a JSONL file's broken lines belong to its first article, known only at the end
/// of the file), and the batch year when a document has no date of its own.
pub struct ExtractPlan {
    pub late: Vec<crate::source::Late>,
    pub year: Option<Option<i16>>,
}

/// Reads the batch once without extracting, to plan a streamed `extract`; extracts
/// (for the batch year's evidence) only when some document has no publication date.
pub fn plan_extract(
    read: impl Fn() -> crate::source::Stream,
    default: Option<Published>,
) -> ExtractPlan {
    let mut first = read();
    let undated = first
        .by_ref()
        .flatten()
        .any(|d| d.published.is_none() && (d.dateline.is_some() || default.is_none()));
    let late = std::mem::take(&mut first.late);
    let year = undated.then(|| {
        let mut years = resolve::YearFold::default();
        for chunk in read() {
            let evidence: Vec<YearEvidence> = chunk
                .par_iter()
                .map(|d| {
                    let e = catch_unwind(AssertUnwindSafe(|| extract::extract(&d.text)));
                    YearEvidence::of(d.published, &e.unwrap_or_default())
                })
                .collect();
            evidence.iter().for_each(|ev| years.add(ev));
        }
        years.year()
    });
    ExtractPlan { late, year }
}

/// Extracts one chunk for a streamed `extract`: dates resolved against the batch
/// year (known beforehand when a document needs it; otherwise unused, and gathered
/// here for the report from each document's evidence).
pub fn extract_chunk(
    docs: &mut [Document],
    year: Option<i16>,
    default: Option<Published>,
) -> (Vec<Extraction>, Vec<YearEvidence>) {
    docs.par_iter_mut()
        .map(|d| {
            let e = catch_unwind(AssertUnwindSafe(|| extract::extract(&d.text)));
            let mut e = e.unwrap_or_else(|_| {
                d.warnings.push(PANICKED.to_string());
                Extraction::default()
            });
            let evidence = YearEvidence::of(d.published, &e);
            resolve::publication_date(d, year, default);
            extract::local::currencies(d, &mut e);
            resolve::resolve_doc(d, &mut e, year);
            (e, evidence)
        })
        .unzip()
}

pub fn run(docs: Vec<Document>, packs: &PackSet, default: Option<Published>) -> Run {
    run_with(std::iter::once(docs), packs, default, |_| true)
}

/// How far a document got before the batch year was known.
#[derive(Clone, Copy, PartialEq)]
enum Stage {
    /// Dated: keyed, events included, and checked.
    Done,
    /// No publication date: everything but its events and weekdays.
    Undated,
    /// Dated by a dateline without a year: only extracted.
    Waiting,
}

/// One document's share of the run.
struct Pass {
    /// Dates and roles while `Undated`, every mention while `Waiting`, then none.
    extraction: Extraction,
    claims: Vec<Claim>,
    findings: Vec<Finding>,
    evidence: YearEvidence,
    stage: Stage,
    panicked: bool,
}

/// Checks documents that arrive a chunk at a time (in batch order). Each chunk is
/// worked in parallel; a document that is done gives up its text at once, and only
/// the documents waiting for the batch year keep theirs (and their mentions).
pub fn run_with(
    chunks: impl IntoIterator<Item = Vec<Document>>,
    packs: &PackSet,
    default: Option<Published>,
    enabled: impl Fn(&str) -> bool + Sync,
) -> Run {
    // What claims say (key, label, value), shared by every claim that says the same.
    let names = Mutex::new(claim::Shared::default());
    let mut docs: Vec<Doc> = Vec::new();
    let mut claims: Vec<Claim> = Vec::new();
    let mut local: Vec<Finding> = Vec::new();
    let mut years = resolve::YearFold::default();
    let mut waiting: Vec<(usize, Pass)> = Vec::new();
    for mut chunk in chunks {
        // Without a dateline the batch year cannot change a publication date, so the
        // default applies now (as `publication_dates` would apply it later).
        for d in chunk.iter_mut() {
            if d.published.is_none() && d.dateline.is_none() {
                d.published = default;
            }
        }
        let base = docs.len();
        let mut block = Vec::new();
        let passes: Vec<Pass> = chunk
            .par_iter()
            .enumerate()
            .map(|(k, d)| guarded(d, || first_pass(base + k, d, packs, &names, &enabled)))
            .collect();
        for (mut d, mut p) in chunk.into_iter().zip(passes) {
            years.add(&p.evidence);
            take(&mut block, &mut p.claims);
            local.append(&mut p.findings);
            if p.panicked {
                d.warnings.push(PANICKED.to_string());
            }
            if p.stage == Stage::Done {
                docs.push(Doc::checked(d));
            } else {
                waiting.push((docs.len(), p));
                docs.push(Doc::kept(d));
            }
        }
        append(&mut claims, block);
    }
    let batch_year = years.year();
    for (i, _) in &waiting {
        if let Some(d) = docs[*i].document_mut() {
            resolve::publication_date(d, batch_year, default);
        }
    }
    waiting.par_iter_mut().for_each(|(i, p)| {
        let Some(d) = docs[*i].document() else { return };
        let done = catch_unwind(AssertUnwindSafe(|| {
            second_pass(*i, d, p, packs, &names, batch_year, &enabled)
        }));
        if done.is_err() {
            *p = panicked(p.evidence.clone());
        }
    });
    let late = !waiting.is_empty();
    let mut block = Vec::new();
    for (i, mut p) in waiting {
        if p.panicked {
            docs[i].warn(PANICKED.to_string());
        }
        take(&mut block, &mut p.claims);
        local.append(&mut p.findings);
        docs[i].drop_text();
    }
    append(&mut claims, block);
    if late {
        // Back in document order, as if every document had been done in one go
        // (the sorts are stable: a document's own order is kept).
        claims.sort_by_key(|c| c.doc());
        local.sort_by_key(|f| f.primary.doc);
    }
    // "LDP" in one article, "Liberal Democratic Party" in another: one key.
    claim::alias::initials(&mut claims);
    // "Jara" in an article that names no country, "Chile Jara" in the others.
    claim::alias::countries(&mut claims);
    // "Nicolas Sarkozy" in one article, "Sarkozy" in another.
    claim::alias::surnames(&mut claims);
    let cx = Context {
        docs: &docs,
        claims: &claims,
        packs,
    };
    let findings = rules::run(&cx, local, enabled);
    Run {
        docs,
        extractions: Vec::new(),
        claims,
        findings,
        batch_year,
    }
}

/// Appends a chunk's claims to the batch's, growing it by exactly what is added:
/// the claims are what a run keeps, and a vector doubled near the end of a big batch
/// would hold room for as many again. Growing a large vector does not copy it: the
/// allocator remaps its pages (glibc's `realloc` uses `mremap` for large blocks).
fn append(claims: &mut Vec<Claim>, mut block: Vec<Claim>) {
    if claims.is_empty() {
        *claims = block;
        return;
    }
    claims.reserve_exact(block.len());
    claims.append(&mut block);
}

/// Moves a document's claims to its chunk's; the first are taken, not copied, so one
/// huge document's claims never exist twice.
fn take(claims: &mut Vec<Claim>, mine: &mut Vec<Claim>) {
    if claims.is_empty() {
        std::mem::swap(claims, mine);
    } else {
        claims.append(mine);
    }
}

/// Runs one document's pass, catching a panic so the batch goes on without it (its
/// publication date still counts towards the batch year).
fn guarded(d: &Document, f: impl FnOnce() -> Pass) -> Pass {
    catch_unwind(AssertUnwindSafe(f))
        .unwrap_or_else(|_| panicked(YearEvidence::of(d.published, &Extraction::default())))
}

fn panicked(evidence: YearEvidence) -> Pass {
    Pass {
        extraction: Extraction::default(),
        claims: Vec::new(),
        findings: Vec::new(),
        evidence,
        stage: Stage::Done,
        panicked: true,
    }
}

fn first_pass(
    i: usize,
    d: &Document,
    packs: &PackSet,
    names: &Mutex<claim::Shared>,
    enabled: &(impl Fn(&str) -> bool + Sync),
) -> Pass {
    if d.published.is_none() && d.dateline.is_some() {
        let e = extract::extract(&d.text);
        return Pass {
            evidence: YearEvidence::of(None, &e),
            extraction: e,
            claims: Vec::new(),
            findings: Vec::new(),
            stage: Stage::Waiting,
            panicked: false,
        };
    }
    let dated = d.published.is_some();
    let mut p = Pass {
        extraction: Extraction::default(),
        claims: Vec::new(),
        findings: Vec::new(),
        evidence: YearEvidence::of(d.published, &Extraction::default()),
        stage: if dated { Stage::Done } else { Stage::Undated },
        panicked: false,
    };
    for section in sections(segment::sentences(&d.text)) {
        let e = extract::extract_in(&d.text, section);
        p.evidence.add(&e);
        let step = if dated { Step::All } else { Step::Figures };
        work(i, d, e, packs, names, step, None, enabled, &mut p);
    }
    p
}

/// The rest of a document's work, once the batch year is known.
fn second_pass(
    i: usize,
    d: &Document,
    p: &mut Pass,
    packs: &PackSet,
    names: &Mutex<claim::Shared>,
    year: Option<i16>,
    enabled: &(impl Fn(&str) -> bool + Sync),
) {
    let e = std::mem::take(&mut p.extraction);
    let step = if p.stage == Stage::Waiting {
        Step::All
    } else {
        Step::Dates
    };
    work(i, d, e, packs, names, step, year, enabled, p);
    p.stage = Stage::Done;
}

/// What one call of `work` does with the mentions it is given.
#[derive(Clone, Copy, PartialEq)]
enum Step {
    /// Before the dates can be resolved: figures and offices are keyed and checked;
    /// dates and roles are kept for later.
    Figures,
    /// Everything at once, dates resolved.
    All,
    /// After the batch year, on the kept dates and roles: events keyed, dates
    /// checked (of the document's rules, only those about dates find anything).
    Dates,
}

/// Resolves, keys and checks one section's mentions, as far as `step` says.
#[allow(clippy::too_many_arguments)]
fn work(
    i: usize,
    d: &Document,
    mut e: Extraction,
    packs: &PackSet,
    names: &Mutex<claim::Shared>,
    step: Step,
    year: Option<i16>,
    enabled: &(impl Fn(&str) -> bool + Sync),
    p: &mut Pass,
) {
    if step != Step::Figures {
        resolve::resolve_doc(d, &mut e, year);
    }
    let first = p.claims.len();
    if step != Step::Dates {
        extract::local::currencies(d, &mut e);
        claim::key_figures(i, d, &e, packs, &mut p.claims);
    }
    if step != Step::Figures {
        claim::event::key(i, d, &e, packs, &mut p.claims);
    }
    claim::intern_shared(&mut p.claims[first..], names);
    let cx = DocContext {
        doc: i,
        d,
        e: &e,
        packs,
    };
    p.findings.extend(rules::run_document(&cx, enabled));
    if step == Step::Figures {
        keep(&mut p.extraction, e);
    }
}

/// Appends a section's dates and roles, with the sentences that hold them, to what
/// the document keeps. Only a sentence with a date can date an event, so the others
/// are not needed again.
fn keep(into: &mut Extraction, e: Extraction) {
    let mut last = None;
    for mut m in e.mentions {
        if !matches!(m.kind, Kind::Date(_) | Kind::Role(_)) {
            continue;
        }
        if last != Some(m.sentence) {
            last = Some(m.sentence);
            into.sentences.push(e.sentences[m.sentence]);
        }
        m.sentence = into.sentences.len() - 1;
        m.conversion_of = None;
        into.mentions.push(m);
    }
}

/// Runs of whole sentences no longer than `SECTION` bytes (a longer sentence is a
/// section of its own).
fn sections(sentences: Vec<Span>) -> Vec<Vec<Span>> {
    let Some(last) = sentences.last() else {
        return vec![Vec::new()];
    };
    if last.end - sentences[0].start <= SECTION {
        return vec![sentences];
    }
    let mut out: Vec<Vec<Span>> = Vec::new();
    let mut start = 0;
    for s in sentences {
        match out.last_mut() {
            Some(cur) if s.end - start <= SECTION => cur.push(s),
            _ => {
                start = s.start;
                out.push(vec![s]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_keep_every_sentence_in_order_and_bounded() {
        let spans: Vec<Span> = (0..10_000)
            .map(|k| Span::new(k * 300, k * 300 + 290))
            .collect();
        let out = sections(spans.clone());
        assert!(out.len() > 1);
        assert_eq!(out.concat(), spans);
        for s in &out {
            assert!(s.last().unwrap().end - s[0].start <= SECTION);
        }
        assert_eq!(sections(spans[..10].to_vec()).len(), 1);
        assert_eq!(sections(Vec::new()), vec![Vec::<Span>::new()]);
    }

    /// A run keeps one claim per figure for the whole batch (and a mention only
    /// within one section), so their sizes set the memory per megabyte checked.
    #[test]
    fn kept_records_stay_small() {
        assert!(std::mem::size_of::<Claim>() <= 16);
        assert!(std::mem::size_of::<crate::extract::Mention>() <= 184);
        // A checked document is its date and origin; its text is read again.
        assert!(std::mem::size_of::<Doc>() <= 48);
    }
}
