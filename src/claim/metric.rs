//! The metric keyer: company and economic measures named in words
//! (rules/lexicons/metrics.yaml), so "operating profit rose 32.5%" and "a 23.5% jump
//! in quarterly operating profit" are compared although no pack knows the story and
//! the sentences share no wording. It keys a figure only when its sentence names
//! exactly one measure, starts with a name (whose measure), and says whether the
//! figure is the change (a percentage with "rose", "jump") or the level (an amount
//! after "to", "of", "reached"). A part of the company ("chip division") or a second
//! figure of the same kind in the sentence leaves it to the generic keyer.

use super::{Claim, Phrases, find_phrase};
use crate::extract::{Extraction, Kind, Unit};
use crate::lexicon;
use crate::source::Document;
use crate::source::offsets::Span;
use std::sync::OnceLock;

/// Words that start a sentence but name nobody.
const NOT_SUBJECTS: &[&str] = &[
    "The",
    "A",
    "An",
    "Its",
    "Their",
    "This",
    "That",
    "These",
    "In",
    "On",
    "At",
    "For",
    "But",
    "And",
    "However",
    "Meanwhile",
    "While",
    "After",
    "Before",
    "Analysts",
    "Rival",
    // The source of a figure, not whose it is: "Data showed UK inflation dropped".
    "Data",
    "Figures",
    "Statistics",
    // Kinds of a measure, capitalised at the start: "Services inflation dropped".
    "Services",
    "Core",
    "Headline",
    "Youth",
    // A person's title starts a sentence that quotes them, not one about them:
    // "Chief Executive Tim Cook said sales in China fell 11%".
    "Chief",
    "CEO",
    "Chairman",
    "Chairwoman",
    "Executive",
    "President",
    "Finance",
    "Minister",
    "It",
    "Profit",
    "Profits",
    "Earnings",
    "Income",
    "Growth",
    "Demand",
    "Prices",
    // Kinds of a result, capitalised at the start: "Net profit rose 21%".
    "Net",
    "Gross",
    "Operating",
    "Quarterly",
    "Annual",
    "Total",
    "Our",
    "We",
    "They",
    // Words that open a clause before the subject: "Compared with the same quarter
    // a year earlier, GDP rose 0.4%".
    "Compared",
    "According",
    "Despite",
    "Although",
    "Though",
    "Since",
    "During",
    "From",
    "Over",
    "Excluding",
    "Including",
    "Adjusted",
    "Following",
    "Unlike",
    "Amid",
    "As",
    "By",
    "With",
    "Overall",
    "Separately",
];

/// Words before an amount that make it the measure's level.
const LEVEL_BEFORE: &[&str] = &[
    "to", "of", "at", "reached", "hit", "was", "were", "totalled", "totaled", "posted", "reported",
    "earned", "made", "record",
];

/// Nouns before "of" that lead up to the measure's own amount: "a total of", "a
/// record of", "sales of" (a measure word itself is found by the lexicon).
const OF_LEVEL: &[&str] = &[
    "total", "record", "level", "sum", "high", "low", "value", "tune", "worth", "figure",
];

/// The lexicon's phrases as automata, built once.
struct Lookups {
    /// Every phrase of every measure, and the measure each names.
    metrics: Phrases,
    of: Vec<&'static str>,
    /// Each phrase's length, to find the phrases inside a longer one.
    len: Vec<usize>,
    parts: Phrases,
    changes: Phrases,
    outlooks: Phrases,
    estimates: Phrases,
    /// Words that make a share's move one of a span or of the day's trading, not the
    /// day's close: the same the market keyer reads for an index.
    elsewhere: Phrases,
    /// The phrases of every basis of a change, and the basis each names.
    bases: Phrases,
    basis_of: Vec<&'static str>,
}

/// The measure a loose word names ("profit"): it bounds clauses, and is never keyed.
const LOOSE: &str = "";

fn lookups() -> &'static Lookups {
    static L: OnceLock<Lookups> = OnceLock::new();
    L.get_or_init(|| {
        let lex = &lexicon::get().metrics;
        let (of, all): (Vec<&'static str>, Vec<&String>) = lex
            .metrics
            .iter()
            .flat_map(|(name, ps)| ps.iter().map(move |p| (name.as_str(), p)))
            .chain(lex.loose.iter().map(|p| (LOOSE, p)))
            .unzip();
        Lookups {
            metrics: Phrases::new(&all),
            len: all.iter().map(|p| p.len()).collect(),
            of,
            parts: Phrases::new(&lex.parts),
            changes: Phrases::new(&lex.changes),
            outlooks: Phrases::new(&lex.outlooks),
            estimates: Phrases::new(&lex.estimates),
            elsewhere: Phrases::new(&lexicon::get().markets.elsewhere),
            bases: Phrases::new(&lex.bases.values().flatten().collect::<Vec<_>>()),
            basis_of: lex
                .bases
                .iter()
                .flat_map(|(name, ps)| ps.iter().map(move |_| name.as_str()))
                .collect(),
        }
    })
}

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    let Some(published) = d.published else { return };
    let phrases = lookups();
    let mut last_period: Option<(usize, String, &str)> = None;
    for (si, s) in e.sentences.iter().enumerate() {
        let range = e.in_sentence(si);
        if range.is_empty() {
            continue;
        }
        // Only shares and amounts are keyed here: a sentence with none is not read.
        let figures: Vec<usize> = range
            .clone()
            .filter(|&i| {
                !keyed[i]
                    && e.mentions[i].conversion_of.is_none()
                    && matches!(&e.mentions[i].kind, Kind::Quantity(q) if matches!(q.unit, Unit::Percent | Unit::Money(_)))
            })
            .collect();
        if figures.is_empty() {
            continue;
        }
        let sentence = &d.text[s.start..s.end];
        // The measures the sentence names, each once.
        let mut named: Vec<&str> = measures_named(sentence).map(|(_, m)| m).collect();
        named.sort_unstable();
        named.dedup();
        if named.is_empty() {
            continue;
        }
        // A sentence of two measures ("industrial profit rose 15% to €2.9bn, while
        // orders climbed 12% to €23.6bn") is read a clause at a time, each clause
        // naming one measure. With one measure, the sentence is one clause, less any
        // later clause that names none ("..., and kept its buyback at $3.5 billion"):
        // its amount is another thing's.
        // One measure named in two clauses ("revenue was $55 billion, up 56%, and
        // data-centre sales rose 66% to $51.2 billion") is two figures of it: each
        // clause is read alone, and one that names a part is left to the part's
        // reader, as its figures are no rivals of the company's.
        let repeated =
            named.len() == 1 && figures.len() > 1 && measures_named(sentence).nth(1).is_some();
        // A part named in a sentence of one figure of one measure may be whose figure
        // it is: the sentence is left alone. Where the measure is named twice, only
        // the part's own clause is ("revenue rose 5% to 247.8 billion yuan, as sales
        // at its cloud computing unit jumped 34%").
        if !repeated && phrases.parts.any(sentence) {
            continue;
        }
        let clauses = if repeated {
            clauses_of(sentence)
                .into_iter()
                .filter(|&(a, b)| measures_named(&sentence[a..b]).next().is_some())
                .filter(|&(a, b)| {
                    let clause = &sentence[a..b];
                    !part_before_measure(clause) && !names_part(clause, phrases)
                })
                .map(|(a, b)| (s.start + a, s.start + b, named[0]))
                .collect()
        } else if named.len() == 1 {
            // Only a sentence of several amounts has one to leave out.
            let several = if figures.len() > 1 {
                clauses_of(sentence)
            } else {
                Vec::new()
            };
            let cut = several
                .into_iter()
                .find(|&(a, b)| measures_named(&sentence[a..b]).next().is_some())
                .filter(|&(_, b)| measures_named(&sentence[b..]).next().is_none())
                .map_or(s.end, |(_, b)| s.start + b);
            vec![(s.start, cut, named[0])]
        } else {
            clauses_of(sentence)
                .into_iter()
                .filter_map(|(a, b)| {
                    let mut in_clause: Vec<&str> =
                        measures_named(&sentence[a..b]).map(|(_, m)| m).collect();
                    in_clause.sort_unstable();
                    in_clause.dedup();
                    match in_clause[..] {
                        [metric] => Some((s.start + a, s.start + b, metric)),
                        _ => None,
                    }
                })
                .collect()
        };
        // The measure itself at the head of the sentence ("Revenue rose") names nobody;
        // nor does a pronoun or a period ("Its revenue", "Third-quarter revenue"):
        // those continue the company an earlier sentence named.
        // A sentence that names its company whole names no part of it: the part is
        // read only where no whole company was.
        let named = named_subject(d, *s, phrases).filter(|n| !a_person(e, n));
        let part = match &named {
            None => part_subject(d, e, si, phrases),
            // "Alibaba said its cloud computing revenue grew 34%": the company's
            // own part, named after its possessive.
            Some(name) => its_part(head(d, s.start, s.end)).map(|p| (name.clone(), p)),
        };
        let Some(company) = part.as_ref().map(|p| p.0.clone()).or(named).or_else(|| {
            continues(d, *s, phrases)
                .then(|| earlier_subject(d, e, si, phrases))
                .flatten()
        }) else {
            continue;
        };
        // A part's figures are keyed apart from the whole company's.
        let subject = match &part {
            Some((_, p)) => format!("{company} {p}"),
            None => company.clone(),
        };
        // A central bank sets a rate and reports no results: "Consumer prices rose
        // 3.1%" after the Fed's decision is the economy's, not the Fed's.
        if super::policy::is_central_bank(&subject) {
            continue;
        }
        // A country's rate ("German inflation fell to 2.3%") is the generic keyer's,
        // which reads countries and levels: keyed here too, two reports of one rate
        // would land under two keys.
        let a_country = lexicon::get()
            .country(&lexicon::title_case(&subject))
            .is_some();
        let lower = sentence.to_ascii_lowercase();
        // A period named once stands for the company's next sentences: "operating
        // profit fell 11% in the April-June quarter. Revenue rose 3.5%" is the
        // quarter's revenue.
        // A share price's move is the day's, whatever period the results are of.
        let stated = period(&lower);
        // Each sentence that carries it carries it on: a results story about one
        // quarter stays with it for as long as it keeps to the company.
        let carried = match stated {
            "-" => match last_period
                .as_mut()
                .filter(|(sj, who, _)| si - *sj <= CARRY_BACK && *who == company)
            {
                Some(p) => {
                    p.0 = si;
                    p.2
                }
                None => "-",
            },
            p => {
                last_period = Some((si, company.clone(), p));
                p
            }
        };
        let all_figures = figures;
        // The dateline's agency is no estimate's source: "HONG KONG (Bloomberg) -".
        let story_from = s.end - head(d, s.start, s.end).len();
        for (start, end, metric) in clauses {
            if metric == LOOSE {
                continue;
            }
            // "Global vehicle sales rose 4.7% to 2.6 million units": goods sold, no
            // revenue.
            if metric == "revenue"
                && UNIT_SALES
                    .iter()
                    .any(|u| find_phrase(&lower[start - s.start..end - s.start], u).is_some())
            {
                continue;
            }
            // "Samsung shares have risen 80% this year": a span's move, which two
            // articles a week apart both report truly; and never the day's close.
            if metric == "share price"
                && phrases
                    .elsewhere
                    .any(&lower[start - s.start..end - s.start])
            {
                continue;
            }
            if a_country && super::generic::RATES.contains(&metric) {
                continue;
            }
            let figures: Vec<usize> = all_figures
                .iter()
                .copied()
                .filter(|&i| e.mentions[i].span.start >= start && e.mentions[i].span.end <= end)
                .collect();
            let own_measure = start > s.start;
            let period = if metric == "share price" {
                stated
            } else {
                carried
            };
            let change = phrases.changes.any(&lower[start - s.start..end - s.start]);
            // An amount after "from" (and one joined to it by "and") is an earlier value
            // the sentence compares with: "profit of $2.3 billion, down from $2.8 billion
            // in the previous quarter and $3.3 billion a year earlier".
            let mut earlier = vec![false; figures.len()];
            for (k, &i) in figures.iter().enumerate() {
                let before = d.text[s.start..e.mentions[i].span.start].trim_end();
                let prev = before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                // "down from its earlier forecast of 3.8 trillion yen": "from" a few
                // words before, after the figure before it.
                let since_last = k.checked_sub(1).map_or(before, |j| {
                    &d.text[e.mentions[figures[j]].span.end..e.mentions[i].span.start]
                });
                // Back to "from", unless "to" comes first: "from a year earlier to
                // 12.2 trillion won" leads to the level.
                let from_near = k > 0
                    && since_last
                        .split_whitespace()
                        .rev()
                        .take(5)
                        .take_while(|w| !w.eq_ignore_ascii_case("to"))
                        .any(|w| w.eq_ignore_ascii_case("from"));
                earlier[k] = prev.eq_ignore_ascii_case("from")
                    || from_near
                    || (k > 0 && earlier[k - 1] && prev.eq_ignore_ascii_case("and"));
            }
            // An amount in a clause of its own after the measure's, with no level word
            // before it ("operating profit fell 11% to 1.17 trillion yen, as tariffs
            // cost it 450 billion yen") is no level of the measure, and no rival to
            // the one that is.
            let clause = &sentence[start - s.start..end - s.start];
            let aside = measures_named(clause).next().and_then(|(at, _)| {
                [", as ", ", while ", ", whereas ", "; "]
                    .iter()
                    .filter_map(|c| clause[at..].find(c))
                    .min()
                    .map(|c| start + at + c)
            });
            // "and proposed a dividend of 5.35 euros": an amount another noun leads
            // up to with "of" is that noun's, neither the measure's nor its rival.
            let of_another = |i: usize| {
                let before = d.text[s.start..e.mentions[i].span.start].trim_end();
                let Some(rest) = before.strip_suffix(" of") else {
                    return false;
                };
                let noun = rest
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                    .next()
                    .unwrap_or("");
                // The last three words hold any measure phrase that ends at the noun.
                let tail = rest
                    .rmatch_indices(' ')
                    .nth(2)
                    .map_or(rest, |(at, _)| &rest[at + 1..]);
                noun.starts_with(|c: char| c.is_ascii_lowercase())
                    && !OF_LEVEL.contains(&noun)
                    && measures_named(tail).next().is_none()
            };
            let level_word = |i: usize| {
                let before = d.text[s.start..e.mentions[i].span.start].trim_end();
                let prev = before
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                LEVEL_BEFORE.contains(&prev.as_str())
            };
            // "rose 62% to $57.0 billion, beating analysts' estimates of $54.9 billion":
            // an amount an estimate word leads up to is the analysts', no rival.
            // "ahead of the $75.5 billion analysts had expected": or one an estimate
            // word follows within two words of its clause ("$30.04 billion, beating
            // analysts' estimate" is the company's).
            let story_start = start.max(story_from);
            let estimated = |k: usize| {
                let from = k
                    .checked_sub(1)
                    .map_or(story_start, |j| e.mentions[figures[j]].span.end);
                let m = &e.mentions[figures[k]];
                let after = &d.text[m.span.end..s.end];
                let after = after.find([',', ';']).map_or(after, |p| &after[..p]);
                let next_two = after
                    .match_indices(' ')
                    .nth(2)
                    .map_or(after, |(at, _)| &after[..at]);
                // "the 3.3 trillion yen average of analyst estimates": further on in
                // its clause, when no other figure there could own the estimate.
                let own_clause = !after.contains(|c: char| c.is_ascii_digit());
                phrases.estimates.any(&d.text[from..m.span.start])
                    || phrases.estimates.any(next_two)
                    || own_clause && phrases.estimates.any(after)
            };
            // "Gross margin was 73.6%, up from 72%": a margin's percent is its level,
            // read as an amount is.
            let ratio = lexicon::get().metrics.ratios.iter().any(|r| r == metric);
            let in_percent = lexicon::get()
                .metrics
                .in_percent
                .iter()
                .any(|r| r == metric);
            // "a dividend of 5.35 euros a share" is per share; "paid $15 billion in
            // dividends" is the total: never one figure, nor rivals.
            let per_share = |i: usize| {
                let tail = d.text[e.mentions[i].span.end..s.end].trim_start();
                ["a share", "per share"].iter().any(|p| {
                    tail.get(..p.len())
                        .is_some_and(|t| t.eq_ignore_ascii_case(p))
                })
            };
            // "reported revenue of $57 billion ... and forecast sales of $65 billion":
            // an outlook word before an amount makes it the company's forecast, kept
            // apart from its results and no rival of them.
            let forecast = |i: usize| {
                phrases
                    .outlooks
                    .any(&d.text[start..e.mentions[i].span.start])
            };
            let count = |percent: bool, like: usize| {
                figures
                .iter()
                .enumerate()
                .zip(&earlier)
                .filter(|&((k, &i), &early)| {
                    ((percent && !ratio)
                        || (!early
                            && !estimated(k)
                            && !of_another(i)
                            && (level_word(i)
                                || aside.is_none_or(|a| e.mentions[i].span.start < a))))
                        && matches!(&e.mentions[i].kind, Kind::Quantity(q) if (q.unit == Unit::Percent) == percent)
                        && per_share(i) == per_share(like)
                        && forecast(i) == forecast(like)
                })
                .count()
            };
            for (k, (&i, &early)) in figures.iter().zip(&earlier).enumerate() {
                let m = &e.mentions[i];
                let Kind::Quantity(q) = &m.kind else { continue };
                let percent = q.unit == Unit::Percent;
                // "as inflation fell below its 2% target": the target, not the level.
                let target = d.text[m.span.end..s.end]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| {
                        let w = w.trim_end_matches([',', '.', ';']);
                        w.eq_ignore_ascii_case("target") || w.eq_ignore_ascii_case("goal")
                    });
                if (!percent || ratio) && (early || of_another(i))
                    || (in_percent && !percent)
                    || estimated(k)
                    || target
                {
                    continue;
                }
                // Two figures of one kind in a sentence: which is which is a guess.
                if count(percent, i) != 1 {
                    continue;
                }
                // "SK Hynix shares have doubled, while Samsung's have risen 80%": a clause
                // with a name of its own is that name's, not the sentence's subject's.
                let before = &d.text[s.start..m.span.start];
                let own = super::generic::own_clause(before);
                if own.len() < before.len() && !own_measure {
                    let first = own.trim_start_matches("the ").split([' ', '\'']).next();
                    let subject_first = subject.split(' ').next().unwrap_or("");
                    if !first.is_some_and(|w| w.eq_ignore_ascii_case(subject_first)) {
                        continue;
                    }
                }
                let role = if percent && ratio {
                    // "rose to 73.6%" is the level; "rose 2%" of a margin is unclear.
                    if change && !level_word(i) {
                        continue;
                    }
                    "level"
                } else if percent {
                    if !change {
                        continue;
                    }
                    "change"
                } else {
                    // "net income was $31.9 billion, or $1.30 per share": the same
                    // level over each share.
                    let or_each =
                        per_share(i) && d.text[s.start..m.span.start].trim_end().ends_with(", or");
                    if !level_word(i) && !or_each {
                        continue;
                    }
                    "level"
                };
                // Whose figure: an estimate word before it makes it someone else's; an
                // outlook word, the company's forecast, kept apart from its results.
                // Within its clause: "beating analysts' expectations, as orders rose 10%".
                let before = &d.text[story_start..m.span.start];
                if phrases.estimates.any(before) {
                    continue;
                }
                let role = if forecast(i) {
                    if percent {
                        "forecast change"
                    } else {
                        "forecast level"
                    }
                } else {
                    role
                };
                let unit = q.unit.label().unwrap_or_default();
                // "rose 40.8% in U.S. dollar terms": the basis the sentence names.
                let basis = percent
                    .then(|| {
                        phrases
                            .bases
                            .matches(&d.text[s.start..s.end])
                            .next()
                            .map(|(_, b)| phrases.basis_of[b])
                    })
                    .flatten();
                let class = match basis {
                    Some(b) => format!("percent {b}"),
                    None if percent => "percent".to_string(),
                    None if per_share(i) => format!("{unit} per share"),
                    None => unit,
                };
                // "net income of $1.30 a share" is the earnings per share.
                let metric = if metric == "net profit" && per_share(i) && !percent {
                    "earnings per share"
                } else {
                    metric
                };
                let class = if metric == "earnings per share" && !percent {
                    q.unit.label().unwrap_or_default()
                } else {
                    class
                };
                let month = published.date.strftime("%Y-%m");
                out.push(super::figure(
                    doc,
                    m,
                    q,
                    format!("metric:{subject} | {metric} | {role} | {class} | {period} @{month}"),
                    format!("{subject} {metric} ({role})"),
                ));
                keyed[i] = true;
            }
        }
    }
}

/// Clauses of a sentence that may each name a measure of their own, as byte ranges:
/// cut at ", while", ", and", "; ", ", as", ", with" and ", on" ("profit was 12.1
/// trillion won, on sales of 86.1 trillion won"). A clause led by another name
/// ("while Samsung's revenue rose") still counts only when it starts with its measure.
fn clauses_of(sentence: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<usize> = [
        ", while ",
        ", whereas ",
        ", and ",
        "; ",
        ", as ",
        " while ",
        ", with ",
        ", on ",
    ]
    .iter()
    .flat_map(|c| sentence.match_indices(c).map(|(at, _)| at))
    .collect();
    // "EBITDA jumped 40% to €1.5 billion and free cash flow was €2.5 billion": an
    // "and" with no comma parts two clauses only when a measure opens the second.
    static AND: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let and = AND.get_or_init(|| memchr::memmem::Finder::new(" and "));
    cuts.extend(
        and.find_iter(sentence.as_bytes())
            .filter(|&at| opens_with_measure(&sentence[at + 5..])),
    );
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut start = 0;
    for c in cuts {
        if c > start {
            out.push((start, c));
            start = c;
        }
    }
    out.push((start, sentence.len()));
    // A later clause is the sentence subject's only when it opens with its measure:
    // "while orders climbed", not "while Samsung's revenue rose".
    out.into_iter()
        .enumerate()
        .filter(|(k, (a, b))| {
            *k == 0 || {
                let clause = sentence[*a..*b]
                    .trim_start_matches([',', ';', ' '])
                    .trim_start_matches("while ")
                    .trim_start_matches("whereas ")
                    .trim_start_matches("and ")
                    .trim_start_matches("as ")
                    .trim_start_matches("with ")
                    .trim_start_matches("on ");
                opens_with_measure(clause)
            }
        })
        .map(|(_, r)| r)
        .collect()
}

/// Does a clause open with a measure, past words that qualify the company's own
/// ("and forecast fourth-quarter sales", "its revenue")?
fn opens_with_measure(clause: &str) -> bool {
    let mut clause = clause;
    while let Some((w, rest)) = clause.split_once(' ')
        && WHOLE.contains(&w)
    {
        clause = rest;
    }
    measures_named(clause).next().is_some_and(|(at, _)| at == 0)
}

/// The last measure of the lexicon named in `text`, and where: "Inflation in the
/// countries that use the euro rose to" names inflation.
/// A loose word last ("revenue rose 5%, while profit fell 3%") names no measure the
/// figure can take, and hides the one before it.
pub(super) fn last_named(text: &str) -> Option<(usize, &'static str)> {
    measures_named(text).last().filter(|(_, m)| *m != LOOSE)
}

/// The measures `text` names, where, but for the base of a share: in "a deficit of
/// 4.8% of GDP", GDP is what the share is of, not a measure of the sentence.
fn measures_named(text: &str) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    let phrases = lookups();
    let found: Vec<(usize, usize, usize)> = phrases
        .metrics
        .matches(text)
        .filter(|(at, _)| !is_base(&text[..*at]) && !ranked_by(&text[..*at]))
        .map(|(at, p)| (at, at + phrases.len[p], p))
        .filter(|&(_, end, p)| !(TRADE.contains(&phrases.of[p]) && to_a_partner(&text[end..])))
        .filter(|&(_, end, p)| {
            !(OF_A_COMPANY.contains(&phrases.of[p]) && in_a_region(&text[end..]))
        })
        .collect();
    // A phrase inside a longer one names nothing of its own: "trade deficit" is not
    // also the budget's "deficit", nor "stock price" also "stock".
    let inside = |&(a, b, _): &(usize, usize, usize)| {
        found
            .iter()
            .any(|&(a2, b2, _)| a2 <= a && b <= b2 && b2 - a2 > b - a)
    };
    let kept: Vec<(usize, &'static str)> = found
        .iter()
        .filter(|f| !inside(f))
        .map(|&(at, _, p)| (at, phrases.of[p]))
        .collect();
    kept.into_iter()
}

/// A company's measures, which a region named after them narrows to that region's.
const OF_A_COMPANY: &[&str] = &[
    "revenue",
    "operating profit",
    "net profit",
    "pre-tax profit",
    "underlying profit",
    "orders",
];

/// Regions a company reports apart that are no one country.
const REGIONS: &[&str] = &[
    "Europe",
    "Asia",
    "North America",
    "South America",
    "Latin America",
    "Greater China",
    "the Americas",
    "the Middle East",
    "Africa",
];

/// Does a region follow a company's measure: "sales in China fell 4%", "revenue in
/// Europe"? That is the region's part of the company, not its whole.
fn in_a_region(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" in ") else {
        return false;
    };
    REGIONS.iter().any(|r| rest.starts_with(r))
        || lexicon::country_spans(rest.get(..rest.len().min(40)).unwrap_or(rest))
            .first()
            .is_some_and(|(at, _)| at.start == 0 || (at.start == 4 && rest.starts_with("the ")))
}

/// Measures of trade, which a partner named after them narrows to one flow.
const TRADE: &[&str] = &["exports", "imports"];

/// Does a trade flow's partner follow: "exports to Africa", "imports from the United
/// States"? That flow is a part of the country's trade, not its whole.
fn to_a_partner(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(" to ")
        .or_else(|| after.strip_prefix(" from "))
    else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    rest.starts_with(|c: char| c.is_uppercase())
}

/// Does `before` end with "by" after a superlative's noun: "the world's biggest
/// automaker by sales" ranks by sales, and gives none.
fn ranked_by(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && words.take(3).any(|w| {
            w.ends_with("est") || w.eq_ignore_ascii_case("largest") || w.eq_ignore_ascii_case("top")
        })
}

/// Does `before` end with a share and "of" ("4.8% of ", "5 percent of the ")?
fn is_base(before: &str) -> bool {
    let b = before.trim_end();
    let b = b.strip_suffix(" the").unwrap_or(b);
    let Some(b) = b.strip_suffix(" of") else {
        return false;
    };
    let b = b.trim_end();
    b.ends_with('%') || b.ends_with("percent") || b.ends_with("per cent") || b.ends_with("pc")
}

/// Is `word` part of a measure's phrase written in `text` ("gross" in "of gross
/// domestic product")? Such a word names the measure, not a scope of the figure.
pub(super) fn in_named(text: &str, word: &str) -> bool {
    let phrases = lookups();
    let lex = &lexicon::get().metrics;
    phrases.metrics.matches(text).any(|(_, p)| {
        let name = phrases.of[p];
        lex.metrics.get(name).is_some_and(|ps| {
            ps.iter().any(|ph| {
                ph.split(' ').any(|w| w == word) && super::find_phrase(text, ph).is_some()
            })
        })
    })
}

/// Does `text` say what is to come: an outlook word of `metrics.yaml` ("expects",
/// "is expected to"), or "will", "would", "is set to"?
pub(super) fn forecasts(text: &str) -> bool {
    static MODALS: OnceLock<Phrases> = OnceLock::new();
    let modals = MODALS.get_or_init(|| Phrases::new(&["will", "would", "is set to", "are set to"]));
    lookups().outlooks.any(text) || modals.any(text)
}

/// Sentences back to look for the company a sentence continues.
const CARRY_BACK: usize = 4;

/// First words of a sentence that go on about the company named before: a pronoun,
/// "the company", or a reporting period ("Third-quarter revenue rose").
const CONTINUING: &[&str] = &[
    "adjusted",
    "underlying",
    "comparable",
    "its",
    "their",
    "it",
    "net",
    "gross",
    "operating",
    "total",
    "quarterly",
    "annual",
    "full-year",
    "first-quarter",
    "second-quarter",
    "third-quarter",
    "fourth-quarter",
    "first-half",
    "second-half",
    "half-year",
];
/// Nouns after "The" that mean the company named before ("The carmaker", "The
/// world's biggest automaker"), possessive or not.
const THE_COMPANY: &[&str] = &[
    "company",
    "firm",
    "group",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "bank",
    "lender",
    "retailer",
    "airline",
    "insurer",
    "miner",
    "conglomerate",
];

/// Words a company's description may hold between "The" and its noun: "The world's
/// biggest automaker", "The Japanese carmaker".
const DESCRIPTION_LEN: usize = 4;

/// The name a sentence starts with, unless it is the measure itself or a part of
/// the company.
fn named_subject(d: &Document, s: Span, phrases: &Lookups) -> Option<String> {
    subject(d, s.start, s.end).filter(|w| {
        let first = w.split(' ').next().unwrap_or_default();
        !w.split(' ').any(|x| {
            PERSON_TITLES
                .iter()
                .chain(OFFICERS)
                .any(|t| t.eq_ignore_ascii_case(x))
        }) && !phrases.metrics.any(w)
            && !CONTINUING.contains(&first)
            && !names_a_part(head(d, s.start, s.end), w.split(' ').count(), phrases)
            && !is_segment(w)
    })
}

/// Sales counted in goods, not money: "vehicle sales", "unit sales".
const UNIT_SALES: &[&str] = &[
    "vehicle sales",
    "car sales",
    "unit sales",
    "home sales",
    "smartphone sales",
    "phone sales",
    "device sales",
    "ticket sales",
];

/// Last words of a name that make it a business inside the company a story is about
/// ("Google Cloud", "Amazon Web Services"): its figures are a part's, and the
/// company's next sentences ("Net income rose 33%") are not about it.
const SEGMENTS: &[&str] = &[
    "cloud",
    "search",
    "devices",
    "gaming",
    "advertising",
    "ads",
    "division",
    "unit",
    "segment",
    "web services",
];

/// Is a name a business inside a company, by its last words?
fn is_segment(name: &str) -> bool {
    segment_of(name).is_some()
}

/// The business a name ends with: "cloud" of "Google Cloud" and of "Cloud", which
/// two reports of one company's part both write.
fn segment_of(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    SEGMENTS
        .iter()
        .find(|s| {
            lower
                .strip_suffix(**s)
                .is_some_and(|r| r.is_empty() || r.ends_with(' '))
        })
        .copied()
}

/// Words of a person's title: "Bundesbank President Joachim Nagel said" names a
/// speaker, whose measures the next sentences are not.
const PERSON_TITLES: &[&str] = &[
    "president",
    "minister",
    "chancellor",
    "governor",
    "chair",
    "chairman",
    "chairwoman",
    "secretary",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "economist",
    "mayor",
    "premier",
    "senator",
];

/// First words of a company officer's title ("Chief Executive", "CFO"): a person's
/// title as [`PERSON_TITLES`] are, who speaks for the company named before.
const OFFICERS: &[&str] = &["chief", "ceo", "cfo", "coo"];

/// Lower-case words of the kind that qualify a measure of the whole company
/// ("Nvidia quarterly revenue", "Toyota record operating profit"), or that start a
/// clause ("Samsung said its profit"), between a name and its measure.
const WHOLE: &[&str] = &[
    "its",
    "their",
    "the",
    "a",
    "an",
    "said",
    "says",
    "forecast",
    "saw",
    "had",
    "has",
    "made",
    "won",
    "cut",
    "hit",
    "set",
    "beat",
    "grew",
    "rose",
    "fell",
    "quarterly",
    "annual",
    "full-year",
    "first-quarter",
    "second-quarter",
    "third-quarter",
    "fourth-quarter",
    "first-half",
    "second-half",
    "half-year",
    "total",
    "overall",
    "record",
    "group",
    "core",
    "gross",
    "net",
    "adjusted",
    "underlying",
    "comparable",
];

/// Does the measure follow its name after one or two lower-case nouns, which name a
/// part of the company: "Data center revenue", "Nvidia data center revenue", "Apple
/// iPhone sales"? A verb (a word of [`WHOLE`], or one ending in -ed or -s) means the
/// measure is the company's own: "Nvidia reported revenue".
fn names_a_part(head: &str, subject_words: usize, phrases: &Lookups) -> bool {
    let Some((at, _)) = phrases.metrics.matches(head).next() else {
        return false;
    };
    let between: Vec<&str> = head[..at].split_whitespace().skip(subject_words).collect();
    // "Azure and other cloud services revenue": a product among others of its kind.
    if let ["and", "other", rest @ ..] = &between[..]
        && (1..=3).contains(&rest.len())
        && rest
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_lowercase()))
    {
        return true;
    }
    part_words(&between, false).is_some()
}

/// The part of the company one or two words before a measure name, lower-cased
/// ("data center" of "Nvidia data center revenue"). At the head of a sentence
/// (`opens`) the first may be capitalised and plural: "Data center revenue",
/// "Services revenue".
fn part_words(between: &[&str], opens: bool) -> Option<String> {
    let plain = |k: usize, w: &str| {
        let lower = w.to_ascii_lowercase();
        (w.starts_with(|c: char| c.is_lowercase()) || opens && k == 0)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !w.ends_with("ed")
            && (!w.ends_with('s') || opens && k == 0)
            && !WHOLE.contains(&lower.as_str())
            && !CONTINUING.contains(&lower.as_str())
    };
    ((1..=2).contains(&between.len()) && between.iter().enumerate().all(|(k, w)| plain(k, w)))
        .then(|| between.join(" ").to_ascii_lowercase())
}

/// Whose part a sentence's measure is of, and which part: the company the
/// sentence names before the part ("Nvidia data center revenue rose 66%"), else the
/// one the sentences before name ("Data center revenue was $51.2 billion"). Two
/// reports of one segment's revenue are compared with each other, never with the
/// company's.
fn part_subject(
    d: &Document,
    e: &Extraction,
    si: usize,
    phrases: &Lookups,
) -> Option<(String, String)> {
    let s = e.sentences[si];
    let head = head(d, s.start, s.end);
    let (at, metric) = measures_named(head).next()?;
    // "Services inflation" is a kind of a country's rate, read by the generic keyer.
    if super::generic::RATES.contains(&metric) {
        return None;
    }
    let words: Vec<&str> = head[..at].split_whitespace().collect();
    let (company, part) = match subject(d, s.start, s.end) {
        Some(name) if let Some(segment) = segment_of(&name) => (None, segment.to_string()),
        Some(name) if !names_a_part(head, name.split(' ').count(), phrases) => return None,
        Some(name) => {
            let n = name.split(' ').count();
            (Some(name), part_words(&words[n.min(words.len())..], false)?)
        }
        None => (None, part_words(&words, true)?),
    };
    // A country's "Services inflation" or a demonym's "Chinese exports" is no part.
    if words
        .iter()
        .any(|w| lexicon::get().country(&lexicon::title_case(w)).is_some())
    {
        return None;
    }
    let company = company.or_else(|| earlier_subject(d, e, si, phrases))?;
    if lexicon::get()
        .country(&lexicon::title_case(&company))
        .is_some()
    {
        return None;
    }
    // "data-center revenue" and "data center revenue" are one part.
    Some((company, part.replace('-', " ")))
}

/// The part of a company its possessive names before the sentence's first measure:
/// "its cloud computing revenue" is the cloud business's; "its quarterly revenue"
/// and "its net income" are the whole company's.
fn its_part(head: &str) -> Option<String> {
    // Most sentences hold no possessive: a byte search says so before the lookup.
    let b = head.as_bytes();
    if memchr::memmem::find(b, b"its ").is_none() && memchr::memmem::find(b, b"their ").is_none() {
        return None;
    }
    let (at, _) = measures_named(head).next()?;
    let words: Vec<&str> = head[..at].split_whitespace().collect();
    let its = words
        .iter()
        .rposition(|w| matches!(*w, "its" | "their"))
        .filter(|p| words.len() - p <= 3)?;
    part_words(&words[its + 1..], false).map(|p| p.replace('-', " "))
}

/// Does a clause's measure follow a part's words ("and data-centre sales rose")?
/// Only plain lower-case words right before it count, so "its third-quarter revenue"
/// is the whole company's.
fn part_before_measure(clause: &str) -> bool {
    let Some((at, _)) = measures_named(clause).next() else {
        return false;
    };
    let words: Vec<&str> = clause[..at].split_whitespace().collect();
    let from = words.len().saturating_sub(2);
    let tail = &words[from..];
    // "and that data-centre sales": the linking words lead no part.
    let tail: Vec<&str> = tail
        .iter()
        .copied()
        .skip_while(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "and" | "that" | "while" | "but"
            )
        })
        .collect();
    !tail.is_empty() && part_words(&tail, false).is_some()
}

/// Does a clause name a part of the company, by a part's word ("its cloud computing
/// unit") or by what is "from its" or "at its" ("revenue from its cloud
/// intelligence group")?
fn names_part(clause: &str, phrases: &Lookups) -> bool {
    phrases.parts.any(clause)
        || ["from its", "at its"]
            .iter()
            .any(|p| find_phrase(clause, p).is_some())
}

/// Does the sentence go on about the company named before it?
fn continues(d: &Document, s: Span, phrases: &Lookups) -> bool {
    let head = head(d, s.start, s.end);
    let mut words = head.split(' ').map(|w| {
        w.trim_end_matches([',', '.', ';', ':'])
            .to_ascii_lowercase()
    });
    let first = words.next().unwrap_or_default();
    let first = first.strip_suffix("'s").unwrap_or(&first);
    CONTINUING.contains(&first)
        // "Chief Financial Officer Colette Kress said gross margin was 73.6%": a
        // company's officer speaks of the company named before.
        || OFFICERS.contains(&first)
        || (first == "the"
            && words.take(DESCRIPTION_LEN + 1).any(|w| {
                let w = w.strip_suffix("'s").unwrap_or(&w);
                THE_COMPANY.contains(&w)
            }))
        || subject(d, s.start, s.end).is_some_and(|w| phrases.metrics.any(&w))
        || starts_with_measure(head)
        // "The stock gained 5%", "The shares fell": the company's shares after the
        // article ("The unemployment rate" is a country's, the generic keyer's).
        || head
            .get(..4)
            .is_some_and(|a| a.eq_ignore_ascii_case("the "))
            && head
                .get(4..head.len().min(20))
                .is_some_and(|h| measures_named(h).next() == Some((0, "share price")))
}

/// Does the text open with a measure's name ("Capital spending was", "Net income
/// rose")?
fn starts_with_measure(text: &str) -> bool {
    // The longest measure's phrase is under 40 bytes; the automaton reads no further.
    let head = text.get(..text.len().min(40)).unwrap_or(text);
    lookups().metrics.matches(head).any(|(at, _)| at == 0)
}

/// The company the last few sentences before `si` start with: one that named a
/// measure first ("Toyota reported an operating profit of ... Tariffs cost the
/// company ... Revenue rose": Toyota's revenue, not the tariffs'), else any.
fn earlier_subject(d: &Document, e: &Extraction, si: usize, phrases: &Lookups) -> Option<String> {
    let back = si.saturating_sub(CARRY_BACK)..si;
    let of_measure = |sj: &usize| {
        let s = e.sentences[*sj];
        measures_named(&d.text[s.start..s.end]).next().is_some()
    };
    back.clone()
        .rev()
        .filter(of_measure)
        .chain(back.rev())
        .find_map(|sj| named_subject(d, e.sentences[sj], phrases).filter(|n| !a_person(e, n)))
}

/// Is a name a person's the text names with a title ("Finance Minister Nirmala
/// Sitharaman ... Nirmala Sitharaman set the target"): no company's?
fn a_person(e: &Extraction, name: &str) -> bool {
    e.mentions.iter().any(|m| match &m.kind {
        Kind::Role(r) => r.person.eq_ignore_ascii_case(name),
        Kind::Name { person } => person.eq_ignore_ascii_case(name),
        _ => false,
    })
}

/// A sentence's text past its dateline ("TOKYO (Reuters) - "), from its first word.
pub(super) fn head(d: &Document, start: usize, end: usize) -> &str {
    let from = d
        .dateline_span
        .filter(|ds| ds.start >= start && ds.end <= end)
        .map_or(start, |ds| ds.end);
    let mut text = &d.text[from..end];
    // A dateline with no date ("TOKYO (Reuters) - "): a city in capitals, then a dash.
    let mut cut = text.len().min(80);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    if let Some(p) = dash_end(head)
        && (text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() > 1 && !w.chars().any(char::is_lowercase))
            || agency_dateline(&head[..p]))
    {
        text = &text[p..];
    }
    // Past the dateline's dash and agency: "- ", "(Reuters) - ".
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(');
    let text = match text.strip_prefix('(') {
        Some(t) => t.split_once(')').map_or(t, |(_, r)| r),
        None => text,
    };
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// Where the first dash set apart by spaces (" - ", " \u{2014} ", " -- ") ends. One
/// pass over the spaces: this runs for every figure's sentence.
fn dash_end(head: &str) -> Option<usize> {
    memchr::memchr_iter(b' ', head.as_bytes()).find_map(|p| {
        [" - ", " \u{2014} ", " \u{2013} ", " -- "]
            .iter()
            .find(|sep| head[p..].starts_with(*sep))
            .map(|sep| p + sep.len())
    })
}

/// A dateline in title case before its dash: a place in capitalised words, then the
/// agency in brackets ("New York (AP) —", "Cebu, Philippines (AP) —").
fn agency_dateline(before_dash: &str) -> bool {
    let Some((place, rest)) = before_dash.split_once('(') else {
        return false;
    };
    let agency_closes = rest
        .trim_end()
        .trim_end_matches(['-', '\u{2014}', '\u{2013}'])
        .trim_end()
        .ends_with(')');
    agency_closes
        && !place.trim().is_empty()
        && place
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// The name a sentence starts with (after a dateline): "Samsung Electronics".
/// Small words that join a phrase, never a description of what a company is.
const DESCRIPTION_STOPS: &[&str] = &[
    "to", "the", "a", "an", "of", "in", "for", "from", "on", "at", "and", "with", "by", "as",
    "said", "says", "was", "is", "were", "are", "has", "had",
];

fn subject(d: &Document, start: usize, end: usize) -> Option<String> {
    let text = head(d, start, end);
    if let Some(a) = bracketed_initials(text) {
        return Some(a.to_ascii_lowercase());
    }
    // "Capital spending was budgeted at": a measure opens the sentence, no name.
    if starts_with_measure(text) {
        return None;
    }
    let mut words: Vec<String> = Vec::new();
    let mut all = text.split(' ').peekable();
    while let Some(w) = all.next() {
        // A possessive ends the name: "Samsung Electronics' operating profit" is
        // Samsung Electronics', as "Samsung's" is Samsung's.
        let w = ["'s", "\u{2019}s", "'", "\u{2019}"]
            .iter()
            .find_map(|p| w.strip_suffix(p).map(|n| (n, true)))
            .unwrap_or((w, false));
        let (w, possessive) = w;
        let clean = w.trim_end_matches([',', '.', ';', ':']);
        // "German industrial group Siemens AG said", "Japanese automaker Toyota":
        // a country's adjective and what the company is come before its name.
        if let [one] = words.as_slice()
            && clean.starts_with(|c: char| c.is_lowercase())
            && lexicon::get().country(&lexicon::title_case(one)).is_some()
        {
            // The words after this one, up to the first capitalised: at most two
            // more lower-case words ("industrial group"), then the name.
            // A word of a phrase ("German exports to the United States") or a
            // measure ("Chinese exports") is no description of a company.
            let describes = |w: &str| !DESCRIPTION_STOPS.contains(&w);
            let more = all
                .clone()
                .take_while(|n| n.starts_with(|c: char| c.is_lowercase()))
                .count();
            let named = all
                .clone()
                .nth(more)
                .is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()));
            let plain = describes(clean) && all.clone().take(more).all(describes);
            if more <= 2 && named && plain && !starts_with_measure(clean) {
                words.clear();
                if more > 0 {
                    all.nth(more - 1);
                }
                continue;
            }
        }
        if !clean.starts_with(|c: char| c.is_uppercase()) || words.len() == 4 {
            break;
        }
        // "Data-center revenue": a compound noun, not a name ("Rolls-Royce" is one).
        let compound = clean
            .split('-')
            .skip(1)
            .any(|p| p.starts_with(|c: char| c.is_lowercase()));
        if words.is_empty() && (NOT_SUBJECTS.contains(&clean) || compound) {
            return None;
        }
        // "Siemens AG", "Toyota Motor Corp.": the company's legal form is no part
        // of its name as other reports write it.
        if !words.is_empty() && lexicon::get().actions.ends_name(&words, clean) {
            break;
        }
        // "Japan's Toyota": a company is named after its country's possessive.
        if possessive
            && words.is_empty()
            && lexicon::get().country(clean).is_some()
            && all
                .peek()
                .is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()))
        {
            continue;
        }
        words.push(clean.to_lowercase());
        if clean.len() != w.len() || possessive {
            break;
        }
    }
    // "Chinese exports" are China's: a demonym alone before a measure is its country
    // ("Japanese automaker Toyota" is no country's figure).
    if let [one] = words.as_slice()
        && let Some(c) = lexicon::get().country(&lexicon::title_case(one))
        && text
            .split_once(' ')
            .is_some_and(|(_, rest)| starts_with_measure(rest))
    {
        return Some(c.to_lowercase());
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// "Taiwan Semiconductor Manufacturing Co (TSMC) reported": a name in capitals with
/// its initials in brackets after it goes by the initials, as later reports name it.
/// A ticker ("Apple (AAPL)") is not its name's initials, and is passed over.
fn bracketed_initials(text: &str) -> Option<&str> {
    let head = text.as_bytes();
    let open = memchr::memchr(b'(', &head[..head.len().min(80)])?.checked_sub(1)?;
    if head[open] != b' ' {
        return None;
    }
    let name: Vec<&str> = text[..open].split(' ').collect();
    if name.len() < 2
        || !name
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    let inner = &text[open + 2..];
    let a = &inner[..inner.find(')')?];
    let initials: String = name.iter().filter_map(|w| w.chars().next()).collect();
    (a.len() >= 2 && a.bytes().all(|b| b.is_ascii_uppercase()) && initials.starts_with(a))
        .then_some(a)
}

/// The reporting period a sentence names, as a class: a quarter, a half, a year.
fn period(lower: &str) -> &'static str {
    let has = |w: &str| find_phrase(lower, w).is_some();
    if [
        "quarter",
        "quarterly",
        "third-quarter",
        "second-quarter",
        "first-quarter",
        "fourth-quarter",
        "q1",
        "q2",
        "q3",
        "q4",
    ]
    .iter()
    .any(|w| has(w))
        || [
            "january-march",
            "april-june",
            "july-september",
            "october-december",
            "january to march",
            "april to june",
            "july to september",
            "october to december",
            "three months to",
            "three months ended",
            "three months ending",
            "three months through",
        ]
        .iter()
        .any(|w| lower.contains(w))
    {
        "quarter"
    } else if has("half")
        || has("half-year")
        || has("first-half")
        || [
            "six months to",
            "six months ended",
            "six months ending",
            "six months through",
            "first six months",
        ]
        .iter()
        .any(|w| lower.contains(w))
    {
        "half"
    } else if has("annual")
        || has("full-year")
        || has("fiscal")
        || has("full year")
        // "for the year to March 2026", "the year ending in March"
        || ["the year to", "year ending", "year ended", "year through"]
            .iter()
            .any(|w| lower.contains(w))
    {
        "year"
    } else {
        "-"
    }
}

#[cfg(test)]
mod tests {

    /// The company layer's keys of some texts.
    fn keys(texts: &[&str]) -> Vec<(String, String)> {
        crate::claim::test_keys(texts)
            .into_iter()
            .filter(|(k, _)| k.starts_with("metric:"))
            .collect()
    }

    /// The keys of the claims whose text is `t`.
    fn keyed<'a>(k: &'a [(String, String)], t: &str) -> Vec<&'a str> {
        k.iter()
            .filter(|(_, x)| x == t)
            .map(|(k, _)| k.as_str())
            .collect()
    }

    /// A measure named again in a later clause is read a clause at a time: the
    /// company's figures are keyed, a part's clause is left out, and a forecast is
    /// no rival of the result.
    #[test]
    fn a_measure_named_twice_is_read_by_clause() {
        let k = keys(&[
            "Nov 20, 2025 - Acme said on Wednesday its third-quarter revenue was $55 billion, up 56%, and that cloud sales rose 66% to $51.2 billion.",
            "Nov 19, 2025 - Acme reported third-quarter revenue of $57.0 billion, up 62%, and forecast fourth-quarter sales of about $65 billion, above analysts' estimates of $61.66 billion.",
        ]);
        assert_eq!(
            keyed(&k, "$55 billion"),
            keyed(&k, "$57.0 billion"),
            "{k:?}"
        );
        assert_eq!(
            keyed(&k, "$55 billion"),
            ["metric:acme | revenue | level | USD | quarter @2025-11"]
        );
        assert_eq!(keyed(&k, "56%"), keyed(&k, "62%"), "{k:?}");
        assert!(
            keyed(&k, "66%").is_empty() && keyed(&k, "$51.2 billion").is_empty(),
            "{k:?}"
        );
        assert!(
            keyed(&k, "about $65 billion")[0].contains("| forecast level |"),
            "{k:?}"
        );
        assert!(keyed(&k, "$61.66 billion").is_empty(), "{k:?}");
    }

    /// A profit's amount over each share is the earnings per share, however written,
    /// and no rival of the total.
    #[test]
    fn a_profit_per_share_is_the_earnings_per_share() {
        let k = keys(&[
            "Nov 19, 2025 - Acme's net income was $31.9 billion, or $1.30 per share, in the quarter.",
            "Nov 19, 2025 - Acme's earnings per share were $1.30 in the quarter, against the $1.26 analysts expected.",
        ]);
        assert_eq!(keyed(&k, "$31.9 billion").len(), 1, "{k:?}");
        let eps = keyed(&k, "$1.30");
        assert_eq!(eps.len(), 2, "{k:?}");
        assert_eq!(eps[0], eps[1]);
        assert!(
            eps[0].contains("| earnings per share | level | USD |"),
            "{k:?}"
        );
        assert!(keyed(&k, "$1.26").is_empty(), "{k:?}");
    }

    /// "The stock" after a company's sentence is that company's shares; "The
    /// unemployment rate" stays the country's.
    #[test]
    fn the_stock_is_the_company_s() {
        let k = keys(&[
            "Nov 19, 2025 - Acme posted revenue of $57 billion. The stock gained about 5% on Thursday.",
            "Nov 19, 2025 - Acme posted revenue of $57 billion. The unemployment rate rose to 4.1%.",
        ]);
        assert!(
            keyed(&k, "about 5%")[0].starts_with("metric:acme | share price | change"),
            "{k:?}"
        );
        assert!(keyed(&k, "4.1%").is_empty(), "{k:?}");
    }

    /// The quarter a results story names stays with the company sentence after
    /// sentence, not only for the next few.
    #[test]
    fn a_period_is_carried_along_the_company() {
        let k = keys(&[
            "Nov 19, 2025 - Acme reported third-quarter revenue of $57 billion. Acme's cloud arm grew. Acme hired staff. Acme's margin widened. Acme's gross margin was 73.6%. Acme's net income was $31.9 billion.",
        ]);
        assert!(
            keyed(&k, "$31.9 billion")[0].contains("| quarter @"),
            "{k:?}"
        );
    }

    /// Sales counted in goods are no revenue.
    #[test]
    fn unit_sales_are_no_revenue() {
        let k = keys(&[
            "TOKYO, Nov 5, 2025 - Toyota said revenue rose 8.1% in the quarter. Global vehicle sales rose 4.7% to 2.6 million units.",
        ]);
        assert_eq!(keyed(&k, "8.1%").len(), 1, "{k:?}");
        assert!(keyed(&k, "4.7%").is_empty(), "{k:?}");
    }

    /// A business inside the company ("Google Cloud", "Cloud") is a part of it, keyed
    /// by the business, and the next sentence's measure is the company's again; a
    /// person the text names with a title is no company.
    #[test]
    fn a_segment_is_a_part_and_a_person_no_company() {
        let k = keys(&[
            "Oct 29, 2025 - Alphabet reported revenue of $102.3 billion for the quarter. Google Cloud revenue rose 34% to $15.16 billion. Net income rose 33% to $34.98 billion.",
            "Oct 29, 2025 - Alphabet's revenue climbed 16% to $102.3 billion in the quarter. Cloud revenue increased 43% to $15.2 billion.",
        ]);
        assert_eq!(keyed(&k, "34%"), keyed(&k, "43%"), "{k:?}");
        assert!(
            keyed(&k, "34%")[0].starts_with("metric:alphabet cloud | revenue"),
            "{k:?}"
        );
        assert!(
            keyed(&k, "33%")[0].starts_with("metric:alphabet | net profit"),
            "{k:?}"
        );
        let k = keys(&[
            "Feb 1, 2025 - India's Finance Minister Nirmala Sitharaman presented the budget. Nirmala Sitharaman set the deficit target. Capital expenditure was set at 11.21 lakh crore rupees.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    /// An estimate word further on in a figure's clause ("the 3.3 trillion yen
    /// average of analyst estimates") makes that figure the analysts', so the
    /// company's own figure before it is keyed alone.
    #[test]
    fn an_estimate_later_in_its_clause_is_the_analysts() {
        let k = keys(&[
            "TOKYO, Nov 6, 2025 - Toyota Motor Corp. raised its annual operating income guidance to 3.4 trillion yen, beating the 3.3 trillion yen average of analyst estimates.",
        ]);
        assert_eq!(keyed(&k, "3.4 trillion yen").len(), 1, "{k:?}");
        assert!(keyed(&k, "3.3 trillion yen").is_empty(), "{k:?}");
    }

    /// "Alibaba said its cloud computing revenue grew 34%": a part named after the
    /// company's possessive is the part's; "its revenue" and "its quarterly revenue"
    /// are the whole company's.
    #[test]
    fn a_part_after_its_possessive_is_the_parts() {
        let k = keys(&[
            "HANGZHOU, Nov 25, 2025 - Alibaba Group said on Tuesday its cloud computing revenue grew 34% to 39.8 billion yuan. Total revenue rose 5% to 247.8 billion yuan.",
            "HANGZHOU, Nov 25, 2025 - Alibaba Group said its quarterly revenue rose 5%.",
        ]);
        assert!(
            keyed(&k, "34%")[0].starts_with("metric:alibaba cloud computing | revenue | change"),
            "{k:?}"
        );
        let whole = keyed(&k, "5%");
        assert_eq!(whole.len(), 2, "{k:?}");
        assert!(
            whole
                .iter()
                .all(|w| w.starts_with("metric:alibaba | revenue | change")),
            "{k:?}"
        );
    }

    /// A later clause that names no measure holds another thing's amount: the
    /// earnings are keyed, the buyback is not theirs. "General Motors" keeps its
    /// "Motors": "General" names no company.
    #[test]
    fn a_later_clause_without_a_measure_is_left_out() {
        let k = keys(&[
            "LONDON, Oct 30, 2025 - Shell reported third-quarter adjusted earnings of $5.4 billion on Thursday, and kept its share buyback at $3.5 billion.",
            "DETROIT, Oct 1, 2025 - General Motors said its revenue rose 8% in the third quarter.",
        ]);
        assert_eq!(
            keyed(&k, "$5.4 billion"),
            ["metric:shell | underlying profit | level | USD | quarter @2025-10"],
            "{k:?}"
        );
        assert!(keyed(&k, "$3.5 billion").is_empty(), "{k:?}");
        assert!(
            keyed(&k, "8%")[0].starts_with("metric:general motors |"),
            "{k:?}"
        );
    }

    /// A change in dollar terms is no rival of one in the company's own currency; a
    /// company whose initials follow it in brackets goes by them; a sentence opened
    /// by a measure names no company.
    #[test]
    fn bases_initials_and_measures_first() {
        let k = keys(&[
            "TAIPEI, Oct 16, 2025 - Taiwan Semiconductor Manufacturing Co (TSMC) said third-quarter revenue rose 30.3%.",
            "TAIPEI, Oct 16, 2025 - TSMC said third-quarter revenue rose 40.8% in U.S. dollar terms.",
            "TAIPEI, Oct 16, 2025 - Apple Inc (AAPL) said revenue rose 8%.",
            "NEW DELHI, Feb 1, 2025 - Capital spending was budgeted at 11.21 lakh crore rupees.",
        ]);
        assert_eq!(
            keyed(&k, "30.3%"),
            ["metric:tsmc | revenue | change | percent | quarter @2025-10"],
            "{k:?}"
        );
        assert_eq!(
            keyed(&k, "40.8%"),
            ["metric:tsmc | revenue | change | percent in dollar terms | quarter @2025-10"],
            "{k:?}"
        );
        assert!(keyed(&k, "8%")[0].starts_with("metric:apple |"), "{k:?}");
        assert!(keyed(&k, "11.21 lakh crore rupees").is_empty(), "{k:?}");
        // A country's exports to one partner are part of its exports; its demonym
        // names it.
        let k = keys(&[
            "BEIJING, Oct 13, 2025 - China's exports to Africa rose 56.4% in September.",
            "BEIJING, Oct 13, 2025 - Chinese exports rose 8.3% in September.",
        ]);
        assert!(keyed(&k, "56.4%").is_empty(), "{k:?}");
        assert!(
            keyed(&k, "8.3%")[0].starts_with("metric:china | exports |"),
            "{k:?}"
        );
    }

    /// "The world's biggest automaker by sales" is the company named before, and ranks
    /// by sales without naming any; "down from its earlier forecast of" leads to an
    /// earlier amount; "the year to March 2026" is a year's.
    #[test]
    fn a_described_company_forecasts_a_years_level() {
        let k = keys(&[
            "TOKYO, Aug 7, 2025 - Toyota Motor Corp reported a 37% fall in operating profit. The world's biggest automaker by sales now expects operating profit of 3.2 trillion yen for the year to March 2026, down from its earlier forecast of 3.8 trillion yen.",
            "SEOUL, Oct 30, 2025 - Samsung said operating profit rose 32% from a year earlier to 12.2 trillion won.",
        ]);
        let of = |t: &str| keyed(&k, t);
        assert_eq!(
            of("3.2 trillion yen"),
            ["metric:toyota | operating profit | forecast level | JPY | year @2025-08"]
        );
        assert!(of("3.8 trillion yen").is_empty(), "{k:?}");
        assert_eq!(
            of("12.2 trillion won"),
            ["metric:samsung | operating profit | level | KRW | - @2025-10"]
        );
    }

    #[test]
    fn a_contrast_clause_with_its_own_company_is_not_the_subjects() {
        let k = keys(&[
            "SEOUL, Oct 30, 2025 - SK Hynix shares have more than doubled this year, while Samsung's have risen about 80%.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    /// "and" with no comma opens a clause when a measure follows it; EBITDA and
    /// free cash flow are measures of their own.
    #[test]
    fn a_measure_after_and_opens_its_own_clause() {
        let k = keys(&[
            "MUNICH, Oct 30, 2025 - Siemens Energy said adjusted EBITDA jumped 40% to €1.5 billion and free cash flow was €2.5 billion.",
        ]);
        let of = |t: &str| keyed(&k, t);
        assert_eq!(
            of("€1.5 billion"),
            ["metric:siemens energy | adjusted ebitda | level | EUR | - @2025-10"]
        );
        assert_eq!(
            of("€2.5 billion"),
            ["metric:siemens energy | free cash flow | level | EUR | - @2025-10"]
        );
    }

    #[test]
    fn two_measures_of_one_sentence_are_read_a_clause_each() {
        let k = keys(&[
            "BERLIN, Nov 13, 2025 - Siemens AG said industrial profit rose 15% to €2.9bn in the three months to September, while orders climbed 12% to €23.6bn.",
            "MUNICH, Nov 13, 2025 - Siemens reported a 15% rise in fourth-quarter industrial profit to 2.9 billion euros, beating analysts' expectations, as orders rose 10% to 23.6 billion euros.",
        ]);
        let of = |t: &str| keyed(&k, t);
        assert_eq!(
            of("12%"),
            ["metric:siemens | orders | change | percent | quarter @2025-11"]
        );
        assert_eq!(of("12%"), of("10%"));
        assert_eq!(
            of("€2.9bn"),
            ["metric:siemens | industrial profit | level | EUR | quarter @2025-11"]
        );
        assert_eq!(of("€2.9bn"), of("2.9 billion euros"));
        // A clause led by another name stays that name's, and is left alone.
        let k = keys(&[
            "SEOUL, Oct 30, 2025 - SK Hynix said operating profit rose 62%, while Samsung's revenue rose 8.8%.",
        ]);
        assert!(!k.iter().any(|(_, t)| t == "8.8%"), "{k:?}");
        // "..., on sales of" and "..., with revenue up" open clauses of their own.
        let k = keys(&[
            "SEOUL, Oct 30, 2025 - Samsung's third-quarter operating profit was 12.1 trillion won, up 32.5% from a year earlier, on sales of 86.1 trillion won.",
            "SEOUL, Oct 30, 2025 - Samsung reported a 33% rise in July-September operating profit to 12.2 trillion won, with revenue up 8.8% at 86.1 trillion won.",
        ]);
        let key = |t: &str| keyed(&k, t);
        assert_eq!(
            key("86.1 trillion won"),
            ["metric:samsung | revenue | level | KRW | quarter @2025-10"; 2]
        );
        assert_eq!(key("32.5%"), key("33%"));
        assert_eq!(
            key("8.8%"),
            ["metric:samsung | revenue | change | percent | quarter @2025-10"]
        );
    }

    /// An amount in an aside after the measure, or one an estimate word leads to, is
    /// no rival to the level: the level is keyed, the other amount not.
    #[test]
    fn an_amount_not_the_measures_is_no_rival_level() {
        for (text, level, key, other) in [
            (
                "TOKYO, Aug 7, 2025 - Toyota Motor Corp said operating profit fell 11% to 1.17 trillion yen in the April-June quarter, as U.S. tariffs cost it 450 billion yen.",
                "1.17 trillion yen",
                "metric:toyota | operating profit | level | JPY | quarter @2025-08",
                "450 billion yen",
            ),
            (
                "Nov 19, 2025 - Nvidia said its third-quarter revenue rose 62% to $57.0 billion, beating analysts' estimates of $54.9 billion.",
                "$57.0 billion",
                "metric:nvidia | revenue | level | USD | quarter @2025-11",
                "$54.9 billion",
            ),
            // A dateline's agency is no estimate: "(Bloomberg)" is who reports.
            (
                "SHENZHEN, Oct 30, 2025 (Bloomberg) - BYD said net income dropped 33% to 7.82 billion yuan, above the 7.5 billion yuan analysts expected.",
                "7.82 billion yuan",
                "metric:byd | net profit | level | CNY | - @2025-10",
                "7.5 billion yuan",
            ),
            // An estimate word may follow the analysts' amount.
            (
                "Oct 29, 2025 - Microsoft said revenue rose 16% to $77.7 billion in the quarter ended September 30, ahead of the $75.5 billion analysts had expected.",
                "$77.7 billion",
                "metric:microsoft | revenue | level | USD | quarter @2025-10",
                "$75.5 billion",
            ),
            // A loose word ("profit": operating or net?) opens a clause of its own:
            // its amount is no rival, and is keyed as nothing.
            (
                "Nov 20, 2025 - Nvidia's revenue grew 62% to $57.0 billion, the company said, while profit rose to $31.91 billion.",
                "$57.0 billion",
                "metric:nvidia | revenue | level | USD | - @2025-11",
                "$31.91 billion",
            ),
            // Another noun's amount ("a dividend of") is that noun's.
            (
                "MUNICH, Nov 13, 2025 - Siemens reported net income of 2.6 billion euros, up 8%, and proposed a dividend of 5.35 euros a share.",
                "2.6 billion euros",
                "metric:siemens | net profit | level | EUR | - @2025-11",
                "5.35 euros",
            ),
        ] {
            let k = keys(&[text]);
            let of = |t: &str| k.iter().find(|(_, x)| x == t).map(|(k, _)| k.as_str());
            assert_eq!(of(level), Some(key), "{k:?}");
            assert_eq!(of(other), None, "{k:?}");
        }
        // With no clause of its own, a second amount leaves the sentence ambiguous.
        let k = keys(&[
            "NEW DELHI, Feb 1, 2025 - India raised the exemption limit to 1.2 million rupees, costing about 1 trillion rupees in revenue.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    /// A measure's phrase inside a longer one's names nothing of its own: a trade
    /// deficit is never also the budget's deficit. (A country's trade deficit is
    /// the generic keyer's, as its other rates are.)
    #[test]
    fn a_phrase_inside_a_longer_one_is_no_second_measure() {
        assert_eq!(
            super::measures_named("Japan's trade deficit widened").collect::<Vec<_>>(),
            [(8, "trade deficit")]
        );
        let k = crate::claim::test_keys(&[
            "Nov 20, 2025 - Japan's trade deficit widened to $5.1 billion in October.",
        ]);
        assert_eq!(
            k.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            ["Japan | deficit trade | USD @2025-10"]
        );
    }

    #[test]
    fn a_company_after_its_countrys_possessive_is_the_subject() {
        let k = keys(&[
            "Aug. 7, 2025 - Japan's Toyota reported an operating profit of 1.71 trillion yen for April to June.",
        ]);
        assert_eq!(
            k[0].0,
            "metric:toyota | operating profit | level | JPY | quarter @2025-08"
        );
    }

    /// "German industrial group Siemens AG": the country's adjective and what the
    /// company is stand before its name, which is the subject.
    #[test]
    fn a_company_after_its_countrys_adjective_is_the_subject() {
        let k = keys(&[
            "Nov 13, 2025 - German industrial group Siemens AG said net income climbed 23% to 2.5 billion euros.",
            "Aug. 7, 2025 - Japanese automaker Toyota reported an operating profit of 1.71 trillion yen.",
        ]);
        assert!(k[0].0.starts_with("metric:siemens | net profit"), "{k:?}");
        assert!(
            k[2].0.starts_with("metric:toyota | operating profit"),
            "{k:?}"
        );
        // A dividend a share is not the dividends paid in all.
        let k = keys(&[
            "Nov 13, 2025 - Siemens proposed a dividend of 5.35 euros per share.",
            "Nov 13, 2025 - Siemens said dividends totalled 4.2 billion euros.",
        ]);
        assert!(
            k[0].0.contains("| dividend | level | EUR per share |"),
            "{k:?}"
        );
        assert!(k[1].0.contains("| dividend | level | EUR |"), "{k:?}");
        // A demonym before a measure stays its country's.
        let k = keys(&["Aug. 7, 2025 - Chinese exports rose 8.3% in July."]);
        assert!(k[0].0.starts_with("metric:china | exports"), "{k:?}");
        // A phrase after the adjective is no description of a company.
        let of = |t: &str| {
            let d = crate::source::from_text("a.txt", t.into(), crate::source::Format::Text)
                .unwrap()
                .remove(0);
            super::subject(&d, 0, d.text.len())
        };
        assert_eq!(
            of("German exports to the United States fell").as_deref(),
            Some("germany")
        );
        assert_eq!(
            of("German industrial group Siemens AG said").as_deref(),
            Some("siemens")
        );
    }

    #[test]
    fn a_period_named_once_stands_for_the_next_sentences() {
        let k = keys(&[
            "TOKYO, Aug 7, 2025 - Toyota said operating profit fell 11% in the April-June quarter. Tariffs cost the company 450 billion yen, it said. Revenue rose 3.5% to 12.25 trillion yen. Its shares fell 2%.",
        ]);
        let of = |t: &str| k.iter().find(|(_, x)| x == t).map(|(k, _)| k.as_str());
        // The company is the one that named a measure, not "Tariffs".
        assert_eq!(
            of("3.5%"),
            Some("metric:toyota | revenue | change | percent | quarter @2025-08")
        );
        // A share price's move is the day's.
        assert_eq!(
            of("2%"),
            Some("metric:toyota | share price | change | percent | - @2025-08")
        );
    }

    #[test]
    fn the_same_measure_worded_apart_shares_a_key() {
        let k = keys(&[
            "SEOUL, Oct 31, 2025 - Samsung Electronics said its third-quarter operating profit rose 32.5% from a year earlier to 12.2 trillion won.",
            "SEOUL, Oct 31, 2025 - Samsung Electronics posted a 23.5% jump in quarterly operating profit on Friday to 12.17 trillion won.",
        ]);
        assert_eq!(k.len(), 4, "{k:?}");
        assert_eq!(k[0].0, k[2].0);
        assert_eq!(k[1].0, k[3].0);
        assert!(k[0].0.contains("samsung | operating profit | change"));
    }

    #[test]
    fn a_sentence_that_continues_takes_the_company_named_before() {
        let k = keys(&[
            "SANTA CLARA, Nov 20, 2024 - Nvidia reported results on Wednesday. Third-quarter revenue rose 94% to $35.08 billion.",
            "SANTA CLARA, Nov 20, 2024 - Nvidia's third-quarter revenue jumped to $35.1 billion.",
            "SANTA CLARA, Nov 20, 2024 - Nvidia beat forecasts. Its quarterly revenue climbed to $35.1 billion.",
        ]);
        let level: Vec<&str> = k
            .iter()
            .filter(|(key, _)| key.contains("| level |"))
            .map(|(key, _)| key.as_str())
            .collect();
        assert_eq!(level.len(), 3, "{k:?}");
        assert!(
            level
                .iter()
                .all(|key| *key == level[0] && key.starts_with("metric:nvidia | revenue")),
            "{k:?}"
        );
        // Analysts are not the company: no subject carries into their sentence.
        let k = keys(&[
            "SANTA CLARA, Nov 20, 2024 - Nvidia reported results. Analysts expected revenue of $33.2 billion.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    /// A speaker named by a company title is no company: the figures of the sentence
    /// after "Nvidia CEO Jensen Huang told analysts" are Nvidia's, told before him.
    /// A measure told only in percent has no amount: sterling's price in the
    /// sentence of an inflation figure is no level of inflation.
    #[test]
    fn an_amount_is_no_rates_level() {
        let k = keys(&[
            "LONDON, Nov 19, 2025 - Sterling fell 0.2% against the dollar to $1.3130 on Wednesday after data showed UK inflation dropped to 3.5% in October.",
        ]);
        assert!(
            k.iter()
                .all(|(key, _)| !key.contains("inflation | level | USD")),
            "{k:?}"
        );
    }

    #[test]
    fn a_company_officer_is_not_the_company() {
        let k = keys(&[
            "SANTA CLARA, Nov 20, 2025 - Nvidia reported revenue of $57 billion. Nvidia CEO Jensen Huang told analysts demand was strong. Net income rose 65% to $31.9 billion. Its gross margin was 73.6%.",
        ]);
        let subjects: Vec<&str> = k
            .iter()
            .map(|(key, _)| key.split(" | ").take(2).last().unwrap_or_default())
            .collect();
        assert_eq!(
            subjects,
            ["revenue", "net profit", "net profit", "gross margin"],
            "{k:?}"
        );
        assert!(
            k.iter().all(|(key, _)| key.starts_with("metric:nvidia |")),
            "{k:?}"
        );
        // A region's sales are a part of the company.
        let k = keys(&[
            "CUPERTINO, Oct 31, 2025 - Apple reported revenue of $102.5 billion, up 8%. Chief Executive Tim Cook said sales in China fell 4%. Apple said revenue in Europe rose 15%.",
        ]);
        let texts: Vec<&str> = k.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["$102.5 billion", "8%"], "{k:?}");
        // An officer's words are the company's named before.
        let k = keys(&[
            "SANTA CLARA, Nov 20, 2025 - Nvidia reported revenue of $57 billion. Chief Financial Officer Colette Kress said gross margin was 73.6%.",
        ]);
        assert_eq!(k.len(), 2, "{k:?}");
        assert!(
            k[1].0.starts_with("metric:nvidia | gross margin | level"),
            "{k:?}"
        );
        // A margin's percent is its level; the earlier one after "from" is not.
        let k = keys(&[
            "SANTA CLARA, Nov 20, 2025 - Nvidia's gross margin came in at 73.4%, up from 72.1% a year earlier.",
        ]);
        assert_eq!(k.len(), 1, "{k:?}");
        assert!(
            k[0].0
                .starts_with("metric:nvidia | gross margin | level | percent"),
            "{k:?}"
        );
        assert_eq!(k[0].1, "73.4%");
    }

    #[test]
    fn a_forecast_meets_forecasts_not_results() {
        let k = keys(&[
            "SANTA CLARA, Aug 28, 2024 - Nvidia reported second-quarter revenue of $30.0 billion. The company forecast third-quarter revenue of $32.5 billion.",
            "SANTA CLARA, Aug 28, 2024 - Nvidia expects revenue of $32.5 billion in the third quarter.",
        ]);
        assert_eq!(k.len(), 3, "{k:?}");
        assert!(k[0].0.contains("nvidia | revenue | level |"), "{k:?}");
        assert!(
            k[1].0.contains("nvidia | revenue | forecast level |"),
            "{k:?}"
        );
        assert_eq!(k[1].0, k[2].0);
        // An estimate is someone else's figure: not the company's.
        let k = keys(&[
            "SANTA CLARA, Aug 28, 2024 - Nvidia beat the consensus estimate of $28.7 billion.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    #[test]
    fn earlier_values_after_from_leave_the_level_alone() {
        let k = keys(&[
            "LONDON, Oct 29, 2024 - BP reported a third-quarter underlying replacement cost profit of $2.3 billion, down from $2.8 billion in the previous quarter and $3.3 billion a year earlier.",
            "LONDON, Oct 29, 2024 - BP said its underlying profit for the July-September period fell to $2.27 billion, from $2.76 billion in the second quarter.",
        ]);
        let texts: Vec<&str> = k.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["$2.3 billion", "$2.27 billion"], "{k:?}");
        assert_eq!(k[0].0, k[1].0);
        assert!(
            k[0].0
                .starts_with("metric:bp | underlying profit | level | USD | quarter")
        );
    }

    /// A trade word ending a company's name tells no two companies apart: "Samsung
    /// Electronics" and "Samsung" are one, "Samsung Heavy Industries" another.
    #[test]
    fn a_trade_word_ending_a_name_is_left_out() {
        let k = keys(&[
            "SEOUL, Oct 30, 2025 - Samsung Electronics said operating profit rose 32.5%.",
            "SEOUL, Oct 30, 2025 - Samsung said operating profit rose 32%.",
            "SEOUL, Oct 30, 2025 - Samsung Heavy Industries said operating profit rose 12%.",
        ]);
        let subjects: Vec<&str> = k
            .iter()
            .map(|(k, _)| k.split(" | ").next().unwrap_or(""))
            .collect();
        assert_eq!(
            subjects,
            ["metric:samsung", "metric:samsung", "metric:samsung heavy"],
            "{k:?}"
        );
    }

    #[test]
    fn a_share_move_is_its_companys() {
        let k = keys(&[
            "AUSTIN, Jan 2, 2025 - Tesla delivered fewer cars. Shares slid more than 6% on Thursday.",
            "LONDON, Oct 29, 2024 - BP kept its dividend. Its shares fell 1.5%.",
        ]);
        assert_eq!(k.len(), 2, "{k:?}");
        assert!(
            k[0].0.starts_with("metric:tesla | share price | change"),
            "{k:?}"
        );
        assert!(
            k[1].0.starts_with("metric:bp | share price | change"),
            "{k:?}"
        );
        // A move over a span or within the day is no close: not keyed.
        let k = keys(&[
            "SEOUL, Oct 30, 2025 - Samsung shares have risen more than 80% this year.",
            "SEOUL, Oct 30, 2025 - Samsung shares rose as much as 4% in early trade.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    #[test]
    fn a_part_of_the_company_is_not_the_company() {
        let k = keys(&[
            "SANTA CLARA, Aug 28, 2024 - Nvidia reported revenue of $30.0 billion. Data center revenue was a record $26.3 billion. The company forecast revenue of $32.5 billion.",
            "SANTA CLARA, Aug 28, 2024 - Data-center revenue rose 154% to $26.3 billion.",
        ]);
        let texts: Vec<&str> = k.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["$30.0 billion", "$26.3 billion", "$32.5 billion"],
            "{k:?}"
        );
        // The part is keyed apart, as the company's part; a part with no company
        // named before it is nobody's. "The company" is Nvidia, past the part's
        // sentence.
        let of = |t: &str| super::super::keys_of(&k, t);
        assert_eq!(
            of("$26.3 billion"),
            ["metric:nvidia data center | revenue | level | USD | - @2024-08"]
        );
        assert!(
            of("$32.5 billion")[0].starts_with("metric:nvidia |"),
            "{k:?}"
        );
        // Parts named with or without a hyphen, after the company or alone, are one.
        let k = keys(&[
            "SANTA CLARA, Nov 19, 2025 - Nvidia reported revenue of $57 billion. Data-center revenue rose 66% to $51.2 billion.",
            "SANTA CLARA, Nov 19, 2025 - Nvidia data center revenue climbed 66% to $41.2 billion.",
        ]);
        let of = |t: &str| super::super::keys_of(&k, t);
        assert_eq!(of("$51.2 billion"), of("$41.2 billion"), "{k:?}");
        assert!(of("$51.2 billion")[0].starts_with("metric:nvidia data center |"));
        // A product "and other" things of its kind is a part too: the next
        // sentence's net income is the company's named before.
        let k = keys(&[
            "REDMOND, Oct 29, 2025 - Microsoft reported revenue of $77.7 billion. Azure and other cloud services revenue grew 40%. Net income was $27.7 billion.",
        ]);
        let texts: Vec<&str> = k.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["$77.7 billion", "$27.7 billion"], "{k:?}");
        assert!(
            k.iter()
                .all(|(key, _)| key.starts_with("metric:microsoft |")),
            "{k:?}"
        );
    }

    #[test]
    fn parts_unnamed_subjects_and_two_figures_are_left_alone() {
        let k = keys(&[
            "SEOUL, Oct 31, 2025 - Samsung's chip division earned an operating profit of 7 trillion won.",
            "SEOUL, Oct 31, 2025 - Revenue rose 8.8% to a record 86.1 trillion won.",
            "SEOUL, Oct 31, 2025 - Samsung said net profit rose 20% and 25% in two quarters.",
        ]);
        assert!(k.is_empty(), "{k:?}");
        // A dateline's city is nobody's: these two are different companies' results.
        let k = keys(&[
            "TOKYO (Reuters) - Toyota Motor said its operating profit fell 20% in the quarter.",
            "TOKYO (Reuters) - Honda Motor said its operating profit fell 40% in the quarter.",
        ]);
        assert!(k.iter().all(|(key, _)| !key.contains("tokyo")), "{k:?}");
        assert!(k.is_empty(), "{k:?}");
        // A title and a person start a quote, not a company's figure.
        let k = keys(&[
            "CUPERTINO, Jan 30, 2025 - Chief Executive Tim Cook said sales in China fell 11% to $18.51 billion.",
        ]);
        assert!(k.is_empty(), "{k:?}");
    }

    /// A sentence that names its measure twice, once for a part ("as sales at its
    /// cloud computing unit jumped 34%", "while revenue from its cloud group
    /// climbed 29%"), keys the whole company's clause and leaves the part's.
    #[test]
    fn a_parts_clause_is_left_and_the_wholes_is_keyed() {
        let k = keys(&[
            "HANGZHOU, Nov 25, 2025 - Alibaba Group reported a 5% rise in quarterly revenue to 247.8 billion yuan on Tuesday, as sales at its cloud computing unit jumped 34%.",
            "HONG KONG, Nov 25, 2025 - Alibaba's revenue for the September quarter rose 5% to 247.8 billion yuan, while revenue from its cloud intelligence group climbed 29%.",
        ]);
        let texts: Vec<&str> = k.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["5%", "247.8 billion yuan", "5%", "247.8 billion yuan"],
            "{k:?}"
        );
        assert!(
            k.iter()
                .all(|(key, _)| key.starts_with("metric:alibaba | revenue |")),
            "{k:?}"
        );
    }

    /// "Samsung Electronics' operating profit" is the same company's as "Samsung
    /// Electronics said its operating profit"; "Net profit rose" goes on about the
    /// company named before, not a company called Net.
    #[test]
    fn a_plural_possessive_and_a_kind_at_the_start_name_no_other_company() {
        let k = keys(&[
            "SEOUL, Oct 30, 2025 - Samsung Electronics said its quarterly operating profit rose 32% to 12.2 trillion won.",
            "SEOUL, Oct 30, 2025 - Samsung Electronics' quarterly operating profit rose 39%. Net profit rose 21% to 12.2 trillion won.",
        ]);
        let of = |t: &str| super::super::keys_of(&k, t);
        let (a, b) = (of("32%"), of("39%"));
        assert!(a.len() == 1 && a == b, "{k:?}");
        assert!(a[0].starts_with("metric:samsung |"), "{k:?}");
        assert!(
            of("21%")
                .iter()
                .all(|key| key.starts_with("metric:samsung | net profit")),
            "{k:?}"
        );
        assert_eq!(of("21%").len(), 1, "{k:?}");
    }
}
