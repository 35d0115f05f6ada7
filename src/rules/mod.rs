//! Checks over the claim set. Each rule is one file with its documentation at the top
//! and its tests at the bottom, registered once in `ALL`. Rules group claims by key in
//! a hash map, never comparing all pairs, and return findings; they never print.

mod arithmetic;
mod event_date_mismatch;
mod fact_mismatch;
mod figure_mismatch;
mod impossible_date;
mod name_variant;
mod role_mismatch;
mod tally_fell;
mod weekday_mismatch;

use crate::claim::{Claim, Value};
use crate::extract::Extraction;
use crate::finding::{Finding, Label, MAX_RELATED, Severity};
use crate::pack::PackSet;
use crate::source::{Doc, Document};
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// Everything a rule may look at.
pub struct Context<'a> {
    pub docs: &'a [Doc],
    pub claims: &'a [Claim],
    pub packs: &'a PackSet,
}

impl Context<'_> {
    /// Claims grouped by key, in first-seen order (deterministic), each group in
    /// claim order. A group is made only when it is reached: the index behind them
    /// is one `u32` per claim, where a vector per group would cost a pointer per
    /// claim and an allocation per key (millions of keys in a large batch).
    pub fn groups<'c>(
        &'c self,
        keep: impl Fn(&Claim) -> bool,
    ) -> impl Iterator<Item = Vec<&'c Claim>> + 'c {
        // Two passes of one hash lookup each: count the groups' sizes, then place
        // each claim at its group's next slot (a counting sort).
        let mut index: FxHashMap<&str, u32> = FxHashMap::default();
        let mut starts: Vec<u32> = Vec::new();
        for c in self.claims.iter().filter(|c| keep(c)) {
            let next = starts.len() as u32;
            let g = *index.entry(c.key()).or_insert(next);
            if g == next {
                starts.push(0);
            }
            starts[g as usize] += 1;
        }
        let mut total = 0u32;
        for s in &mut starts {
            (*s, total) = (total, total + *s);
        }
        starts.push(total);
        let mut fill = starts.clone();
        let mut order = vec![0u32; total as usize];
        for (i, c) in self.claims.iter().enumerate().filter(|(_, c)| keep(c)) {
            let g = index[c.key()] as usize;
            order[fill[g] as usize] = i as u32;
            fill[g] += 1;
        }
        drop((index, fill));
        let claims = self.claims;
        (0..starts.len() - 1).map(move |g| {
            order[starts[g] as usize..starts[g + 1] as usize]
                .iter()
                .map(|&i| &claims[i as usize])
                .collect()
        })
    }

    /// The text a claim's span covers.
    pub fn text(&self, c: &Claim) -> std::borrow::Cow<'_, str> {
        self.docs[c.doc()].slice(c.span())
    }

    pub fn label(&self, c: &Claim, note: impl Into<String>) -> Label {
        Label {
            doc: c.doc(),
            span: c.span(),
            note: note.into(),
        }
    }

    /// The publication date of a claim's document.
    pub fn date(&self, c: &Claim) -> Option<jiff::civil::Date> {
        self.docs[c.doc()].published().map(|p| p.date)
    }

    /// The severity configured for a rule, or its default.
    pub fn severity(&self, rule: &dyn Rule) -> Severity {
        severity(self.packs, rule)
    }
}

/// What a per-document rule may look at: one document with all its mentions, before
/// the streaming check drops them.
pub struct DocContext<'a> {
    pub doc: usize,
    pub d: &'a Document,
    pub e: &'a Extraction,
    pub packs: &'a PackSet,
}

impl DocContext<'_> {
    pub fn severity(&self, rule: &dyn Rule) -> Severity {
        severity(self.packs, rule)
    }
}

fn severity(packs: &PackSet, rule: &dyn Rule) -> Severity {
    packs
        .severity
        .get(rule.id())
        .copied()
        .unwrap_or(rule.default_severity())
}

/// The evidence of one finding: labels for the first `MAX_RELATED` claims, and how
/// many more there are. Only those few are built, so a group of thousands of
/// agreeing articles costs the same per finding as a group of three.
pub fn bounded(evidence: &[&Claim], label: impl Fn(&Claim) -> Label) -> (Vec<Label>, usize) {
    let related = evidence
        .iter()
        .take(MAX_RELATED)
        .map(|c| label(c))
        .collect();
    (related, evidence.len().saturating_sub(MAX_RELATED))
}

pub trait Rule: Sync {
    /// Stable kebab-case id, named after the problem.
    fn id(&self) -> &'static str;
    /// One line: what it flags.
    fn summary(&self) -> &'static str;
    /// Full documentation: what it flags, why it matters, an example, its options.
    fn docs(&self) -> &'static str;
    fn default_severity(&self) -> Severity;
    /// Checks the batch's claims (and the dates kept from every document).
    fn check(&self, _cx: &Context) -> Vec<Finding> {
        Vec::new()
    }
    /// Checks one document's own mentions. Runs as each document is extracted,
    /// since a document's figures are dropped once they are keyed.
    fn check_document(&self, _cx: &DocContext) -> Vec<Finding> {
        Vec::new()
    }
}

/// Every rule, in the order their findings win when two report the same span.
pub static ALL: &[&dyn Rule] = &[
    &role_mismatch::RoleMismatch,
    &name_variant::NameVariant,
    &fact_mismatch::FactMismatch,
    &figure_mismatch::FigureMismatch,
    &tally_fell::TallyFell,
    &event_date_mismatch::EventDateMismatch,
    &weekday_mismatch::WeekdayMismatch,
    &impossible_date::ImpossibleDate,
    &arithmetic::Arithmetic,
];

/// A rule's `//!` header, cut from its source file (`include_str!`): the rule's
/// documentation lives once, where its code is.
fn header(source: &'static str) -> &'static str {
    source.split("\n\nuse ").next().unwrap_or("")
}

/// A rule's documentation as text: its `//!` header without the comment markers.
pub fn docs_text(r: &dyn Rule) -> String {
    r.docs()
        .lines()
        .map(|l| {
            l.strip_prefix("//! ")
                .unwrap_or(l.strip_prefix("//!").unwrap_or(l))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn find(id: &str) -> Option<&'static dyn Rule> {
    ALL.iter().copied().find(|r| r.id() == id)
}

/// Runs the enabled per-document rules on one document.
pub fn run_document(cx: &DocContext, enabled: impl Fn(&str) -> bool) -> Vec<Finding> {
    ALL.iter()
        .filter(|r| enabled(r.id()))
        .flat_map(|r| r.check_document(cx))
        .collect()
}

/// Runs the enabled rules over the batch, with the per-document findings (`local`,
/// in document order) already made; one finding per primary span (the first rule in
/// `ALL` wins), sorted by document and position.
pub fn run(cx: &Context, local: Vec<Finding>, enabled: impl Fn(&str) -> bool) -> Vec<Finding> {
    let mut all: Vec<Finding> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut local = local;
    for rule in ALL.iter().filter(|r| enabled(r.id())) {
        let (mine, rest): (Vec<Finding>, Vec<Finding>) =
            local.into_iter().partition(|f| f.rule == rule.id());
        local = rest;
        for f in rule.check(cx).into_iter().chain(mine) {
            if seen.insert((f.primary.doc, f.primary.span)) {
                all.push(f);
            }
        }
    }
    all.retain(|f| !cx.docs[f.primary.doc].evidence_only());
    all.sort_by(|a, b| {
        (a.primary.doc, a.primary.span, a.rule).cmp(&(b.primary.doc, b.primary.span, b.rule))
    });
    all
}

/// Are two names at most two edits apart, case-insensitive? Names whose lengths
/// differ by more than two never are, which settles most pairs without the
/// quadratic edit distance (the facts check compares every named holder).
pub fn near(a: &str, b: &str) -> bool {
    if a.chars().count().abs_diff(b.chars().count()) > 2 {
        return false;
    }
    strsim::damerau_levenshtein(&a.to_lowercase(), &b.to_lowercase()) <= 2
}

/// Are two spellings the same person? Same name; one the surname of the other; same
/// given name and a surname at most two edits away; or whole names two edits apart.
/// Are two spellings one name in two house styles: "C.S. Venkatakrishnan" and "CS
/// Venkatakrishnan", "Kim Jong-un" and "Kim Jong Un", or "Ishiba Shigeru" and
/// "Shigeru Ishiba" (the family name first, as Japanese, Chinese and Korean names
/// are often written)?
pub fn styled_alike(a: &str, b: &str) -> bool {
    let squeeze = |n: &str| -> String {
        n.chars()
            .filter(|c| !matches!(c, '.' | ' ' | '-'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    if squeeze(a) == squeeze(b) {
        return true;
    }
    let words = |n: &str| -> Vec<String> {
        let mut w: Vec<String> = n
            .split([' ', '-'])
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_matches('.').to_lowercase())
            .collect();
        w.sort_unstable();
        w
    };
    a.contains(' ') && words(a) == words(b)
}

pub fn same_person(a: &str, b: &str) -> bool {
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    if styled_alike(a, b) {
        return true;
    }
    // "Ferdinand Marcos Jr." is Ferdinand Marcos as the articles that drop it write.
    let (a, b) = (without_generation(a), without_generation(b));
    let (ga, sa) = a.rsplit_once(' ').map_or(("", a), |(g, s)| (g, s));
    let (gb, sb) = b.rsplit_once(' ').map_or(("", b), |(g, s)| (g, s));
    let close = |x: &str, y: &str| x.len().min(y.len()) >= 4 && near(x, y);
    if ga.is_empty() || gb.is_empty() {
        // One word against a full name: any of its words, since a leader may go by a
        // middle name or a short form ("Lula" for Luiz Inácio Lula da Silva).
        let (one, full) = if ga.is_empty() { (sa, b) } else { (sb, a) };
        return full
            .split(' ')
            .any(|w| w.eq_ignore_ascii_case(one) || close(w, one));
    }
    // "Tayyip Erdogan" is "Recep Tayyip Erdoğan" with a given name left out.
    let given_within = |short: &str, long: &str| {
        short.split(' ').all(|w| {
            long.split(' ')
                .any(|l| l.eq_ignore_ascii_case(w) || close(l, w))
        })
    };
    let (short, long) = if ga.len() <= gb.len() {
        (ga, gb)
    } else {
        (gb, ga)
    };
    (ga.eq_ignore_ascii_case(gb) && close(sa, sb))
        || (sa.eq_ignore_ascii_case(sb) && close(ga, gb))
        || ((sa.eq_ignore_ascii_case(sb) || close(sa, sb)) && given_within(short, long))
        || near(a, b)
}

/// A name without a generation after it ("Jr.", "III").
fn without_generation(n: &str) -> &str {
    ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]
        .iter()
        .find_map(|g| n.strip_suffix(g).and_then(|r| r.strip_suffix(' ')))
        .map_or(n, |r| r.trim_end_matches(','))
}

/// Claims grouped by person: spellings that `same_person` joins, compared once per
/// distinct spelling (a thousand articles naming one person make one comparison).
pub fn cluster_people<'a>(
    claims: &[&'a Claim],
    name: impl Fn(&Claim) -> &str,
) -> Vec<Vec<&'a Claim>> {
    let mut spellings: Vec<&str> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    let of: Vec<usize> = claims
        .iter()
        .map(|c| {
            let n = name(c);
            *index.entry(n).or_insert_with(|| {
                spellings.push(n);
                spellings.len() - 1
            })
        })
        .collect();
    // Cluster the spellings, then place each claim with its spelling's cluster.
    let mut cluster: Vec<usize> = (0..spellings.len()).collect();
    for i in 0..spellings.len() {
        if let Some(j) = (0..i).find(|&j| same_person(spellings[j], spellings[i])) {
            cluster[i] = cluster[j];
        }
    }
    let mut order: Vec<usize> = Vec::new();
    let mut out: Vec<Vec<&Claim>> = Vec::new();
    for (c, s) in claims.iter().zip(of) {
        let k = cluster[s];
        let at = order.iter().position(|&o| o == k).unwrap_or_else(|| {
            order.push(k);
            out.push(Vec::new());
            order.len() - 1
        });
        out[at].push(c);
    }
    out
}

/// A figure claim's interval widened by rounding and tolerance.
pub fn widened(v: &Value) -> Option<(f64, f64)> {
    let Value::Figure {
        low,
        high,
        step,
        tolerance,
        relative_tolerance,
        ..
    } = v
    else {
        return None;
    };
    // A hair under half a step: "169" and "170" (168.5 to 169.5, 169.5 to 170.5)
    // only touch, and two figures written apart to their last digit disagree.
    let half = step / 2.0 * (1.0 - 1e-9);
    // An open end stays open: a share of infinity would make it NaN.
    let share = |x: f64| {
        if x.is_finite() {
            relative_tolerance * x.abs()
        } else {
            0.0
        }
    };
    Some((
        low - half - tolerance - share(*low),
        high + half + tolerance + share(*high),
    ))
}

/// Formats a figure for messages: "55 billion USD", "90 percent".
pub fn show_figure(v: &Value) -> String {
    let Value::Figure {
        low, high, unit, ..
    } = v
    else {
        return String::new();
    };
    let one = |x: f64| {
        if !x.is_finite() {
            return "open".to_string();
        }
        let (n, s) = if x.abs() >= 1e12 {
            (x / 1e12, " trillion")
        } else if x.abs() >= 1e9 {
            (x / 1e9, " billion")
        } else if x.abs() >= 1e6 {
            (x / 1e6, " million")
        } else {
            (x, "")
        };
        let n = (n * 1000.0).round() / 1000.0;
        format!("{n}{s}")
    };
    // A hedge leaves one end open: "at least 2012", "at most 30".
    let body = if low == high {
        one(*low)
    } else if !high.is_finite() && low.is_finite() {
        format!("at least {}", one(*low))
    } else if !low.is_finite() && high.is_finite() {
        format!("at most {}", one(*high))
    } else {
        format!("{} to {}", one(*low), one(*high))
    };
    // A rank reads as one: "4th".
    if unit.as_str() == "rank" && low == high && low.fract() == 0.0 {
        let n = *low as u64;
        return format!("{n}{}", crate::extract::ordinal::suffix_of(n));
    }
    // Durations are kept in the singular ("month"); a message says "50 months".
    let plural = matches!(
        unit.as_str(),
        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade"
    ) && body != "1";
    format!("{body} {unit}{}", if plural { "s" } else { "" })
        .trim()
        .to_string()
}

#[cfg(test)]
pub(crate) mod testing {
    //! Runs the pipeline on short articles for rule tests.
    use crate::source::{Format, from_text};

    pub fn check(
        articles: &[&str],
        date: Option<&str>,
        packs: &[&str],
    ) -> Vec<(String, String, usize)> {
        let docs: Vec<_> = articles
            .iter()
            .enumerate()
            .flat_map(|(i, a)| {
                from_text(&format!("a{i}.txt"), a.to_string(), Format::Text).unwrap()
            })
            .collect();
        let mut set = crate::pack::PackSet::default();
        for p in packs {
            set.add(p).unwrap();
        }
        let default = date.map(|d| crate::source::Published {
            date: d.parse().unwrap(),
            origin: crate::source::DateOrigin::Cli,
        });
        let run = crate::check::run(docs, &set, default);
        run.findings
            .iter()
            .map(|f| {
                (
                    f.rule.to_string(),
                    run.docs[f.primary.doc].slice(f.primary.span).to_string(),
                    f.primary.doc,
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_documented() {
        let mut ids: Vec<&str> = ALL.iter().map(|r| r.id()).collect();
        for r in ALL {
            assert!(
                r.id().chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                r.id()
            );
            for section in ["## What it flags", "## Why", "## Example", "## Options"] {
                assert!(r.docs().contains(section), "{} docs lack {section}", r.id());
            }
            assert!(!r.summary().is_empty());
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), ALL.len());
    }

    #[test]
    fn every_rule_has_a_fixture_folder() {
        for r in ALL {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(r.id());
            assert!(
                dir.join("flag").is_dir() && dir.join("pass").is_dir(),
                "missing fixtures for {}",
                r.id()
            );
        }
    }

    #[test]
    fn an_open_figure_reads_as_its_hedge() {
        let fig = |low: f64, high: f64| crate::claim::Value::Figure {
            low,
            high,
            step: 1.0,
            unit: std::sync::Arc::new("people".to_string()),
            tolerance: 0.0,
            relative_tolerance: 0.0,
        };
        assert_eq!(
            show_figure(&fig(2012.0, f64::INFINITY)),
            "at least 2012 people"
        );
        assert_eq!(
            show_figure(&fig(f64::NEG_INFINITY, 30.0)),
            "at most 30 people"
        );
        assert_eq!(show_figure(&fig(20.0, 30.0)), "20 to 30 people");
    }

    #[test]
    fn a_duration_reads_in_the_plural() {
        let fig = |x: f64, unit: &str| crate::claim::Value::Figure {
            low: x,
            high: x,
            step: 1.0,
            unit: std::sync::Arc::new(unit.to_string()),
            tolerance: 0.0,
            relative_tolerance: 0.0,
        };
        assert_eq!(show_figure(&fig(50.0, "month")), "50 months");
        assert_eq!(show_figure(&fig(1.0, "year")), "1 year");
        assert_eq!(show_figure(&fig(3.0, "people")), "3 people");
        assert_eq!(show_figure(&fig(4.0, "rank")), "4th");
        assert_eq!(show_figure(&fig(22.0, "rank")), "22nd");
        assert_eq!(show_figure(&fig(12.0, "rank")), "12th");
    }

    #[test]
    fn same_person_spellings() {
        assert!(same_person("Sanae Takaichi", "Sanae Takashi"));
        assert!(same_person("Takashi", "Sanae Takaichi"));
        assert!(same_person("C.S. Venkatakrishnan", "CS Venkatakrishnan"));
        assert!(same_person("Kim Jong-un", "Kim Jong Un"));
        assert!(same_person("Ishiba Shigeru", "Shigeru Ishiba"));
        assert!(!same_person("Ishiba Shigeru", "Shigeru Ishida"));
        assert!(!same_person("Taro Kono", "Sanae Takaichi"));
        assert!(same_person("Lula", "Luiz Inácio Lula da Silva"));
        assert!(same_person(
            "Luiz Inacio Lula da Silva",
            "Luiz Inácio Lula da Silva"
        ));
        assert!(!same_person("Kono", "Sanae Takaichi"));
        assert!(!same_person("Li Qiang", "Li Keqiang") || near("Li Qiang", "Li Keqiang"));
        // A given name left out, a generation dropped, a letter without its accent.
        assert!(same_person("Tayyip Erdogan", "Recep Tayyip Erdoğan"));
        assert!(same_person("Ferdinand Marcos Jr.", "Ferdinand Marcos"));
        assert!(same_person("Ferdinand Marcos Jr", "Ferdinand R. Marcos"));
        // Another given name is another person.
        assert!(!same_person("Robert Kennedy", "John F. Kennedy"));
        assert!(!same_person("Shinzo Abe", "Akie Abe"));
    }
}
