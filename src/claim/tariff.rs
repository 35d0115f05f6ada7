//! A tariff: the percent one country's goods face ("a 50% tariff on Indian goods",
//! "doubled tariffs on imports from India to 50%", "India hit by 40% US tariff").
//! The key is the country the tariff falls on, never the one that lays it; what it
//! falls on when the words name a sector ("on steel", "25% auto tariffs"); and its
//! kind when the words make it another figure than the rate in force ("an additional
//! 25% duty" is part of a 50% total). So two reports of one rate meet however they
//! word it. A rate whose country the sentence does not say is left unkeyed, never
//! guessed by the generic keyer. The words are `tariffs` in metrics.yaml.

use super::Claim;
use crate::extract::{Extraction, Kind, Unit};
use crate::lexicon::{self, Tariffs};
use crate::source::Document;

/// Most words between a tariff's word and the figure after it: "tariffs on imports
/// of steel from India to" is seven.
const MAX_GAP: usize = 10;

/// Most words between a figure and the tariff's word after it: "25% U.S. auto
/// tariff" has two.
const MAX_BETWEEN: usize = 3;

/// Words before a figure that tie it to a tariff named before it: "tariffs ... to
/// 50%", "a duty of 25%", "tariffs at 10%".
const LEVEL_BEFORE: &[&str] = &["to", "of", "at"];

/// Words after a tariff that make it part of a total: "a 34% tariff, on top of the
/// 20% levied earlier".
const ADDED: &[&str] = &["on top of", "in addition to", "atop"];

/// Where a clause ends, for the words after a tariff that say what it falls on.
const CLAUSE_END: &[char] = &[',', ';', ':', '(', '\u{2014}'];

/// Within how many bytes after "on", "against" or "from" the country a tariff falls
/// on is named: "on many Indian goods", "on imports from the United States".
const NEAR: usize = 48;

/// A word of a text: where it starts, the word without the punctuation around it,
/// and whether a clause ends with it (a comma or a semicolon after it).
struct Word<'a> {
    at: usize,
    text: &'a str,
    ends_clause: bool,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out: Vec<Word> = Vec::new();
    let mut push = |start: usize, end: usize| {
        let raw = &text[start..end];
        let trimmed = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
        let lead = raw.len() - trimmed.len();
        // A lone mark ("15% , the") is no word, but a comma still ends the clause.
        if trimmed.is_empty() {
            let ends = raw.ends_with([',', ';', ':']);
            match out.last_mut() {
                Some(w) => w.ends_clause |= ends,
                None if ends => out.push(Word {
                    at: start,
                    text: "",
                    ends_clause: true,
                }),
                None => {}
            }
            return;
        }
        out.push(Word {
            at: start + lead,
            text: trimmed.trim_end_matches(|c: char| !c.is_alphanumeric()),
            ends_clause: raw.ends_with([',', ';', ':']),
        });
    };
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                push(s, i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        push(s, text.len());
    }
    out
}

fn among(list: &[String], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// The name a map of word lists gives a word ("cars" is "autos").
fn named<'a>(map: &'a std::collections::BTreeMap<String, Vec<String>>, w: &str) -> Option<&'a str> {
    map.iter()
        .find(|(_, ws)| among(ws, w))
        .map(|(name, _)| name.as_str())
}

/// How a figure is tied to its tariff: the words that may qualify it, and the text
/// after the tariff's word, to the clause's end, that may say what it falls on.
struct Reading<'a> {
    modifiers: Vec<&'a str>,
    on: &'a str,
    /// The sentence after the tariff's word, or after the figure when the word
    /// stands before it: "on top of the 20% levied earlier".
    rest: &'a str,
}

/// "a 50% tariff", "an additional 25% U.S. duty": the tariff's word a few words
/// after the figure.
fn word_after<'a>(t: &Tariffs, before: &'a str, after: &'a str) -> Option<Reading<'a>> {
    let aw = words(after);
    let mut modifiers: Vec<&str> = Vec::new();
    for w in aw.iter().take(MAX_BETWEEN + 1) {
        if among(&t.words, w.text) {
            modifiers.extend(last_words(t, before));
            let rest = &after[w.at + w.text.len()..];
            return Some(Reading {
                modifiers,
                on: clause(rest),
                rest,
            });
        }
        if w.ends_clause {
            return None;
        }
        modifiers.push(w.text);
    }
    None
}

/// "tariffs on imports from India to 50%", "a duty of 25%": the tariff's word
/// before the figure, tied to it by "to", "of" or "at", with no other figure between
/// but one the rate rose from.
fn word_before<'a>(
    t: &Tariffs,
    d: &'a Document,
    e: &Extraction,
    idx: usize,
    before: &'a str,
    after: &'a str,
) -> Option<Reading<'a>> {
    let bw = words(before);
    let k = bw.iter().rposition(|w| among(&t.words, w.text))?;
    let gap = &bw[k + 1..];
    if gap.len() > MAX_GAP
        || gap.iter().any(|w| w.ends_clause)
        || !gap
            .last()
            .is_some_and(|w| LEVEL_BEFORE.iter().any(|l| w.text.eq_ignore_ascii_case(l)))
    {
        return None;
    }
    let m = &e.mentions[idx];
    let from = before.as_ptr() as usize - d.text.as_ptr() as usize + bw[k].at;
    let other = e.mentions[e.in_sentence(m.sentence)].iter().any(|o| {
        matches!(&o.kind, Kind::Quantity(_))
            && o.span.start > from
            && o.span.end <= m.span.start
            && !d.text[..o.span.start].trim_end().ends_with(" from")
    });
    if other {
        return None;
    }
    let modifiers = last_words(t, &before[..bw[k].at]);
    // What it falls on is said between the word and the figure, or after it.
    let on_start = bw[k].at + bw[k].text.len();
    let between = &before[on_start..];
    let on = if clause(after).trim().is_empty() {
        between
    } else {
        // One stretch of the document: the words between, the figure, the clause on.
        let base = before.as_ptr() as usize - d.text.as_ptr() as usize;
        let end = after.as_ptr() as usize - d.text.as_ptr() as usize + clause(after).len();
        &d.text[base + on_start..end]
    };
    Some(Reading {
        modifiers,
        on,
        rest: after,
    })
}

/// The last four words before a figure or a tariff's word, within their clause
/// and after any figure or tariff before: "an additional", "the reciprocal",
/// "threatened to impose"; in "a 40% penalty to the 10% duty" the penalty is the
/// 40%'s.
fn last_words<'a>(t: &Tariffs, text: &'a str) -> Vec<&'a str> {
    let ws = words(text);
    let clause = ws
        .iter()
        .rposition(|w| {
            w.ends_clause
                || w.text.bytes().any(|b| b.is_ascii_digit())
                || among(&t.words, w.text)
                || w.text.eq_ignore_ascii_case("penalty")
        })
        .map_or(0, |k| k + 1);
    ws[clause.max(ws.len().saturating_sub(4))..]
        .iter()
        .map(|w| w.text)
        .collect()
}

/// A text up to the end of its clause.
fn clause(text: &str) -> &str {
    &text[..text.find(CLAUSE_END).unwrap_or(text.len())]
}

/// The country named soon after "on", "against" or "from" in the words after a
/// tariff, with any listed after it: "on many Indian goods", "on imports from
/// India", "on Canadian and Mexican goods".
fn falls_on(d: &Document, on: &str) -> Vec<&'static str> {
    let Some(at) = [" on ", " against ", " from "]
        .iter()
        .filter_map(|w| memchr::memmem::find(on.as_bytes(), w.as_bytes()))
        .min()
    else {
        return Vec::new();
    };
    let near = &on[at..];
    let mut end = NEAR.min(near.len());
    while !near.is_char_boundary(end) {
        end -= 1;
    }
    let near = &near[..end];
    let found = d.countries_within(near);
    // "its exports to the U.S.": the country goods go to lays the tariff.
    let to = |r: &std::ops::Range<usize>| {
        let head = near[..r.start].trim_end();
        [" to", " to the", " into", " into the"]
            .iter()
            .any(|w| head.ends_with(w))
    };
    // Past an importer ("on U.S. imports from Mexico"), never past a destination.
    let Some(first) = found
        .iter()
        .position(|(r, _)| to(r) || !importer(&near[r.clone()], &near[r.end..]))
        .filter(|&k| !to(&found[k].0))
    else {
        return Vec::new();
    };
    super::generic::list_run(near, &found[first..])
}

/// Words of goods a country sends out, after "its": "on its exports to the U.S.".
const ITS_GOODS: &[&str] = &["its exports", "its goods", "its shipments", "its products"];

/// "The EU agreed to a 15% tariff on most of its exports to the U.S.": the goods
/// are those of the one country the sentence names before the figure, the country
/// they go to left aside. A company's exports ("Apple's", "its iPhones") or a
/// sentence of two countries before the figure give none.
fn own_exports(d: &Document, before: &str, on: &str) -> Vec<&'static str> {
    let on = clause(on);
    if !ITS_GOODS
        .iter()
        .any(|g| super::find_phrase(on, g).is_some())
    {
        return Vec::new();
    }
    let to: Vec<&str> = d.countries_within(on).into_iter().map(|(_, c)| c).collect();
    let mut named: Vec<&'static str> = d
        .countries_within(before)
        .into_iter()
        .map(|(_, c)| c)
        .filter(|c| !to.contains(c))
        .collect();
    named.sort_unstable();
    named.dedup();
    if named.len() == 1 { named } else { Vec::new() }
}

/// Is the country `name`, before `rest`, the one importing? "U.S. imports of steel"
/// are imports into the United States, whose tariff falls on others, as are "India's
/// imports"; "Chinese imports" are goods from China.
fn importer(name: &str, rest: &str) -> bool {
    let abbreviated = name.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    let possessive = rest.starts_with("'s") || rest.starts_with("\u{2019}s");
    (abbreviated || possessive)
        && words(rest)
            .iter()
            .find(|w| !matches!(w.text, "" | "s"))
            .is_some_and(|w| {
                w.text.eq_ignore_ascii_case("imports") || w.text.eq_ignore_ascii_case("import")
            })
}

/// With no "on" to say it, the one country of the sentence named as the one whose
/// goods a tariff meets: before a word for goods ("Indian goods", "India's exports"),
/// before "faces" or "hit" with at most two words between ("India hit by 40% US
/// tariff", "Japan's carmakers face"), or after "goods from".
fn facing(t: &Tariffs, d: &Document, sentence: &str) -> Vec<&'static str> {
    let found = d.countries_within(sentence);
    let mut facing: Vec<(std::ops::Range<usize>, &'static str)> = Vec::new();
    for (r, c) in &found {
        let rest = &sentence[r.end..];
        let rest = rest
            .strip_prefix("'s")
            .or_else(|| rest.strip_prefix("\u{2019}s"))
            .unwrap_or(rest);
        let next: Vec<&str> = words(rest)
            .into_iter()
            .filter(|w| !w.text.is_empty())
            .take(4)
            .map(|w| w.text)
            .collect();
        let first = next.first().copied().unwrap_or("");
        // "China, which now faces", "Japan's carmakers face"; "Canada hit back" is
        // the country answering.
        let faces = (0..next.len().min(3)).any(|k| {
            among(&t.faces, next[k])
                && !next
                    .get(k + 1)
                    .is_some_and(|w| w.eq_ignore_ascii_case("back"))
        });
        let head = sentence[..r.start].trim_end();
        let from_goods = head.strip_suffix(" from").is_some_and(|h| {
            h.rsplit(' ')
                .next()
                .is_some_and(|w| among(&t.goods, w.trim_matches(|c: char| !c.is_alphanumeric())))
        });
        if among(&t.goods, first) && !importer(&sentence[r.clone()], rest) || faces || from_goods {
            facing.push((r.clone(), *c));
        }
    }
    // One country, or several listed together ("Mexico and Canada face"); two
    // apart are two tariffs' countries, and which is this one's is not said.
    let all = super::generic::list_run(sentence, &facing);
    let mut distinct: Vec<&str> = facing.iter().map(|(_, c)| *c).collect();
    distinct.sort_unstable();
    distinct.dedup();
    if all.len() == distinct.len() {
        all
    } else {
        Vec::new()
    }
}

/// The sectors named among a tariff's words or soon after its "on", by the names a
/// key gives them, sorted: "on cars and steel" is "autos, steel" however ordered.
fn sectors<'a>(t: &'a Tariffs, modifiers: &[&str], on: &str) -> Vec<&'a str> {
    let after_on: Vec<&str> = on
        .find(" on ")
        .map(|at| {
            words(&on[at..])
                .into_iter()
                .take(7)
                .map(|w| w.text)
                .collect()
        })
        .unwrap_or_default();
    let mut out: Vec<&str> = modifiers
        .iter()
        .chain(after_on.iter())
        .filter_map(|w| named(&t.sectors, w))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Byte strings every tariff's word holds: most percents stop at them.
static GATE: super::Gate = super::Gate::new(&["ariff", "dut", "levy", "levies", "urcharge"]);

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &mut [bool]) {
    let t = &lexicon::get().metrics.tariffs;
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        if keyed[i] || q.unit != Unit::Percent || q.range || m.conversion_of.is_some() {
            continue;
        }
        let s = e.sentences[m.sentence];
        let sentence = &d.text[s.start..s.end];
        if !GATE.any(sentence) {
            continue;
        }
        let before = &d.text[s.start..m.span.start];
        let after = &d.text[m.span.end..s.end];
        let Some(r) =
            word_after(t, before, after).or_else(|| word_before(t, d, e, i, before, after))
        else {
            continue;
        };
        // A tariff's figure whose country is not said is left unkeyed: the generic
        // keyer would take the country that lays it ("China strikes back with 34%
        // tariff") for the one it falls on.
        keyed[i] = true;
        if r.modifiers.iter().any(|w| among(&t.earlier, w)) {
            continue;
        }
        let mut targets = falls_on(d, r.on);
        if targets.is_empty() {
            targets = own_exports(d, &d.text[s.start..m.span.start], r.on);
        }
        if targets.is_empty() {
            // The sentence to the end of the figure's clause: a missed full stop
            // ("to the U.S. Switzerland was hit") starts no country of its own.
            let tail = clause(after);
            let tail = &tail[..tail.find(". ").unwrap_or(tail.len())];
            targets = facing(t, d, &d.text[s.start..m.span.end + tail.len()]);
        }
        if targets.is_empty() {
            continue;
        }
        let mut kinds: Vec<&str> = r
            .modifiers
            .iter()
            .filter_map(|w| named(&t.kinds, w))
            .collect();
        // "a 34% tariff, on top of the 20% levied earlier": a part of the total.
        let rest = r.rest.trim_start_matches([',', ' ']);
        if ADDED
            .iter()
            .any(|a| crate::extract::starts_with_ignore_case(rest, a))
        {
            kinds.push("additional");
        }
        kinds.sort_unstable();
        kinds.dedup();
        let sectors = sectors(t, &r.modifiers, r.on);
        let on = if sectors.is_empty() {
            String::new()
        } else {
            format!(" on {}", sectors.join(", "))
        };
        let kinds = if kinds.is_empty() {
            String::new()
        } else {
            format!(" [{}]", kinds.join(","))
        };
        // "now faces a 54% levy" says no more than a rate in force does.
        let time = super::generic::time_of(d, e, i, super::window(d, e, i));
        let time: Vec<&str> = time
            .split(',')
            .filter(|t| !t.is_empty() && !matches!(*t, "now" | "currently" | "today"))
            .collect();
        let time = if time.is_empty() {
            String::new()
        } else {
            format!(" @{}", time.join(","))
        };
        // "Mexico and Canada face 25% tariffs": each country's rate.
        for target in targets {
            out.push(super::figure(
                doc,
                m,
                q,
                format!("{target} | tariff{on} | percent{kinds}{time}"),
                format!("{target} tariff{on}"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    /// This keyer's claims of one text, alone: (key, the figure's text).
    fn keys(text: &str) -> Vec<(String, String)> {
        use crate::source::{Format, from_text};
        let docs = from_text("t.txt", text.to_string(), Format::Text).unwrap();
        let d = &docs[0];
        let e = crate::extract::extract(&d.text);
        let (mut out, mut keyed) = (Vec::new(), vec![false; e.mentions.len()]);
        super::key(0, d, &e, &mut out, &mut keyed);
        out.iter()
            .map(|c| (c.key().to_string(), d.slice(c.span()).to_string()))
            .collect()
    }

    fn one(text: &str) -> String {
        let k = keys(text);
        assert_eq!(k.len(), 1, "{text}: {k:?}");
        k[0].0.clone()
    }

    /// The country a tariff falls on is the key's, however the sentence names it,
    /// and never the one laying it.
    #[test]
    fn a_tariff_is_the_country_s_it_falls_on() {
        for text in [
            "The United States doubled tariffs on imports from India to 50% on Wednesday.",
            "A 50% tariff on many Indian goods took effect.",
            "India hit by 50% US tariff",
            "Indian exporters braced for losses as a 50% U.S. tariff took effect.",
            "Trump's 50% tariff on India takes effect",
            "Goods from India will face a 50% tariff, the White House said.",
        ] {
            assert_eq!(one(text), "India | tariff | percent", "{text}");
        }
        assert_eq!(
            one("Trump threatened to impose 100 percent tariffs on Chinese imports."),
            "China | tariff | percent [threatened]"
        );
        assert_eq!(
            one("Makers face a 50% tariff on U.S. imports from Mexico."),
            "Mexico | tariff | percent"
        );
        assert_eq!(
            keys("Mexico and Canada face 25% tariffs on goods outside the pact."),
            [
                ("Mexico | tariff | percent".to_string(), "25%".to_string()),
                ("Canada | tariff | percent".to_string(), "25%".to_string())
            ]
        );
        assert_eq!(
            keys("Trump put 25% tariffs on Canadian and Mexican goods.").len(),
            2
        );
        assert_eq!(
            one(
                "China said it would raise its tariff to 84% on all imports from the United States."
            ),
            "United States | tariff | percent"
        );
    }

    /// A sector and a kind are part of the key: the steel tariff and the tariff on
    /// all goods, the additional duty and the total, are other figures.
    #[test]
    fn sectors_and_kinds_join_the_key() {
        assert_eq!(
            one("Washington put a 50% tariff on Indian steel."),
            "India | tariff on steel | percent"
        );
        assert_eq!(
            one("Japan's carmakers face 25% U.S. auto tariffs."),
            "Japan | tariff on autos | percent"
        );
        assert_eq!(
            one("Trump added an additional 25% tariff on Indian goods."),
            "India | tariff | percent [additional]"
        );
        assert_eq!(
            one("Goods from China face a 34% tariff, on top of the 20% levied earlier."),
            "China | tariff | percent [additional]"
        );
        assert_eq!(
            one("Apple makes its iPhones in China, which now faces a 54% combined levy."),
            "China | tariff | percent"
        );
    }

    /// A rate said without whose goods it falls on, a rate no longer in force, and
    /// a rate that is the step from an earlier one are not keyed here.
    #[test]
    fn a_rate_of_no_country_or_an_old_rate_is_not_keyed() {
        for text in [
            "Makers face a 50% tariff on U.S. imports of steel.",
            "The 25% duty took effect earlier this month.",
            "The existing 25% tariff on Indian goods stays.",
            "The U.S. raised tariffs on Indian goods by 25%.",
            "Brazil also faces a 50% rate.",
            "China strikes back with 34% tariff",
            "Canada hit back with a 25% tariff.",
            "Apple agreed to a 15% tariff on most of its exports to the U.S.",
            "Even at 15%, the tariff on Japanese autos is six times the old rate.",
            "Japan's cars, which had faced a 27.5% levy, now face less.",
        ] {
            assert!(keys(text).is_empty(), "{text}: {:?}", keys(text));
        }
    }

    /// "its exports" are those of the one country the sentence names before the
    /// figure, not of the country they go to.
    #[test]
    fn its_exports_are_the_subject_s() {
        for text in [
            "The EU agreed to a 15% tariff on most of its exports to the U.S.",
            "The EU agreed to a 15% tariff on its exports to the U.S. Switzerland was hit too.",
        ] {
            assert_eq!(
                keys(text),
                vec![(
                    "European Union | tariff | percent".to_string(),
                    "15%".to_string()
                )],
                "{text}"
            );
        }
    }

    /// "from 25% to 50%": the rate is the one it rose to.
    #[test]
    fn a_rate_raised_from_another_is_the_new_one() {
        let k = keys("The U.S. raised tariffs on Indian goods from 25% to 50%.");
        assert_eq!(
            k,
            vec![("India | tariff | percent".to_string(), "50%".to_string())]
        );
    }
}
