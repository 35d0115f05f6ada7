//! Places dates on the calendar, batch-wide. A year left out by one article is taken
//! from the batch (explicit years, and weekday/date pairs that fit one year); a
//! dateline without a year becomes a publication date; weekdays and relative phrases
//! are resolved against the publication date, and the resolution is recorded.

use super::{DateMention, Extraction, Kind};
use crate::source::{DateOrigin, Document, Published};
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

fn iso(w: Weekday) -> u8 {
    w.to_monday_one_offset() as u8
}

/// The weekday of an ISO number (Monday = 1); the lexicon has no other.
fn weekday_of(n: u8) -> Weekday {
    Weekday::from_monday_one_offset(n as i8).unwrap_or(Weekday::Monday)
}

/// What one document says about the batch year, small enough to keep while the
/// document itself is dropped: folded in document order, it gives the same year as
/// looking at every document at once.
#[derive(Debug, Clone, Default)]
pub struct YearEvidence {
    published: Option<i16>,
    /// The first year written in a date; a bare year ("by 2030") counts only when
    /// nothing before it gave a year.
    first: Option<i16>,
    /// The latest year written with a month or as a fiscal year.
    dated: Option<i16>,
    /// Weekday/month/day triples written without a year.
    pairs: Vec<(u8, u8, u8)>,
}

impl YearEvidence {
    pub fn of(published: Option<Published>, e: &Extraction) -> Self {
        let mut ev = YearEvidence {
            published: published.map(|p| p.date.year()),
            ..Default::default()
        };
        ev.add(e);
        ev
    }

    /// Adds the dates of one more section of the same document.
    pub fn add(&mut self, e: &Extraction) {
        for m in &e.mentions {
            let Kind::Date(dm) = &m.kind else { continue };
            let x = dm.expr;
            if let Some(y) = x.year {
                self.first = self.first.or(Some(y));
                // A bare year may be a forecast ("by 2030"); a dated day or month is not.
                if x.month.is_some() || x.fiscal {
                    self.dated = self.dated.max(Some(y));
                }
            }
            // A dated document places its own weekdays; only those of an undated one
            // say what the batch year is.
            if let (None, None, Some(w), Some(mo), Some(day)) =
                (self.published, x.year, x.weekday, x.month, x.day)
                && !self.pairs.contains(&(w, mo, day))
            {
                self.pairs.push((w, mo, day));
            }
        }
    }
}

/// The year the batch is about: fits every weekday/date pair that gives no year, and
/// is nearest the latest publication year, or with none, the latest year the batch
/// writes out.
pub fn batch_year(docs: &[Document], extractions: &[Extraction]) -> Option<i16> {
    let evidence: Vec<YearEvidence> = docs
        .iter()
        .zip(extractions)
        .map(|(d, e)| YearEvidence::of(d.published, e))
        .collect();
    year_of(&evidence)
}

/// The batch year from every document's evidence, in document order.
pub fn year_of<'a>(evidence: impl IntoIterator<Item = &'a YearEvidence>) -> Option<i16> {
    let mut fold = YearFold::default();
    for ev in evidence {
        fold.add(ev);
    }
    fold.year()
}

/// The batch year's evidence gathered a document at a time, in batch order, so a
/// streaming check need not keep every document's evidence.
#[derive(Default)]
pub struct YearFold {
    pairs: Vec<(u8, u8, u8)>,
    /// The latest publication year: when the batch was written.
    published: Option<i16>,
    /// The first year the batch's text writes, raised by every later year written
    /// with a month: the anchor when no document is dated.
    mentioned: Option<i16>,
    /// The latest year written with a month or as a fiscal year: no bare year.
    dated: Option<i16>,
}

impl YearFold {
    pub fn add(&mut self, ev: &YearEvidence) {
        self.published = self.published.max(ev.published);
        if self.mentioned.is_none() {
            self.mentioned = ev.first;
        }
        self.mentioned = self.mentioned.max(ev.dated);
        self.dated = self.dated.max(ev.dated);
        self.pairs.extend_from_slice(&ev.pairs);
    }

    pub fn year(&self) -> Option<i16> {
        // A publication date says when the batch was written; a year in the text
        // may look back or ahead ("leaves office in March 2026"), so it counts only
        // when no document is dated.
        let latest = self.published.or(self.mentioned);
        let written = self.published.or(self.dated);
        if self.pairs.is_empty() {
            return latest;
        }
        // A year written with a month or a date stands when some weekday fits it;
        // else the year most weekdays fit, nearest the anchor. One weekday written
        // wrong (the very error weekday-mismatch reports) does not move the batch
        // to a year the others do not fit.
        let fits = |y: i16| {
            self.pairs
                .iter()
                .filter(|&&(w, mo, day)| {
                    Date::new(y, mo as i8, day as i8).is_ok_and(|d| iso(d.weekday()) == w)
                })
                .count()
        };
        if let Some(w) = written
            && fits(w) > 0
        {
            return Some(w);
        }
        let anchor = latest.unwrap_or(2000);
        let mut best: Option<(usize, i16)> = None;
        for y in (0..=60i16).flat_map(|k| [anchor + k, anchor - k]) {
            let n = if (1900..=2200).contains(&y) {
                fits(y)
            } else {
                0
            };
            if n > best.map_or(0, |b| b.0) {
                best = Some((n, y));
            }
        }
        best.map(|(_, y)| y).or(latest)
    }
}

/// Gives a publication date to documents whose dateline had no year, or that have no
/// date and a default from the command line or config.
pub fn publication_dates(docs: &mut [Document], year: Option<i16>, default: Option<Published>) {
    for d in docs.iter_mut() {
        publication_date(d, year, default);
    }
}

pub fn publication_date(d: &mut Document, year: Option<i16>, default: Option<Published>) {
    if d.published.is_some() {
        return;
    }
    if let (Some((m, day)), Some(y)) = (d.dateline, year)
        && let Ok(date) = Date::new(y, m as i8, day as i8)
    {
        d.published = Some(Published {
            date,
            origin: DateOrigin::DatelineBatchYear,
        });
        return;
    }
    d.published = default;
}

/// Future cues in the clause before a weekday: it then means the next one.
fn future(sentence: &str) -> bool {
    let s = sentence.to_ascii_lowercase();
    [
        " will ",
        " is scheduled",
        " are scheduled",
        " is set to",
        " are set to",
        " is due",
        " is expected to",
        " upcoming",
        " plans to",
        " next ",
    ]
    .iter()
    .any(|c| s.contains(c))
}

fn month_range(y: i16, m: u8, part: Option<[u8; 2]>) -> Option<(Date, Date)> {
    let first = Date::new(y, m as i8, 1).ok()?;
    let last = first.last_of_month();
    match part {
        Some([a, b]) => Some((
            Date::new(y, m as i8, a as i8).ok()?,
            Date::new(y, m as i8, (b as i8).min(last.day())).ok()?,
        )),
        None => Some((first, last)),
    }
}

/// The year of a month and day written without one: the one nearest the reference.
fn nearest_year(reference: Date, m: u8, day: u8) -> i16 {
    let y = reference.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|c| {
            Date::new(c, m as i8, day.min(28) as i8)
                .ok()
                .map(|d| (c, (d - reference).get_days().abs()))
        })
        .min_by_key(|&(_, dist)| dist)
        .map_or(y, |(c, _)| c)
}

/// The year of a month (and day) and where it came from: written, the one nearest
/// the publication date, or the batch's.
fn year_of_month(
    written: Option<i16>,
    published: Option<Published>,
    batch: Option<i16>,
    m: u8,
    day: u8,
) -> Option<(i16, String)> {
    match (written, published, batch) {
        (Some(y), _, _) => Some((y, "written".to_string())),
        (None, Some(p), _) => Some((
            nearest_year(p.date, m, day),
            format!("year from {} ({})", p.date, origin_name(p.origin)),
        )),
        (None, None, Some(y)) => Some((y, "year from the batch".to_string())),
        _ => None,
    }
}

/// Resolves one date against the publication date (if any) and the batch year.
pub fn resolve(
    dm: &mut DateMention,
    published: Option<Published>,
    year: Option<i16>,
    sentence: &str,
) {
    let x = dm.expr;
    let origin = |p: &Published| format!("{} ({})", p.date, origin_name(p.origin));
    let (range, from) = if let Some(rel) = x.relative {
        let Some(p) = published else { return };
        let d = p.date;
        let target = d
            .checked_add(rel.years.years().months(rel.months).days(rel.days))
            .ok();
        use crate::lexicon::Granularity as G;
        let r = target.and_then(|t| match rel.unit {
            G::Day => Some((t, t)),
            G::Week => {
                let start = t.checked_sub((iso(t.weekday()) as i64 - 1).days()).ok()?;
                // "Friday next week": one day of that week.
                if let Some(w) = x.weekday {
                    let d = start.checked_add((i64::from(w) - 1).days()).ok()?;
                    return Some((d, d));
                }
                Some((start, start.checked_add(6.days()).ok()?))
            }
            // "the 20th of next month", "the first Friday of next month": one day
            // of that month.
            G::Month => match (x.day, x.nth, x.weekday) {
                (Some(day), _, _) => Date::new(t.year(), t.month(), day as i8)
                    .ok()
                    .map(|d| (d, d)),
                (None, Some(n), Some(w)) => t
                    .first_of_month()
                    .nth_weekday_of_month(n, weekday_of(w))
                    .ok()
                    .map(|d| (d, d)),
                _ => month_range(t.year(), t.month() as u8, None),
            },
            G::Year => Some((
                Date::new(t.year(), 1, 1).ok()?,
                Date::new(t.year(), 12, 31).ok()?,
            )),
        });
        (r, format!("relative to {}", origin(&p)))
    } else if let (Some(m), Some(day)) = (x.month, x.day) {
        let Some((y, from)) = year_of_month(x.year, published, year, m, day) else {
            return;
        };
        (Date::new(y, m as i8, day as i8).ok().map(|d| (d, d)), from)
    } else if let (Some(n), Some(w), Some(m)) = (x.nth, x.weekday, x.month) {
        let Some((y, from)) = year_of_month(x.year, published, year, m, 15) else {
            return;
        };
        let day = Date::new(y, m as i8, 1)
            .and_then(|first| first.nth_weekday_of_month(n, weekday_of(w)))
            .ok();
        (day.map(|d| (d, d)), from)
    } else if let (Some(day), None, None) = (x.day, x.month, x.weekday) {
        // "on the 21st": the 21st of the month nearest the publication date.
        let Some(p) = published else { return };
        let near = [-1i32, 0, 1]
            .into_iter()
            .filter_map(|k| {
                let first = p.date.first_of_month().checked_add(k.months()).ok()?;
                Date::new(first.year(), first.month(), day as i8).ok()
            })
            .min_by_key(|d| (*d - p.date).get_days().abs());
        (near.map(|d| (d, d)), format!("month from {}", origin(&p)))
    } else if let Some(w) = x.weekday {
        let Some(p) = published else { return };
        let pw = iso(p.date.weekday()) as i64;
        let fwd = (w as i64 - pw).rem_euclid(7);
        let back = (pw - w as i64).rem_euclid(7);
        let delta = match x.weekday_shift {
            Some(1) => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            Some(-1) => -(if back == 0 { 7 } else { back }),
            _ if future(sentence) && fwd != 0 => fwd,
            _ => -back,
        };
        let d = p.date.checked_add(delta.days()).ok();
        (
            d.map(|d| (d, d)),
            format!("weekday relative to {}", origin(&p)),
        )
    } else if let Some(m) = x.month {
        let Some((y, from)) = year_of_month(x.year, published, year, m, 15) else {
            return;
        };
        (month_range(y, m, x.part), from)
    } else if let Some(y) = x.year {
        (
            Date::new(y, 1, 1).ok().zip(Date::new(y, 12, 31).ok()),
            if x.fiscal {
                "fiscal year".to_string()
            } else {
                "written".to_string()
            },
        )
    } else {
        return;
    };
    if let Some(r) = range {
        dm.resolved = Some(r);
        dm.resolved_from = Some(from);
    }
}

pub fn origin_name(o: DateOrigin) -> &'static str {
    match o {
        DateOrigin::FrontMatter => "front matter",
        DateOrigin::Jsonl => "JSONL date",
        DateOrigin::Meta => "HTML meta",
        DateOrigin::Cli => "--date",
        DateOrigin::Config => "config",
        DateOrigin::Dateline => "dateline",
        DateOrigin::DatelineBatchYear => "dateline, year from the batch",
    }
}

/// Resolves every date of every document, after the publication dates are known.
pub fn resolve_all(docs: &[Document], extractions: &mut [Extraction], year: Option<i16>) {
    for (d, e) in docs.iter().zip(extractions.iter_mut()) {
        super::local::currencies(d, e);
        resolve_doc(d, e, year);
    }
}

/// Resolves one document's dates against its publication date and the batch year.
pub fn resolve_doc(d: &Document, e: &mut Extraction, year: Option<i16>) {
    let sentences = &e.sentences;
    for m in &mut e.mentions {
        if let Kind::Date(dm) = &mut m.kind {
            // The clause before the date decides tense: "he will arrive on Monday".
            let start = sentences.get(m.sentence).map_or(0, |s| s.start);
            let before = &d.text[start..m.span.start];
            let clause = before
                .rfind([',', ';'])
                .map_or(before, |p| &before[p + 1..]);
            resolve(dm, d.published, year, &format!(" {clause}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::DateExpr;

    fn pub_(d: &str) -> Option<Published> {
        Some(Published {
            date: d.parse().unwrap(),
            origin: DateOrigin::Dateline,
        })
    }

    /// The batch year from some texts' evidence.
    fn year_from(texts: &[(&str, Option<Published>)]) -> Option<i16> {
        let ev: Vec<YearEvidence> = texts
            .iter()
            .map(|(t, p)| YearEvidence::of(*p, &crate::extract::extract(t)))
            .collect();
        year_of(&ev)
    }

    #[test]
    fn one_wrong_weekday_does_not_move_the_batch_year() {
        // Three undated articles' weekdays fit 2025; one written wrong fits 2024.
        let y = year_from(&[
            (
                "It hit on Thursday, June 12, the worst since May 2023.",
                None,
            ),
            ("Talks began on Friday, June 13.", None),
            ("Rescuers left on Saturday, June 14.", None),
            ("It hit on Wednesday, June 12.", None),
        ]);
        assert_eq!(y, Some(2025));
        // A dated article places its own weekdays; they are no evidence for the batch.
        let y = year_from(&[
            ("It hit on Wednesday, June 12.", pub_("2025-06-13")),
            ("Rescuers left on Saturday.", None),
        ]);
        assert_eq!(y, Some(2025));
    }

    #[test]
    fn a_publication_year_outweighs_a_year_the_text_looks_ahead_to() {
        let y = year_from(&[
            ("He leaves office in March 2026.", pub_("2025-11-18")),
            ("The runoff is on December 14.", None),
        ]);
        assert_eq!(y, Some(2025));
        // With no document dated, the years written are all there is.
        let y = year_from(&[("He leaves office in March 2026.", None)]);
        assert_eq!(y, Some(2026));
    }

    fn res(expr: DateExpr, p: Option<Published>, y: Option<i16>, s: &str) -> Option<String> {
        let mut dm = DateMention {
            expr,
            resolved: None,
            resolved_from: None,
        };
        resolve(&mut dm, p, y, s);
        dm.resolved.map(|(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}..{b}")
            }
        })
    }

    #[test]
    fn weekdays_resolve_against_the_publication_date() {
        let tue = DateExpr {
            weekday: Some(2),
            ..Default::default()
        };
        let mon = DateExpr {
            weekday: Some(1),
            ..Default::default()
        };
        assert_eq!(
            res(tue, pub_("2025-10-29"), None, "signed on Tuesday").as_deref(),
            Some("2025-10-28")
        );
        assert_eq!(
            res(mon, pub_("2025-10-29"), None, "met on Monday").as_deref(),
            Some("2025-10-27")
        );
        assert_eq!(
            res(mon, pub_("2025-10-29"), None, "he will arrive on Monday").as_deref(),
            Some("2025-11-03")
        );
    }

    #[test]
    fn counted_weekdays_and_days_of_relative_weeks_and_months() {
        let p = pub_("2026-10-20");
        let e = |s: &str| crate::extract::date::date(s).unwrap().1;
        // Election day 2026: the first Tuesday of November.
        assert_eq!(
            res(e("first Tuesday of November"), p, None, "").as_deref(),
            Some("2026-11-03")
        );
        assert_eq!(
            res(e("last Monday in May 2026"), p, None, "").as_deref(),
            Some("2026-05-25")
        );
        assert_eq!(
            res(e("first Friday of next month"), p, None, "").as_deref(),
            Some("2026-11-06")
        );
        assert_eq!(
            res(e("the 20th of next month"), p, None, "").as_deref(),
            Some("2026-11-20")
        );
        // 2026-10-20 is a Tuesday: next week runs from the 26th.
        assert_eq!(
            res(e("Friday next week"), p, None, "").as_deref(),
            Some("2026-10-30")
        );
        assert_eq!(
            res(e("Monday last week"), p, None, "").as_deref(),
            Some("2026-10-12")
        );
    }

    #[test]
    fn a_day_alone_takes_the_nearest_month() {
        let day = |d: u8| DateExpr {
            day: Some(d),
            ..Default::default()
        };
        let p = pub_("2026-03-02");
        assert_eq!(res(day(28), p, None, "").as_deref(), Some("2026-02-28"));
        assert_eq!(res(day(5), p, None, "").as_deref(), Some("2026-03-05"));
        // February has no 30th: the nearest month that has one.
        assert_eq!(res(day(30), p, None, "").as_deref(), Some("2026-03-30"));
        assert_eq!(res(day(5), None, Some(2026), ""), None);
    }

    #[test]
    fn month_day_takes_the_nearest_year() {
        let dec = DateExpr {
            month: Some(12),
            day: Some(30),
            ..Default::default()
        };
        assert_eq!(
            res(dec, pub_("2026-01-02"), None, "").as_deref(),
            Some("2025-12-30")
        );
        assert_eq!(
            res(dec, None, Some(2024), "").as_deref(),
            Some("2024-12-30")
        );
    }

    #[test]
    fn relatives_and_parts() {
        let lw = crate::lexicon::get().calendar.relative["last week"];
        let e = DateExpr {
            relative: Some(lw),
            ..Default::default()
        };
        assert_eq!(
            res(e, pub_("2025-10-29"), None, "").as_deref(),
            Some("2025-10-20..2025-10-26")
        );
        let early = DateExpr {
            month: Some(10),
            part: Some([1, 10]),
            ..Default::default()
        };
        assert_eq!(
            res(early, None, Some(2025), "").as_deref(),
            Some("2025-10-01..2025-10-10")
        );
    }
}
