//! # figure-mismatch
//!
//! ## What it flags
//! Two figures with the same claim key (the same subject, measure, scope and time)
//! whose intervals do not overlap, once hedges, rounding and the key's tolerance are
//! allowed for. The figures that agree with most documents are the consensus; every
//! other figure is reported, with the consensus as evidence.
//!
//! ## Why
//! Articles about one story that give different numbers for the same thing are wrong
//! at least once. "Nearly 90%" and "about 90%" agree; "60%" and "90%" do not.
//!
//! ## Example
//! "China controls about 90% of rare earth refining" and "China does 60% of rare
//! earth refining": the 60% is flagged against the 90%.
//!
//! ## Options
//! Pack claim templates set `tolerance` (absolute, in the unit) and
//! `relative_tolerance`. Figures keyed by the generic layer are reported at warning
//! with low confidence. An article that gives two disagreeing figures under one
//! generic key (which then names more than one thing in it, as "Japan | seat" names
//! a party's seats and the chamber's) has its figures under that key left out;
//! under a pack's key, such an article is flagged. A generic key with no subject
//! and no time ("- | turnout | percent") compares only articles published within a
//! month of each other: two years apart, it is two elections' turnout. A bound
//! ("over a million") that holds two disagreeing figures sides with neither and does
//! not join them; one that holds a single figure's value counts with it.

use super::{Context, Rule, bounded, show_figure, widened};
use crate::claim::{Claim, Layer, Value};
use crate::finding::{Confidence, Finding, Severity};
use rustc_hash::{FxHashMap, FxHashSet};

pub struct FigureMismatch;

/// Components of overlapping intervals: figures chained by overlap agree. A bound
/// ("over a million", "up to 9.8 million", "more than 80%") agrees with every
/// figure inside it, so it must not chain two figures that disagree ("1.02 million"
/// and "1.2 million" both lie over a million). A bound that holds the figures of one
/// component joins it; one that holds several components' is left out, as it sides
/// with none; bounds that hold no figure are compared among themselves.
fn components<'a>(group: &[&'a Claim]) -> Vec<Vec<&'a Claim>> {
    let (bounds, figures): (Vec<&Claim>, Vec<&Claim>) =
        group.iter().partition(|c| one_sided(c.value()));
    let mut out = chained(&figures);
    let hulls: Vec<(f64, f64)> = out.iter().filter_map(|comp| hull(comp)).collect();
    let mut loose: Vec<&Claim> = Vec::new();
    for b in bounds {
        let Some((a, z)) = widened(b.value()) else {
            continue;
        };
        let mut held = (0..hulls.len()).filter(|&i| a <= hulls[i].1 && hulls[i].0 <= z);
        match (held.next(), held.next()) {
            (None, _) => loose.push(b),
            (Some(i), None) => out[i].push(b),
            (Some(_), Some(_)) => {}
        }
    }
    out.extend(chained(&loose));
    out
}

/// A figure that is only a floor or a ceiling: open above, a share up to the whole,
/// or anything from nothing up.
fn one_sided(v: &Value) -> bool {
    let Value::Figure {
        low, high, unit, ..
    } = v
    else {
        return false;
    };
    !high.is_finite()
        || (*low == 0.0 && *high > 0.0)
        || (unit.as_str() == "percent" && *high == 100.0 && *low < 100.0)
}

/// The span a chained component covers: its intervals overlap, so it has no gaps.
fn hull(comp: &[&Claim]) -> Option<(f64, f64)> {
    comp.iter()
        .filter_map(|c| widened(c.value()))
        .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
}

fn chained<'a>(group: &[&'a Claim]) -> Vec<Vec<&'a Claim>> {
    let mut items: Vec<(f64, f64, &Claim)> = group
        .iter()
        .filter_map(|c| widened(c.value()).map(|(a, b)| (a, b, *c)))
        .collect();
    items.sort_by(|a, b| {
        a.0.total_cmp(&b.0)
            .then(a.2.doc().cmp(&b.2.doc()))
            .then(a.2.span().cmp(&b.2.span()))
    });
    let mut out: Vec<Vec<&Claim>> = Vec::new();
    let mut reach = f64::NEG_INFINITY;
    for (a, b, c) in items {
        if out.is_empty() || a > reach {
            out.push(Vec::new());
            reach = b;
        } else {
            reach = reach.max(b);
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

/// A generic key guesses what a figure measures ("Japan | seat"). An article that
/// gives two disagreeing figures under one guessed key shows the guess names more
/// than one thing there (a party's seats and the chamber's): its figures under the
/// key are left out, rather than set against each other or other articles. A pack's
/// key names one thing, so its figures are always compared, within an article too.
/// The group without those articles, and its components (made once when nothing is
/// left out).
fn unambiguous(group: Vec<&Claim>) -> (Vec<&Claim>, Vec<Vec<&Claim>>) {
    let comps = components(&group);
    if group.first().is_none_or(|c| c.layer() != Layer::Generic) {
        return (group, comps);
    }
    // A group may hold every article of a large batch: hashed, not searched.
    let mut seen: FxHashMap<usize, usize> = FxHashMap::default();
    let mut ambiguous: FxHashSet<usize> = FxHashSet::default();
    for (ci, comp) in comps.iter().enumerate() {
        for c in comp {
            let first = *seen.entry(c.doc()).or_insert(ci);
            if first != ci {
                ambiguous.insert(c.doc());
            }
        }
    }
    if ambiguous.is_empty() {
        return (group, comps);
    }
    let kept: Vec<&Claim> = group
        .into_iter()
        .filter(|c| !ambiguous.contains(&c.doc()))
        .collect();
    let comps = components(&kept);
    (kept, comps)
}

/// Days between two articles' dates within which a figure with no subject and no
/// time can be the same figure.
const SPELL_DAYS: i32 = 31;

/// A generic key with no subject and no time ("- | turnout | percent") says only
/// what was measured: the turnout of June's election in one article and of an
/// election two years later in another share it. Such a group is cut into spells of
/// articles published within [`SPELL_DAYS`] of the one before; undated articles
/// join every spell. Other groups stay whole.
fn spells<'a>(cx: &Context, group: Vec<&'a Claim>) -> Vec<Vec<&'a Claim>> {
    let open = group.first().is_some_and(|c| {
        c.layer() == Layer::Generic && c.key().starts_with("- |") && !c.key().contains(" @")
    });
    if !open {
        return vec![group];
    }
    let (mut dated, undated): (Vec<_>, Vec<_>) = group
        .into_iter()
        .map(|c| (cx.date(c), c))
        .partition(|(d, _)| d.is_some());
    if dated.is_empty() {
        return vec![undated.into_iter().map(|(_, c)| c).collect()];
    }
    // Stable: claims of one date keep the group's order.
    dated.sort_by_key(|(d, _)| *d);
    let mut out: Vec<Vec<&Claim>> = Vec::new();
    let mut last = None;
    for (d, c) in dated {
        let gap = match (last, d) {
            (Some(a), Some(b)) => b
                .since(a)
                .map_or(i32::MAX, |span: jiff::Span| span.get_days()),
            _ => 0,
        };
        if out.is_empty() || gap > SPELL_DAYS {
            out.push(Vec::new());
        }
        if let Some(spell) = out.last_mut() {
            spell.push(c);
        }
        last = d;
    }
    if out.len() == 1 && undated.is_empty() {
        return out;
    }
    for spell in &mut out {
        spell.extend(undated.iter().map(|(_, c)| *c));
    }
    out
}

/// Joins the tallies of undated articles to the one dated tally of the same thing.
/// A toll is keyed as of its article's day ("@as of 2025-11-28"), so one that rose
/// between two days' reports is no conflict; an article with no date has no day, and
/// its toll would meet no other. When every other article's toll of the same thing is
/// of one day, the undated one is compared with that: 97 injured against 79. With
/// tolls of several days, which day the undated article is of is unknown, and it is
/// left alone. An undated article that writes out a later day than that
/// ("@told to 2025-09-12": sworn in on Friday, September 12) was written after it,
/// and its toll may have risen since: it is left alone too. Undated tolls of a thing
/// no dated article tells meet each other.
fn undated_joined<'a>(cx: &Context, mut groups: Vec<Vec<&'a Claim>>) -> Vec<Vec<&'a Claim>> {
    const AS_OF: &str = " @as of ";
    let told = format!(" @{}", crate::claim::generic::TOLD_TO);
    // Per thing: its first dated group, how many days it is told as of, and the day.
    let mut days: FxHashMap<&str, (usize, usize, &str)> = FxHashMap::default();
    for (gi, g) in groups.iter().enumerate() {
        if let Some(c) = g.first()
            && let Some(at) = c.key().find(AS_OF)
        {
            let day = &c.key()[at + AS_OF.len()..];
            let e = days.entry(&c.key()[..at]).or_insert((gi, 0, day));
            e.1 += 1;
        }
    }
    let mut moves = Vec::new();
    let mut first_undated: FxHashMap<&str, usize> = FxHashMap::default();
    for (gi, g) in groups.iter().enumerate() {
        let Some(c) = g.first() else { continue };
        if g.iter().any(|c| cx.date(c).is_some()) {
            continue;
        }
        let key = c.key();
        let (thing, told_to) = match key.find(&told) {
            Some(at) => (&key[..at], Some(&key[at + told.len()..])),
            None if key.contains(" @") => continue,
            None => (key, None),
        };
        match days.get(thing) {
            // ISO days compare as text.
            Some(&(to, 1, day)) if told_to.is_none_or(|t| day >= t) => moves.push((gi, to)),
            Some(_) => {}
            None => match first_undated.entry(thing) {
                std::collections::hash_map::Entry::Occupied(o) => moves.push((gi, *o.get())),
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(gi);
                }
            },
        }
    }
    for &(from, to) in &moves {
        let claims = std::mem::take(&mut groups[from]);
        groups[to].extend(claims);
    }
    groups.retain(|g| !g.is_empty());
    groups
}

/// Joins a figure told with no time to the one month the batch tells it of, when
/// its article was published in that month. "The Liberals won 169 seats" in an
/// article of April 29 and "won the election on Monday, April 28, 2025, taking 168
/// seats" (keyed "@2025-04") are one count: an article of that month that names no
/// other time speaks of that month's. Only a month joins: a year holds a year of
/// reports (a quarter's revenue against the year's), and with two months told, which
/// one an untimed figure is of is unknown.
fn month_joined<'a>(cx: &Context, mut groups: Vec<Vec<&'a Claim>>) -> Vec<Vec<&'a Claim>> {
    // Per thing: its group told of a month, the month, and whether another time is told.
    let mut months: FxHashMap<&str, (usize, &str, bool)> = FxHashMap::default();
    for (gi, g) in groups.iter().enumerate() {
        let Some(c) = g.first() else { continue };
        let Some(at) = c.key().find(" @") else {
            continue;
        };
        let time = &c.key()[at + 2..];
        let month = time.len() == 7
            && time.as_bytes()[4] == b'-'
            && time.bytes().filter(u8::is_ascii_digit).count() == 6;
        months
            .entry(&c.key()[..at])
            .and_modify(|e| e.2 = true)
            .or_insert((gi, time, !month));
    }
    let mut moves: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        let Some(&(to, month, false)) = g.first().and_then(|c| months.get(c.key())) else {
            continue;
        };
        for (ci, c) in g.iter().enumerate() {
            if cx.date(c).is_some_and(|d| d.to_string().starts_with(month)) {
                moves.push((gi, ci, to));
            }
        }
    }
    // Backwards, so each index still points at its claim when it is taken.
    for &(from, ci, to) in moves.iter().rev() {
        let c = groups[from].remove(ci);
        groups[to].push(c);
    }
    groups.retain(|g| !g.is_empty());
    groups
}

/// A figure as the message gives it: its words, unless the keyer signed it where the
/// words have no sign ("fell 6.8%" keyed as -6.8), which would read as a rise.
fn said(cx: &Context, c: &Claim) -> String {
    let text = cx.text(c);
    let negative = matches!(c.value(), Value::Figure { high, .. } if *high < 0.0);
    if negative && !text.trim_start().starts_with(['-', '\u{2212}']) {
        show_figure(c.value())
    } else {
        text.into_owned()
    }
}

fn doc_count(cs: &[&Claim]) -> usize {
    let mut docs: Vec<usize> = cs.iter().map(|c| c.doc()).collect();
    docs.sort_unstable();
    docs.dedup();
    docs.len()
}

impl Rule for FigureMismatch {
    fn id(&self) -> &'static str {
        "figure-mismatch"
    }
    fn summary(&self) -> &'static str {
        "the same figure given differently, beyond hedges and rounding"
    }
    fn docs(&self) -> &'static str {
        super::header(include_str!("figure_mismatch.rs"))
    }
    fn default_severity(&self) -> Severity {
        Severity::Error
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let mut out = Vec::new();
        let figures = cx.groups(|c| matches!(c.value(), crate::claim::Value::Figure { .. }));
        for group in month_joined(cx, undated_joined(cx, figures.collect()))
            .into_iter()
            .flat_map(|g| spells(cx, g))
        {
            let (group, comps) = unambiguous(group);
            if comps.len() < 2 {
                continue;
            }
            let counts: Vec<usize> = comps.iter().map(|c| doc_count(c)).collect();
            let best = counts.iter().copied().max().unwrap_or(0);
            let leaders: Vec<usize> = (0..comps.len()).filter(|&i| counts[i] == best).collect();
            let majority = (leaders.len() == 1).then(|| leaders[0]);
            for (ci, comp) in comps.iter().enumerate() {
                if Some(ci) == majority {
                    continue;
                }
                // Evidence: the consensus, or with no consensus every other figure.
                let evidence: Vec<&Claim> = match majority {
                    Some(m) => comps[m].clone(),
                    None => comps
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i != ci)
                        .flat_map(|(_, c)| c.iter().copied())
                        .collect(),
                };
                let reference = match majority {
                    Some(m) => format!("{} of {} documents", counts[m], doc_count(&group)),
                    None => "no majority".to_string(),
                };
                let expected = majority.map(|m| show_figure(comps[m][0].value()));
                // The message quotes the majority in its own words ("23.9%", "6.0"),
                // as a reader would look for them; `expected` stays normalised.
                let quoted = majority.map(|m| said(cx, comps[m][0]));
                for c in comp {
                    let generic = c.layer() == Layer::Generic;
                    let (related, more) =
                        bounded(&evidence, |e| cx.label(e, format!("says {}", cx.text(e))));
                    out.push(Finding {
                        rule: self.id(),
                        severity: if generic {
                            Severity::Warning.min(cx.severity(self))
                        } else {
                            cx.severity(self)
                        },
                        key: c.key().to_string(),
                        message: match &quoted {
                            Some(x) => {
                                format!("{}: {} here, but {} elsewhere", c.label(), said(cx, c), x)
                            }
                            None => format!(
                                "{}: {} here, and other documents disagree",
                                c.label(),
                                said(cx, c)
                            ),
                        },
                        primary: cx.label(c, "this figure"),
                        related,
                        related_more: more,
                        expected: expected.clone(),
                        found: Some(show_figure(c.value())),
                        reference: Some(reference.clone()),
                        fix: None,
                        confidence: if generic {
                            Confidence::Low
                        } else {
                            Confidence::High
                        },
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    /// Whole numbers one apart touch at the rounding edge (168.5 to 169.5, 169.5 to
    /// 170.5) but are two different figures; "2.35%" still agrees with "2.4%".
    #[test]
    fn figures_one_last_digit_apart_disagree() {
        let f = check(
            &[
                "In Canada, the Liberals won 169 seats.",
                "In Canada, the Liberals won 169 seats on Monday.",
                "In Canada, the Liberals won 170 seats.",
            ],
            Some("2025-04-29"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["170 seats"], "{f:?}");
        let f = check(
            &[
                "Japan's inflation was 2.35%.",
                "Japan's inflation was 2.4%.",
            ],
            Some("2025-04-29"),
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
    }

    /// A count told with no time meets the one month the batch tells it of, when its
    /// article was published in that month; one of another month does not, nor one
    /// when the batch tells two months.
    #[test]
    fn an_untimed_figure_meets_the_one_month_of_its_article() {
        let dated = "OTTAWA, April 29, 2025 - Canada's Liberals won the election on Monday, April 28, 2025, taking 168 seats.";
        let f = check(
            &[
                "OTTAWA, April 29, 2025 - In Canada, the Liberals won 169 seats.",
                dated,
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["169 seats", "168 seats"], "{f:?}");
        // Published in June: the untimed count may be of a later vote.
        let f = check(
            &[
                "OTTAWA, June 2, 2025 - In Canada, the Liberals won 169 seats.",
                dated,
            ],
            None,
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
        // Two months told: which one the untimed count is of is unknown.
        let f = check(
            &[
                "OTTAWA, April 29, 2025 - In Canada, the Liberals won 169 seats.",
                dated,
                "OTTAWA, May 6, 2025 - Canada's Liberals won a by-election on Monday, May 5, 2025, taking 170 seats.",
            ],
            None,
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
    }

    /// An amount of money with a trailing zero may be rounded at its last nonzero
    /// digit ("72,350 crore" for 72,349), not past three significant digits.
    #[test]
    fn an_amount_rounded_at_a_trailing_zero_agrees() {
        let f = check(
            &[
                "Tata Motors said revenue fell 3.7% to Rs 72,349 crore in the quarter.",
                "Tata Motors said revenue fell 3.7% to Rs 72,350 crore in the quarter.",
                "Tata Motors said revenue fell 3.7% to Rs 72,380 crore in the quarter.",
            ],
            Some("2025-11-14"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["Rs 72,380 crore"], "{f:?}");
    }

    #[test]
    fn refining_share_disagreement_is_flagged() {
        let f = check(
            &[
                "China controls about 90% of global rare earth refining, analysts said.",
                "China handles nearly 90% of rare earth refining capacity.",
                "Chinese plants do 60% of the world's rare earth refining.",
            ],
            Some("2025-10-29"),
            &["critical-minerals"],
        );
        assert_eq!(
            f,
            vec![("figure-mismatch".to_string(), "60%".to_string(), 2)]
        );
    }

    /// A dated Markdown article.
    fn md(date: &str, body: &str) -> Vec<crate::source::Document> {
        use crate::source::{Format, from_text};
        from_text(
            "x.md",
            format!("---\ndate: {date}\n---\n{body}\n"),
            Format::Markdown,
        )
        .unwrap()
    }

    /// The texts of the figures flagged in a batch.
    fn run(docs: Vec<Vec<crate::source::Document>>) -> Vec<String> {
        let r = crate::check::run(
            docs.into_iter().flatten().collect(),
            &crate::pack::PackSet::default(),
            None,
        );
        r.findings
            .iter()
            .map(|f| r.docs[f.primary.doc].slice(f.primary.span).to_string())
            .collect()
    }

    #[test]
    fn a_rising_toll_on_later_days_is_no_conflict_but_one_day_disagreeing_is() {
        let quake = "The earthquake killed at least {} people in Turkey, officials said.";
        let day1 = md("2023-02-06", &quake.replace("{}", "1,500"));
        let day3 = md("2023-02-08", &quake.replace("{}", "11,000"));
        assert!(run(vec![day1, day3]).is_empty());
        let a = md("2023-02-08", &quake.replace("{}", "11,000"));
        let b = md("2023-02-08", &quake.replace("{}", "11,000"));
        let c = md(
            "2023-02-08",
            "The earthquake killed 3,000 people in Turkey, officials said.",
        );
        assert_eq!(run(vec![a, b, c]), vec!["3,000 people".to_string()]);
    }

    #[test]
    fn a_figure_with_no_subject_or_time_meets_only_articles_of_its_spell() {
        let flagged = |docs| run(docs).len();
        // Two years apart: two elections' turnouts.
        let a = md("2022-10-31", "Turnout was 79.4%, officials said.");
        let b = md("2024-07-01", "Turnout was 66.7%, officials said.");
        assert_eq!(flagged(vec![a, b]), 0);
        // Ten days apart: one election, two turnouts.
        let a = md("2024-06-21", "Turnout was 79.4%, officials said.");
        let b = md("2024-07-01", "Turnout was 66.7%, officials said.");
        assert_eq!(flagged(vec![a, b]), 2);
        // A subject keeps the key whole across time.
        let a = md(
            "2022-10-31",
            "The quake killed 3,000 people in Turkey in 2023.",
        );
        let b = md(
            "2024-07-01",
            "The quake killed 5,000 people in Turkey in 2023.",
        );
        assert_eq!(flagged(vec![a, b]), 2);
    }

    #[test]
    fn an_undated_toll_meets_the_one_dated_toll_of_the_same_thing() {
        let undated = |body: &str| {
            crate::source::from_text("c.txt", body.to_string(), crate::source::Format::Text)
                .unwrap()
        };
        let a = || {
            md(
                "2025-11-28",
                "The fire killed 128 people. Officials said 79 people were injured.",
            )
        };
        // 97 against 79: flagged, though the article says no day (with no majority,
        // both sides are).
        let c = undated("The fire killed 128 people. Officials said 97 people were injured.");
        assert_eq!(run(vec![a(), c]), ["79 people", "97 people"]);
        let agreeing =
            undated("The fire killed 128 people. Officials said 79 people were injured.");
        assert_eq!(run(vec![a(), agreeing]).len(), 0);
        // Tolls of two days: which one the undated article is of is unknown.
        let b = md(
            "2025-11-29",
            "The fire killed 151 people. Officials said 83 people were injured.",
        );
        let c = undated("The fire killed 128 people. Officials said 97 people were injured.");
        assert_eq!(run(vec![a(), b, c]).len(), 0);
        // An undated article that writes out a later day than the dated one's was
        // written after it: its toll may have risen since.
        let later = undated(
            "The mayor resigned on Monday, December 1, 2025. Officials said 97 people were injured.",
        );
        assert_eq!(run(vec![a(), later]).len(), 0);
        // One that writes out no later day is still compared.
        let earlier = undated(
            "The fire broke out on Wednesday, November 26, 2025. Officials said 97 people were injured.",
        );
        assert_eq!(run(vec![a(), earlier]), ["79 people", "97 people"]);
        // Undated articles of one thing no dated article tells meet each other,
        // whatever days they write out.
        let one = undated(
            "The fire broke out on Wednesday, November 26, 2025. Officials said 97 people were injured.",
        );
        let two = undated("Officials said 79 people were injured.");
        assert_eq!(run(vec![one, two]), ["97 people", "79 people"]);
    }

    #[test]
    fn a_generic_key_one_article_gives_two_values_is_left_out() {
        // "Japan | seat" holds the chamber's 465 and a party's 148 in the first
        // article: the key names two things there, so it meets nothing elsewhere.
        let f = check(
            &[
                "Japan's ruling coalition lost its majority, winning 215 of the 465 seats. The main opposition party of Japan won 148 seats.",
                "Japan's ruling coalition won 215 seats in Sunday's vote.",
            ],
            Some("2024-10-28"),
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
        // Each article giving one value: they still disagree.
        let f = check(
            &[
                "The quake killed 3,000 people in Turkey, officials said.",
                "The quake killed 4,500 people in Turkey, officials said.",
            ],
            Some("2023-02-08"),
            &[],
        );
        assert_eq!(f.len(), 2, "{f:?}");
    }

    /// "Over a million" holds both 1.02 million and 1.2 million; it sides with
    /// neither, so the two still disagree. A bound that holds one figure alone
    /// counts with it.
    #[test]
    fn a_bound_does_not_join_two_figures_that_disagree() {
        const AT: &str = "SEOUL, Nov 20, 2026 - Hyundai";
        let run = |bodies: &[&str]| -> Vec<String> {
            let articles: Vec<String> = bodies.iter().map(|b| format!("{AT} {b}")).collect();
            let refs: Vec<&str> = articles.iter().map(String::as_str).collect();
            check(&refs, None, &[]).into_iter().map(|x| x.1).collect()
        };
        let f = run(&[
            "is recalling about 1.02 million vehicles in Canada, regulators said.",
            "to recall over a million cars. Hyundai is recalling 1.2 million vehicles in Canada.",
        ]);
        assert_eq!(f, ["about 1.02 million vehicles", "1.2 million vehicles"]);
        let f = run(&[
            "is recalling 1.02 million vehicles in Canada, regulators said.",
            "is recalling more than 1.01 million vehicles in Canada, regulators said.",
            "is recalling 900,000 vehicles in Canada, regulators said.",
        ]);
        assert_eq!(f, ["900,000 vehicles"]);
    }

    #[test]
    fn hedged_and_overlapping_figures_agree() {
        let f = check(
            &[
                "Japan depends on China for 60% of its rare earths supply, down from 80% to 90%.",
                "Japan imported nearly 60% of its rare earth materials from China in 2022, down from over 80% in 2009.",
            ],
            None,
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
    }
}
