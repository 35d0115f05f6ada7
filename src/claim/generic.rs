//! The generic keyer: for figures no pack names, a key from the sentence itself, so a
//! batch about a story no pack knows is still compared. The subject is the country
//! nearest before the figure (or a possessive inside what it measures); the attribute
//! is the measured noun phrase ("of its rare earth materials", "tariff on steel
//! imports", "the budget to"); the time is the years, months and time words of its
//! clause, and "down from" marks an earlier value. Keys are strict on purpose: a
//! guessed key that joins two different figures is a false alarm.

use super::{Claim, window};
use crate::extract::quantity::Quantity;
use crate::extract::{
    Extraction, Kind, Mention, Unit, ends_with_ignore_case, starts_with_ignore_case,
};
use crate::lexicon;
use crate::source::Document;
use crate::source::offsets::Span;
use std::sync::OnceLock;

/// Words that carry no meaning in a measured phrase.
const STOP: &[&str] = &[
    // A time of day says when, not what: "52% contained on Friday evening".
    "morning",
    "afternoon",
    "evening",
    "overnight",
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "that",
    "these",
    "those",
    "world's",
    "global",
    "world",
    "total",
    "all",
    "some",
    "of",
    "on",
    "in",
    "for",
    "to",
    "and",
    "or",
    "from",
    "by",
    "with",
    "at",
    "as",
    "than",
    "more",
    "less",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "under",
    "new",
    "current",
    "currently",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "it",
    "they",
    "which",
    "who",
    "that",
    "s",
    "per",
    "cent",
    "percent",
];
/// Words that end a measured phrase.
const END: &[&str] = &[
    "from",
    "in",
    "at",
    "by",
    "since",
    "which",
    "that",
    "who",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "will",
    "would",
    "and",
    "but",
    "while",
    "when",
    "as",
    "after",
    "before",
    "according",
    "said",
    "says",
    "with",
    "to",
    "for",
    "during",
    "than",
    "compared",
    "down",
    "up",
];
/// Verbs and prepositions that link a noun before a figure to it ("the budget to").
const LINKS: &[&str] = &[
    "to", "at", "of", "was", "is", "were", "are", "reached", "hit", "remains", "remained", "stood",
    "totaled", "totalled", "rose", "fell", "reach", "account", "accounts", "for",
];
/// Words of a rate's basis, between its verb and its figure ("fell an annualised
/// 1.8%"); the articles before them too.
const BASIS_WORDS: &[&str] = &[
    "an",
    "a",
    "annualised",
    "annualized",
    "annual",
    "seasonally",
    "adjusted",
    "real",
    "revised",
    "inflation-adjusted",
];
/// Scope qualifiers that make two figures different things.
pub const SCOPES: &[&str] = &[
    "heavy",
    "light",
    "domestic",
    "foreign",
    "annual",
    "quarterly",
    "monthly",
    "month-on-month",
    "month on month",
    "weekly",
    "daily",
    "net",
    "gross",
    "average",
    "median",
    "first-half",
    "second-half",
    "initial",
    "additional",
    "rural",
    "urban",
    "per capita",
    // Kinds of one rate: "services inflation", "core inflation", "youth unemployment".
    "core",
    "headline",
    "services",
    "youth",
    // Where the people counted were: "241 people on board", "24 on the ground".
    "on board",
    "aboard",
    "on the ground",
];

/// Measures of `metrics.yaml` that are a company's: with no subject by them, whose
/// they are is the metric keyer's to say.
const COMPANY_MEASURES: &[&str] = &[
    "operating profit",
    "net profit",
    "revenue",
    "pre-tax profit",
    "underlying profit",
    "share price",
];

/// Words of a company's results: a figure measuring one, with no subject, is no
/// figure the generic keyer can place.
const COMPANY_WORDS: &[&str] = &[
    "revenue", "profit", "sales", "earnings", "income", "turnover",
];

/// Measures that are relative to a price named after them ("a 33% premium to").
const RELATIVE: &[&str] = &["premium", "discount"];

/// The price a premium is over, as content words: "premium to JDE Peet's 90-day
/// average price" is over "average price"; "to Friday's close", over "friday close".
fn relative_to(after: &str) -> Option<Vec<String>> {
    let clause = &after[..after.find([',', ';', '.']).unwrap_or(after.len())];
    let at = [" to ", " over ", " on "]
        .iter()
        .filter_map(|w| memchr::memmem::find(clause.as_bytes(), w.as_bytes()).map(|p| p + w.len()))
        .min()?;
    let words: Vec<String> = clause[at..]
        .split(' ')
        .map(|w| w.trim_end_matches("'s").trim_end_matches('\''))
        .filter(|w| !w.is_empty() && !w.contains(|c: char| c.is_ascii_digit()))
        .filter(|w| {
            !w.starts_with(|c: char| c.is_uppercase()) || lexicon::get().weekday(w).is_some()
        })
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .take(3)
        .collect();
    // "Friday's close", "its closing price on Friday", "its last close": the close
    // before the offer, however written. Other words ("undisturbed", "average")
    // still tell another price.
    let close = words
        .iter()
        .any(|w| matches!(w.as_str(), "close" | "closing" | "closed"));
    let words: Vec<String> = if close {
        let mut kept: Vec<String> = words
            .into_iter()
            .filter(|w| {
                !matches!(
                    w.as_str(),
                    "close" | "closing" | "closed" | "price" | "last" | "previous" | "latest"
                ) && lexicon::get().weekday(w).is_none()
            })
            .collect();
        kept.push("close".into());
        kept
    } else {
        words
    };
    let words: Vec<String> = words.into_iter().map(|w| format!("to {w}")).collect();
    (!words.is_empty()).then_some(words)
}

/// Verbs a party takes its share of the vote with: "got 23.4%", "won 34.5%".
const WON: &[&str] = &[
    "got", "won", "took", "received", "secured", "garnered", "polled",
];

/// Whether a share is one a party won, in an election story: right after a verb of
/// winning ("got 23.4%"), or after "with" following a place ("came third with", "finished
/// second with"), in a text that speaks of an election or a vote.
fn won_share(before: &str, text: &str, title: Option<&str>) -> bool {
    let mut words = before.split_whitespace().rev().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    });
    let won = match words.next().as_deref() {
        Some(w) if WON.contains(&w) => true,
        // "Libre's Rixi Moncada had 17.2%": a name, then "had".
        Some("had") => name_before_with(before),
        // "ahead of José Antonio Kast with 23.9%": a name, then "with".
        Some("with") if name_before_with(before) => true,
        Some("with") => {
            let place = words.next().unwrap_or_default();
            let verb = words.next().unwrap_or_default();
            // "won the popular vote with", "took the runoff with": what was won, then
            // "with".
            let contest = matches!(
                place.as_str(),
                "vote" | "runoff" | "election" | "race" | "ballot" | "round" | "contest"
            ) && std::iter::once(verb.clone())
                .chain(words.take(3))
                .any(|w| WON.contains(&w.as_str()) || STANDINGS.contains(&w.as_str()));
            (lexicon::get().ordinals.words.contains_key(place.as_str()) || place == "ahead")
                && matches!(verb.as_str(), "came" | "finished" | "placed" | "ended")
                || WON.contains(&place.as_str())
                || STANDINGS.contains(&place.as_str())
                || contest
        }
        // "Trump won 49.9% to Harris's 48.3%": the rival's share, set against a share
        // won before it.
        _ if rival_before(before).is_some() => true,
        _ => gapped_share(before, text, title),
    };
    won && election_story(text, title)
}

/// Two names joined by "and" as the one subject of a figure: "the LDP and its junior
/// partner Komeito won 47 seats", "Labour and the Greens together took 41%". The
/// figure is theirs together, keyed "LDP and Komeito", never the nearer party's
/// alone. Only where nothing but lower-case words (a verb, "together") stand between
/// the second name and the figure; "each" is [`each_partner`]'s.
fn coalition(head: &str) -> Option<String> {
    let lex = lexicon::get();
    let clause = after_last(head, CLAUSE_BREAKS).map_or(head, |p| &head[p..]);
    let clause = clause.rsplit(',').next().unwrap_or(clause);
    // "The Mayors and Independents (STAN)": one party, its short name given.
    if clause.contains('(') {
        return None;
    }
    let words: Vec<&str> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\''))
        .filter(|w| !w.is_empty())
        .collect();
    // A possessive is the name's owner, not the name: "Dutton's Liberal Party".
    let named = |w: &&str| {
        !w.ends_with("'s")
            && w.starts_with(|c: char| c.is_uppercase())
            && !NOT_ACTORS.contains(w)
            && lex.country(w).is_none()
            && lex.month(w).is_none()
            && lex.weekday(w).is_none()
    };
    // From the figure back: a few lower-case words, the second name, at most four
    // lower-case words after "and" ("its junior partner"), "and", the first name.
    let mut k = words.len();
    let verbs = words[..k].iter().rev().take_while(|w| !named(w)).count();
    if verbs == 0 || verbs > 3 || words[k - verbs..].contains(&"each") {
        return None;
    }
    k -= verbs;
    let second_len = words[..k].iter().rev().take_while(|w| named(w)).count();
    let second = &words[k - second_len..k];
    k -= second_len;
    let joint = words[..k].iter().rev().take_while(|w| !named(w)).count();
    let between = &words[k - joint..k];
    if second.is_empty() || joint == 0 || joint > 5 || between[0] != "and" {
        return None;
    }
    // "and" then lower-case words only: "and its coalition partner", "and the".
    if between[1..]
        .iter()
        .any(|w| !w.starts_with(|c: char| c.is_lowercase()))
    {
        return None;
    }
    k -= joint;
    let first_len = words[..k].iter().rev().take_while(|w| named(w)).count();
    let first = &words[k - first_len..k];
    let (a, b) = (short_name(first)?, short_name(second)?);
    Some(format!("{a} and {b}"))
}

/// The other name of "A and B each won 26 seats" or "A and B won 26 seats each":
/// the one before "and", as `candidate` names it.
fn each_partner(before: &str, after: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    // "each" among the last three words before the figure, or right after its noun.
    let each_before = words
        .iter()
        .rev()
        .take(3)
        .position(|w| w.eq_ignore_ascii_case("each"))
        .map(|p| words.len() - 1 - p);
    let each_after = tokens(after)
        .iter()
        .take(2)
        .any(|w| w.trim_end_matches([',', '.', ';']) == "each");
    let end = match each_before {
        Some(at) => at,
        None if each_after => words.len(),
        None => return None,
    };
    let and = words[..end].iter().rposition(|w| *w == "and")?;
    // The partner's run of capitalised words, right before "and".
    let mut run: Vec<&str> = words[..and]
        .iter()
        .rev()
        .map(|w| w.trim_end_matches(','))
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()) && !NOT_ACTORS.contains(w))
        .collect();
    run.reverse();
    if run.is_empty() || lexicon::get().country(&run.join(" ")).is_some() {
        return None;
    }
    short_name(&run)
}

/// Words that set a rival's share against another's: "49.9% to Harris's 48.3%".
const AGAINST: &[&str] = &["to", "against", "versus", "vs", "vs."];

/// The rival whose possessive the words start with, after a word of setting against
/// ("to Harris's" is Harris, "against Rafal Trzaskowski's" Trzaskowski).
fn rival<'a>(toks: &[&'a str]) -> Option<&'a str> {
    rival_len(toks).map(|(owner, _)| owner)
}

/// [`rival`], and how many words it took: the word of setting against and one to
/// three capitalised words of a name, the last possessive.
fn rival_len<'a>(toks: &[&'a str]) -> Option<(&'a str, usize)> {
    let (against, rest) = toks.split_first()?;
    if !AGAINST.iter().any(|a| against.eq_ignore_ascii_case(a)) {
        return None;
    }
    for (k, word) in rest.iter().take(3).enumerate() {
        if !word.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let name = word.trim_end_matches([',', '.']);
        if let Some(owner) = ["'s", "\u{2019}s"]
            .iter()
            .find_map(|p| name.strip_suffix(p))
        {
            return Some((owner, k + 2));
        }
    }
    None
}

/// The rival whose possessive ends `before`: "won 49.9% to Harris's" is Harris.
fn rival_before(before: &str) -> Option<&str> {
    let toks: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    (2..=toks.len()).find_map(|n| {
        let tail: Vec<&str> = toks[..n].iter().rev().copied().collect();
        rival_len(&tail)
            .filter(|&(_, len)| len == n)
            .map(|(o, _)| o)
    })
}

/// "Jara had 26.8% of the vote and Kast 23.9%": a name after "and", its verb left out,
/// takes the share the verb of the share before it gave. The name may be whole and
/// described ("took 26.8 percent and José Antonio Kast 23.9 percent", "and
/// conservative Evelyn Matthei 12.5%").
fn gapped_share(before: &str, text: &str, title: Option<&str>) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase()) && !NOT_ACTORS.contains(&w);
    let mut k = words.len();
    while k > 0 && (capital(words[k - 1]) || NAME_PARTICLES.contains(&words[k - 1])) {
        k -= 1;
    }
    let joint = |w: &str| matches!(w, "and" | "while" | "whereas");
    if k == words.len() || !capital(words[k]) {
        return false;
    }
    // One word describing the name: "and conservative Evelyn Matthei".
    if k > 1 && !joint(words[k - 1]) && joint(words[k - 2]) {
        k -= 1;
    }
    if k < 2 || !joint(words[k - 1]) {
        return false;
    }
    // The last share before the joint, as "26.8%", "26.8 percent" or "26.8 per cent".
    let Some(share) = (0..k - 1)
        .rev()
        .find_map(|j| match words[j].trim_end_matches(',') {
            w if w.ends_with('%') => Some(j),
            "percent" if j >= 1 => Some(j - 1),
            "cent" if j >= 2 && words[j - 1] == "per" => Some(j - 2),
            _ => None,
        })
    else {
        return false;
    };
    let share_start = words[share].as_ptr() as usize - before.as_ptr() as usize;
    share_start > 0 && won_share(&before[..share_start], text, title)
}

/// Does the text or its title speak of an election or a vote.
fn election_story(text: &str, title: Option<&str>) -> bool {
    ELECTION_WORDS
        .iter()
        .any(|w| super::has_phrase(text, w) || title.is_some_and(|t| super::has_phrase(t, w)))
}

/// Verbs of standing in a count, before "with": "led with 40.2%", "trailed with 19.2%".
const STANDINGS: &[&str] = &["led", "leads", "trailed", "trails", "followed", "lagged"];

/// The name a share is given to after it: "against 39.5% for Salvador Nasralla" is
/// Nasralla's. A run of capitalised words that is no country, cut as `candidate`
/// cuts a name.
fn share_for(after: &str) -> Option<String> {
    let rest = after.strip_prefix(" for ")?;
    let run: Vec<&str> = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .take_while(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && !NOT_ACTORS.contains(w)
                && lexicon::get().country(w).is_none()
        })
        .map(|w| w.strip_suffix("'s").unwrap_or(w))
        .take(4)
        .collect();
    short_name(&run)
}

/// Words of an election story.
const ELECTION_WORDS: &[&str] = &[
    "election",
    "vote",
    "voting",
    "voters",
    "votes",
    "ballot",
    "ballots",
    "electoral",
    "electorate",
    "voted",
    "turnout",
    "poll",
    "polls",
    "runoff",
    "run-off",
    "first round",
    "second round",
];

/// Is the word before a closing "with" a name, not a country: "Kast with".
fn name_before_with(before: &str) -> bool {
    let w = before
        .split_whitespace()
        .rev()
        .nth(1)
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    w.starts_with(|c: char| c.is_uppercase())
        && !NOT_ACTORS.contains(&w)
        && lexicon::get().country(w).is_none()
}

/// What a crowd did, as a count's predicate: its size is an estimate by one side.
const CROWDS: &[&str] = &[
    "demonstrated",
    "marched",
    "protested",
    "rallied",
    "gathered",
    "attended",
    "joined",
    "participated",
];

/// Words after a count of people that put them on strike; the first is the
/// predicate they are keyed by.
const ON_STRIKE: &[&str] = &[
    "on strike",
    "went on strike",
    "are on strike",
    "were on strike",
    "remain on strike",
    "remained on strike",
    "have been on strike",
    "walked off the job",
    "walked off",
    "walked out",
    "downed tools",
    "stopped work",
    "began striking",
    "are striking",
    "were striking",
];

/// Predicates of what befell people, which no count of a crowd has.
const BEFALLEN: &[&str] = &[
    "arrested", "died", "injured", "missing", "jailed", "charged",
];

/// Nouns of the people in a crowd, as the measure holds them.
const CROWD_NOUNS: &[&str] = &["protester", "protestor", "demonstrator", "marcher"];

/// Who counts a crowd, as the words name them, and the side each stands for.
const COUNTERS: &[(&str, &str)] = &[
    ("police", "police"),
    ("organisers", "organisers"),
    ("organizers", "organisers"),
    ("union", "unions"),
    ("unions", "unions"),
    ("ministry", "authorities"),
    ("authorities", "authorities"),
    ("government", "authorities"),
    ("officials", "authorities"),
];

/// Where the last of some clause cuts (", while ", "; ") in `text` ends, if any.
fn after_last(text: &str, cuts: &[&str]) -> Option<usize> {
    cuts.iter()
        .filter_map(|c| memchr::memmem::rfind(text.as_bytes(), c.as_bytes()).map(|p| p + c.len()))
        .max()
}

/// A party's short name in capitals: "ANO", "SPD", "STAN".
/// A party's or body's initials: "SPD", "CDU/CSU", and with small letters among the
/// capitals, "AfD" and "PiS" (not "McCain": capitals are at least half its letters).
pub(super) fn is_acronym(w: &str) -> bool {
    let upper = w.bytes().filter(u8::is_ascii_uppercase).count();
    let letters = w.bytes().filter(u8::is_ascii_alphabetic).count();
    // "D66", "M5S": a party's initials may hold digits.
    let digits = w.bytes().any(|b| b.is_ascii_digit());
    (2..=7).contains(&w.len())
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'/')
        && (upper >= 2 || digits)
        && upper * 3 >= letters * 2
}

/// Who counted the crowd of the figure at `at` in `sentence`: a counter named in the
/// figure's own clause, nearest it. Clauses part at ";" and at a contrast ("while",
/// "whereas", "but", "against"), so each side's figure keeps its own counter.
fn counted_by(sentence: &str, at: usize) -> Option<&'static str> {
    let bytes = sentence.as_bytes();
    let cuts = [";", ", while ", ", whereas ", ", but ", ", against "];
    let from = after_last(&sentence[..at], &cuts).unwrap_or(0);
    let to = cuts
        .iter()
        .filter_map(|c| memchr::memmem::find(&bytes[at..], c.as_bytes()).map(|p| at + p))
        .min()
        .unwrap_or(sentence.len());
    let clause = &sentence[from..to];
    let at = at - from;
    // The side that says or estimates the figure ("police said", "according to
    // police"), before the one merely nearest ("against the government's reform").
    let speaks = |p: usize, w: &str| {
        let after = clause[p + w.len()..].trim_start();
        [
            "said",
            "say",
            "says",
            "estimated",
            "estimate",
            "put",
            "counted",
            "reported",
        ]
        .iter()
        .any(|v| {
            after.starts_with(v) && !after[v.len()..].starts_with(|c: char| c.is_alphanumeric())
        }) || clause[..p].trim_end().ends_with("according to")
    };
    COUNTERS
        .iter()
        .filter_map(|(w, side)| {
            let p = super::find_phrase(clause, w)?;
            Some((!speaks(p, w), p.abs_diff(at), *side))
        })
        .min()
        .map(|(_, _, side)| side)
}

/// Nouns of a change that name nothing changed ("an 8% increase"), beyond the change
/// words of `metrics.yaml`, which hold "increase", "rise", "drop" and the like.
const CHANGE_NOUNS: &[&str] = &["decrease", "surge", "slump", "hike"];

/// Verbs of a change that do not end in "-ed": "the rate was cut by 25 basis points".
const CHANGE_VERBS: &[&str] = &["cut", "raised", "lowered", "hiked", "reduced", "increased"];

/// Verbs of a move and their auxiliaries, between a noun and its change: "rents have
/// risen 40%", "prices climbed by 3%".
const MOVED: &[&str] = &[
    "risen",
    "climbed",
    "jumped",
    "fallen",
    "dropped",
    "surged",
    "soared",
    "grew",
    "gained",
    "declined",
    "slipped",
    "slid",
    "edged",
    "increased",
    "decreased",
    "have",
    "has",
    "had",
    "by",
];

/// Nouns after a share that make it a goal or a bound set for a measure, not the
/// measure's level: "below its 2% target".
const TARGETS: &[&str] = &["target", "goal", "ceiling", "cap", "threshold", "limit"];

/// Scope words that say the same thing: each keys as its first.
const SAME_SCOPE: &[(&str, &str)] = &[
    ("aboard", "on board"),
    // "Consumer prices rose 2.55% month-on-month" is the monthly rate.
    ("month-on-month", "monthly"),
    ("month on month", "monthly"),
];
/// Time words that date a figure without a date.
const TIME_WORDS: &[&str] = &[
    "initially",
    "originally",
    "previously",
    "formerly",
    "once",
    "earlier",
    "now",
    "currently",
    "today",
    "last year",
    "this year",
    "next year",
    "by then",
    "at the time",
];

/// Measures of `metrics.yaml` that are an economy's rates, whose name just before a
/// share says what it measures ("The jobless rate ticked up to 4.2%"). A company's
/// measures are left out: "revenue" before "up 122%" may be a part's.
pub(super) const RATES: &[&str] = &[
    "inflation",
    "unemployment",
    "gdp",
    "fiscal deficit",
    "trade deficit",
    "current account deficit",
    "turnout",
];

/// Measures that are someone's expectation, not a figure of record.
const ESTIMATES: &[&str] = &[
    "estimate",
    // "the $75.5 billion analysts had expected": the analysts' figure.
    "analyst",
    "economist",
    "forecast",
    "expectation",
    "projection",
    "prediction",
    "guidance",
    "outlook",
    "consensus",
];

/// Measures that belong to one actor of a country (a party), not to the country.
const PER_ACTOR: &[&str] = &["vote", "seat", "ballot"];

/// Where a clause with its own subject begins: "Kast is favoured because right-wing
/// candidates together won more than 50%" is not Kast's share.
const CLAUSE_BREAKS: &[&str] = &[
    ", while ",
    ", whereas ",
    "; ",
    ", and ",
    ", but ",
    " because ",
    " although ",
    ", though ",
];

/// Capitalised words that name nobody at the start of a clause.
const NOT_ACTORS: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Its", "Their", "His", "Her", "This",
    "That", "With", "After", "While", "As", "By", "He", "She", "It", "They", "We",
];

/// A word of amount capitalised at a sentence's start, which names nobody:
/// "Hundreds of thousands of people marched", "Dozens were hurt".
fn amount_word(w: &str) -> bool {
    let n = &lexicon::get().numbers;
    let w = w.strip_suffix('s').unwrap_or(w);
    lexicon::get_lower(&n.scales, w).is_some() || lexicon::get_lower(&n.collectives, w).is_some()
}

/// The names a sentence gives before a figure, past its dateline, countries,
/// months and weekdays left out: "Labour Party" in "Britain's Labour Party won a
/// landslide, taking 33.7%".
fn actor(d: &Document, start: usize, at: usize) -> Option<String> {
    let lex = lexicon::get();
    let head = super::metric::head(d, start, at);
    // "STAN came third with 11.2%, while the Pirates took 9%": the clause's own names.
    let head = after_last(head, CLAUSE_BREAKS).map_or(head, |p| &head[p..]);
    // An acronym in brackets is the party's own short name: "Mayors and
    // Independents (STAN)".
    let bracketed = head.split_whitespace().rev().find_map(|w| {
        let a = w.strip_prefix('(')?.strip_suffix(')')?;
        is_acronym(a).then_some(a)
    });
    if let Some(a) = bracketed {
        return Some(a.to_string());
    }
    let names: Vec<&str> = head
        .split_whitespace()
        // Asides in brackets name nobody who acts.
        .filter(|w| !w.starts_with('(') && !w.ends_with(')'))
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            w.strip_suffix("'s").unwrap_or(w)
        })
        .filter(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && !NOT_ACTORS.contains(w)
                && !amount_word(w)
                && lex.country_trimmed(w).is_none()
                && lex.month(w).is_none()
                && lex.weekday(w).is_none()
        })
        .collect();
    // A party's acronym names it however the sentence dresses it: "Billionaire
    // Andrej Babis's ANO party" and "The populist ANO movement led by" are ANO's.
    if let Some(acronym) = names.iter().rev().find(|w| is_acronym(w)) {
        return Some(acronym.to_string());
    }
    (!names.is_empty()).then(|| names.join(" "))
}

/// Last words of a party's name: a name that ends with one is kept whole.
const PARTY_WORDS: &[&str] = &[
    "Party",
    "Alliance",
    "Movement",
    "Union",
    "Front",
    "Coalition",
    "Democrats",
    "Republicans",
    "Bloc",
    "Congress",
    "League",
    "Forum",
    "Platform",
    "Rally",
    "Renewal",
    "List",
    "Conservatives",
    "Liberals",
    "Greens",
    "Socialists",
    "Together",
    "Left",
    "Right",
    "Pact",
    "Bloc",
];

/// Nouns of a group a leader is named after: "the Spolu alliance of Petr Fiala".
const GROUP_NOUNS: &[&str] = &["alliance", "coalition", "party", "movement", "bloc", "list"];

/// First words of an aside set off by commas: "Kast, who lost the 2021 runoff to
/// Boric, got 23.9%".
const ASIDES: &[&str] = &[
    "who",
    "which",
    "whose",
    "a",
    "an",
    "the",
    "led",
    "headed",
    "founded",
    "backed",
    "including",
];

/// Lower-case words inside a name: "Luiz Inácio Lula da Silva".
const NAME_PARTICLES: &[&str] = &[
    "da", "de", "do", "dos", "das", "del", "van", "von", "der", "bin",
];

/// Verbs between a winner and the one they beat: "Lula narrowly defeated Jair
/// Bolsonaro, winning 50.9%" is Lula's share.
const DEFEATED: &[&str] = &[
    "defeated",
    "beat",
    "beating",
    "defeating",
    "edged",
    "ousted",
    "unseated",
];

/// Whose share of the vote or seats a figure is: a party's acronym in its clause
/// ("ANO movement led by Andrej Babis"), else the name nearest before it, asides
/// left out ("Kast, who lost to Boric, got 23.9%" is Kast's) and past one beaten
/// ("Lula defeated Bolsonaro, winning"). A name that ends in a party word is kept
/// whole ("Labour Party"); a person is named by surname, as an article names them
/// after the first mention ("Communist Party candidate Jeannette Jara" and "Jara"
/// are one). A Korean given name is hyphenated and comes last: "Kim Moon-soo" is Kim.
fn candidate(d: &Document, start: usize, at: usize) -> Option<String> {
    let lex = lexicon::get();
    let head = super::metric::head(d, start, at);
    let head = after_last(head, CLAUSE_BREAKS).map_or(head, |p| &head[p..]);
    let parts: Vec<&str> = head.split(',').collect();
    // "defeated Kim Moon-soo, who took 41.2%", "beating the Peronist coalition, which
    // took 31.7%": a relative clause is the share of the one just named, beaten or not.
    let relative = parts.len() > 1
        && parts
            .last()
            .and_then(|p| p.split_whitespace().next())
            .is_some_and(|w| w == "who" || w == "which");
    // Runs of names in order; reading stops at a verb of beating.
    let mut runs: Vec<Vec<&str>> = Vec::new();
    // The comma part each run stands in.
    let mut run_part: Vec<usize> = Vec::new();
    let mut beaten = false;
    for (k, part) in parts.iter().enumerate() {
        let first = part.split_whitespace().next().unwrap_or("");
        if k > 0 && k + 1 < parts.len() && ASIDES.contains(&first) {
            continue;
        }
        let mut open = false;
        // Words since the last name's run closed: "Rixi Moncada of the ruling Libre
        // party" names the party in apposition to the person, whose share it is.
        let mut since: Vec<&str> = Vec::new();
        let mut apposing = false;
        let mut owner = false;
        for w in part.split_whitespace() {
            if w.starts_with('(') && w.ends_with(')') {
                let a = &w[1..w.len() - 1];
                if is_acronym(a) {
                    return Some(a.to_string());
                }
                continue;
            }
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-');
            let bare = w.strip_suffix("'s");
            let w = bare.unwrap_or(w);
            let country = lex.country_trimmed(w).is_some();
            let name = w.starts_with(|c: char| c.is_uppercase())
                && !NOT_ACTORS.contains(&w)
                && !amount_word(w)
                && !country
                && lex.month(w).is_none()
                && lex.weekday(w).is_none();
            // "won New York City's mayoral election": a possessive name before a
            // plain noun, after someone was named, owns the thing, not the share.
            // "Ishiba's coalition", "Fiala's party" still name whose share it is.
            let owned = std::mem::take(&mut owner);
            if owned
                && !name
                && runs.len() > 1
                && !GROUP_NOUNS.contains(&w)
                && !matches!(w, "government" | "camp" | "candidate" | "ruling")
            {
                runs.pop();
                run_part.pop();
            }
            owner = open && name && bare.is_some();
            if name && !open {
                let apposed = !runs.is_empty()
                    && since.first() == Some(&"of")
                    && since.len() <= 3
                    && since[1..]
                        .iter()
                        .all(|w| w.starts_with(|c: char| c.is_lowercase()));
                // "the Spolu alliance of outgoing Prime Minister Petr Fiala came
                // second": the leader after a group's noun names the group's share.
                let led = run_part.last() == Some(&k)
                    && since.len() <= 4
                    && since.first().is_some_and(|w| GROUP_NOUNS.contains(w))
                    && matches!(
                        since[1..],
                        ["of", ..] | ["led", "by", ..] | ["headed", "by", ..]
                    )
                    && since[1..]
                        .iter()
                        .all(|w| w.starts_with(|c: char| c.is_lowercase()));
                // "was elected mayor of New York City, winning": a place after a
                // preposition is where, not who.
                // "ahead of José Antonio Kast with 23.9%" still names a rival.
                let placed = !runs.is_empty()
                    && match since[..] {
                        [.., _, "in"] => true,
                        [.., office, "of"] => {
                            office != "of"
                                && (title_word(office)
                                    || matches!(office, "city" | "state" | "province" | "region"))
                        }
                        _ => false,
                    };
                let apposed = apposed || led || placed;
                if apposed || apposing {
                    // Read past the party's name: it stays out of every run.
                    apposing = true;
                    continue;
                }
                runs.push(vec![w]);
                run_part.push(k);
                open = true;
                since.clear();
            } else if open && name && owned {
                // "Prime Minister Narendra Modi's National Democratic Alliance won
                // 202 seats": the name after the possessive is the one that won.
                runs.push(vec![w]);
                run_part.push(k);
            } else if open && (name || NAME_PARTICLES.contains(&w)) {
                runs.last_mut().into_iter().for_each(|r| r.push(w));
            } else {
                open = false;
                apposing &= name;
                since.push(w);
                // Names after the verb are the beaten: the winner's share is read
                // before it.
                if !relative && DEFEATED.contains(&w) {
                    beaten = true;
                    break;
                }
            }
        }
        if beaten {
            break;
        }
    }
    // An acronym is the party's short name, read before the person named with it
    // ("the LDP of Prime Minister Ishiba won"), but only in the part of the sentence
    // nearest the figure: "voters punished the LDP on Sunday, leaving Ishiba's
    // coalition with 215 seats" gives the coalition's.
    let nearest = run_part.last().copied();
    if let Some(acronym) = runs
        .iter()
        .zip(&run_part)
        .filter(|(_, p)| Some(**p) == nearest)
        .flat_map(|(r, _)| r)
        .rev()
        .find(|w| is_acronym(w))
    {
        return Some(acronym.to_string());
    }
    let mut run = runs.pop()?;
    while run.last().is_some_and(|w| NAME_PARTICLES.contains(w)) {
        run.pop();
    }
    let who = short_name(&run)?;
    // "The National Rally and its allies took 33.2%": the allies' share is not the
    // party's alone.
    let allies = [
        "and its allies",
        "and allies",
        "and its partners",
        "with its allies",
    ]
    .iter()
    .any(|p| super::find_phrase(head, p).is_some());
    Some(if allies {
        format!("{who} and allies")
    } else {
        who
    })
}

/// How a run of a name's words is keyed: the family name ("Kim" of "Kim Moon-soo",
/// "Nasralla" of "Salvador Nasralla"), a party's whole name ("Labour Party").
fn short_name(run: &[&str]) -> Option<String> {
    Some(match run {
        [] => return None,
        [.., family, given] if given.contains('-') && !family.contains('-') => family.to_string(),
        [.., last] if run.len() > 1 && !PARTY_WORDS.contains(last) => last.to_string(),
        _ => run.join(" "),
    })
}

/// A place other than a country named right by a figure: "in Florida" just after
/// it, or "in St. Lucie County, where" just before it. A county's toll is not the
/// state's, so the place joins the subject.
/// `near` is the start of `after` that counts as just after.
fn place(before: &str, near: &str, after: &str) -> Option<String> {
    // memmem, not `str::find`: a searcher set up per call costs more than these
    // short texts take to scan.
    // "drowned in flash floods" names no place after it: look before.
    // Only in the figure's own clause: "80%, while in Saxony-Anhalt it reached 73%"
    // is not Saxony-Anhalt's 80%.
    if let Some(p) = memchr::memmem::find(near.as_bytes(), b" in ")
        && !near[..p].contains([',', ';'])
        && let Some((name, len)) = capitalised_run(&after[p + 4..])
    {
        // "in Kunar and Nangarhar provinces": two places, neither the figure's alone.
        let listed = after[p + 4 + len..]
            .strip_prefix(" and ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        return (!listed).then_some(name);
    }
    // Before: "in <Place>" ending at most a few characters ahead of the figure.
    let mut tail_from = before.len().saturating_sub(60);
    while !before.is_char_boundary(tail_from) {
        tail_from += 1;
    }
    let tail = &before[tail_from..];
    // "In Kandy district 98 people died": the place may open the sentence.
    let Some(p) = memchr::memmem::rfind(tail.as_bytes(), b" in ")
        .map(|p| p + 4)
        .or_else(|| (tail_from == 0 && tail.starts_with("In ")).then_some(3))
    else {
        return place_kind_opening(before);
    };
    let (name, len) = capitalised_run(&tail[p..])?;
    // "in Cebu province, where": the kind of place after its name.
    let mut gap = &tail[p + len..];
    for word in PLACE_KINDS {
        gap = gap.strip_prefix(word).unwrap_or(gap);
    }
    let gap = gap.trim_start_matches([',', ' ']);
    (gap.is_empty() || gap == "where " || gap == "where").then_some(name)
}

/// A place with its kind opening the clause of a figure: "Kandy district recorded 88
/// deaths", "The Badulla district was the worst hit, with 83 deaths". Its kind
/// says it is a place, where a bare name may be anyone's.
fn place_kind_opening(before: &str) -> Option<String> {
    let start = clause_start(before);
    let head = before[start..].trim_start();
    let head = head.strip_prefix("The ").unwrap_or(head);
    let (name, len) = capitalised_run(head)?;
    let rest = &head[len..];
    PLACE_KINDS
        .iter()
        .any(|k| {
            rest.strip_prefix(k)
                .is_some_and(|r| r.starts_with(' ') && !r.starts_with(" of"))
        })
        .then_some(name)
}

/// Does a country's name stand before its attack ("Russian strikes", "an Israeli
/// airstrike")? The dead of an attack are not the attacker's: "Russian strikes killed
/// 26 people in Ternopil" is no toll of Russia.
fn attacking(after_name: &str) -> bool {
    let next = after_name.split_whitespace().next().unwrap_or("");
    is_attack(next.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Is a word one of [`ATTACKS`], in any case?
fn is_attack(word: &str) -> bool {
    ATTACKS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Is a country named as the subject of an attack ("Russia fired 476 drones",
/// "Israel bombed Gaza")? Like [`attacking`], it names the attacker, not where the
/// story happens. "launched" and "fired" say so only with a weapon a few words on:
/// "India launched a satellite" is India's story.
fn attacker(after_name: &str) -> bool {
    let mut words = after_name
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let Some(verb) = words.next() else {
        return false;
    };
    let is = |list: &[&str]| list.iter().any(|v| v.eq_ignore_ascii_case(verb));
    if is(&["attacked", "bombed", "shelled", "pounded", "invaded"]) {
        return true;
    }
    is(&["launched", "fired"]) && words.take(5).any(is_attack)
}

/// Does a body with no seat of government say what follows ("The United Nations
/// says more than 65,000 people have fled")? It tells who counted, not whose count
/// it is. A country that says ("Officials in Haiti said", "The Bank of Korea said")
/// still tells of itself.
fn reporting(name: &str, after_name: &str) -> bool {
    let next = after_name.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches(',');
    REPORTING.iter().any(|r| r.eq_ignore_ascii_case(next)) && !is_state(name)
}

/// Nouns of an attack, after the name of the country that makes it.
const ATTACKS: &[&str] = &[
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "air",
    "missile",
    "missiles",
    "drone",
    "drones",
    "attack",
    "attacks",
    "shelling",
    "forces",
    "troops",
    "military",
    "army",
    "bombardment",
    "bombing",
    "fire",
];

/// What a count's progress is told in: "of the vote counted", "of ballots
/// tallied", "of precincts reporting".
fn count_progress_re() -> &'static regex::Regex {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(?:with|after|once)\s+(?:nearly\s+|almost\s+|about\s+|more than\s+|over\s+)?(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)\s+of\s+(?:the\s+|all\s+)?(?:votes?|ballots?|precincts?|polling (?:stations?|places?|centres?|centers?)|voting stations?|tally sheets?|returns|results|constituencies|(?:electoral )?districts?|the count)\s+(?:\w+\s+){0,2}(?:counted|reporting|reported|tallied|processed|in)\b",
        )
        .expect("count progress pattern is valid")
    })
}

/// The stage of a count a sentence tells its figures at: "counted 83%".
fn count_stage(sentence: &str) -> Option<String> {
    let c = count_progress_re().captures(sentence)?;
    Some(format!("counted {}%", &c[1]))
}

/// Is the share at hand the count's progress itself ("With 83%| of the vote
/// counted")?
fn count_progress_at(before: &str, after: &str) -> bool {
    let mut from = before.len().saturating_sub(40);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let tail = &before[from..];
    // Most shares have no "with", "after" or "once" just before them: a byte search
    // passes them before the pattern is built and run.
    if !["with", "after", "once"]
        .iter()
        .any(|w| super::find_phrase(tail, w).is_some())
    {
        return false;
    }
    let head = &after[..after.char_indices().nth(60).map_or(after.len(), |(i, _)| i)];
    // The figure stands in as a bare share, so the pattern reads across it.
    let probe = format!("{tail}0%{head}");
    count_progress_re()
        .find(&probe)
        .is_some_and(|m| m.start() < tail.len() && m.end() > tail.len() + 2)
}

/// Nouns an article counts its own list by ("Five things to know"): no claim.
const LISTS: &[&str] = &[
    "things",
    "takeaways",
    "reasons",
    "ways",
    "questions",
    "lessons",
    "charts",
    "facts",
    "tips",
];

/// Nouns of a tally that count people as "people" does ("civilians" are no such
/// word: a war's toll of civilians is a part of its toll).
const PEOPLE_WORDS: &[&str] = &[
    "resident",
    "villager",
    "inhabitant",
    "person",
    "persons",
    "individual",
];

/// Kinds of place written after a place's name: "Cebu province", "Kerr County".
const PLACE_KINDS: &[&str] = &[
    " province",
    " state",
    " region",
    " county",
    " district",
    " prefecture",
];

/// A place set before the sentence's clause: "In Georgia, Governor Brian Kemp said 17
/// people had died" is Georgia's toll, not every toll of the day.
fn fronted_place(head: &str) -> Option<String> {
    // "Across the Caribbean, at least 50 people have been killed": a region's toll.
    let mut rest = ["In ", "Across the ", "Across "]
        .iter()
        .find_map(|p| head.strip_prefix(p))?;
    // "In Indonesia's North Sumatra province,": the place inside the country.
    if let Some((first, after)) = rest.split_once("'s ")
        && lexicon::get().country(first).is_some()
    {
        rest = after;
    }
    let (name, len) = capitalised_run(rest)?;
    let mut tail = &rest[len..];
    // "In Kerr County alone,", "In North Sumatra province,".
    for word in PLACE_KINDS.iter().chain(&[" alone"]) {
        tail = tail.strip_prefix(word).unwrap_or(tail);
    }
    // "In Congo," is the country the lexicon names so everywhere else; "In Paris,"
    // stays the city.
    let lex = lexicon::get();
    let country = (!lex.is_seat(&name)).then(|| lex.country(&name)).flatten();
    tail.starts_with(',')
        .then(|| country.map_or(name, str::to_string))
}

/// The last event named in the sentence before a figure: "Hurricane Milton", "the
/// Palisades Fire" (the words of `named` in events.yaml). Two fires' acres, or two
/// storms' tolls, never share a key.
fn named_event(before: &str) -> Option<String> {
    events_named(before).into_iter().last()
}

/// The named event a share of containment is of, right after it: " of the Eaton
/// Fire by Friday".
fn contained_of(after: &str) -> Option<String> {
    let rest = after.strip_prefix(" of ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    events_named(rest)
        .into_iter()
        .next()
        .filter(|name| rest.starts_with(name.as_str()))
}

/// Every event `text` names, in order ("Hurricane Milton", "the Palisades Fire").
fn events_named(before: &str) -> Vec<String> {
    let (ac, n_before) = named_events();
    let named = &lexicon::get().events.named;
    let word_at = |at: usize, w: &str| {
        let b = before.as_bytes();
        (at == 0 || !b[at - 1].is_ascii_alphanumeric())
            && b.get(at + w.len())
                .is_none_or(|c| !c.is_ascii_alphanumeric())
    };
    let mut found: Vec<(usize, String)> = Vec::new();
    for m in ac.find_overlapping_iter(before) {
        let (at, p) = (m.start(), m.pattern().as_usize());
        if p < *n_before {
            let w = &named.before[p];
            if !word_at(at, w) {
                continue;
            }
            let Some(rest) = before[at + w.len()..].strip_prefix(' ') else {
                continue;
            };
            if let Some((name, _)) = capitalised_run(rest).filter(|(n, _)| !n.contains(' ')) {
                found.push((at, format!("{w} {name}")));
            }
        } else {
            let w = &named.after[p - n_before];
            if !word_at(at, w) {
                continue;
            }
            // The capitalised words just before: "Palisades" of "the Palisades Fire".
            let lead = before[..at].trim_end_matches(' ');
            let words: Vec<&str> = lead
                .rsplit(' ')
                .take(3)
                .take_while(|x| {
                    x.starts_with(|c: char| c.is_uppercase()) && !NOT_ACTORS.contains(x)
                })
                .collect();
            if !words.is_empty() {
                let mut name: Vec<&str> = words.into_iter().rev().collect();
                name.push(w);
                found.push((at, name.join(" ")));
            }
        }
    }
    // The automaton reports matches by where they end; names are read by where they
    // start.
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, n)| n).collect()
}

/// How a toll of an undated article is dated, in its key: "@told to 2025-09-12".
pub const TOLD_TO: &str = "told to ";

/// The last day an article writes out in full, with its year ("Friday, September
/// 12, 2025"), if any. An undated article's other days are resolved only once the
/// batch's year is known, after keying.
fn last_day_told(e: &Extraction) -> Option<jiff::civil::Date> {
    e.mentions
        .iter()
        .filter_map(|m| match &m.kind {
            Kind::Date(dm) => {
                let x = &dm.expr;
                jiff::civil::Date::new(
                    x.year?,
                    i8::try_from(x.month?).ok()?,
                    i8::try_from(x.day?).ok()?,
                )
                .ok()
            }
            _ => None,
        })
        .max()
}

/// "The wildfire grew to 5,370 acres", "a blaze that has spread over 1,200 hectares":
/// the area a fire's clause gives is the area it burned, whatever its verb.
fn fire_grew(before: &str, unit: &Unit) -> bool {
    let Unit::Count(noun) = unit else {
        return false;
    };
    matches!(noun.as_str(), "acres" | "hectares")
        && tokens(own_clause(before)).iter().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase();
            matches!(
                w.as_str(),
                "fire" | "fires" | "wildfire" | "wildfires" | "blaze" | "bushfire" | "bushfires"
            )
        })
}

/// The span a change after it is over: " in the past five years" is "over 5 year",
/// " over the last 12 months" "over 12 month", " since 2020" "since 2020". A span
/// needs its length or "past", "last" or "previous": "in the quarter" is a period,
/// which [`time_of`] reads.
fn span_after(after: &str) -> Option<String> {
    // Most figures are followed by none of the openers: passed over untokenised.
    let head = after.trim_start().as_bytes();
    let opens =
        |p: &str| head.len() > p.len() && head[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if !["since ", "in ", "over ", "during ", "within ", "across "]
        .iter()
        .any(|p| opens(p))
    {
        return None;
    }
    let toks = tokens(after);
    let word = |k: usize| {
        toks.get(k).map(|w| {
            w.trim_end_matches([',', '.', ';', ':'])
                .to_ascii_lowercase()
        })
    };
    if word(0).as_deref() == Some("since") {
        let from = word(1)?;
        let named =
            from.chars().all(|c| c.is_ascii_digit()) || lexicon::get().month(&from).is_some();
        return named.then(|| format!("since {from}"));
    }
    if !matches!(
        word(0).as_deref(),
        Some("in" | "over" | "during" | "within" | "across")
    ) {
        return None;
    }
    let mut k = 1;
    if word(k).as_deref() == Some("the") {
        k += 1;
    }
    let recent = matches!(word(k).as_deref(), Some("past" | "last" | "previous"));
    if recent {
        k += 1;
    }
    let lex = &lexicon::get().numbers;
    let n = word(k).and_then(|w| match w.as_str() {
        "a" | "an" => Some(1.0),
        _ => w
            .parse::<f64>()
            .ok()
            .or_else(|| lexicon::get_lower(&lex.units, &w).copied())
            .or_else(|| lexicon::get_lower(&lex.tens, &w).copied()),
    });
    if n.is_some() {
        k += 1;
    }
    let unit = word(k)?;
    let unit = unit.strip_suffix('s').unwrap_or(&unit);
    if !matches!(
        unit,
        "year" | "month" | "decade" | "week" | "quarter" | "day"
    ) || (n.is_none() && !recent)
    {
        return None;
    }
    // "in the 12 months to October" is the period to a month, which dates the figure.
    if matches!(
        word(k + 1).as_deref(),
        Some("to" | "through" | "ended" | "ending" | "until")
    ) {
        return None;
    }
    Some(format!("over {} {unit}", n.unwrap_or(1.0)))
}

/// Kinds of event a sentence may name by kind alone ("a wildfire", "the storm").
const EVENT_KINDS: &[&str] = &[
    "fire",
    "wildfire",
    "blaze",
    "hurricane",
    "storm",
    "typhoon",
    "cyclone",
    "flood",
    "floods",
    "flooding",
];

/// [`EVENT_KINDS`] in one automaton: most figures' sentences name none, and are
/// passed over in one scan.
fn event_kinds() -> &'static super::Phrases {
    static SET: std::sync::OnceLock<super::Phrases> = std::sync::OnceLock::new();
    SET.get_or_init(|| super::Phrases::new(EVENT_KINDS))
}

/// "A wildfire north of Los Angeles grew to 5,370 acres": the event a sentence names
/// by its kind alone is the one event its article names, when it names only one.
fn only_event_of(d: &Document) -> Option<String> {
    let mut names = events_named(&d.text);
    if let Some(t) = &d.title {
        names.extend(events_named(t));
    }
    names.sort();
    names.dedup();
    match names.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The event a clause names by its name alone: "Kalmaegi packed winds of 130 km/h"
/// in a story of Typhoon Kalmaegi.
fn by_its_name(clause: &str, event: &str) -> Option<String> {
    let named = &lexicon::get().events.named;
    let kind = |w: &str| named.before.iter().chain(&named.after).any(|k| k == w);
    // The name's last word ("Kalmaegi", "Palisades"), matched word by word.
    let name = event.split(' ').rfind(|w| !kind(w))?;
    clause
        .split_whitespace()
        .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == name)
        .then(|| event.to_string())
}

/// The named-event words, before ("Hurricane") then after ("Fire") the name, in one
/// automaton (case-sensitive, as names are), and how many come before.
fn named_events() -> &'static (aho_corasick::AhoCorasick, usize) {
    static AC: std::sync::OnceLock<(aho_corasick::AhoCorasick, usize)> = std::sync::OnceLock::new();
    AC.get_or_init(|| {
        let named = &lexicon::get().events.named;
        let ac = aho_corasick::AhoCorasick::new(named.before.iter().chain(&named.after))
            // A dozen short words: far under any limit.
            .expect("named-event words build");
        (ac, named.before.len())
    })
}

/// Capitalised words at the start of `text` ("St. Lucie County"), not a month or a
/// weekday: the name and its length in bytes.
fn capitalised_run(text: &str) -> Option<(String, usize)> {
    let lex = lexicon::get();
    let mut words: Vec<&str> = Vec::new();
    let mut len = 0;
    for w in text.split(' ') {
        // A nickname in quotes is part of the name, not its end: Sean "Diddy" Combs.
        if !words.is_empty()
            && w.len() > 2
            && w.starts_with(['"', '\u{201c}'])
            && w.ends_with(['"', '\u{201d}'])
        {
            // Still part of the run's length: callers slice the text after it.
            len += 1 + w.len();
            continue;
        }
        let clean = w.trim_end_matches([',', '.', ';', ':', ')']);
        let abbreviation = matches!(w, "St." | "Mt." | "Ft.");
        // "in Sunday's first round": a day's possessive is no place either.
        let bare = ["'s", "\u{2019}s"]
            .iter()
            .find_map(|p| clean.strip_suffix(p))
            .unwrap_or(clean);
        if words.len() == 4
            || !clean.starts_with(|c: char| c.is_uppercase())
            // "in Q3", "in FY2024" name a time, not a place.
            || clean.contains(|c: char| c.is_ascii_digit())
            || lex.month(bare).is_some()
            || lex.weekday(bare).is_some()
        {
            break;
        }
        words.push(if abbreviation { w } else { clean });
        len += if words.len() > 1 { 1 } else { 0 } + clean.len() + usize::from(abbreviation);
        if clean.len() != w.len() && !abbreviation {
            break;
        }
    }
    (!words.is_empty()).then(|| (words.join(" "), len))
}

fn lemma(w: &str) -> String {
    let l = lemma_of(w);
    match SPELLINGS.iter().chain(SAME_NOUNS).find(|(a, _)| *a == l) {
        Some((_, same)) => same.to_string(),
        None => l,
    }
}

/// One unit or noun in British and American spelling, or spelt out and abbreviated:
/// "10 kilometres" and "10 km" measure one depth, "a 30-storey tower" and "30
/// stories" one height.
const SPELLINGS: &[(&str, &str)] = &[
    ("km", "kilometre"),
    ("kilometer", "kilometre"),
    ("cm", "centimetre"),
    ("centimeter", "centimetre"),
    ("mm", "millimetre"),
    ("millimeter", "millimetre"),
    ("kg", "kilogram"),
    ("kilogramme", "kilogram"),
    ("mg", "milligram"),
    ("ml", "millilitre"),
    ("milliliter", "millilitre"),
    ("meter", "metre"),
    ("liter", "litre"),
    ("storey", "story"),
];

/// Two nouns news uses for one thing counted: "asylum claims" and "asylum
/// applications", "jobless claims" and "applications for jobless benefits".
const SAME_NOUNS: &[(&str, &str)] = &[("claim", "application")];

fn lemma_of(w: &str) -> String {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    let w = w.strip_suffix("'s").unwrap_or(w);
    if w.len() > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    // "taxes", "matches", "losses", "crashes": the plural's "es" after a hiss.
    if w.len() > 4
        && ["ches", "shes", "xes", "sses", "zzes"]
            .iter()
            .any(|e| w.ends_with(e))
    {
        return w[..w.len() - 2].to_string();
    }
    // "basis", "crisis" and "status" are singular.
    if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// Content words of a phrase, lemmatised, capitalised words set aside as entities.
fn content(phrase: &[&str]) -> (Vec<String>, Option<String>) {
    let mut out = Vec::new();
    let mut entity = None;
    for w in phrase {
        let lw = w.to_lowercase();
        if let Some(c) = lexicon::get().country(w.trim_end_matches(['.', ','])) {
            entity.get_or_insert_with(|| c.to_string());
            continue;
        }
        if w.starts_with(|c: char| c.is_uppercase())
            || STOP.contains(&lw.as_str())
            || lw.chars().any(|c| c.is_ascii_digit())
        {
            continue;
        }
        // Punctuation alone ("." after a figure) is no word.
        let l = lemma(&lw);
        if !l.is_empty() {
            out.push(l);
        }
    }
    (out, entity)
}

/// The words of a figure's clause before it, names kept, as the subject of a count:
/// "The centrist D66 party won" -> "centrist d66 party won". None when the clause
/// starts with a pronoun, whose referent is elsewhere.
fn clause_subject(before: &str) -> Option<String> {
    let clause = before
        .rfind([',', ';', ':', '(', ')', '"'])
        .map_or(before, |p| &before[p + 1..]);
    let hedges = &lexicon::get().hedges.hedges;
    let mut words: Vec<String> = tokens(clause)
        .into_iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // "Nunez said 60 investigators were working": who said it is not what is counted;
    // the reported clause starts after the verb.
    if let Some(v) = words.iter().rposition(|w| REPORTING.contains(&w.as_str())) {
        words.drain(..=v);
    }
    if words
        .first()
        .is_some_and(|w| PRONOUNS.contains(&w.as_str()))
    {
        return None;
    }
    let kept: Vec<String> = words
        .into_iter()
        .filter(|w| {
            !w.is_empty()
                && !STOP.contains(&w.as_str())
                && !hedges.contains_key(w.as_str())
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .map(
            |w| match DIRECTIONS.iter().find(|(_, ws)| ws.contains(&w.as_str())) {
                Some((said, _)) => said.to_string(),
                None => w,
            },
        )
        .collect();
    (!kept.is_empty()).then(|| kept.join(" "))
}

/// Verbs of one direction that reporters vary: "the river rose 26 feet" and "the
/// river surged 22 feet" tell one rise, so their clauses make one subject.
const DIRECTIONS: &[(&str, &[&str])] = &[
    (
        "rose",
        &[
            "surged",
            "soared",
            "climbed",
            "jumped",
            "swelled",
            "spiked",
            "increased",
            "grew",
            "risen",
            "rises",
            "rising",
        ],
    ),
    (
        "fell",
        &[
            "dropped",
            "plunged",
            "sank",
            "declined",
            "decreased",
            "slid",
            "tumbled",
            "receded",
            "plummeted",
            "fallen",
            "falls",
            "falling",
        ],
    ),
];

/// Does a price per unit follow the amount: " a barrel", " an ounce", " per tonne"?
pub(super) fn per_unit(after: &str) -> bool {
    let t = after.trim_start();
    ["a ", "an ", "per "]
        .iter()
        .any(|p| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
}

/// Plurals without an s, and nouns counted in the singular.
const PLURALS: &[&str] = &[
    "people",
    "staff",
    "children",
    "men",
    "women",
    "police",
    "personnel",
    "cattle",
    "aircraft",
    "sheep",
    "fish",
    "deer",
    "crew",
    "livestock",
    "headcount",
    "workforce",
    "feet",
    "km",
    "kg",
    "mph",
    "mw",
    "gw",
    "gwh",
    "kwh",
    "ft",
    "cm",
    "mm",
];

/// Verbs that report what someone said: the clause after them is what was said.
/// Not "added" or "reported", which also take a count ("The economy added 227,000
/// jobs").
const REPORTING: &[&str] = &["said", "says", "told"];

const PRONOUNS: &[&str] = &[
    "which", "who", "that", "it", "they", "he", "she", "we", "this", "these", "those",
];

fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The measured phrase after a figure: "of its rare earth materials", or a noun with
/// its prepositional object ("tariff on U.S. imports of steel").
fn measure_after(after: &str) -> (Vec<String>, Option<String>) {
    // "46% of voters turned out", "52% of eligible voters cast ballots": the
    // turnout, as "Turnout was 46%" says.
    if turned_out(after) {
        return (vec!["turnout".to_string()], None);
    }
    let toks = tokens(after);
    let mut phrase = Vec::new();
    let mut i = 0;
    if toks.first() == Some(&"of") {
        i = 1;
    }
    // "fell 2.9% on the news", "rose 5% on Monday": a preposition right after the
    // figure starts no measure.
    if toks.get(i).is_some_and(|w| {
        ["on", "over", "amid"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    }) {
        return content(&[]);
    }
    // "rose 4% last year", "up 3% this quarter": a time after the figure is when,
    // not what.
    if toks.get(i).is_some_and(|w| {
        [
            "last",
            "this",
            "next",
            "past",
            "previous",
            "since",
            "year-on-year",
        ]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
    }) {
        return content(&[]);
    }
    // "49.9% to Harris's 48.3%": a rival's share follows, no measure.
    if rival(&toks[i..]).is_some() {
        return content(&[]);
    }
    let mut objects = 0;
    while i < toks.len() && phrase.len() < 7 {
        let raw = toks[i];
        let w = raw.trim_end_matches([',', '.', ';', ':', ')', '"', '\'']);
        let lw = w.to_lowercase();
        if (lw == "on" || lw == "of") && !phrase.is_empty() && objects < 1 {
            objects += 1;
            i += 1;
            continue;
        }
        // "4% of its roughly 350,000 employees": a hedge opens the next figure.
        if END.contains(&lw.as_str())
            || lw.chars().any(|c| c.is_ascii_digit())
            || lexicon::get().hedges.hedges.contains_key(lw.as_str())
        {
            break;
        }
        phrase.push(w);
        if raw.len() != w.len() {
            break;
        }
        i += 1;
    }
    content(&phrase)
}

/// Do the words after a share say it is the turnout: "of voters turned out", "of
/// the 21 million eligible voters cast ballots", "of the electorate voted"?
fn turned_out(after: &str) -> bool {
    let lower = after.trim_start().to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("of ") else {
        return false;
    };
    // The voters are named within a few words: "of the 21 million registered voters".
    let Some(at) = ["voters ", "electorate "]
        .iter()
        .filter_map(|w| rest.find(w).map(|a| a + w.len()))
        .filter(|a| rest[..*a].split_whitespace().count() <= 6)
        .min()
    else {
        return false;
    };
    let verb = rest[at..].trim_start();
    [
        "turned out",
        "voted",
        "cast ballots",
        "cast their ballots",
        "cast votes",
        "cast their votes",
        "went to the polls",
        "took part",
        "participated",
    ]
    .iter()
    .any(|v| verb.starts_with(v))
}

/// The noun linked to a figure from before it: "the budget to ¥8 billion", "the
/// reliance remains 100%".
fn measure_before(before: &str) -> Vec<String> {
    let toks = tokens(before);
    let mut i = toks.len();
    // "GDP fell an annualised 1.8%", "rose a seasonally adjusted 0.3%": the basis
    // stands between the verb and the figure.
    while i > 1 && BASIS_WORDS.contains(&toks[i - 1].to_ascii_lowercase().as_str()) {
        i -= 1;
    }
    let mut linked = false;
    let mut moved = false;
    while i > 0 && toks.len() - i < 3 {
        let lw = toks[i - 1].to_lowercase();
        // "have" links only a move it comes before: "rents have risen", not "the
        // business will have".
        let aux = matches!(lw.as_str(), "have" | "has" | "had");
        if LINKS.contains(&lw.as_str()) || (MOVED.contains(&lw.as_str()) && (!aux || moved)) {
            moved |= MOVED.contains(&lw.as_str()) && !aux;
            linked = true;
            i -= 1;
        } else {
            break;
        }
    }
    if !linked || i == 0 {
        return Vec::new();
    }
    // "Insured losses could reach $3 billion": a modal before the link is no noun.
    if i > 1
        && matches!(
            toks[i - 1].to_lowercase().as_str(),
            "could" | "would" | "may" | "might" | "will" | "should" | "can"
        )
    {
        i -= 1;
    }
    // "cut its deposit rate by 25 basis points to 2%": the points are the change; the
    // measure is the noun before "by".
    if i > 2
        && matches!(toks[i - 1], "points" | "point")
        && matches!(toks[i - 2], "basis" | "percentage")
        && let Some(by) = toks[..i - 2].iter().rposition(|t| *t == "by")
    {
        i = by;
        if i > 1 && CHANGE_VERBS.contains(&toks[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            return Vec::new();
        }
    }
    // "revenue grew 8.8% to 86.1 trillion won": past the change and its verb.
    if i > 2
        && toks[i - 1].contains(|c: char| c.is_ascii_digit())
        && lexicon::get()
            .metrics
            .changes
            .iter()
            .any(|c| c == toks[i - 2])
    {
        i -= 2;
    }
    // "Revenue climbed to": the noun is before the verb.
    if i > 1 && toks[i - 1].len() > 4 && toks[i - 1].ends_with("ed") {
        i -= 1;
    }
    // "Rents in Spain rose 4%", "Asylum claims in the UK rose 18%": the noun is
    // before the country it is of.
    if let Some(n) = (1..=3).find(|&n| {
        i > n + 1 && toks[i - n - 1] == "in" && {
            let place = toks[i - n..i].join(" ");
            let place = place.trim_end_matches(',');
            let place = place.strip_prefix("the ").unwrap_or(place);
            // "the U.K." keeps its last stop; a sentence's full stop does not.
            let lex = lexicon::get();
            lex.country(place).is_some() || lex.country(place.trim_end_matches('.')).is_some()
        }
    }) {
        i -= n + 1;
    }
    // "Services inflation, watched closely by the BoE, eased to 4.5%": past an
    // aside between commas to the noun before it.
    if toks[i - 1].ends_with(',')
        && let Some(p) = toks[..i - 1].iter().rposition(|t| t.ends_with(','))
        && i - 1 - p <= 8
    {
        i = p + 1;
    }
    let w = toks[i - 1].trim_end_matches([',', '.']);
    // "from $10 million to $15 million": a figure's scale is no noun.
    if lexicon::get_lower(&lexicon::get().numbers.scales, w).is_some() {
        return Vec::new();
    }
    // Sentence-initial capitals are no names: "Turnout was 79.4%". Elsewhere a
    // capitalised word is a name, which is no measure: "buy DS Smith for £5.8bn".
    // A dateline's dash opens the sentence too: "MADRID, Oct 5 - Rents in Spain rose".
    let opens = i == 1 || matches!(toks[i - 2], "-" | "\u{2014}" | "\u{2013}" | "--");
    if !opens && w.starts_with(|c: char| c.is_uppercase()) && lexicon::get().country(w).is_none() {
        return Vec::new();
    }
    let lower = if lexicon::get().country(w).is_some() {
        w.to_string()
    } else {
        w.to_lowercase()
    };
    // "Oil prices fell 1%", "Gold prices rose 2%": the word before the noun says
    // which prices; without it the two would share a key.
    let modifier = (i > 1)
        .then(|| toks[i - 2])
        .filter(|m| m.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .filter(|m| {
            ![STOP, END, LINKS].iter().any(|l| l.contains(&m.as_str()))
                // "insured losses" are not all losses, though the word ends as a verb.
                && (!m.ends_with("ed") || matches!(m.as_str(), "insured" | "uninsured"))
                && !m.ends_with("ing")
                // "Average rents" are the rents another article names bare.
                && !matches!(m.as_str(), "average" | "median")
        })
        // "Spanish rents" are Spain's, which the subject says.
        .filter(|_| lexicon::get().country(toks[i - 2]).is_none());
    let mut words: Vec<&str> = modifier.iter().map(String::as_str).collect();
    words.push(&lower);
    let (c, _) = content(&words);
    c
}

/// States a count can be in, written after it ("3,000 people dead").
const COUNT_STATES: &[&str] = &[
    "dead",
    "missing",
    "injured",
    "homeless",
    "wounded",
    "displaced",
    "killed",
    "hurt",
];

/// The verb of a count: a past participle just before it (past its hedge), or after
/// its noun ("were evacuated"), or a state after it ("dead").
fn count_predicate(before: &str, after: &str) -> Option<String> {
    // A gap whatever verb came before: "finished 29,000 votes ahead", "29,000 votes
    // ahead of the PVV". Ahead of an event is a time: "evacuated 735,000 people ahead
    // of the storm".
    let toks = tokens(after);
    let gap = toks.first().is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        MARGIN_AFTER.iter().any(|m| w.eq_ignore_ascii_case(m))
    });
    let of_whom = match toks.get(1).copied() {
        Some("of") => toks
            .iter()
            .skip(2)
            .find(|w| !matches!(**w, "the" | "a" | "an" | "its" | "their"))
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase())),
        _ => true,
    };
    if gap && of_whom {
        return Some("margin".to_string());
    }
    let hedges = &lexicon::get().hedges.hedges;
    let prev = tokens(before)
        .into_iter()
        .rev()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .find(|w| {
            !hedges.contains_key(w.as_str())
                && !matches!(
                    w.as_str(),
                    "least" | "than" | "to" | "some" | "an" | "estimated"
                )
        });
    // "secured 47 seats" is "won 47 seats": a verb of winning is no predicate.
    if let Some(w) = prev.as_ref().filter(|w| {
        ((w.len() > 3 && w.ends_with("ed")) || SAME_PREDICATE.iter().any(|(a, _)| a == *w))
            && !WON.contains(&w.as_str())
    }) {
        return Some(same_predicate(w.clone()));
    }
    // "the walkout by 30,000 machinists", "a strike by 4,000 nurses".
    if prev.as_deref() == Some("by")
        && tokens(before).iter().rev().nth(1).is_some_and(|w| {
            ["strike", "walkout", "stoppage"]
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s))
        })
    {
        return Some(ON_STRIKE[0].to_string());
    }
    // "led Wilders by", "beat the Conservatives by": the verb may stand a name away.
    if prev.as_deref() == Some("by")
        && tokens(before)
            .iter()
            .rev()
            .skip(1)
            .take(3)
            .any(|w| MARGIN_BY.iter().any(|m| w.eq_ignore_ascii_case(m)))
    {
        return Some("margin".to_string());
    }
    if prev.as_deref() == Some("of")
        && let Some(noun) = tokens(before).iter().rev().nth(1)
        && let Some((_, done)) = ACTION_NOUNS
            .iter()
            .find(|(n, _)| noun.eq_ignore_ascii_case(n))
    {
        return Some((*done).to_string());
    }
    // Up to the next figure or the end of the clause: "at 14,117 acres, was 27%
    // contained" says nothing of the acres, nor "with 140 mph winds, has killed 44
    // people" of the winds.
    let toks = tokens(after);
    let clause = toks
        .iter()
        .position(|w| w.ends_with([',', ';', ':']))
        .map_or(toks.len(), |p| p + 1);
    let words: Vec<String> = toks[..clause]
        .iter()
        // "24 people on the ground were also killed": adverbs say nothing of it.
        .filter(|w| !matches!(**w, "also" | "reportedly" | "all" | "later"))
        .take(5)
        .take_while(|w| !w.contains(|c: char| c.is_ascii_digit()))
        // "2,500 residents and killed one woman": what follows "and" is another
        // predicate, of another object.
        .take_while(|w| !matches!(**w, "and" | "or" | "but" | "while"))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // "250,000 people marched", "116 people died": a crowd's verb and death need no
    // auxiliary.
    // Every verb of a crowd counts one crowd: "100,000 people marched" and
    // "120,000 people took part in the march" are two counts of it.
    let took_part =
        words.first().is_some_and(|w| w == "took") && words.get(1).is_some_and(|w| w == "part");
    // "33,000 machinists walked off the job" and "33,000 workers went on strike"
    // count the same strikers.
    let says = |phrase: &str| {
        let mut read = words.iter();
        phrase
            .split(' ')
            .all(|p| read.next().is_some_and(|w| w == p))
    };
    if ON_STRIKE.iter().any(|p| says(p)) {
        return Some(ON_STRIKE[0].to_string());
    }
    if took_part || words.first().is_some_and(|w| CROWDS.contains(&w.as_str())) {
        return Some(CROWDS[0].to_string());
    }
    if words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "died" | "perished" | "drowned"))
    {
        return Some("died".to_string());
    }
    // "200 people remained missing", "279 people still unaccounted for": the state
    // the counted are in, past the verb that links them to it.
    if let Some(state) = state_after(after) {
        return Some(state.to_string());
    }
    // "180,000 people were under evacuation orders", "153,000 residents remained
    // under evacuation orders": the order the counted are under, whatever the verb.
    if let Some(order) = under_order(&words) {
        return Some(order);
    }
    // "120 buildings collapsed", "300 flights cancelled": a past tense right after
    // the noun is its verb. Not after an article: "the two companies signed" names
    // companies met before, it counts nothing.
    let definite = before.split_whitespace().next_back().is_some_and(|w| {
        ["the", "these", "those", "its", "their"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
    });
    if let Some(w) = words
        .first()
        .filter(|w| !definite && w.len() > 4 && w.ends_with("ed"))
    {
        return Some(same_predicate(w.clone()));
    }
    let linked: Vec<&String> = words
        .iter()
        .skip_while(|w| {
            !matches!(
                w.as_str(),
                "were" | "was" | "have" | "has" | "had" | "are" | "been"
            ) && !COUNT_STATES.contains(&w.as_str())
        })
        .collect();
    let at = linked
        .iter()
        .position(|w| COUNT_STATES.contains(&w.as_str()) || (w.len() > 3 && w.ends_with("ed")))?;
    // "The fire that tore through seven towers killed at least 151 people": a verb
    // with no auxiliary before it and a figure after it has that figure for its
    // object; the towers killed nobody.
    let hedges = &lexicon::get().hedges.hedges;
    let object = || {
        toks.iter()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .skip_while(|w| *w != *linked[at])
            .skip(1)
            .find(|w| {
                !hedges.contains_key(w.as_str())
                    && !matches!(
                        w.as_str(),
                        "at" | "least" | "more" | "fewer" | "than" | "up" | "to"
                    )
            })
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    };
    if at == 0 && COUNT_STATES.contains(&linked[0].as_str()) && object() {
        return None;
    }
    // "six people were confirmed dead", "30 are feared missing": the state, past
    // the verb that vouches for it.
    let vouched = matches!(
        linked[at].as_str(),
        "confirmed" | "reported" | "feared" | "presumed" | "believed" | "declared" | "listed"
    );
    match linked.get(at + 1) {
        Some(next) if vouched && COUNT_STATES.contains(&next.as_str()) => {
            Some(same_predicate((*next).clone()))
        }
        _ => Some(same_predicate(linked[at].clone())),
    }
}

/// The order a count is under, by the words after it ("were under evacuation
/// orders"): "under evacuation order", one noun in the singular.
fn under_order(words: &[String]) -> Option<String> {
    let at = words.iter().position(|w| w == "under")?;
    let end = words[at + 1..]
        .iter()
        .take(3)
        .position(|w| ORDERS.contains(&w.trim_end_matches('s')))?;
    let order = &words[at + 1..=at + 1 + end];
    let mut said: Vec<&str> = order.iter().map(String::as_str).collect();
    let last = said.pop()?;
    said.push(last.trim_end_matches('s'));
    Some(format!("under {}", said.join(" ")))
}

/// What a count may be under: "evacuation orders", "a curfew warning".
const ORDERS: &[&str] = &["order", "warning", "alert", "curfew", "lockdown"];

/// Is `time` one month ("2025-10") within two of `day`'s?
fn near_month(time: &str, day: jiff::civil::Date) -> bool {
    let Some((y, m)) = time.split_once('-') else {
        return false;
    };
    let (Ok(y), Ok(m)) = (y.parse::<i32>(), m.parse::<i32>()) else {
        return false;
    };
    let months = |y: i32, m: i32| y * 12 + m;
    (months(y, m) - months(i32::from(day.year()), i32::from(day.month()))).abs() <= 2
}

/// Verbs of a prison term, and the words that lead from them to it.
const TERM_VERBS: &[&str] = &["sentenced", "jailed", "imprisoned"];
const TERM_LINKS: &[&str] = &["to", "for"];

/// A prison term at `at` ("was sentenced to 25 years", "sentenced Thursday to"): the
/// person the sentence starts with, past its dateline ("Sam Bankman-Fried, the
/// founder of FTX, was"). A court's sentence names its person after the verb:
/// "the court sentenced former President Jair Bolsonaro, 70, to 27 years" is
/// Bolsonaro's, and "sentenced him to" the person named last before it.
fn prison_term(d: &Document, start: usize, at: usize) -> Option<String> {
    let toks = tokens(&d.text[start..at]);
    let lower = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    };
    let n = toks.len();
    if !toks
        .last()
        .is_some_and(|w| TERM_LINKS.contains(&lower(w).as_str()))
    {
        return None;
    }
    let verb = (n.saturating_sub(10)..n - 1)
        .rev()
        .find(|&k| TERM_VERBS.contains(&lower(toks[k]).as_str()))?;
    let object = &toks[verb + 1..n - 1];
    let lex = lexicon::get();
    // "was sentenced to", "sentenced on Thursday to": no object, the subject's term.
    let timely = |w: &&str| {
        let l = lower(w);
        l.is_empty()
            || matches!(
                l.as_str(),
                "on" | "last" | "this" | "week" | "day" | "today"
            )
            || lex.weekday(&l).is_some()
            || lex.month(&l).is_some()
            || l.bytes().all(|b| b.is_ascii_digit())
    };
    if object.iter().all(timely) {
        return person_named(super::metric::head(d, start, at));
    }
    if let [pronoun] = object
        && matches!(lower(pronoun).as_str(), "him" | "her")
    {
        // The person named last before the verb, in the same sentence.
        let before = toks[..verb].join(" ");
        return before
            .match_indices(' ')
            .map(|(p, _)| p + 1)
            .chain(std::iter::once(0))
            .filter(|&p| before[p..].starts_with(|c: char| c.is_uppercase()))
            .filter_map(|p| person_named(&before[p..]).map(|who| (p, who)))
            .max_by_key(|(p, _)| *p)
            .map(|(_, who)| who);
    }
    person_named(&object.join(" "))
}

/// Nouns of a prison term written after its length: "a five-year prison sentence".
const TERM_NOUNS: &[&str] = &[
    "sentence",
    "prison sentence",
    "jail sentence",
    "prison term",
    "jail term",
];

/// Words before a term that make it one not served: "faces a maximum 20-year
/// sentence", "prosecutors sought a seven-year sentence".
const TERM_UNSERVED: &[&str] = &[
    "maximum",
    "faces",
    "facing",
    "face",
    "could",
    "would",
    "sought",
    "seek",
    "seeking",
    "demanded",
    "requested",
    "asked",
    "up",
];

/// A term written as an adjective of its noun ("began serving a five-year prison
/// sentence", "to begin a seven-year sentence"): the person the sentence opens with.
fn term_before_noun(d: &Document, start: usize, at: Span, end: usize) -> Option<String> {
    let after = d.text[at.end..end].trim_start_matches(' ');
    let noun = TERM_NOUNS.iter().any(|n| {
        starts_with_ignore_case(after, n)
            && !after[n.len()..].starts_with(|c: char| c.is_alphanumeric())
    });
    // Only the written adjective: "five-year", "27-year".
    if !noun || !d.text[..at.end].ends_with("-year") {
        return None;
    }
    let before = &d.text[start..at.start];
    let unserved = tokens(before).iter().rev().take(4).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        TERM_UNSERVED.contains(&w.as_str())
    });
    if unserved {
        return None;
    }
    person_named(super::metric::head(d, start, at.start))
}

/// The person a sentence opens with, by surname as articles name them after the
/// first mention: past a country's possessive and title words ("Brazil's former
/// president Jair Bolsonaro", "Former President Jair Bolsonaro", "Former leader
/// Bolsonaro" are all Bolsonaro), and past a lone descriptor opening the sentence
/// before a name ("Music mogul Sean Combs").
fn person_named(head: &str) -> Option<String> {
    let lex = lexicon::get();
    let mut runs: Vec<(usize, String, usize)> = Vec::new();
    let mut at = 0;
    while at < head.len() {
        let rest = &head[at..];
        if rest.starts_with(|c: char| c.is_uppercase())
            && (at == 0 || head[..at].ends_with([' ', '"', '\u{201c}']))
            && let Some((mut run, mut len)) = capitalised_run(rest)
        {
            // A run stops at four words; titles count among them: "Former Brazilian
            // President Jair" goes on to "Bolsonaro".
            while run.split(' ').count() >= 4
                && let Some(next) = rest[len..].strip_prefix(' ')
                && let Some((more, more_len)) = capitalised_run(next)
            {
                run = format!("{run} {more}");
                len += 1 + more_len;
            }
            runs.push((at, run, len));
            at += len.max(1);
            continue;
        }
        at += rest.chars().next().map_or(1, char::len_utf8);
    }
    for (k, (pos, run, len)) in runs.iter().enumerate() {
        let words: Vec<&str> = run
            .split(' ')
            .map(|w| w.strip_suffix("'s").unwrap_or(w))
            .filter(|w| !title_word(w))
            .collect();
        let Some(first) = words.first() else {
            continue;
        };
        if NOT_ACTORS.contains(first) || lex.country(&words.join(" ")).is_some() {
            continue;
        }
        let next_lower = head[pos + len..]
            .trim_start()
            .starts_with(|c: char| c.is_lowercase());
        if *pos == 0 && words.len() == 1 && next_lower && k + 1 < runs.len() {
            continue;
        }
        let surname = words[words.len() - 1].trim_matches(|c: char| !c.is_alphanumeric());
        return (!surname.is_empty()).then(|| surname.to_string());
    }
    None
}

/// Is `w` a word of an office's title or a word that dates one ("President",
/// "Minister", "Former")? Titles stand before a name; they are never it.
fn title_word(w: &str) -> bool {
    static WORDS: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let t = &lexicon::get().titles;
        t.titles
            .iter()
            .flat_map(|t| t.variants.iter().chain(std::iter::once(&t.canonical)))
            .chain(&t.former)
            .flat_map(|v| v.split([' ', '-']))
            .filter(|w| w.len() > 1)
            .map(str::to_lowercase)
            .collect()
    });
    words.contains(&w.to_lowercase())
}

/// Words after a toll that lead to its figure: "rose to", "stood at", "of".
const TOLL_LINKS: &[&str] = &[
    "to", "at", "of", "reached", "hit", "was", "is", "topped", "passed", "exceeded",
];

/// Verbs that link a reading to what it measures: "winds reached 150 km/h".
const READING_LINKS: &[&str] = &[
    "of", "reached", "hit", "was", "were", "is", "are", "at", "topped", "measured", "recorded",
];

/// What a reading measures, named just before it: "sustained winds of 150 km/h",
/// "its winds reached 150 km/h", "a depth of 10 km". The noun and at most one word
/// before it ("sustained winds"), lemmatised; empty when no link word or no noun is
/// there ("it was 30C", "rose 5 km").
fn reading_of(before: &str) -> Vec<String> {
    let toks = tokens(before);
    let Some((link, rest)) = toks.split_last() else {
        return Vec::new();
    };
    if !READING_LINKS.iter().any(|l| l.eq_ignore_ascii_case(link)) {
        return Vec::new();
    }
    let word = |w: &&str| {
        w.chars().all(|c| c.is_ascii_lowercase())
            && !STOP.contains(w)
            && !END.contains(w)
            && !LINKS.contains(w)
            && !PRONOUNS.contains(w)
    };
    let mut phrase: Vec<&str> = Vec::new();
    for w in rest.iter().rev() {
        // The noun itself is no verb form; a word before it may be ("sustained").
        let verbal = w.ends_with("ing")
            || phrase.is_empty() && w.ends_with("ed")
            || PAST_IRREGULAR.contains(w);
        if phrase.len() == 2 || !word(w) || verbal {
            break;
        }
        // "maximum sustained winds" and "winds" are one reading; "gusts" another.
        if !phrase.is_empty() && READING_EXTREMES.contains(w) {
            continue;
        }
        phrase.insert(0, w);
    }
    phrase.iter().map(|w| lemma(w)).collect()
}

/// Words before a reading's noun that say it is the top one, as every report of a
/// storm's winds or a day's heat means.
const READING_EXTREMES: &[&str] = &["sustained", "maximum", "max", "top", "peak"];

/// Past forms without "-ed" that stand before a reading's noun: "brought gusts of".
const PAST_IRREGULAR: &[&str] = &[
    "brought", "saw", "had", "took", "gave", "left", "made", "sent", "felt", "hit", "struck",
    "got", "kept", "caught", "blew", "drove", "threw", "spread", "dumped", "packed",
];

/// Words that tell one quake of a story from another.
const QUAKE_WHICH: &[&str] = &[
    "first", "second", "third", "another", "earlier", "later", "previous",
];

/// Times of day that tell two quakes of one day apart, where the sentence says
/// there were two ("A second quake struck around midday"); in a story of one quake
/// ("hit on Sunday night") they say only when it struck.
const QUAKE_WHEN: &[&str] = &[
    "dawn",
    "morning",
    "midday",
    "noon",
    "afternoon",
    "evening",
    "night",
    "overnight",
];

/// What a magnitude is of, folded: "earthquake" for a quake or a tremor,
/// "aftershock" for one. The figure is a magnitude when the word stands by it ("a
/// magnitude 6.3 earthquake", "a 6.0-magnitude quake", "the 7.8 magnitude quake") or
/// when the quake "measured" it.
fn magnitude_of(before: &str, after: &str, noun: Option<&str>) -> Option<&'static str> {
    let before = before.trim_end();
    let (after, named) = if let Some(r) = after
        .strip_prefix("-magnitude")
        .or_else(|| after.strip_prefix(" magnitude"))
    {
        (r, true)
    } else if let Some(n) = noun.and_then(|n| n.strip_prefix("magnitude")) {
        (n, true)
    } else {
        (
            noun.map_or(after, |_| ""),
            ends_with_ignore_case(before, "magnitude") || ends_with_ignore_case(before, "measured"),
        )
    };
    if !named {
        return None;
    }
    let next = noun
        .filter(|n| !n.starts_with("magnitude"))
        .unwrap_or_else(|| after.split_whitespace().next().unwrap_or(""));
    let of = |w: &str| match w.trim_matches(|c: char| !c.is_alphabetic()) {
        "earthquake" | "quake" | "tremor" => Some("earthquake"),
        "aftershock" => Some("aftershock"),
        _ => None,
    };
    of(next).or_else(|| {
        // "The earthquake, which measured 6.3": the quake is named before; the one
        // named last, as "several aftershocks, including one of magnitude 6.4" is an
        // aftershock's.
        // rfind_phrase ignores ASCII case: nothing to lower first.
        [
            ("earthquake", "earthquake"),
            ("quake", "earthquake"),
            ("tremor", "earthquake"),
            ("aftershock", "aftershock"),
            ("aftershocks", "aftershock"),
        ]
        .iter()
        .filter_map(|(w, of)| super::rfind_phrase(before, w).map(|at| (at, *of)))
        .max_by_key(|(at, _)| *at)
        .map(|(_, of)| of)
    })
}

/// Does a death toll lead to the figure: "death toll" before it in the sentence,
/// and a link word just before it ("rose to", "stood at", "of")?
fn death_toll(before: &str) -> bool {
    // Every bare number asks: the last word first, with nothing copied.
    let last = last_word(before);
    TOLL_LINKS.iter().any(|l| l.eq_ignore_ascii_case(last))
        && TOLL_NOUNS
            .iter()
            .any(|t| super::find_phrase(before, t).is_some())
}

/// Nouns of a toll a bare number can be linked to: "the death toll rose to 205",
/// "the number of people killed reached 94".
const TOLL_NOUNS: &[&str] = &[
    "death toll",
    "number of people killed",
    "number of people who died",
    "number of dead",
    "number of deaths",
    "number of fatalities",
];

/// Words after a bare number that make it a count of the dead, the noun left out:
/// "Of the 242 people on board, 229 were killed".
const DIED_AFTER: &[&str] = &[
    "were killed",
    "have been killed",
    "had been killed",
    "died",
    "have died",
    "had died",
    "are dead",
    "were dead",
    "are confirmed dead",
    "were confirmed dead",
    "perished",
    "lost their lives",
];

fn died_after(after: &str) -> bool {
    let after = after.trim_start();
    DIED_AFTER.iter().any(|p| {
        after
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
            && !after[p.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// The last word of `text`, its punctuation left off.
pub(super) fn last_word(text: &str) -> &str {
    text.trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// A bare number that counts the hurt or the dead, its noun left out: "killing more
/// than 800 people and injuring 2,800", "610 people were killed and 2,800 injured",
/// "killing 12", "which killed 79", "and injured 3,124", "and left 13 missing".
fn hurt_bare(before: &str, after: &str) -> Option<&'static str> {
    let last = last_word(before).to_ascii_lowercase();
    let first = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    // "has killed 1,411 people and injured 3,124": the verb's object; not "Of the
    // injured, 30 were children".
    let verb = !before.trim_end().ends_with(',');
    match (last.as_str(), first.as_str()) {
        ("injuring" | "wounding", _) | (_, "injured" | "wounded") => Some("injured"),
        ("injured" | "wounded", _) if verb => Some("injured"),
        // "The 2013 crash, which killed 79, ...".
        ("killing" | "killed" | "kills", _) => Some("died"),
        // "killed 55 people and left 13 missing": the state the count was left in.
        ("left" | "leaving" | "leaves", "missing") => Some("missing"),
        ("left" | "leaving" | "leaves", "dead") => Some("died"),
        _ => state_after(after),
    }
}

/// A bare number that breaks down the toll just told by place: "at least 50 people
/// have been killed, including 30 in Haiti", "seven deaths: three in Jamaica, three
/// in Haiti and one in the Dominican Republic". Each part is its place's toll.
fn toll_part(
    before: &str,
    after: &str,
    sentence: usize,
    last_toll: Option<(usize, &'static str)>,
) -> Option<&'static str> {
    let (sent, casualty) = last_toll?;
    let lead = before.trim_end();
    let led = [":", ",", " including", " and", " with"]
        .iter()
        .any(|p| lead.ends_with(p));
    let placed = after
        .strip_prefix(" in ")
        .map(|r| r.strip_prefix("the ").unwrap_or(r))
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
        || [" on the ground", " on board", " aboard"]
            .iter()
            .any(|p| after.starts_with(p));
    (sent == sentence && led && placed).then_some(casualty)
}

/// The casualty a toll's measure counts, as [`hurt_bare`] names it.
fn casualty_of(measure: &[String]) -> Option<&'static str> {
    ["died", "injured", "missing"]
        .into_iter()
        .find(|c| measure.iter().any(|w| w == c))
}

/// Words between a bare count and the state of the counted: "270 are still
/// missing", "78 remained missing", "3,900 were injured".
const TO_STATE: &[&str] = &[
    "were", "was", "are", "is", "remain", "remained", "remains", "still", "have", "has", "had",
    "been", "reported", "listed",
];

/// The state a bare count's people are in, read past [`TO_STATE`] words: "270 are
/// still missing" counts the missing, "3,900 were injured" the injured.
fn state_after(after: &str) -> Option<&'static str> {
    let words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut linked = false;
    for w in words.take(4) {
        let w = w.to_ascii_lowercase();
        if TO_STATE.contains(&w.as_str()) {
            linked = true;
            continue;
        }
        return match w.as_str() {
            _ if !linked => None,
            "missing" | "unaccounted" => Some("missing"),
            "injured" | "wounded" | "hurt" => Some("injured"),
            "dead" | "killed" => Some("died"),
            _ => None,
        };
    }
    None
}

/// Verbs that say one thing of a count, as the one they are keyed by: a fire that
/// "scorched" or "consumed" 23,000 acres "burned" them; people "killed" or "dead"
/// "died".
const SAME_PREDICATE: &[(&str, &str)] = &[
    ("killed", "died"),
    ("killing", "died"),
    // "76 workers were still unaccounted for" are missing.
    ("unaccounted", "missing"),
    ("dead", "died"),
    // "About 150 people were hurt" and "260 people injured" count the same people.
    ("hurt", "injured"),
    ("wounded", "injured"),
    ("injuring", "injured"),
    ("wounding", "injured"),
    ("scorched", "burned"),
    ("consumed", "burned"),
    ("charred", "burned"),
    ("blackened", "burned"),
    ("burnt", "burned"),
    ("burns", "burned"),
    ("scorches", "burned"),
    // A loss is a change, never the level: "the PVV lost 11 of its 37 seats".
    ("lost", "lost"),
    ("losing", "lost"),
    ("shed", "lost"),
    ("gaining", "gained"),
    // "Police detained 485 protesters" and "arrested 485 people" count one thing.
    ("detained", "arrested"),
    // "the ministry counting 195,000 protesters" counted them.
    ("counting", "counted"),
    // "Israel freed 1,968 prisoners", "began freeing 1,968 Palestinian prisoners".
    ("freed", "released"),
    ("freeing", "released"),
    ("releasing", "released"),
    // "68 suspected cases reported" and "81 suspected cases have been recorded".
    ("recorded", "reported"),
    ("registered", "reported"),
];

/// Words before "by" that make a count the gap between two sides, not either's
/// total: "ahead by 29,000 votes", "won by 12 seats", "led Wilders by 3 points".
const MARGIN_BY: &[&str] = &[
    "ahead", "behind", "led", "leads", "leading", "trailed", "trails", "trailing", "won", "beat",
    "beating", "lost",
];

/// Words right after a counted noun that make it a gap: "finished 29,000 votes
/// ahead", "12 seats short of a majority".
const MARGIN_AFTER: &[&str] = &["ahead", "behind", "clear", "short"];

/// Nouns of what befell the counted, before "of", and the predicate each makes:
/// "forced the evacuation of 2,500 residents" is 2,500 evacuated.
const ACTION_NOUNS: &[(&str, &str)] = &[
    ("evacuation", "evacuated"),
    ("evacuations", "evacuated"),
    ("deaths", "died"),
    ("rescue", "rescued"),
    ("arrest", "arrested"),
    ("arrests", "arrested"),
    ("displacement", "displaced"),
    ("lead", "margin"),
    ("margin", "margin"),
];

fn same_predicate(w: String) -> String {
    SAME_PREDICATE
        .iter()
        .find(|(a, _)| *a == w)
        .map_or(w, |(_, b)| b.to_string())
}

/// The time qualifiers of a figure's clause, as a key part.
/// A key's time part: " @2025-10" of "2025-10", nothing of no time.
pub(super) fn at_time(time: &str) -> String {
    if time.is_empty() {
        String::new()
    } else {
        format!(" @{time}")
    }
}

pub fn time_of(d: &Document, e: &Extraction, idx: usize, w: Span) -> String {
    let w = through_period(d, e, idx, w);
    let mut parts: Vec<String> = Vec::new();
    for m in &e.mentions[e.in_sentence(e.mentions[idx].sentence)] {
        // The dateline dates the article, not the figure.
        if d.dateline_span
            .is_some_and(|ds| ds.start <= m.span.start && m.span.end <= ds.end + 8)
        {
            continue;
        }
        // "the highest since 1997" compares with a year; it does not date the figure,
        // unless a clause about that year holds the figure ("the deadliest since
        // 2023, when about 1,500 people died").
        let before = d.text[..m.span.start].trim_end();
        let when = when_clause(d, m, &e.mentions[idx]);
        if !when
            && (["since", "than", "before", "after", "until"]
                .iter()
                .any(|p| ends_with_ignore_case(before, p))
                || since_nearby(&d.text[e.sentences[m.sentence].start..m.span.start]))
        {
            continue;
        }
        if (when || m.span.start >= w.start)
            && m.span.end <= w.end
            && !dates_another(d, e, idx, m)
            && !in_other_clause(d, e, idx, m)
            && let Kind::Date(dm) = &m.kind
        {
            let x = dm.expr;
            // "in May" in an article of June 2025 is May 2025: two years' Mays in one
            // batch are two times. Unplaced, it stays a month of no year.
            let year = x.year.or_else(|| {
                dm.resolved
                    .filter(|(a, b)| a.year() == b.year() && a.month() == b.month())
                    .map(|(a, _)| a.year())
                    .filter(|_| x.month.is_some())
            });
            let p = match (year, x.month) {
                (Some(y), Some(mo)) => format!("{y}-{mo:02}"),
                (Some(y), None) => format!("{y}"),
                (None, Some(mo)) => format!("month{mo:02}"),
                _ => continue,
            };
            parts.push(p);
        }
    }
    static TIMES: OnceLock<super::Phrases> = OnceLock::new();
    let times = TIMES.get_or_init(|| super::Phrases::new(TIME_WORDS));
    let fig = e.mentions[idx].span;
    // "forecast for growth this year to 1.5% and cut next year's to 1.2%": a time
    // word past an "and" from the figure is the other figure's.
    let joined = |a: usize, b: usize| {
        let between = &d.text[a.min(b)..b.max(a)];
        [" and ", " but ", ";"].iter().any(|j| between.contains(j))
    };
    // "4.8%, down from an earlier forecast", "up from last year": a time word past
    // "from" after the figure is the time of what it is compared with.
    let compared = |a: usize| {
        let between = &d.text[fig.end..a];
        between.contains(" from ") || between.contains("compared")
    };
    let mut found = vec![false; TIME_WORDS.len()];
    for (at, t) in times.matches(&d.text[w.start..w.end]) {
        let (a, b) = (w.start + at, w.start + at + TIME_WORDS[t].len());
        let after = a >= fig.end;
        if !(after && (joined(fig.end, a) || compared(a)) || b <= fig.start && joined(b, fig.start))
        {
            found[t] = true;
        }
    }
    for (t, _) in TIME_WORDS.iter().zip(found).filter(|(_, hit)| *hit) {
        // "last year" in an article of 2025 is 2024, as another report writes it.
        // "this year" stays: a figure so far this year grows as the year goes on,
        // and is no rival of the year's whole.
        let year = d.published.map(|p| p.date.year()).and_then(|y| match *t {
            "last year" => Some(y - 1),
            "next year" => Some(y + 1),
            _ => None,
        });
        parts.push(year.map_or_else(|| (*t).to_string(), |y| y.to_string()));
    }
    let before = d.text[w.start..e.mentions[idx].span.start].to_lowercase();
    let before = before.trim_end();
    if [
        "down from",
        "up from",
        "compared with",
        "compared to",
        "from",
        "versus",
        "against",
    ]
    .iter()
    .any(|p| before.ends_with(p))
        // "40.2% against 39.5% for Nasralla": a rival's share, not an earlier one.
        && (!(before.ends_with("against") || before.ends_with("versus"))
            || share_for(&d.text[e.mentions[idx].span.end..w.end]).is_none())
    {
        parts.push("earlier".into());
    }
    parts.sort();
    parts.dedup();
    parts.join(",")
}

/// "4.86% in the 12 months to October", "5.6% in the three months to September":
/// the period is a span of time, a figure of its own that ends the window, and the
/// date it runs to dates the figure. The window then reaches past that date.
fn through_period(d: &Document, e: &Extraction, idx: usize, w: Span) -> Span {
    // The span and its date are the next two mentions, in the same sentence.
    if idx + 2 >= e.in_sentence(e.mentions[idx].sentence).end {
        return w;
    }
    let (span, date) = (&e.mentions[idx + 1], &e.mentions[idx + 2]);
    if !matches!(&span.kind, Kind::Quantity(q) if matches!(q.unit, Unit::Time(_)))
        || !matches!(date.kind, Kind::Date(_))
    {
        return w;
    }
    let lead = d.text[e.mentions[idx].span.end..span.span.start].trim();
    let link = d.text[span.span.end..date.span.start].trim();
    let lead_ok = [
        "in the",
        "over the",
        "for the",
        "in the past",
        "in the last",
    ]
    .iter()
    .any(|p| lead.eq_ignore_ascii_case(p));
    let link_ok = ["to", "through", "ending", "ended", "until"]
        .iter()
        .any(|p| link.eq_ignore_ascii_case(p));
    if lead_ok && link_ok {
        Span::new(w.start, w.end.max(date.span.end))
    } else {
        w
    }
}

/// Whether a date stands in a clause of its own, which dates what that clause says:
/// after the figure, past a comma and a participle ("got 23.9%, setting up a runoff
/// on December 14"), or before it in an aside ("Kast, who lost the 2021 runoff,
/// got 23.9%").
fn in_other_clause(d: &Document, e: &Extraction, idx: usize, date: &Mention) -> bool {
    let fig = &e.mentions[idx];
    if date.span.start >= fig.span.end {
        let between = d.text[fig.span.end..date.span.start].trim_start();
        // "85.3%, the highest since voting became compulsory again in 2022".
        // "40.2%, the electoral council said on Wednesday, December 3": the day a
        // share was told, not the time it is of.
        let told = matches!(&fig.kind, Kind::Quantity(q) if q.unit == Unit::Percent)
            && super::find_phrase(between, "said").is_some();
        // "dropped to 3.5% in October, boosting bets on a cut in December": a date
        // past a participle's comma is that clause's.
        return told
            || super::find_phrase(between, "since").is_some()
            || between.split(',').skip(1).any(|r| {
                r.split_whitespace()
                    .next()
                    .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
            });
    }
    let start = e.sentences[fig.sentence].start;
    if date.span.end > fig.span.start || date.span.start < start {
        return false;
    }
    if when_clause(d, date, fig) {
        return false;
    }
    // "will meet in a December 14 runoff, after Jara won 26.8%": the date is the
    // clause's before the conjunction, not the figure's.
    if date.span.end <= start + clause_start(&d.text[start..fig.span.start]) {
        return true;
    }
    let before = &d.text[start..date.span.start];
    let after = &d.text[date.span.end..fig.span.start];
    before.rfind(',').is_some_and(|c| {
        let first = before[c + 1..].split_whitespace().next().unwrap_or("");
        ["who", "which", "whose"].contains(&first)
    }) && after.contains(',')
}

/// Does the figure stand in a "when" clause about the date just before it: "the
/// deadliest since 2023, when about 1,500 people died"?
fn when_clause(d: &Document, date: &Mention, fig: &Mention) -> bool {
    if date.span.end > fig.span.start {
        return false;
    }
    let between = &d.text[date.span.end..fig.span.start];
    if between.trim_start().strip_prefix(',').is_some_and(|rest| {
        rest.split_whitespace().next() == Some("when") && !rest.contains([',', ';'])
    }) {
        return true;
    }
    // "since the 2004 tsunami, which killed about 35,000 people": the figure is told
    // of an event the year names, in a clause about it.
    let Some((noun, clause)) = between
        .split_once(", which ")
        .or_else(|| between.split_once(" that "))
    else {
        return false;
    };
    let noun_words = noun.split_whitespace().count();
    (1..=3).contains(&noun_words)
        && !noun.contains([',', ';', '.'])
        && clause.split_whitespace().count() <= 4
        && !clause.contains([',', ';'])
}

/// Conjunctions that open a clause of their own after a comma.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "before", "as", "while", "when", "but", "although", "though", "whereas", "because",
];

/// Conjunctions that open a clause of their own with no comma before them: "a
/// December 14 runoff after Jara won 26.8%".
const BARE_OPENERS: &[&str] = &["after", "because", "although", "though", "whereas"];

/// Where the clause that ends `text` starts: past the last comma or semicolon that a
/// conjunction of [`CLAUSE_OPENERS`] follows ("..., after Jara won"), or at the last
/// conjunction of [`BARE_OPENERS`] inside the text; else 0.
pub(super) fn clause_start(text: &str) -> usize {
    let after_comma = text
        .rmatch_indices([',', ';'])
        .find(|&(p, sep)| {
            let word = text[p + 1..].split_whitespace().next().unwrap_or("");
            sep == ";" || CLAUSE_OPENERS.iter().any(|c| c.eq_ignore_ascii_case(word))
        })
        .map_or(0, |(p, _)| p + 1);
    // Most leads hold none of the conjunctions: one pass over them says so.
    static BARE: OnceLock<super::Phrases> = OnceLock::new();
    if !BARE
        .get_or_init(|| super::Phrases::new(BARE_OPENERS))
        .any(text)
    {
        return after_comma;
    }
    let bare = text
        .rmatch_indices(' ')
        .find(|&(p, _)| {
            let word = text[p + 1..].split(' ').next().unwrap_or("");
            BARE_OPENERS.iter().any(|c| c.eq_ignore_ascii_case(word))
        })
        .map_or(0, |(p, _)| p + 1);
    after_comma.max(bare)
}

/// Words that lead up to the day a running tally is told as of.
const AS_OF: [&str; 3] = ["by", "as of", "as at"];

/// The day a running tally's clause tells it as of, when it says so: "had been
/// recovered by Sunday", "as of Monday, May 27". Resolved from the article's date
/// alone, so the key does not change with the batch; a day that is not one day
/// ("by May") says none.
fn told_by_day(d: &Document, e: &Extraction, idx: usize, w: Span) -> Option<jiff::civil::Date> {
    let si = e.mentions[idx].sentence;
    let s = e.sentences[si];
    let day_of = |m: &Mention| {
        let Kind::Date(dm) = &m.kind else { return None };
        let before = d.text[s.start..m.span.start].trim_end();
        let by = AS_OF.iter().any(|p| {
            ends_with_ignore_case(before, p)
                && !before[..before.len() - p.len()].ends_with(|c: char| c.is_alphanumeric())
        });
        if !by {
            return None;
        }
        let mut dm = dm.clone();
        crate::extract::resolve::resolve(&mut dm, d.published, None, &d.text[s.start..s.end]);
        dm.resolved.filter(|(a, b)| a == b).map(|(a, _)| a)
    };
    let mentions = &e.mentions[e.in_sentence(si)];
    // The figure's own window first; then a day fronted at the sentence's start
    // ("As of Tuesday, the ministry reported 11 cases and seven deaths"), which
    // dates every figure of the sentence.
    mentions
        .iter()
        .filter(|m| m.span.start >= w.start && m.span.end <= w.end)
        .find_map(day_of)
        .or_else(|| {
            mentions
                .iter()
                .filter(|m| {
                    m.span.end <= w.start
                        && d.text[m.span.end..].starts_with(',')
                        && AS_OF
                            .iter()
                            .any(|p| d.text[s.start..m.span.start].trim().eq_ignore_ascii_case(p))
                })
                .find_map(day_of)
        })
}

/// The measure and subject of the share a bare number follows as its level: the
/// share just before it in its sentence, a change ("rose 14%") joined to it by
/// " to ", with a measure of its own.
fn level_after_change(
    d: &Document,
    e: &Extraction,
    idx: usize,
    last: &Option<(usize, Vec<String>, Option<String>)>,
) -> Option<(Vec<String>, Option<String>)> {
    let m = &e.mentions[idx];
    let (sent, measure, subject) = last.as_ref()?;
    let prev = e.mentions[..idx].last()?;
    if *sent != m.sentence
        || prev.sentence != m.sentence
        || prev.span.end > m.span.start
        || measure.is_empty()
    {
        return None;
    }
    let Kind::Quantity(pq) = &prev.kind else {
        return None;
    };
    let lead = d.text[..prev.span.start].trim_end();
    let changed = lexicon::get()
        .metrics
        .changes
        .iter()
        .any(|c| ends_with_ignore_case(lead, c));
    (pq.unit == Unit::Percent && changed && &d.text[prev.span.end..m.span.start] == " to ")
        .then(|| (measure.clone(), subject.clone()))
}

/// The one day a count in figure `idx`'s clause happened on, when the clause is
/// about that day: a day fronting the sentence ("On Friday, 1,097 people crossed",
/// "On Friday alone, ...") or one after the count's verb ("1,097 people crossed on
/// Friday"). Not a day in a clause of its own ("were killed when the plane came
/// down on Wednesday").
fn happened_on(d: &Document, e: &Extraction, idx: usize, w: Span) -> Option<jiff::civil::Date> {
    let fig = e.mentions[idx].span;
    let s = e.sentences[e.mentions[idx].sentence];
    let one_day = |m: &Mention| match &m.kind {
        Kind::Date(dm) => dm.resolved.filter(|(a, b)| a == b).map(|(a, _)| a),
        _ => None,
    };
    e.mentions[e.in_sentence(e.mentions[idx].sentence)]
        .iter()
        .find_map(|m| {
            // "On" opens the sentence, or what follows a dateline's dash.
            let lead = d.text[s.start..m.span.start].trim_end();
            let fronted = m.span.end <= fig.start
                && lead.strip_suffix("On").is_some_and(|l| {
                    l.is_empty() || l.ends_with(" ") && l.trim_end().ends_with(['-', '\u{2014}'])
                })
                && (d.text[m.span.end..].starts_with(',')
                    || d.text[m.span.end..].starts_with(" alone,"));
            let after = m.span.start >= fig.end && m.span.end <= w.end && {
                let between = &d.text[fig.end..m.span.start];
                between.ends_with(" on ")
                    && !between.contains([',', ';'])
                    && !tokens(between).iter().any(|t| {
                        matches!(
                            *t,
                            "when"
                                | "after"
                                | "before"
                                | "since"
                                | "as"
                                | "while"
                                | "which"
                                | "who"
                                | "that"
                                | "and"
                        )
                    })
            };
            (fronted || after).then(|| one_day(m)).flatten()
        })
}

/// Whether a date before figure `idx` dates another figure: "from 2.2% in September,
/// Eurostat said, while core inflation held at 2.4%" — September is the 2.2%'s, which
/// it follows right after ("in", a comma), not the 2.4%'s.
fn dates_another(d: &Document, e: &Extraction, idx: usize, date: &Mention) -> bool {
    let fig = &e.mentions[idx];
    if date.span.start >= fig.span.start {
        return false;
    }
    e.mentions[e.in_sentence(fig.sentence)].iter().any(|o| {
        matches!(o.kind, Kind::Quantity(_))
            && o.span.end <= date.span.start
            && o.span.start != fig.span.start
            && matches!(
                d.text[o.span.end..date.span.start].trim(),
                "" | "in" | "on" | "for" | "," | "as of" | "at end-"
            )
    })
}

/// Countries listed from the start of `text` ("Jamaica, Haiti and the Dominican
/// Republic"), two or more, as one subject in the lexicon's names, sorted so that
/// every order of the list is the same subject: "Dominican Republic + Haiti +
/// Jamaica". `None` for one country.
fn listed_countries(d: &Document, text: &str) -> Option<String> {
    let spans = d.countries_within(text);
    if spans.first().is_none_or(|(at, _)| at.start != 0) {
        return None;
    }
    let mut names = list_run(text, &spans);
    names.sort_unstable();
    (names.len() > 1).then(|| names.join(" + "))
}

/// Does the text between two countries join them in one list: ", ", " and ", ", and
/// the ", and one lower-case word of where in each ("southern Turkey and northern
/// Syria")?
fn list_joiner(gap: &str) -> bool {
    let Some(rest) = [", and ", " and ", ", "]
        .iter()
        .find_map(|j| gap.strip_prefix(j))
    else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    rest.is_empty()
        || rest.strip_suffix(' ').is_some_and(|w| {
            !w.is_empty() && !w.contains(' ') && w.chars().all(|c| c.is_ascii_lowercase())
        })
}

/// The countries listed up to the last of `spans` ("in Turkey and Syria"), when
/// there are several, sorted and joined as [`listed_countries`] joins them.
fn listed_before(text: &str, spans: &[(std::ops::Range<usize>, &'static str)]) -> Option<String> {
    let mut k = spans.len().checked_sub(1)?;
    while k > 0 && list_joiner(&text[spans[k - 1].0.end..spans[k].0.start]) {
        k -= 1;
    }
    let mut names: Vec<&str> = spans[k..].iter().map(|(_, c)| *c).collect();
    names.sort_unstable();
    names.dedup();
    (names.len() > 1).then(|| names.join(" + "))
}

/// The first country of `spans` and those listed after it in `text`, each with only
/// a list's joiner before it (", ", " and ", ", and the "), once each, in order.
pub(super) fn list_run(
    text: &str,
    spans: &[(std::ops::Range<usize>, &'static str)],
) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    let mut end = None;
    for (at, c) in spans {
        if let Some(e) = end
            && !list_joiner(&text[e..at.start])
        {
            break;
        }
        if !names.contains(c) {
            names.push(c);
        }
        end = Some(at.end);
    }
    names
}

/// A region its clause tells a toll in, past the few words a place by the figure may
/// stand in: "seven deaths had been linked to the storm in the Caribbean" is the
/// Caribbean's toll, not that of the country an earlier sentence named. A country
/// there is left to the country checks, which read it where it stands.
fn region_after(d: &Document, after: &str) -> Option<String> {
    let end = after.find([',', ';', ':', '(']).unwrap_or(after.len());
    let clause = &after[..end];
    let (_, region) = ["in the", "across the", "across"]
        .iter()
        .filter_map(|p| {
            let at = super::find_phrase(clause, p)?;
            let rest = clause[at + p.len()..].strip_prefix(' ')?;
            Some((at, capitalised_run(rest)?.0))
        })
        .min()?;
    d.countries_within(&region).is_empty().then_some(region)
}

/// "An earthquake struck Myanmar on Friday. The death toll rose to 1,644": a toll
/// with no country of its own is that of the one country the sentence before names.
fn previous_country(d: &Document, e: &Extraction, sentence: usize) -> Option<String> {
    let s = e.sentences.get(sentence.checked_sub(1)?)?;
    // "the U.S. Geological Survey said" names who reported, not where; "a British
    // national" a person's country.
    let found: Vec<(usize, &str)> = d
        .countries_within(&d.text[s.start..s.end])
        .into_iter()
        .filter(|(at, c)| {
            let rest = &d.text[s.start + at.end..s.end];
            !in_organisation(&d.text[..s.start + at.start])
                && !lexicon::seat_as_place(&d.text[s.start..s.end], at.start)
                && !names_organisation(rest)
                && !person_of(rest)
                && !attacking(rest)
                && !attacker(rest)
                && !reporting(c, rest)
        })
        .map(|(at, c)| (at.start, c))
        .collect();
    one_country(&found)
}

/// Does a seat written as a place stand where the story happens ("Organisers in
/// Paris said"), by the word before it?
fn in_seat(before: &str) -> bool {
    let prev = before.trim_end().rsplit(' ').next().unwrap_or("");
    matches!(
        prev.to_ascii_lowercase().as_str(),
        "in" | "at" | "near" | "outside"
    )
}

/// Does a demonym name a person's country, by the noun after it ("a British
/// national", "two Thai tourists")?
fn person_of(rest: &str) -> bool {
    [" national", " citizen", " tourist", " passenger"]
        .iter()
        .any(|p| rest.starts_with(p))
}

/// The country of a list of countries found, when they are all the same one.
fn one_country(found: &[(usize, &str)]) -> Option<String> {
    let first = found.first()?.1;
    found
        .iter()
        .all(|(_, c)| *c == first)
        .then(|| first.to_string())
}

/// The one country a document names, if it names exactly one (the dateline's city
/// aside, which names none).
pub(super) fn only_country_of(d: &Document) -> Option<String> {
    let found = named_countries(d);
    // "the 20 countries that use the euro", "the euro zone" in lower case: Europe's
    // figures, as the capitalised "Euro zone" of countries.yaml is.
    if found.is_empty()
        && ["use the euro", "euro zone", "eurozone", "euro area"]
            .iter()
            .any(|p| super::find_phrase(&d.text, p).is_some())
    {
        return Some("European Union".to_string());
    }
    only_country_among(d, &found)
}

/// The one state a document names, bodies with no seat of government left out: a
/// quake struck Afghanistan, whatever "The United Nations said" after it.
fn only_state_of(d: &Document) -> Option<String> {
    let states: Vec<(usize, &'static str)> = named_countries(d)
        .into_iter()
        .filter(|(_, c)| is_state(c))
        .collect();
    only_country_among(d, &states)
}

/// Has the country of this canonical name a seat of government? "UN" and "ECB" are
/// bodies the country lexicon holds beside the states.
fn is_state(name: &str) -> bool {
    lexicon::get()
        .countries
        .countries
        .iter()
        .any(|x| x.name == name && !x.seats.is_empty())
}

/// [`only_country_of`], given the countries the document names.
fn only_country_among(d: &Document, found: &[(usize, &'static str)]) -> Option<String> {
    // A body that names no country is about the one its title names, if one.
    if found.is_empty()
        && let Some(title) = &d.title
    {
        return one_country(&lexicon::countries_in(title));
    }
    // A body that names several is about the one its title names, when the title
    // names one: "Honduras election too close to call" over a body that also names
    // the United States.
    one_country(found).or_else(|| {
        let title = one_country(&lexicon::countries_in(headline(d)?))?;
        found.iter().any(|(_, c)| *c == title).then_some(title)
    })
}

/// The countries a document names, in order, but for a dateline's city and an
/// organisation's name ("the Bank of Japan").
fn named_countries(d: &Document) -> Vec<(usize, &'static str)> {
    // A dateline's city in capitals ("FRANKFURT, June 6 -") says where the
    // reporter was, not what the story is about.
    let capitals = |at: usize, c: &str| {
        let word = d.text[at..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        // "UK" and "UAE" are how a body writes its country, not a dateline's city;
        // "UN" and "ECB" are bodies (no seat of government), no story's country.
        let country_initials = word.len() <= 3 && is_state(c);
        word.chars().count() > 1 && !word.chars().any(char::is_lowercase) && !country_initials
    };
    d.countries_within(&d.text)
        .into_iter()
        .filter(|(at, c)| {
            !capitals(at.start, c)
                && !in_organisation(&d.text[..at.start])
                && !names_organisation(&d.text[at.end..])
                // "bound for London", "a British national": a place gone to or from
                // and a person's country, not the story's ("in Paris" still is).
                && (!lexicon::seat_as_place(&d.text, at.start) || in_seat(&d.text[..at.start]))
                && !lexicon::another_city(&d.text[at.end..])
                && !person_of(&d.text[at.end..])
                && !d
                    .dateline_span
                    .is_some_and(|ds| ds.start <= at.start && at.start < ds.end)
                // "Russian missiles hit Ternopil" names the attacker, not the story's
                // country: the dead and the officials are the dateline's.
                && !attacking(&d.text[at.end..])
                && !attacker(&d.text[at.end..])
        })
        // "the European Central Bank's target" tells of the economy it serves.
        .map(|(at, c)| (at.start, super::policy::country_of_bank(c).unwrap_or(c)))
        .collect()
}

/// The country a document is mostly about: the one it names, the one its dateline
/// places, else the one it names most often (the first of a tie).
pub(super) fn lead_country_of(d: &Document) -> Option<String> {
    let found = named_countries(d);
    if let Some(only) = only_country_among(d, &found) {
        return Some(only);
    }
    if let Some(filed) = dateline_country(&d.text) {
        return Some(filed);
    }
    let count = |c: &str| found.iter().filter(|(_, x)| *x == c).count();
    let mut best: Option<(&str, usize)> = None;
    for (_, c) in &found {
        let n = count(c);
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((c, n));
        }
    }
    best.map(|(c, _)| c.to_string())
        .or_else(|| agency_country(d))
}

/// The country whose statistics office or central bank a document that names no
/// country cites ("the Bureau of Labor Statistics said"), when it cites one
/// country's only. Names are matched as written: "the fed" is no Fed.
fn agency_country(d: &Document) -> Option<String> {
    static NAMES: OnceLock<(super::Phrases, Vec<(&'static str, &'static str)>)> = OnceLock::new();
    let (phrases, of) = NAMES.get_or_init(|| {
        let lex = &lexicon::get().metrics;
        let agencies = lex
            .agencies
            .iter()
            .flat_map(|(c, ns)| ns.iter().map(move |n| (n.as_str(), c.as_str())));
        let banks = lex.central_banks.values().flat_map(|b| {
            b.names
                .iter()
                .map(move |n| (n.as_str(), b.country.as_str()))
        });
        let of: Vec<(&str, &str)> = agencies.chain(banks).collect();
        let names: Vec<&str> = of.iter().map(|(n, _)| *n).collect();
        (super::Phrases::new(&names), of)
    });
    let mut found = phrases
        .matches(&d.text)
        .filter(|&(at, p)| d.text[at..].starts_with(of[p].0))
        .map(|(_, p)| of[p].1);
    let first = found.next()?;
    found.all(|c| c == first).then(|| first.to_string())
}

/// Where a document that names no country at all, body or title, was filed: the
/// country whose capital its dateline names ("NEW DELHI -"). A story that names no
/// other place is about where it was filed.
pub(super) fn filed_from(d: &Document) -> Option<String> {
    let named = |t: &str| !lexicon::countries_in(t).is_empty();
    // "Russian missiles hit Ternopil" names only the attacker: the story is still
    // where it was filed.
    let in_body = d
        .countries_within(&d.text)
        .iter()
        .any(|(at, _)| !attacking(&d.text[at.end..]) && !attacker(&d.text[at.end..]));
    if in_body || d.title.as_deref().is_some_and(named) {
        return None;
    }
    dateline_country(&d.text).or_else(|| agency_country(d))
}

/// The country a dateline's place in capitals names ("NEW DELHI -", "SEOUL, Oct
/// 30 -"), in the first lines of a text.
fn dateline_country(text: &str) -> Option<String> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .take(3)
        .find_map(|line| {
            let end = line
                .find([',', '(', '\u{2014}', '\u{2013}'])
                .into_iter()
                .chain(line.find(" -"))
                .min()?;
            let place = line[..end].trim();
            let letters = place.chars().filter(|c| c.is_alphabetic()).count();
            if letters < 3 || place.chars().any(char::is_lowercase) {
                return None;
            }
            lexicon::get()
                .country(&lexicon::title_case(place))
                .map(str::to_string)
        })
}

/// The document's title, or for plain text its headline: a first line of its own,
/// with no full stop at its end.
fn headline(d: &Document) -> Option<&str> {
    if let Some(t) = &d.title {
        return Some(t);
    }
    // A first line set apart by a blank line, or short and with no sentence's end: a
    // plain-text article often puts its headline right above the body.
    let (first, rest) = d.text.split_once('\n')?;
    let first = first.trim_end();
    let short = first.split_whitespace().count() <= 16
        && !first.ends_with(['.', '!', '?', '"', '\u{201d}', ':']);
    ((rest.starts_with('\n') || short) && !first.ends_with('.') && first.len() < 200)
        .then_some(first)
}

/// The country a measure falls on, named after "on" or "against" in the clause after
/// its figure: "tariff on all imports from the United States", "duties against China".
fn falls_on(after: &str) -> Option<String> {
    let clause = &after[..after.find([',', ';']).unwrap_or(after.len())];
    let at = [" on ", " against "]
        .iter()
        .filter_map(|w| memchr::memmem::find(clause.as_bytes(), w.as_bytes()))
        .min()?;
    // The country must come within a few words: "on imports from", not a clause on.
    let near = &clause[at..];
    let near = &near[..near.char_indices().nth(48).map_or(near.len(), |(i, _)| i)];
    lexicon::countries_in(near)
        .first()
        .map(|(_, c)| c.to_string())
}

/// The text before a figure that may name its country: from a contrast ("while",
/// "whereas") on, when the clause there names its own subject ("The Bank of Japan
/// holds its rate at 0.5%, while the Fed's benchmark stays at 4.5%": the Fed's is no
/// Japanese rate); the whole of it otherwise ("In Japan, prices rose 3%, while wages
/// rose 2%").
pub(super) fn own_clause(before: &str) -> &str {
    let Some(at) = after_last(
        before,
        &[", while ", ", whereas ", "; while ", "; whereas "],
    ) else {
        return before;
    };
    let clause = &before[at..];
    let first = clause
        .strip_prefix("the ")
        .unwrap_or(clause)
        .split(' ')
        .next()
        .unwrap_or("");
    if first.starts_with(|c: char| c.is_uppercase()) {
        clause
    } else {
        before
    }
}

/// Whether a share is of the infected who die, however it is worded: "a case
/// fatality rate of 88%", "a mortality rate of 50%", "kills up to 50% of those
/// infected", "is fatal in up to 88% of cases". Outbreak reports give it each way.
fn fatality_share(before: &str, measure: &[String]) -> bool {
    let has = |w: &str| measure.iter().any(|m| m == w);
    if has("fatality") || has("mortality") || (has("death") && has("rate")) {
        return true;
    }
    let clause = &before[clause_start(before)..];
    (has("infected") || has("case") || has("patient"))
        && [
            "kills", "kill", "killed", "fatal in", "fatal to", "dies", "die",
        ]
        .iter()
        .any(|v| super::find_phrase(clause, v).is_some())
}

/// The disease a text names first (events.yaml `diseases`), by its key's name.
fn disease_of(text: &str) -> Option<String> {
    static SET: std::sync::OnceLock<(super::Phrases, Vec<&'static str>)> =
        std::sync::OnceLock::new();
    let (phrases, names) = SET.get_or_init(|| {
        let (mut said, mut names) = (Vec::new(), Vec::new());
        for (name, aliases) in &lexicon::get().events.diseases {
            for a in aliases {
                said.push(a.as_str());
                names.push(name.as_str());
            }
        }
        (super::Phrases::new(&said), names)
    });
    phrases
        .matches(text)
        .min_by_key(|(at, _)| *at)
        .map(|(_, p)| names[p].to_string())
}

/// Whether a share is of a runoff's vote: its clause (up to the first comma after
/// it) names the runoff (or a second round) and no first round, and not as one to
/// come or of another year ("setting up a runoff", "who lost the 2021 runoff").
fn runoff_share(before: &str, after: &str) -> bool {
    let lead = &before[clause_start(before)..];
    let tail = &after[..after.find([',', ';']).unwrap_or(after.len())];
    let named = |p: &str| {
        let mut at = None;
        for t in [lead, tail] {
            let mut from = 0;
            while let Some(k) = super::find_phrase(&t[from..], p) {
                at = Some((t, from + k));
                from += k + p.len();
            }
        }
        at
    };
    let first = ["first round", "first-round", "first ballot"]
        .iter()
        .any(|p| named(p).is_some());
    let runoff = [
        "runoff",
        "run-off",
        "second round",
        "second-round",
        "ballotage",
    ]
    .iter()
    .filter_map(|p| named(p))
    .any(|(t, at)| {
        let words: Vec<&str> = t[..at].split_whitespace().rev().take(3).collect();
        !words.iter().any(|w| {
            let w = w.to_ascii_lowercase();
            w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    w.as_str(),
                    "will"
                        | "setting"
                        | "set"
                        | "face"
                        | "faces"
                        | "facing"
                        | "head"
                        | "heads"
                        | "headed"
                        | "forced"
                        | "forcing"
                        | "force"
                        | "upcoming"
                        | "next"
                        | "into"
                        | "likely"
                        | "possible"
                        | "expected"
                )
        })
    });
    runoff && !first
}

/// Whether a country named right after `before` is part of an organisation's name
/// ("the Bank of Japan", "the Reserve Bank of India"): a capitalised word, then "of".
/// Such a name says nothing of what country the story is about.
fn in_organisation(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(" of ") else {
        return false;
    };
    rest.rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && !NOT_ACTORS.contains(&w))
}

/// Last words of an organisation a country's name can start, which report on a story
/// without being what it is about.
pub(super) const REPORTERS: &[&str] = &[
    "Survey",
    "Agency",
    "Bureau",
    "Institute",
    "Service",
    "Daily",
    "Times",
    "Post",
    "News",
    "Embassy",
    "Center",
    "Centre",
];

/// Whether a country's name, ending where `after` starts, begins the name of an
/// organisation that reports: "the U.S. Geological Survey", "the Japan
/// Meteorological Agency" (not "Chilean President Gabriel Boric").
fn names_organisation(after: &str) -> bool {
    after
        .split_whitespace()
        .take(3)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .any(|w| REPORTERS.contains(&w))
}

/// Who a count of people on board counts, by the counted noun.
const ON_BOARD: &[(&str, &str)] = &[
    ("passenger", "passengers"),
    ("passengers", "passengers"),
    ("crew", "crew"),
    ("crew member", "crew"),
    ("crew members", "crew"),
    ("crewmember", "crew"),
    ("crewmembers", "crew"),
    ("people", "people"),
    ("person", "people"),
    ("persons", "people"),
];

/// Words that carry people: any of them before a count in its clause, or "on board"
/// just after it, makes the count a manifest's.
const CARRYING: &[&str] = &["carrying", "carried", "on board", "aboard", "onboard"];

/// Vehicles: after one, "with" and "had" carry people too ("The flight had left
/// Bangkok with 175 passengers").
const VEHICLES: &[&str] = &[
    "flight",
    "plane",
    "jet",
    "aircraft",
    "airliner",
    "ferry",
    "ship",
    "boat",
    "vessel",
    "bus",
    "train",
    "helicopter",
    "tanker",
];

/// Stems of words that make a count of people one of what befell them ("killing all
/// 179 people on board", "the dead included 175 passengers"), not of the manifest.
const BEFELL: &[&str] = &[
    "kill",
    "dead",
    "die",
    "injur",
    "rescu",
    "surviv",
    "miss",
    "includ",
    "among",
    "evacuat",
    "drown",
    "hurt",
    "wound",
    "pulled",
    "recovered",
];

/// Whom a count of people on board counts ("passengers", "crew", "people"), when its
/// clause says they were carried: "a ferry carrying 65 people", "53 passengers and
/// 12 crew", "242 people on board", "the flight had left Bangkok with 175
/// passengers". A part ("179 of the 181 people") and what befell them are not.
fn on_board(d: &Document, s: Span, m: &Mention, noun: &str) -> Option<&'static str> {
    let who = ON_BOARD.iter().find(|(n, _)| *n == noun)?.1;
    let said = &d.text[m.span.start..m.span.end];
    if super::find_phrase(said, "of").is_some() {
        return None;
    }
    let before = &d.text[s.start..m.span.start];
    // "179 people on board died": what befell them, said after.
    let befell_after = d.text[m.span.end..s.end]
        .split([',', ';'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(6)
        .any(|w| {
            let w = w.to_ascii_lowercase();
            BEFELL.iter().any(|b| w.starts_with(b))
        });
    if befell_after
        || count_predicate(before, &d.text[m.span.end..s.end])
            .is_some_and(|p| !matches!(p.as_str(), "carried" | "carrying"))
    {
        return None;
    }
    let clause = &before[before.rfind([',', ';']).map_or(0, |p| p + 1)..];
    // The last few words only: "searched for 30 people missing after a ferry
    // carrying 65 people" is the ferry's manifest.
    let befell = clause.split_whitespace().rev().take(4).any(|w| {
        let w = w.to_ascii_lowercase();
        BEFELL.iter().any(|b| w.starts_with(b))
    });
    if befell {
        return None;
    }
    // After it, to the end of its clause and a few words: "53 passengers and 12 crew
    // members on board".
    let after = &d.text[m.span.end..];
    let near_after = &after[..after.char_indices().nth(40).map_or(after.len(), |(i, _)| i)];
    let near_after = &near_after[..near_after.find([',', ';', '.']).unwrap_or(near_after.len())];
    let carried = CARRYING
        .iter()
        .any(|c| super::find_phrase(clause, c).is_some())
        || ["on board", "aboard", "onboard"]
            .iter()
            .any(|c| super::find_phrase(near_after, c).is_some())
        || (["with", "had"]
            .iter()
            .any(|c| super::find_phrase(clause, c).is_some())
            && VEHICLES
                .iter()
                .any(|v| super::find_phrase(before, v).is_some()));
    carried.then_some(who)
}

/// Verbs of an economy's growth, after "economy" in the figure's clause (or one of
/// [`SHRANK`]).
const GROWTH_VERBS: &[&str] = &[
    "grew", "grow", "grows", "growing", "expanded", "expand", "expands",
];

/// Words that name no measure of their own beside "growth": "its forecast for
/// growth this year".
const GROWTH_LOOSE: &[&str] = &[
    "year",
    "this",
    "next",
    "last",
    "growth",
    "forecast",
    "outlook",
    "projection",
    "economic",
    "annual",
];

/// What grows when "growth" is not an economy's: "wage growth", "sales growth".
const GROWTH_OF: &[&str] = &[
    "revenue",
    "revenues",
    "sales",
    "wage",
    "wages",
    "earnings",
    "profit",
    "profits",
    "population",
    "job",
    "jobs",
    "payroll",
    "payrolls",
    "price",
    "prices",
    "loan",
    "loans",
    "credit",
    "subscriber",
    "user",
    "users",
    "volume",
    "dividend",
    "productivity",
    "export",
    "exports",
    "import",
    "imports",
    "rent",
    "rents",
    "membership",
    "traffic",
    "ridership",
    "money",
    "deposit",
    "deposits",
    "spending",
    "demand",
    "order",
    "orders",
    "store",
];

/// Does the clause before a share name the growth of an economy by its noun: "raised
/// its growth forecast for 2025 to", "forecast growth of", "its forecast for growth
/// this year to"? Not "wage growth", nor "growth in exports".
fn growth_named(before: &str) -> bool {
    // Most clauses name no growth: one byte search says so first.
    if memchr::memmem::find(before.as_bytes(), b"growth").is_none() {
        return false;
    }
    let clause = &before[clause_start(before)..];
    let clause = &clause[clause.rfind([',', ';']).map_or(0, |c| c + 1)..];
    let Some(at) = super::find_phrase(clause, "growth") else {
        return false;
    };
    let prev = clause[..at]
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut next = clause[at + "growth".len()..].split_whitespace();
    let what_in = (next.next() == Some("in"))
        .then(|| next.next())
        .flatten()
        .is_some_and(|w| {
            w.starts_with(|c: char| c.is_lowercase())
                && !["the", "this", "next", "last", "each", "its", "their"].contains(&w)
        });
    clause.len() - at <= 60 && !GROWTH_OF.contains(&prev.as_str()) && !what_in
}

/// Does a text tell of an economy: its output, its forecasters?
fn economic_story(text: &str) -> bool {
    [
        "economy",
        "economic",
        "economists",
        "GDP",
        "gross domestic product",
        "IMF",
        "International Monetary Fund",
        "OECD",
        "World Bank",
        "OBR",
        "Office for Budget Responsibility",
        "central bank",
    ]
    .iter()
    .any(|w| super::find_phrase(text, w).is_some())
}

/// Does `before` end with an economy that grew or shrank, in one clause and a few
/// words: "Germany's economy contracted by ", "the economy grew "? "the world's
/// second-largest economy, where prices rose " is no growth.
fn economy_grew(before: &str) -> bool {
    let Some(at) = before.rfind("economy") else {
        return false;
    };
    let rest = &before[at + "economy".len()..];
    rest.len() <= 40
        && !rest.contains([',', ';'])
        && rest
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .any(|w| GROWTH_VERBS.contains(&w.as_str()) || SHRANK.contains(&w.as_str()))
}

/// The quarter a clause names: "in the second quarter", "second-quarter", "Q2",
/// "the April-June quarter".
fn quarter_named(clause: &str) -> Option<i32> {
    const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];
    const SPANS: [&str; 4] = [
        "january-march",
        "april-june",
        "july-september",
        "october-december",
    ];
    let lower = clause.to_ascii_lowercase();
    (1..=4).find(|&n| {
        let k = (n - 1) as usize;
        let ord = ORDINALS[k];
        super::find_phrase(&lower, &format!("{ord} quarter")).is_some()
            || super::find_phrase(&lower, &format!("{ord}-quarter")).is_some()
            || super::find_phrase(&lower, &format!("q{n}")).is_some()
            || lower.contains(SPANS[k])
    })
}

/// A year written in a clause ("in the second quarter of 2025").
fn year_named(clause: &str) -> Option<i16> {
    clause
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i16>().ok())
        .find(|y| (1900..=2100).contains(y))
}

/// What a growth figure is measured against: the year before ("from a year
/// earlier", "year on year", "on an annual basis"), or the quarter before at an
/// annual rate ("annualized"). The quarter before, plainly, is said by no mark.
fn growth_basis(clause: &str) -> Option<&'static str> {
    const ANNUALIZED: &[&str] = &["annualized", "annualised", "annual rate", "annualized rate"];
    const YEAR_ON_YEAR: &[&str] = &[
        "year on year",
        "year-on-year",
        "a year earlier",
        "a year ago",
        "a year before",
        "same quarter",
        "same period",
        "annual basis",
        "from last year",
        "y/y",
    ];
    let found = |ws: &[&str]| ws.iter().any(|w| super::find_phrase(clause, w).is_some());
    if found(ANNUALIZED) {
        Some("annualized")
    } else if found(YEAR_ON_YEAR) {
        Some("year on year")
    } else {
        None
    }
}

/// "the highest since reunification in 1990": "since" a few words before a date makes
/// it a point of comparison too.
fn since_nearby(before: &str) -> bool {
    before
        .rsplit(' ')
        .filter(|w| !w.is_empty())
        .take(4)
        .take_while(|w| !w.ends_with([',', ';']))
        .any(|w| w.eq_ignore_ascii_case("since"))
}

pub fn key(doc: usize, d: &Document, e: &Extraction, out: &mut Vec<Claim>, keyed: &[bool]) {
    let only_country: std::cell::OnceCell<Option<String>> = std::cell::OnceCell::new();
    let only_event: std::cell::OnceCell<Option<String>> = std::cell::OnceCell::new();
    let last_told: std::cell::OnceCell<Option<jiff::civil::Date>> = std::cell::OnceCell::new();
    let filed: std::cell::OnceCell<Option<String>> = std::cell::OnceCell::new();
    let mut last_measure: Option<(usize, Vec<String>, Option<String>)> = None;
    // The sentence and casualty of the last toll keyed, for the parts of it a
    // sentence breaks down by place ("including 30 in Haiti").
    let mut last_toll: Option<(usize, &'static str)> = None;
    for (i, m) in e.mentions.iter().enumerate() {
        let Kind::Quantity(q) = &m.kind else { continue };
        let s = e.sentences[m.sentence];
        // "The death toll from the floods rose to 205": a bare number that is a toll
        // counts the dead, as "205 people died" does.
        // "rose to 1,644 people" is the same toll with its noun written.
        let people = matches!(&q.unit, Unit::Count(n) if n == "people")
            && q.noun.as_deref() == Some("people");
        // "Kandy district recorded 88 deaths": the dead, whatever verb tells of them.
        let deaths = matches!(&q.unit, Unit::Count(n) if n == "deaths" || n == "fatalities");
        let casualty = ((q.unit == Unit::Number || people || deaths)
            && !keyed[i]
            && q.value.fract() == 0.0)
            .then(|| {
                if deaths {
                    return Some("died");
                }
                let (before, after) = (&d.text[s.start..m.span.start], &d.text[m.span.end..s.end]);
                if death_toll(before) || !people && died_after(after) {
                    Some("died")
                } else if people {
                    // "rose to 270, including 29 people on the ground".
                    ends_with_ignore_case(before.trim_end(), "including")
                        .then(|| toll_part(before, after, m.sentence, last_toll))
                        .flatten()
                } else {
                    hurt_bare(before, after)
                        .or_else(|| toll_part(before, after, m.sentence, last_toll))
                }
            })
            .flatten();
        let toll = casualty.is_some();
        // "was sentenced to 25 years": a prison term, the person's the sentence
        // starts with.
        let term = matches!(q.unit, Unit::Time(_))
            .then(|| {
                prison_term(d, s.start, m.span.start)
                    .or_else(|| term_before_noun(d, s.start, m.span, s.end))
            })
            .flatten();
        if let Some(who) = term
            && !keyed[i]
        {
            // "50 months" and "four years and two months" are one term: months are
            // keyed as the years they make, so the two meet.
            let years = (q.unit == Unit::Time("month".into())).then(|| Quantity {
                value: q.value / 12.0,
                low: q.low / 12.0,
                high: q.high / 12.0,
                step: q.step / 12.0,
                unit: Unit::Time("year".into()),
                ..q.clone()
            });
            let q = years.as_ref().unwrap_or(q);
            let unit = q.unit.label().unwrap_or_default();
            out.push(super::figure(
                doc,
                m,
                q,
                format!("{who} | sentence | {unit}"),
                format!("{who} sentence"),
            ));
            continue;
        }
        // "a magnitude 6.3 earthquake", "a 6.0-magnitude quake": the quake's magnitude.
        let quake = (!keyed[i] && matches!(q.unit, Unit::Number | Unit::Count(_)))
            .then(|| {
                magnitude_of(
                    &d.text[s.start..m.span.start],
                    &d.text[m.span.end..s.end],
                    q.noun.as_deref(),
                )
            })
            .flatten();
        // "Asylum claims rose 14% to 111,084": a bare number a change ends at is the
        // level of what changed, counted as it is.
        let level_of = (q.unit == Unit::Number && !toll && quake.is_none())
            .then(|| level_after_change(d, e, i, &last_measure))
            .flatten();
        if keyed[i]
            || m.conversion_of.is_some()
            || (matches!(q.unit, Unit::Number | Unit::Time(_))
                && !toll
                && quake.is_none()
                && level_of.is_none())
        {
            continue;
        }
        // "a ferry carrying 53 passengers and 12 crew": who was on board, a figure
        // of the vessel that no later report changes.
        if let Unit::Count(noun) = &q.unit
            && let Some(who) = on_board(d, s, m, q.noun.as_deref().unwrap_or(noun))
        {
            // A craft is its story's country's, else its dateline's; a story that
            // names neither ("LOUISVILLE - A UPS cargo plane crashed") has one craft.
            let country = only_country
                .get_or_init(|| only_country_of(d))
                .clone()
                .or_else(|| one_country(&d.countries_at(&d.text[s.start..s.end])))
                .or_else(|| filed.get_or_init(|| filed_from(d)).clone())
                .unwrap_or_else(|| "-".to_string());
            out.push(super::figure(
                doc,
                m,
                q,
                format!("{country} | on board | {who} | count"),
                format!("{country} {who} on board"),
            ));
            continue;
        }
        // "a magnitude 7.8 earthquake": a singular noun after a figure other than one
        // names what the figure measures, not what it counts.
        if quake.is_none()
            && matches!(q.unit, Unit::Count(_))
            && q.low != 1.0
            && !q.noun.as_deref().unwrap_or("").split([' ', '-']).any(|w| {
                w.ends_with('s')
                    || PLURALS.contains(&w)
                    || crate::extract::quantity::is_unit_of_measure(w)
            })
        {
            continue;
        }
        let after = &d.text[m.span.end..s.end];
        let before = &d.text[s.start..m.span.start];
        // "Five things to know", "3 takeaways": the count of an article's own list.
        if matches!(&q.unit, Unit::Count(n) if LISTS.contains(&n.as_str())) {
            continue;
        }
        let mut tally = false;
        let mut reading_named = false;
        // A company's measure named before a share ("Data center revenue rose 56%").
        let mut company = false;
        let (mut measure, mut subject) = match &q.unit {
            _ if quake.is_some() => {
                reading_named = true;
                let event = quake.unwrap_or_default().to_string();
                let mut measure = vec!["magnitude".to_string(), event];
                // Two quakes of one day ("A second quake of magnitude 7.5 struck
                // around midday") are told apart by the words the sentence has for
                // which one and when.
                let sentence = &d.text[s.start..s.end];
                // Not inside a compound: "the country's second-largest city" names
                // no second quake.
                let said = |w: &&&str| {
                    let mut from = 0;
                    while let Some(at) = super::find_phrase(&sentence[from..], w) {
                        let end = from + at + w.len();
                        if !sentence[end..].starts_with('-') {
                            return true;
                        }
                        from = end;
                    }
                    false
                };
                let which: Vec<String> = QUAKE_WHICH
                    .iter()
                    .filter(said)
                    .map(|w| w.to_string())
                    .collect();
                if !which.is_empty() {
                    measure.extend(which);
                    measure.extend(QUAKE_WHEN.iter().filter(said).map(|w| w.to_string()));
                }
                (measure, None)
            }
            _ if toll => {
                tally = true;
                let what = casualty.unwrap_or("died").to_string();
                (vec!["people".to_string(), what], None)
            }
            Unit::Count(_) => {
                // What happened to the counted: "killed 3,000 people", "3,000 people
                // were evacuated". Without it "people" would join every count of people.
                let mut m = content(&tokens(q.noun.as_deref().unwrap_or(""))).0;
                // "Portugal recorded 46.6C": a reading, no tally of anything.
                let reading = matches!(&q.unit, Unit::Count(n) if crate::extract::quantity::is_unit_of_measure(n));
                // An area is a reading, but the area a fire burned is a tally of it.
                let predicate = count_predicate(before, after)
                    .filter(|p| !reading || p == "burned")
                    .or_else(|| fire_grew(before, &q.unit).then(|| "burned".to_string()));
                // A margin is a gap between two sides, not a tally of one: it takes a
                // subject as any count does, or is not keyed.
                tally = predicate.as_deref().is_some_and(|p| p != "margin");
                // "560,000 villagers were displaced" and "560,000 people displaced"
                // tally the same people.
                if tally {
                    // "killed 2,205 people and injured 3,460 others": others hurt,
                    // dead or missing are people.
                    let befell = predicate
                        .as_deref()
                        .is_some_and(|p| p == "died" || COUNT_STATES.contains(&p));
                    let arrest = predicate.as_deref() == Some("arrested");
                    for w in m.iter_mut() {
                        // "detained 485 protesters" arrested 485 people.
                        let people = PEOPLE_WORDS.contains(&w.as_str())
                            || befell && w == "other"
                            || arrest && CROWD_NOUNS.contains(&w.as_str());
                        if people {
                            *w = "people".to_string();
                        }
                    }
                    m.dedup();
                }
                m.extend(predicate);
                // A reading is of what the words before it name: "sustained winds of
                // 150 km/h" is the winds' speed, whatever clause it stands in.
                if reading {
                    let of = reading_of(before);
                    reading_named = !of.is_empty();
                    m.extend(of);
                }
                (m, None)
            }
            _ => measure_after(after),
        };
        if measure.is_empty() {
            measure = measure_before(before);
        }
        if let Some((what, whose)) = level_of {
            (measure, subject) = (what, whose);
        }
        // "Germany's economy contracted by 0.1%": the economy's growth is its GDP's,
        // whatever words follow ("grew by 0.2% last year").
        if q.unit == Unit::Percent
            && (economy_grew(before)
                || measure.iter().all(|w| GROWTH_LOOSE.contains(&w.as_str()))
                    && growth_named(before)
                    && economic_story(&d.text))
        {
            measure = vec!["gdp".to_string()];
        }
        // "Spolu got 23.4%", "STAN came third with 11.2%": in an election story, a
        // share a party won is its share of the vote.
        let given_to = (q.unit == Unit::Percent)
            .then(|| share_for(after))
            .flatten();
        if (measure.is_empty() || given_to.is_some())
            && q.unit == Unit::Percent
            && (won_share(before, &d.text, d.title.as_deref())
                || given_to.is_some() && election_story(&d.text, d.title.as_deref()))
        {
            measure = vec!["vote".to_string()];
        }
        // "40.2% of votes counted on Wednesday against": the share of the vote, what
        // else the words after it say.
        if q.unit == Unit::Percent && measure.iter().any(|w| w == "vote") {
            measure = vec!["vote".to_string()];
        }
        // A share after a measure the lexicon names, with no other share between,
        // is that measure's, whatever noun stands nearer: "Inflation in the countries
        // that use the euro rose to 2.6%" is inflation, not the euro. A share with no
        // noun of its own stays unkeyed (its measure is a guess), but for a rate of
        // the economy named just before it.
        if q.unit == Unit::Percent
            && !measure.iter().any(|w| ESTIMATES.contains(&w.as_str()))
            && let Some((at, named)) = super::metric::last_named(before)
            // With no noun of its own, only an economy's rate right before it in the
            // same clause: "The jobless rate ticked up to 4.2%".
            && (!measure.is_empty()
                || (RATES.contains(&named)
                    && before.len() - at <= 40
                    && !before[at..].contains([',', ';'])))
            && !e.mentions[e.in_sentence(m.sentence).start..i]
                .iter()
                .any(|o| {
                    o.span.start >= s.start + at
                        && matches!(&o.kind, Kind::Quantity(oq) if oq.unit == Unit::Percent)
                })
        {
            // "inflation fell below its 2% target": the measure's target, not its level.
            // "The fiscal deficit target is 4.4%" too.
            let target = measure
                .iter()
                .map(String::as_str)
                .chain(before[at..].split(' '))
                .find(|w| TARGETS.contains(w))
                .map(str::to_string);
            measure = named.split(' ').map(str::to_string).collect();
            measure.extend(target);
            company = COMPANY_MEASURES.contains(&named);
        }
        // "America's trade gap grew to $78.9 billion": an amount right after an
        // economy's measure, in its clause and with no other amount between, is that
        // measure's however it is worded ("trade gap", "trade deficit").
        if matches!(q.unit, Unit::Money(_))
            && let Some((at, named)) = super::metric::last_named(before)
            && RATES.contains(&named)
            && before.len() - at <= 60
            && !before[at..].contains([',', ';'])
            && !e.mentions[e.in_sentence(m.sentence).start..i]
                .iter()
                .any(|o| {
                    o.span.start >= s.start + at
                        && matches!(&o.kind, Kind::Quantity(oq) if matches!(oq.unit, Unit::Money(_)))
                })
        {
            measure = named.split(' ').map(str::to_string).collect();
        }
        // "down from over 80% in 2009": the earlier figure of the same measure.
        if measure.is_empty()
            && ["down from", "up from", "from", "compared with"]
                .iter()
                .any(|p| ends_with_ignore_case(before.trim_end(), p))
            && let Some((sent, prev, subj)) = &last_measure
            && *sent == m.sentence
        {
            measure = prev.clone();
            subject = subject.or(subj.clone());
        }
        // "lifted its forecast for growth this year to 1.5% and cut next year's to
        // 1.2%": a time's possessive with no noun of its own is the same measure's.
        if !measure.is_empty()
            && measure
                .iter()
                .all(|w| matches!(w.as_str(), "next" | "this" | "last" | "year" | "year's"))
            && let Some((sent, prev, subj)) = &last_measure
            && *sent == m.sentence
        {
            measure = prev.clone();
            subject = subject.or(subj.clone());
        }
        // "received 118,000 asylum applications in the year to June, up 18%": a
        // change set after a comma is the change of the count or amount before it,
        // when that has a subject ("Tesla delivered 495,570 vehicles, up 2.3%" keys
        // none, and BYD's rise would meet it).
        if q.unit == Unit::Percent
            && let Some((sent, prev, subj @ Some(_))) = &last_measure
            && *sent == m.sentence
            && !prev.is_empty()
            && [", up", ", down"]
                .iter()
                .any(|p| ends_with_ignore_case(before.trim_end(), p))
        {
            measure = prev.clone();
            subject = subject.or(subj.clone());
        }
        // "Firefighters had contained 11% of the Palisades Fire": the fire's
        // containment, as "The Palisades Fire was 11% contained" is.
        if q.unit == Unit::Percent
            && ends_with_ignore_case(before.trim_end(), "contained")
            && let Some(fire) = contained_of(after)
        {
            measure = vec!["contained".to_string()];
            subject = Some(fire);
        }
        // "its first $100 billion quarter", "$24 billion in the quarter", "33.3% a
        // month earlier": a span of time names no measure.
        if measure.is_empty()
            || measure.iter().all(|w| {
                matches!(
                    w.as_str(),
                    "quarter"
                        | "year"
                        | "month"
                        | "week"
                        | "day"
                        | "period"
                        | "half"
                        | "earlier"
                        | "before"
                        | "ago"
                        | "previously"
                )
            })
        {
            continue;
        }
        // "an 8% increase", "a 3% drop": a change of what the sentence does not say
        // here; GM's and Toyota's increases in one country would share a key.
        let changes = &lexicon::get().metrics.changes;
        if measure
            .iter()
            .all(|w| CHANGE_NOUNS.contains(&w.as_str()) || changes.contains(w))
        {
            continue;
        }
        // "analysts' average estimate of $28.7 billion": whose estimate, and of which
        // period, the key cannot say; with no subject, two such figures meet by chance.
        if subject.is_none() && measure.iter().any(|w| ESTIMATES.contains(&w.as_str())) {
            continue;
        }
        let counted_only = matches!(q.unit, Unit::Count(_)) && !tally && !reading_named;
        // "Russian strikes killed 12 people in Kyiv": the dead are where they died,
        // whoever the sentence names before; a capital there is the city's toll.
        if subject.is_none()
            && tally
            && let Some(rest) = after.strip_prefix(" in ")
            && let Some(&(at, country)) = d.countries_at(rest).first()
            // "in the central Philippines": a few lower-case words may stand before it.
            && rest[..at].split_whitespace().count() <= 3
            && rest[..at]
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_lowercase()))
        {
            subject = Some(if let Some(all) = listed_countries(d, &rest[at..]) {
                // "in Jamaica, Haiti and the Dominican Republic": the toll of all
                // three, never the first's alone.
                all
            } else if lexicon::seat_as_place(after, 4) {
                capitalised_run(rest).map_or_else(|| country.to_string(), |(name, _)| name)
            } else {
                country.to_string()
            });
        }
        // "seven deaths across the Caribbean": a region's toll, not that of the one
        // country the article names ("including three in Jamaica").
        if subject.is_none()
            && tally
            && let Some(rest) = after
                .strip_prefix(" across the ")
                .or_else(|| after.strip_prefix(" across "))
            && let Some((region, _)) = capitalised_run(rest)
            && lexicon::get().country(&region).is_none()
        {
            subject = Some(region);
        }
        // "A wildfire north of Los Angeles grew to 5,370 acres and was 25% contained":
        // a fire or storm named by its kind alone is its article's one named event.
        if subject.is_none()
            && event_kinds().any(before)
            && tokens(own_clause(before))
                .iter()
                .any(|w| EVENT_KINDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
            && named_event(before).is_none()
            // "In Haiti, where the storm caused flooding, 30 people were killed": a
            // place set before the clause is whose toll it is, not the storm's.
            && fronted_place(super::metric::head(d, s.start, m.span.start)).is_none()
        {
            subject = only_event.get_or_init(|| only_event_of(d)).clone();
        }
        // "killed 657 people in Pakistan, including 337 in Khyber Pakhtunkhwa": a part
        // of a toll is the place's written right after it.
        if subject.is_none()
            && tally
            && before.trim_end().ends_with("including")
            && let Some(r) = after.strip_prefix(" in ")
            && let Some((place, _)) = capitalised_run(r)
        {
            let lex = lexicon::get();
            subject = Some(lex.country(&place).map_or(place, str::to_string));
        }
        if subject.is_none() {
            // Just after it is 24 characters: "3,000 people in Turkey", not a country
            // or a place a clause away.
            let near = &after[..after.char_indices().nth(24).map_or(after.len(), |(i, _)| i)];
            // "241 died; 52 British nationals were on board": not past its clause.
            let near = near.find([';', ':']).map_or(near, |p| &near[..p]);
            let mut own = own_clause(before);
            // "Three people were killed in Jamaica, and at least three others died in
            // Haiti": a tally with its country just after it is that country's, not
            // one an earlier clause named.
            if tally
                && let Some(at) = after_last(own, &[", and ", "; "])
                && !d.countries_at(near).is_empty()
            {
                own = &own[at..];
            }
            let found: Vec<_> = d
                .countries_within(own)
                .into_iter()
                .filter(|(at, c)| {
                    !(lexicon::seat_as_place(own, at.start)
                        || tally && attacking(&own[at.end..])
                        || reporting(c, &own[at.end..]))
                })
                .collect();
            subject = found
                .last()
                .map(|(_, c)| {
                    // "killed by the earthquakes in Turkey and Syria passed 17,000": a
                    // toll of both, never the last one's alone.
                    let list = tally.then(|| listed_before(own, &found)).flatten();
                    list.unwrap_or_else(|| c.to_string())
                })
                .or_else(|| {
                    d.countries_at(near)
                        .into_iter()
                        .find(|(at, _)| !lexicon::seat_as_place(near, *at))
                        .map(|(_, c)| c.to_string())
                })
                // "The Canyon Fire has burned 32,000 acres in Riverside County": the
                // area a fire burned is the fire's, wherever it lies; a toll stays
                // where the dead died.
                .or_else(|| {
                    matches!(&q.unit, Unit::Count(n) if crate::extract::quantity::is_unit_of_measure(n))
                        .then(|| named_event(before))
                        .flatten()
                })
                .or_else(|| place(before, near, after))
                .or_else(|| fronted_place(super::metric::head(d, s.start, m.span.start)))
                .or_else(|| named_event(before))
                // A reading only: other figures find their place before this, and
                // reading every article's events for each would cost more than it
                // finds.
                .or_else(|| {
                    let reading = matches!(&q.unit, Unit::Count(n) if crate::extract::quantity::is_unit_of_measure(n));
                    let only = reading
                        .then(|| only_event.get_or_init(|| only_event_of(d)).as_deref())
                        .flatten()?;
                    by_its_name(own_clause(before), only)
                })
                .or_else(|| tally.then(|| region_after(d, after)).flatten())
                .or_else(|| tally.then(|| previous_country(d, e, m.sentence)).flatten())
                // A country's rate with no country by it ("Turnout was 71.6%") is the
                // country's the article names, when it names only one.
                .or_else(|| {
                    // So is a reading of the weather or the ground ("gusts of 185 km/h",
                    // "waves of 6 metres"); not an output in barrels or tonnes, which is
                    // whoever's produces it.
                    let reading =
                        matches!(&q.unit, Unit::Count(n) if PLACE_READINGS.contains(&n.as_str()));
                    let per_actor = measure
                        .iter()
                        .any(|w| matches!(w.as_str(), "vote" | "ballot" | "seat"));
                    // A share of the vote with no name is no country's by its dateline:
                    // whose it is, the article never said.
                    (tally
                        || quake.is_some()
                        || reading
                        || per_actor
                        || measure.iter().any(|w| RATES.contains(&w.as_str())))
                    .then(|| {
                        only_country
                            .get_or_init(|| only_country_of(d))
                            .clone()
                            .or_else(|| {
                                (!per_actor)
                                    .then(|| filed.get_or_init(|| filed_from(d)).clone())
                                    .flatten()
                            })
                    })
                    .flatten()
                });
        }
        // "Inflation eased to 2.1%, close to the European Central Bank's 2% target":
        // an economy's rate is its economy's, not the bank's that watches it.
        if let Some(c) = subject.as_deref().and_then(super::policy::country_of_bank)
            && measure.iter().any(|w| RATES.contains(&w.as_str()))
        {
            subject = Some(c.to_string());
        }
        // "Marburg kills up to 88% of those infected": a fatality rate, however it
        // is worded, and its disease's rather than the outbreak's country's.
        if q.unit == Unit::Percent && fatality_share(before, &measure) {
            measure = vec!["fatality".to_string(), "rate".to_string()];
            subject = disease_of(&d.text[s.start..s.end])
                .or_else(|| disease_of(&d.text))
                .or(subject);
        }
        // A quake's depth is the quake's, as its magnitude is: the country the story
        // names, not the province by the epicentre one report names ("at a depth of 8
        // km near Jalalabad in Nangarhar province" and "at a depth of 10 km").
        if measure.iter().any(|w| w == "depth")
            && (super::has_phrase(&d.text, "earthquake") || super::has_phrase(&d.text, "quake"))
            && let Some(c) = only_state_of(d)
        {
            subject = Some(c);
        }
        // "175,000 people demonstrated, the ministry said, while the union put the
        // figure at 250,000": a crowd is counted by each side its own way, so whose
        // count it is scopes it. Two sides' counts are no conflict.
        // "the ministry counted 24,000 protesters", "24,000 marchers": a crowd by
        // its noun is the crowd "24,000 people marched" counts.
        // Not when something befell them: "Police detained 485 protesters" counts
        // arrests, not the crowd.
        if tally
            && measure.iter().any(|w| CROWD_NOUNS.contains(&w.as_str()))
            && !measure.iter().any(|w| BEFALLEN.contains(&w.as_str()))
        {
            measure = vec!["people".to_string(), "demonstrated".to_string()];
        }
        if tally
            && measure.iter().any(|w| CROWDS.contains(&w.as_str()))
            && let Some(by) = counted_by(&d.text[s.start..s.end], m.span.start - s.start)
        {
            measure.push(format!("by {by}"));
        }
        // "a 33% premium to the 90-day average price" and "a 20% premium to Friday's
        // close" are premiums over two prices: the price it is over joins the key,
        // and a premium over no price said is not keyed.
        if measure.iter().any(|w| RELATIVE.contains(&w.as_str())) {
            let Some(base) = relative_to(after) else {
                continue;
            };
            measure.extend(base);
        }
        // "a 34% tariff on imports from the United States": a tariff is the
        // country's it falls on, whoever the sentence names first.
        let directed = &lexicon::get().metrics.directed;
        if measure.iter().any(|w| directed.contains(w))
            && let Some(target) = falls_on(after)
        {
            subject = Some(target);
        }
        // "In Indonesia's North Sumatra province, 116 people died": a place set
        // before the clause inside the country narrows it, so a province's toll
        // never meets the country's.
        if let Some(c) = &subject
            && lexicon::get().country(c).is_some()
            && let head = super::metric::head(d, s.start, m.span.start)
            // "Across the Caribbean, ... including 30 in Haiti": a region is no part
            // of a country.
            && head.starts_with("In ")
            && let Some(p) = fronted_place(head)
            && lexicon::get().country(&p).is_none()
        {
            subject = Some(format!("{c} {p}"));
        }
        // "26 seats" says what was counted but not whose: without a country, the
        // clause's own words before it are the subject ("The coalition holds"), so two
        // parties' seats never share a key; with none ("which took"), it is not keyed.
        // Whose revenue rose 56% the metric keyer says, when the sentence names the
        // company; with no subject here, any two companies' revenue would meet.
        company |= measure.iter().any(|w| COMPANY_WORDS.contains(&w.as_str()));
        if company && subject.is_none() {
            continue;
        }
        // "General Motors said its U.S. sales rose 8%": a company's result in a
        // country is the company's; with no name before it, it is not keyed.
        if company && subject.is_some() {
            // "In the United States, sales increased 8%": a place is nobody's sales.
            let Some(who) =
                actor(d, s.start, m.span.start).filter(|w| lexicon::get().country(w).is_none())
            else {
                continue;
            };
            subject = subject.map(|c| format!("{c} {who}"));
        }
        // A party's seats are the party's, said below: not the clause's words.
        if counted_only
            && subject.is_none()
            && !measure.iter().any(|m| PER_ACTOR.contains(&m.as_str()))
        {
            subject = clause_subject(super::metric::head(d, s.start, m.span.start));
            if subject.is_none() {
                continue;
            }
        }
        // "$61.29 a barrel", "$3,240 an ounce": a price per unit is some one thing's
        // (Brent or WTI, gold or silver). Without a country, the clause's own words
        // before it say which, as for counts; with none, it is not keyed.
        if subject.is_none() && matches!(q.unit, Unit::Money(_)) && per_unit(after) {
            subject = clause_subject(super::metric::head(d, s.start, m.span.start));
            if subject.is_none() {
                continue;
            }
        }
        // A vote share or a seat count is a party's: with a country for subject,
        // the names the sentence gives before the figure say whose ("Britain's
        // Labour Party", "the Conservatives"), so two parties' shares never meet.
        // So is a count that is no tally: "Toyota is recalling 1 million vehicles in
        // the United States" is Toyota's, not every recall there.
        // With no name before it, a share of the vote is nobody's that a key can say.
        let mut partner: Option<String> = None;
        if measure.iter().any(|m| PER_ACTOR.contains(&m.as_str())) {
            // "to Bolsonaro's 49.1 percent": the rival's share is the rival's, whoever
            // the sentence is about.
            let rival = (q.unit == Unit::Percent)
                .then(|| rival_before(before).map(str::to_string))
                .flatten();
            let head = super::metric::head(d, s.start, m.span.start);
            let who = given_to
                .or(rival)
                .or_else(|| {
                    each_partner(before, after)
                        .is_none()
                        .then(|| coalition(head))
                        .flatten()
                })
                .or_else(|| candidate(d, s.start, m.span.start));
            // "D66 and the PVV each won 26 seats": the name before "and" won as many.
            if let Some(who) = &who
                && let Some(other) = each_partner(before, after)
                && other != *who
            {
                partner = Some(match &subject {
                    Some(c) => format!("{c} {other}"),
                    None => other,
                });
            }
            subject = match (subject, who) {
                (Some(c), Some(who)) => Some(format!("{c} {who}")),
                // A named party in an article that names no country is of the
                // country its dateline is in ("TOKYO -"), as a report that names
                // Japan keys it: "Japan LDP".
                (None, Some(who)) => Some(match filed.get_or_init(|| filed_from(d)) {
                    Some(c) => format!("{c} {who}"),
                    None => who,
                }),
                // "India's ruling alliance won 293 of 543 seats": the country's, when
                // the sentence names it; with a country only the article names, the
                // clause's own words say whose ("The coalition holds 328 seats").
                (Some(c), None)
                    if measure.iter().any(|w| w == "seat")
                        && d.countries_at(&d.text[s.start..s.end]).is_empty() =>
                {
                    let Some(own) = clause_subject(super::metric::head(d, s.start, m.span.start))
                    else {
                        continue;
                    };
                    Some(format!("{c} {own}"))
                }
                (Some(c), None) => Some(c),
                (None, None) => continue,
            };
        } else if let Some(c) = &subject
            && counted_only
            && let Some(who) = actor(d, s.start, m.span.start)
            // "toyota sold" from the clause names Toyota already.
            && !who.split(' ').all(|w| {
                c.split(' ')
                    .any(|x| x.eq_ignore_ascii_case(w.strip_suffix("'s").unwrap_or(w)))
            })
        {
            subject = Some(format!("{c} {who}"));
        }
        let w = window(d, e, i);
        // Scope words of the figure's own stretch of the sentence (from the figure
        // before it to the end of its clause): "annual inflation rose to 75.45%,
        // while monthly inflation was 3.37%" scopes each figure by its own word.
        // With none there, those before it in the sentence ("Net profit rose 20% to
        // $5 billion": both are net).
        static SCOPE_SET: OnceLock<super::Phrases> = OnceLock::new();
        let scopes = SCOPE_SET.get_or_init(|| super::Phrases::new(SCOPES));
        let clause_end = d.text[m.span.end..w.end]
            .find([',', ';'])
            .map_or(w.end, |p| m.span.end + p);
        let pick = |found: Vec<bool>| -> Vec<&str> {
            SCOPES
                .iter()
                .zip(found)
                .filter(|(sc, found)| {
                    *found
                        && !measure.iter().any(|m| m == *sc)
                        && !super::metric::in_named(&d.text[s.start..clause_end], sc)
                })
                .map(|(sc, _)| *sc)
                .collect()
        };
        let mut scope = pick(scopes.found(&d.text[w.start..clause_end]));
        if scope.is_empty() {
            scope = pick(scopes.found(&d.text[s.start..m.span.start]));
        }
        for sc in scope.iter_mut() {
            if let Some((_, same)) = SAME_SCOPE.iter().find(|(w, _)| w == sc) {
                *sc = same;
            }
        }
        scope.dedup();
        // "Kast won the runoff with 58.2%" and "Kast won 23.9% in the first round" are
        // two votes' shares. A share told with no round is the first round's, as
        // most reports of a round to come tell it.
        if measure.iter().any(|w| w == "vote") && runoff_share(before, after) {
            scope.push("runoff");
        }
        // "killing 241 people aboard and dozens on the ground": where the counted
        // were is the place written nearest after the figure, not every one in its
        // clause.
        if scope.contains(&"on board") && scope.contains(&"on the ground") {
            let tail = &d.text[m.span.end..clause_end];
            let at = |p: &str| super::find_phrase(tail, p).unwrap_or(usize::MAX);
            let board = at("on board").min(at("aboard"));
            let drop = if board < at("on the ground") {
                "on the ground"
            } else {
                "on board"
            };
            scope.retain(|sc| *sc != drop);
        }
        // "carrying 242 people, of whom 241 died": a part of those carried was on board.
        if scope.is_empty()
            && ["of whom", "of them"]
                .iter()
                .any(|p| ends_with_ignore_case(before.trim_end(), p))
            && CARRYING
                .iter()
                .any(|c| super::find_phrase(before, c).is_some())
        {
            scope.push("on board");
        }
        // Inflation is told over a year, as its headline rate, unless said otherwise:
        // "annual inflation" and "headline inflation" are the same 3.6% as
        // "inflation"; "monthly" and "core" still set a figure apart.
        if measure.iter().any(|w| w == "inflation") {
            scope.retain(|w| !matches!(*w, "annual" | "headline"));
        }
        // "inflation would fall to 5.8%", "expects growth of 3.2%": a forecast, kept
        // apart from the figure of record.
        let lead = &d.text[w.start..m.span.start];
        let lead = &lead[clause_start(lead)..];
        // "is expected to seek the support of the SPD, which took 7.8%": a relative
        // clause tells its own time.
        let lead = after_last(lead, &[", which ", ", who "]).map_or(lead, |p| &lead[p..]);
        if super::metric::forecasts(lead) {
            scope.push("forecast");
        }
        // A quake's magnitude is the quake's, whenever each report says it struck.
        let mut time = if quake.is_some() {
            String::new()
        } else {
            time_of(d, e, i, w)
        };
        // A forecast is of a year, however each report names it: "this year" in an
        // article of 2025 is 2025, and a figure of a year yet to come is a forecast
        // whether or not its clause says so ("grow by 1.5% in 2025 and by 1.4% in
        // 2026"). "Now" beside a year says no more than the year.
        // Most figures' times need none of it: a look over the parts, with no
        // allocation, says so.
        let year = d.published.map_or(0, |p| p.date.year());
        // A toll or a count is of what happened, never of a year to come.
        let future = !tally
            && time
                .split(',')
                .any(|t| t.parse::<i16>().is_ok_and(|y| y > year));
        let nowish = time
            .split(',')
            .any(|t| matches!(t, "now" | "currently" | "today"));
        if let Some(p) = d.published
            && !time.is_empty()
            && (future || nowish || scope.contains(&"forecast"))
        {
            let mut parts: Vec<String> = time.split(',').map(str::to_string).collect();
            if future && !scope.contains(&"forecast") {
                scope.push("forecast");
            }
            // A forecast is revised from one round to the next (the ECB's for 2025
            // was 2.2% in June 2024, 2.0% a year later): it is of its article's month.
            if scope.contains(&"forecast") {
                for t in parts.iter_mut().filter(|t| *t == "this year") {
                    *t = year.to_string();
                }
                parts.push(format!("as of {year:04}-{:02}", p.date.month()));
            }
            if parts.iter().any(|t| t.parse::<i16>().is_ok()) {
                parts.retain(|t| !matches!(t.as_str(), "now" | "currently" | "today"));
            }
            parts.sort();
            parts.dedup();
            time = parts.join(",");
        }
        // A quarter's growth is of that quarter, on the basis the sentence gives: the
        // quarter's own year, not the day the office reported it, and the change
        // from the quarter before never meets the change from a year before.
        // An article with no date still gives its basis ("an annualised 1.8%").
        if measure.iter().any(|w| w == "gdp") {
            // Past the dateline: its year is the report's.
            let from = d
                .dateline_span
                .map_or(s.start, |ds| ds.end.clamp(s.start, m.span.start));
            let clause = &d.text[from..clause_end];
            if let Some(p) = d.published
                && let Some(n) = quarter_named(clause)
            {
                let year = year_named(clause).unwrap_or_else(|| {
                    let y = p.date.year();
                    if i32::from(p.date.month()) > 3 * (n - 1) {
                        y
                    } else {
                        y - 1
                    }
                });
                time = format!("{year}-Q{n}");
                scope.retain(|w| !matches!(*w, "annual" | "quarterly"));
            }
            if let Some(basis) = growth_basis(clause) {
                scope.retain(|w| *w != "annual" && *w != basis);
                scope.push(basis);
                // "a year earlier" is the basis, not an earlier figure.
                time = time
                    .split(',')
                    .filter(|t| *t != "earlier")
                    .collect::<Vec<_>>()
                    .join(",");
            }
        }
        // "rose 48% in five years", "9% in the past year", "40% since 2020": a change
        // over a span is of that span, and two spans' changes never meet.
        if q.unit == Unit::Percent
            && let Some(span) = span_after(after)
        {
            time = if time.is_empty() {
                span
            } else {
                format!("{time},{span}")
            };
        }
        // A running tally with no time of its own ("killed 3,000 people") is as of its
        // article's date: a toll that rose between two days' reports is no conflict.
        // Shares and amounts stand until a time is given.
        // So is one dated by its article's own month ("229 were killed when the plane
        // came down on Wednesday, June 12", in an article of June 13): the day it
        // happened, not a month's total.
        // A fire's containment moves day by day as a toll does: "15% contained" on
        // Wednesday and "35% containment" on Thursday are one measure, each of its day.
        let contained = q.unit == Unit::Percent
            && measure
                .iter()
                .any(|w| w == "contained" || w == "containment");
        if contained {
            measure = vec!["contained".to_string()];
        }
        if (tally || contained)
            && let Some(p) = d.published
            && (time.is_empty() || time == p.date.strftime("%Y-%m").to_string())
        {
            // "Only five bodies had been recovered by Sunday": the day the clause
            // tells it as of, not the article's.
            let day = told_by_day(d, e, i, w).unwrap_or(p.date);
            time = format!("as of {day}");
            // "On Friday, 1,097 people crossed": a count of one day's doings is told
            // as of that day, as Friday's own reports tell it, and Saturday's 712 is
            // no rival of it. A toll stays as of the article: the dead of a quake on
            // Friday are counted for days after.
            if tally
                && casualty_of(&measure).is_none()
                && let Some(day) = happened_on(d, e, i, w)
            {
                time = format!("as of {day}");
            }
        }
        // An article with no date of its own ("KATHMANDU, Nepal (AP) -") is at least
        // as late as the last day its text writes out: its toll is "as told up to"
        // that day, which the checker compares only with tolls of that day or later.
        if tally
            && time.is_empty()
            && d.published.is_none()
            && let Some(day) = *last_told.get_or_init(|| last_day_told(e))
        {
            time = format!("{TOLD_TO}{day}");
        }
        // A rate a body sets ("cut its deposit rate to 2%") is as of its article's
        // month: a central bank moves it from one meeting to the next.
        if time.is_empty()
            && q.unit == Unit::Percent
            && measure.iter().any(|w| w == "rate")
            && let Some(p) = d.published
        {
            time = format!("as of {:04}-{:02}", p.date.year(), p.date.month());
        }
        // "won the Oct 29 election with 97.66% of the vote": the month of the story's
        // own election dates no other result, and "nearly 98% of the votes" with no
        // date is the same share. A year ("62% in 2020") still dates one.
        if q.unit == Unit::Percent
            && measure.iter().all(|w| w == "vote")
            && !measure.is_empty()
            && let Some(p) = d.published
            && near_month(&time, p.date)
        {
            time.clear();
        }
        // "With 83% of the vote counted": how far the count had got is no share of
        // the vote, and a share told then is of that stage of the count: it meets
        // only reports of the same stage, never the final result.
        if q.unit == Unit::Percent && count_progress_at(before, after) {
            continue;
        }
        if measure
            .iter()
            .any(|w| w == "vote" || w == "ballot" || w == "seat")
            && let Some(stage) = count_stage(&d.text[s.start..s.end])
        {
            time = if time.is_empty() {
                stage
            } else {
                format!("{time},{stage}")
            };
        }
        last_measure = Some((m.sentence, measure.clone(), subject.clone()));
        if tally && let Some(c) = casualty_of(&measure) {
            last_toll = Some((m.sentence, c));
        }
        let unit_class = match &q.unit {
            Unit::Money(c) => c.clone(),
            Unit::Percent => "percent".into(),
            Unit::PercentagePoints => "points".into(),
            _ => "count".into(),
        };
        let mut sorted = measure.clone();
        sorted.sort();
        sorted.dedup();
        let key_of = |subject: Option<&str>| {
            format!(
                "{} | {} | {}{}{}",
                subject.unwrap_or("-"),
                sorted.join(" "),
                unit_class,
                if scope.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", scope.join(","))
                },
                at_time(&time),
            )
        };
        let label_of = |subject: Option<&str>| {
            format!("{} {}", subject.unwrap_or(""), measure.join(" "))
                .trim()
                .to_string()
        };
        if let Some(p) = partner.as_deref() {
            out.push(super::figure(doc, m, q, key_of(Some(p)), label_of(Some(p))));
        }
        let key = key_of(subject.as_deref());
        let label = label_of(subject.as_deref());
        // "contracted by 0.1%", "fell 0.2%", "a 0.1% contraction": growth below zero.
        if measure.iter().any(|w| w == "gdp") && shrank(before, after) {
            out.push(super::figure(doc, m, &q.negated(), key, label));
        } else if let Some(peak) = peak_reading(q) {
            out.push(super::figure(doc, m, &peak, key, label));
        } else {
            out.push(super::figure(doc, m, q, key, label));
        }
    }
}

/// Units of the readings a country's weather or ground gives: speeds, heights and
/// depths, rain, temperatures.
const PLACE_READINGS: &[&str] = &[
    "km/h",
    "kph",
    "kmh",
    "mph",
    "knots",
    "metres",
    "meters",
    "metre",
    "meter",
    "feet",
    "foot",
    "cm",
    "centimetres",
    "centimeters",
    "mm",
    "millimetres",
    "millimeters",
    "inches",
    "degrees",
];

/// "gusts of up to 185 km/h", "waves as high as 6 metres": a reading's "up to" states
/// the peak it reached, not a ceiling below which any figure agrees. Reported peaks
/// of 185 and 205 km/h are two figures.
fn peak_reading(q: &Quantity) -> Option<Quantity> {
    let Unit::Count(noun) = &q.unit else {
        return None;
    };
    let (phrase, _) = q.hedge.as_ref()?;
    let peak = matches!(
        phrase.trim(),
        "up to" | "as high as" | "as much as" | "as strong as"
    );
    (peak && crate::extract::quantity::is_unit_of_measure(noun.as_str())).then(|| Quantity {
        low: q.value,
        high: q.value,
        ..q.clone()
    })
}

/// Words that say an economy shrank, just before its growth figure ("contracted by")
/// or just after it ("a 0.1% contraction"). "fell to 0.2%" is growth that slowed.
const SHRANK: &[&str] = &[
    "contracted",
    "contract",
    "contracts",
    "shrank",
    "shrink",
    "shrinks",
    "shrunk",
    "fell",
    "fall",
    "falls",
    "declined",
    "decline",
    "declines",
    "dropped",
    "drop",
    "dipped",
    "slipped",
    "contraction",
];

fn shrank(before: &str, after: &str) -> bool {
    // "shrank at an annual rate of 1.8%", "a quarter-on-quarter decline of 0.4%":
    // past the basis and the words that lead to the figure, to the verb or noun.
    let verb = before
        .split_whitespace()
        .rev()
        .take(8)
        .map(str::to_ascii_lowercase)
        .find(|w| {
            !BASIS_WORDS.contains(&w.as_str())
                && !matches!(
                    w.as_str(),
                    "by" | "at"
                        | "of"
                        | "rate"
                        | "pace"
                        | "an"
                        | "a"
                        | "quarter-on-quarter"
                        | "year-on-year"
                        | "quarterly"
                )
        })
        .unwrap_or_default();
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    SHRANK.contains(&verb.as_str()) || SHRANK.contains(&next.as_str())
}

#[cfg(test)]
mod tests {
    use super::{clause_subject, place};

    /// "U.S." is the country however the trim leaves it, never a name beside it:
    /// "United States U.S" would key one count apart from itself.
    #[test]
    fn the_us_is_no_actor_beside_its_country() {
        let k = crate::claim::test_keys(&[
            "WASHINGTON, Nov 20, 2025 - U.S. nonfarm payrolls increased by 119,000 jobs in September.",
        ]);
        let key = &k
            .iter()
            .find(|(_, t)| t == "119,000 jobs")
            .expect("keyed")
            .0;
        assert!(key.starts_with("United States | "), "{key}");
    }

    /// A verb of winning says nothing of what was counted; other verbs do.
    #[test]
    fn a_verb_of_winning_is_no_predicate() {
        assert_eq!(super::count_predicate("Komeito secured ", " seats."), None);
        assert_eq!(
            super::count_predicate("Officials evacuated ", " people."),
            Some("evacuated".to_string())
        );
    }

    /// "maximum sustained winds of" and "winds of" name one reading; gusts another.
    #[test]
    fn the_top_reading_is_the_reading() {
        assert_eq!(
            super::reading_of("with maximum sustained winds of "),
            ["wind"]
        );
        assert_eq!(super::reading_of("with winds of "), ["wind"]);
        assert_eq!(super::reading_of("with peak gusts of "), ["gust"]);
    }

    /// One unit in either spelling, written out or abbreviated, is one word of a key.
    #[test]
    fn a_unit_has_one_spelling_in_a_key() {
        for (w, same) in [
            ("kilometers", "kilometre"),
            ("km", "kilometre"),
            ("metres", "metre"),
            ("mm", "millimetre"),
            ("storeys", "story"),
            ("stories", "story"),
            ("villages", "village"),
        ] {
            assert_eq!(super::lemma(w), same, "{w}");
        }
    }

    use super::super::keys_of;
    use super::super::test_keys as keys;

    fn key_of(k: &[(String, String)], text: &str) -> String {
        k.iter()
            .find(|(_, t)| t == text)
            .map(|(k, _)| k.clone())
            .unwrap_or_else(|| panic!("no claim for {text}: {k:?}"))
    }

    /// "Rents in Spain rose 4%": the noun before the country is what moved, and the
    /// span a change is over keeps two spans' changes apart.
    #[test]
    fn a_change_is_of_its_noun_and_its_span() {
        let k = keys(&[
            "MADRID, Oct 5, 2025 - Rents in Spain have risen 48% in the past five years.",
            "MADRID, Oct 5, 2025 - Rents in Spain have climbed 40% over five years.",
            "MADRID, Oct 5, 2025 - Rents in Spain rose 9% in the past year.",
            "MADRID, Oct 5, 2025 - Spanish rents have risen 60% since 2015.",
            "MADRID, Oct 5, 2025 - The combined business will have about $16 billion in annual sales.",
        ]);
        assert_eq!(
            key_of(&k, "48%"),
            "Spain | rent | percent @over 5 year",
            "{k:?}"
        );
        assert_eq!(key_of(&k, "40%"), key_of(&k, "48%"), "{k:?}");
        assert_eq!(
            key_of(&k, "9%"),
            "Spain | rent | percent @over 1 year",
            "{k:?}"
        );
        assert_eq!(
            key_of(&k, "60%"),
            "Spain | rent | percent @since 2015",
            "{k:?}"
        );
        assert!(keys_of(&k, "about $16 billion").is_empty(), "{k:?}");
        assert_eq!(super::span_after(" in the 12 months to October"), None);
        assert_eq!(super::span_after(" in the quarter"), None);
    }

    /// "A wildfire north of Los Angeles grew to 5,370 acres and was 25% contained": the
    /// fire the article names once is the subject; the area it grew to is the area
    /// burned; "on Friday evening" is no part of what is measured.
    #[test]
    fn a_fire_named_by_its_kind_is_its_articles_fire() {
        let k = keys(&[
            "Canyon Fire grows\n\nLOS ANGELES, Aug 8, 2025 - A wildfire north of Los Angeles grew to 5,370 acres on Friday and was 25% contained, officials said. The Canyon Fire broke out on Thursday.",
            "LOS ANGELES, Aug 8, 2025 - The Canyon Fire has burned 5,370 acres and was 52% contained on Friday evening.",
        ]);
        assert_eq!(key_of(&k, "25%"), key_of(&k, "52%"), "{k:?}");
        assert!(
            key_of(&k, "25%").starts_with("Canyon Fire | contained"),
            "{k:?}"
        );
        assert_eq!(keys_of(&k, "5,370 acres").len(), 2, "{k:?}");
        assert!(
            keys_of(&k, "5,370 acres").windows(2).all(|w| w[0] == w[1]),
            "{k:?}"
        );
        // Two fires named: which one a bare "the fire" is, the article does not say.
        let k = keys(&[
            "LOS ANGELES, Jan 12, 2025 - The Palisades Fire and the Eaton Fire raged on. The fire was 11% contained.",
        ]);
        assert!(!key_of(&k, "11%").contains("Fire |"), "{k:?}");
    }

    /// A reading is keyed by what the words before it name, however its clause
    /// runs: two reports of a storm's sustained winds meet (and meet plain "winds"),
    /// its gusts stay apart, and
    /// a reading with nothing named before it is not keyed by a guess.
    #[test]
    fn a_reading_is_keyed_by_what_it_measures() {
        let k = keys(&[
            "The storm made landfall with sustained winds of 150 km/h and gusts of up to 205 km/h.",
            "Kalmaegi hit land packing maximum sustained winds of 130 kph.",
            "Its sustained winds reached 150 km/h.",
            "Rescuers drove 40 km.",
        ]);
        let winds: Vec<&String> = k
            .iter()
            .filter(|(_, t)| t.ends_with("km/h") && !t.starts_with("up to") || t == "130 kph")
            .map(|(x, _)| x)
            .collect();
        assert_eq!(winds.len(), 3, "{k:?}");
        assert!(winds.iter().all(|x| *x == winds[0]), "{k:?}");
        assert!(winds[0].ends_with(" wind | count"), "{k:?}");
        let gusts = key_of(&k, "up to 205 km/h");
        assert!(gusts.contains("gust") && gusts != *winds[0], "{k:?}");
        // Nothing named before "40 km": the clause's own words scope it, as for counts.
        assert!(
            k.iter().all(|(x, t)| t != "40 km" || !x.starts_with("- |")),
            "{k:?}"
        );
    }

    /// A tariff is the country's it falls on: the tariff laid on China and the one
    /// China lays on the United States never share a key, though both name China.
    #[test]
    fn a_tariff_is_keyed_by_the_country_it_falls_on() {
        let k = keys(&[
            "Goods from China will face a 104% tariff, the White House said.",
            "China said it would raise its tariff to 84% on all imports from the United States.",
            "The United States put a 104% tariff on Chinese goods.",
        ]);
        let (on_china, on_us) = (key_of(&k, "104%"), key_of(&k, "84%"));
        assert!(on_china.starts_with("China |"), "{k:?}");
        assert!(on_us.starts_with("United States |"), "{k:?}");
        assert!(
            k.iter()
                .filter(|(_, t)| t == "104%")
                .all(|(x, _)| x.starts_with("China |")),
            "{k:?}"
        );
    }

    /// "while the Fed's benchmark": a clause with a subject of its own does not take
    /// the country of the clause before it; one without does.
    #[test]
    fn a_contrast_with_its_own_subject_keeps_the_country_out() {
        assert_eq!(
            super::own_clause(
                "The Bank of Japan holds its rate at 0.5%, while the Fed's benchmark stays at "
            ),
            "the Fed's benchmark stays at "
        );
        assert_eq!(
            super::own_clause("In Japan, prices rose 3%, while wages rose "),
            "In Japan, prices rose 3%, while wages rose "
        );
    }

    /// A share before "target" is the target's, and "by 25 basis points to 2%" is the
    /// rate's level (the bank's policy rate), not a measure of points.
    #[test]
    fn a_target_and_a_rate_cut_in_points_are_keyed_by_their_measure() {
        let k = keys(&[
            "The European Central Bank cut its deposit rate by 25 basis points to 2% as inflation fell below its 2% target.",
        ]);
        let keys: Vec<&str> = k.iter().map(|(k, _)| k.as_str()).collect();
        assert!(
            keys.contains(&"European Central Bank | policy rate | percent"),
            "{k:?}"
        );
        assert!(
            keys.iter()
                .any(|k| k.contains("| inflation target | percent")),
            "{k:?}"
        );
        assert!(
            !keys.iter().any(|k| k.contains("basis point | percent")),
            "{k:?}"
        );
    }

    /// The dead on board and the dead on the ground are two counts; "aboard" is "on
    /// board".
    #[test]
    fn where_the_counted_were_scopes_a_count() {
        let k = keys(&[
            "The crash killed 241 of the 242 people on board in India.",
            "At least 24 people on the ground were killed in India.",
            "In India, 241 people aboard died.",
        ]);
        assert!(
            key_of(&k, "241 of the 242 people").contains("[on board]"),
            "{k:?}"
        );
        assert!(key_of(&k, "241 people").contains("[on board]"), "{k:?}");
        assert!(
            key_of(&k, "At least 24 people").contains("[on the ground]"),
            "{k:?}"
        );
    }

    /// A capital after a preposition is a place ("bound for London"); as an actor
    /// ("Beijing imposed") it stands for its country.
    #[test]
    fn a_seat_of_government_names_its_country_only_as_an_actor() {
        let text = "a flight bound for London";
        assert!(crate::lexicon::seat_as_place(
            text,
            text.find("London").unwrap()
        ));
        let text = "Beijing imposed a tariff";
        assert!(!crate::lexicon::seat_as_place(text, 0));
        let text = "imports from Britain";
        assert!(!crate::lexicon::seat_as_place(
            text,
            text.find("Britain").unwrap()
        ));
        // Another city of the name, and the place of an event.
        for text in [
            "Santiago de Compostela mourned",
            "the 2013 Santiago crash, which killed 79",
        ] {
            let at = text.find("Santiago").unwrap();
            assert!(crate::lexicon::seat_as_place(text, at), "{text}");
        }
        let text = "Santiago said the talks would go on";
        assert!(!crate::lexicon::seat_as_place(text, 0));
    }

    /// "in May" is placed in its article's year, so two years' Mays never meet; a
    /// rate a bank sets is as of its article's month.
    #[test]
    fn a_month_and_a_set_rate_are_dated_by_their_article() {
        let k = keys(&[
            "FRANKFURT, June 6, 2024 - Euro zone inflation was 2.6% in May. The ECB cut its deposit rate to 3.75%.",
            "FRANKFURT, June 5, 2025 - Euro zone inflation was 1.9% in May. The ECB cut its deposit rate to 2%.",
        ]);
        assert!(key_of(&k, "2.6%").ends_with("@2024-05"), "{k:?}");
        assert!(key_of(&k, "1.9%").ends_with("@2025-05"), "{k:?}");
        assert!(key_of(&k, "3.75%").ends_with("@as of 2024-06"), "{k:?}");
        assert!(key_of(&k, "2%").ends_with("@as of 2025-06"), "{k:?}");
    }

    /// "Hundreds of thousands of people marched ..., with the interior ministry
    /// counting 195,000 protesters": the ministry's count of the crowd, however it
    /// is worded, and "Hundreds" at the sentence's start names nobody.
    #[test]
    fn a_ministry_counting_a_crowd_is_the_authorities_count() {
        let f = crate::rules::testing::check(
            &[
                "PARIS, Oct 2, 2025 - Hundreds of thousands of people marched across France on Thursday, with the interior ministry counting 195,000 protesters nationwide.",
                "PARIS, Oct 2, 2025 - France's interior ministry said 159,000 people demonstrated on Thursday.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, ["195,000 protesters", "159,000 people"], "{f:?}");
        assert!(super::amount_word("Hundreds") && super::amount_word("Dozens"));
        assert!(!super::amount_word("Hunter"));
    }

    /// A verb after a count with a figure for its object is not what befell the
    /// count: the towers killed nobody. A bare figure after "injured" is the hurt.
    #[test]
    fn a_count_before_a_verb_with_its_own_object_is_no_toll() {
        let k = keys(&[
            "Fire\n\nDec 1, 2025\n\nThe fire that tore through seven towers at Wang Fuk Court in Hong Kong killed at least 151 people.",
            "Quake\n\nSept 2, 2025\n\nThe earthquake in Afghanistan has killed at least 1,411 people and injured 3,124, a spokesman said.",
            "Floods\n\nNov 21, 2025\n\nFloods in Vietnam have killed 55 people and left 13 missing.",
        ]);
        assert_eq!(
            key_of(&k, "13"),
            "Vietnam | missing people | count @as of 2025-11-21"
        );
        assert!(
            keys_of(&k, "seven towers")
                .iter()
                .all(|k| !k.contains("died")),
            "{k:?}"
        );
        assert!(key_of(&k, "at least 151 people").starts_with("Hong Kong | died people"));
        assert!(
            key_of(&k, "3,124").starts_with("Afghanistan | injured people"),
            "{k:?}"
        );
    }

    /// A party named after its leader's possessive is the party: "Modi's National
    /// Democratic Alliance" won the seats, not "Prime Minister Narendra Modi".
    #[test]
    fn a_party_after_its_leader_s_possessive_is_the_party() {
        let k = keys(&[
            "NEW DELHI, June 4, 2024 - Prime Minister Narendra Modi's Bharatiya Janata Party won 240 seats in India.",
            "OTTAWA, April 29, 2025 - Pierre Poilievre's Conservatives won 144 seats in Canada.",
        ]);
        assert_eq!(
            keys_of(&k, "240 seats"),
            ["India Bharatiya Janata Party | seat | count"],
            "{k:?}"
        );
        assert_eq!(
            keys_of(&k, "144 seats"),
            ["Canada Conservatives | seat | count"],
            "{k:?}"
        );
    }

    /// A term written as an adjective of its noun is the person's term; one faced
    /// or sought is not served.
    #[test]
    fn a_term_before_its_noun_is_the_person_s() {
        let k = keys(&[
            "PARIS, Oct 21, 2025 - Former French President Nicolas Sarkozy began serving a five-year prison sentence on Tuesday.",
            "PARIS, Oct 21, 2025 - Nicolas Sarkozy, who was president from 2007 to 2012, entered prison to begin a seven-year sentence.",
            "PARIS, Oct 21, 2025 - Gerard Dupont faces a maximum 10-year sentence.",
        ]);
        assert_eq!(
            keys_of(&k, "five-year"),
            ["Sarkozy | sentence | year"],
            "{k:?}"
        );
        assert_eq!(
            keys_of(&k, "seven-year"),
            ["Sarkozy | sentence | year"],
            "{k:?}"
        );
        assert!(
            keys_of(&k, "10-year")
                .iter()
                .all(|k| !k.contains("sentence")),
            "{k:?}"
        );
    }

    /// A hedge after a figure opens the next figure, so it names no measure: "4% of
    /// its roughly 350,000 employees" is not a share of "roughly".
    #[test]
    fn a_hedge_is_no_measure() {
        let (measure, _) = super::measure_after(" of its roughly 350,000 corporate employees");
        assert!(measure.is_empty(), "{measure:?}");
        let (measure, _) = super::measure_after(" of its corporate employees");
        assert!(measure.iter().any(|w| w == "employee"), "{measure:?}");
    }

    /// A quake's depth is the quake's country's even when a body with no seat of
    /// government is named too: "The United Nations said" is no second country.
    #[test]
    fn a_quake_depth_is_its_country_beside_a_body() {
        let k = keys(&[
            "Quake\n\nSept 2, 2025\n\nA magnitude 6.3 earthquake struck eastern Afghanistan late Sunday. The earthquake hit at a depth of 8 kilometers. The United Nations said it had released $5 million.",
        ]);
        assert!(
            key_of(&k, "8 kilometers").starts_with("Afghanistan | depth"),
            "{k:?}"
        );
    }

    /// Each side's count of a crowd is its own: the ministry's and the union's never
    /// meet, and two reports of the union's do.
    #[test]
    fn a_crowd_is_keyed_by_who_counted_it() {
        assert_eq!(
            super::counted_by(
                "The ministry said 175,000 people demonstrated; the union said 250,000.",
                17
            ),
            Some("authorities")
        );
        let s =
            "About 175,000 people marched, the ministry said, while the union put it at 250,000.";
        assert_eq!(
            super::counted_by(s, s.find("250,000").unwrap()),
            Some("unions")
        );
        let f = crate::rules::testing::check(
            &[
                "PARIS, Sept 11, 2025 - Police said 175,000 people demonstrated in France.",
                "PARIS, Sept 11, 2025 - Unions said 250,000 people demonstrated in France.",
                "PARIS, Sept 11, 2025 - Organisers said 300,000 people demonstrated in France.",
                "PARIS, Sept 11, 2025 - Organizers said 350,000 people demonstrated in France.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["300,000 people", "350,000 people"], "{f:?}");
        // The side that said it, not a word nearer ("the government's reform"); any
        // verb of the crowd counts the one crowd.
        let k = keys(&[
            "LISBON, Dec 11, 2025 - About 100,000 people marched in Portugal against the government's reform, police said.",
            "LISBON, Dec 11, 2025 - Police estimated that 120,000 people took part in the march in Portugal.",
        ]);
        assert_eq!(
            keys_of(&k, "About 100,000 people"),
            keys_of(&k, "120,000 people")
        );
        assert!(
            keys_of(&k, "120,000 people")[0].contains("by police"),
            "{k:?}"
        );
        // A crowd told by its noun ("protesters", "marchers") is the same crowd.
        let k = keys(&[
            "PARIS, Oct 2, 2025 - In Paris, police counted 24,000 marchers.",
            "PARIS, Oct 2, 2025 - In Paris, 42,000 people marched according to police.",
        ]);
        assert_eq!(keys_of(&k, "24,000 marchers"), keys_of(&k, "42,000 people"));
        assert!(
            keys_of(&k, "24,000 marchers")[0].contains("by police demonstrated people"),
            "{k:?}"
        );
    }

    /// "revenue grew 8.8% to 86.1 trillion won" measures revenue, not "grew"; a
    /// clause of another company's is not the sentence subject's.
    #[test]
    fn a_change_before_a_level_is_passed_over_to_its_noun() {
        assert_eq!(
            super::measure_before("and revenue grew 8.8% to "),
            vec!["revenue".to_string()]
        );
    }

    /// A reading in a unit of measure is no tally: "recorded 46.6C" and "a 46.6C
    /// reading" share a key.
    #[test]
    fn a_reading_has_no_predicate() {
        let k = keys(&[
            "Portugal recorded 46.6C in Mora on Sunday.",
            "Portugal's 47.6C reading in Mora was a June record.",
        ]);
        assert_eq!(key_of(&k, "46.6C"), key_of(&k, "47.6C"), "{k:?}");
    }

    /// A premium is over some price: two premiums over two prices never meet, two
    /// over one do, and one over no price said is not keyed.
    #[test]
    fn a_premium_is_keyed_with_the_price_it_is_over() {
        let k = keys(&[
            "The offer is a 33% premium to the 90-day average price.",
            "The offer is a 20% premium to Friday's close.",
            "The offer is a 25% premium to Friday's close.",
            "The offer is a 40% premium.",
            "The offer is a 46% premium to Kenvue's closing price on Friday.",
            "The offer is a premium of 64% over its last close.",
        ]);
        assert_ne!(key_of(&k, "33%"), key_of(&k, "20%"), "{k:?}");
        assert_eq!(key_of(&k, "25%"), key_of(&k, "20%"), "{k:?}");
        // The close before the offer, however written, is one price.
        assert_eq!(key_of(&k, "46%"), key_of(&k, "20%"), "{k:?}");
        assert_eq!(key_of(&k, "64%"), key_of(&k, "20%"), "{k:?}");
        assert!(!k.iter().any(|(_, t)| t == "40%"), "{k:?}");
    }

    /// A date right after one figure dates that figure, not the next one.
    #[test]
    fn a_date_after_a_figure_is_that_figures() {
        let k = keys(&[
            "Euro zone inflation eased to 2.1% in October from 2.2% in September, Eurostat said, while core inflation held at 2.4%.",
        ]);
        assert!(
            key_of(&k, "2.2%").contains("2025-09") || key_of(&k, "2.2%").contains("month09"),
            "{k:?}"
        );
        assert!(!key_of(&k, "2.4%").contains("09"), "{k:?}");
    }

    /// An acronym keys a count only in the part of the sentence nearest the figure:
    /// the LDP punished in an earlier clause is not the coalition left with 215.
    #[test]
    fn an_acronym_in_an_earlier_clause_is_not_the_figures_holder() {
        let k = keys(&[
            "TOKYO, Oct 28, 2024 - Japanese voters punished the LDP on Sunday, October 27, leaving Prime Minister Shigeru Ishiba's coalition with 215 seats.",
            "TOKYO, Oct 28, 2024 - In Japan, the ruling LDP of Prime Minister Shigeru Ishiba won 191 seats.",
        ]);
        assert!(
            key_of(&k, "215 seats").starts_with("Japan Ishiba | seat"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "191 seats").starts_with("Japan LDP | seat"),
            "{k:?}"
        );
    }

    /// Two parties joined by "and" before a figure hold it together; "each" gives
    /// each the figure, and one party's long name with "and" in it stays one.
    #[test]
    fn a_coalitions_seats_are_the_coalitions() {
        let k = keys(&[
            "CANBERRA, May 4, 2025 - The Liberal Party and its partner the Nationals won 41 seats.",
            "CANBERRA, May 4, 2025 - The Greens and the Teals together took 12 seats in the House.",
            "CANBERRA, May 4, 2025 - The Mayors and Independents (STAN) won 22 seats.",
            "CANBERRA, May 4, 2025 - The coalition of Dutton's Liberal Party and the Nationals fell to 43 seats.",
        ]);
        assert!(
            key_of(&k, "41 seats").starts_with("Australia Liberal Party and Nationals | seat"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "12 seats").contains("Greens and Teals | seat"),
            "{k:?}"
        );
        assert!(key_of(&k, "22 seats").contains("STAN | seat"), "{k:?}");
        assert!(
            key_of(&k, "43 seats").starts_with("Australia Liberal Party and Nationals | seat"),
            "{k:?}"
        );
    }

    /// A toll in a list of countries is theirs together, whatever the list's order.
    #[test]
    fn a_toll_in_several_countries_is_all_of_theirs() {
        let k = keys(&[
            "KINGSTON, Oct 28, 2025 - Hurricane Melissa killed at least 7 people in Jamaica, Haiti and the Dominican Republic.",
            "KINGSTON, Oct 28, 2025 - Hurricane Melissa killed 7 people in Haiti, the Dominican Republic and Jamaica.",
            "KINGSTON, Oct 28, 2025 - Hurricane Melissa killed 3 people in Jamaica.",
        ]);
        let all = key_of(&k, "at least 7 people");
        assert!(
            all.starts_with("Dominican Republic + Haiti + Jamaica |"),
            "{k:?}"
        );
        assert_eq!(key_of(&k, "7 people"), all, "{k:?}");
        assert!(key_of(&k, "3 people").starts_with("Jamaica |"), "{k:?}");
        // A region's toll is the region's, not the article's one country.
        let k = keys(&[
            "KINGSTON, Oct 28, 2025 - Melissa was blamed for seven deaths across the Caribbean, including three in Jamaica.",
        ]);
        assert!(
            key_of(&k, "seven deaths").starts_with("Caribbean |"),
            "{k:?}"
        );
    }

    /// A region named anywhere in the toll's clause, or set before it, is whose toll
    /// it is; the parts a sentence breaks it into are each their place's.
    #[test]
    fn a_regions_toll_and_its_parts_by_place() {
        let k = keys(&[
            "KINGSTON, Oct 28, 2025 - Hurricane Melissa hit Jamaica.\n\nAt least seven deaths had been linked to the storm in the Caribbean before landfall: three in Jamaica, three in Haiti and one in the Dominican Republic.",
            "KINGSTON, Oct 31, 2025 - Hurricane Melissa hit Jamaica.\n\nAcross the Caribbean, at least 50 people have been killed, including 30 in Haiti.",
        ]);
        assert!(
            key_of(&k, "At least seven deaths").starts_with("Caribbean | died people"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "at least 50 people").starts_with("Caribbean | died people"),
            "{k:?}"
        );
        assert!(key_of(&k, "30").starts_with("Haiti | died people"), "{k:?}");
        let parts: Vec<&str> = k
            .iter()
            .filter(|(_, t)| t == "three")
            .map(|(key, _)| key.split(" |").next().unwrap_or(""))
            .collect();
        assert_eq!(parts, ["Jamaica", "Haiti"], "{k:?}");
        // A number after a toll with no place is no part of it.
        let k =
            keys(&["KINGSTON, Oct 31, 2025 - The storm killed 50 people, and 30 were rescued."]);
        assert!(
            k.iter().all(|(key, t)| t != "30" || !key.contains("died")),
            "{k:?}"
        );
    }

    /// Where the dead were is the place written nearest after the figure; "of
    /// whom" after a manifest is on board; a part "including" people on the ground
    /// is theirs; a passenger's nationality in the sentence before is no place, nor
    /// a city in a compound ("London-bound").
    #[test]
    fn the_dead_on_board_and_on_the_ground() {
        let k = keys(&[
            "NEW DELHI, June 13, 2025 - The Air India flight crashed in Ahmedabad, killing 241 people aboard and dozens on the ground.",
            "AHMEDABAD, June 14, 2025 - The death toll from the Air India crash in India rose to 270 on Saturday, including 29 people on the ground.\n\nThe London-bound Boeing 787 was carrying 242 people, of whom 241 died.",
            "AHMEDABAD, June 13, 2025 - The Air India jet crashed in India. The sole survivor was a British national. At least 24 people on the ground were also killed.",
        ]);
        assert!(
            key_of(&k, "241 people").contains("count [on board]"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "29 people").starts_with("India | died people | count [on the ground]"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "241").starts_with("India | died people | count [on board]"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "At least 24 people")
                .starts_with("India | died people | count [on the ground]"),
            "{k:?}"
        );
    }

    /// An economy's rate near its central bank's name is the economy's, and the
    /// euro zone's figures are Europe's however the zone is written.
    #[test]
    fn a_rate_near_a_central_bank_is_its_economys() {
        let k = keys(&[
            "FRANKFURT, Nov 4, 2025 - Euro zone inflation eased to 2.1% in October, staying close to the European Central Bank's 2% target. Services inflation rose to 3.4%.",
            "FRANKFURT, Nov 4, 2025 - Services inflation rose to 3.5%, the European Central Bank said.",
        ]);
        assert!(
            key_of(&k, "2.1%").starts_with("European Union | inflation"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "3.4%").starts_with("European Union | inflation"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "3.5%").starts_with("European Union | inflation"),
            "{k:?}"
        );
    }

    /// A toll's noun may be "the number of people killed"; the missing may be told
    /// by the verb that links them to their state; a toll after a list of countries
    /// is all of theirs; Hong Kong is a place of its own.
    #[test]
    fn tolls_told_by_number_state_and_list() {
        let k = keys(&[
            "HONG KONG, Nov 28, 2025 - The number of people killed in Hong Kong's worst fire in decades reached 94 on Friday. Around 200 people remained missing.",
            "ISTANBUL, Feb 6, 2023 - A magnitude 7.8 earthquake struck southern Turkey and northern Syria on Monday, killing more than 1,300 people.",
            "ISTANBUL, Feb 9, 2023 - The number of people killed by the earthquakes in Turkey and Syria passed 17,000 on Thursday.",
        ]);
        assert!(
            key_of(&k, "94").starts_with("Hong Kong | died people"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "Around 200 people").starts_with("Hong Kong | missing people"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "more than 1,300 people").starts_with("Syria + Turkey | died people"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "17,000").starts_with("Syria + Turkey | died people"),
            "{k:?}"
        );
    }

    /// A place after a preposition ("mayor of New York City") or owning a plain
    /// noun ("New York City's mayoral election") is not whose share it is.
    #[test]
    fn a_place_is_no_candidate() {
        let k = keys(&[
            "NEW YORK, Nov 5, 2025 - Zohran Mamdani, a 34-year-old democratic socialist, won New York City's mayoral election on Tuesday, defeating former Governor Andrew Cuomo with 50.4% of the vote.",
            "NEW YORK, Nov 5, 2025 - Democrat Zohran Mamdani was elected mayor of New York City, winning 50.4% of the vote to Andrew Cuomo's 41.3%.",
        ]);
        let shares: Vec<&str> = k
            .iter()
            .filter(|(_, t)| t == "50.4%")
            .map(|(key, _)| key.as_str())
            .collect();
        assert_eq!(
            shares,
            ["Mamdani | vote | percent", "Mamdani | vote | percent"],
            "{k:?}"
        );
    }

    /// A group named before its leader ("the Spolu alliance of Prime Minister Petr
    /// Fiala") holds the share; a relative clause in the past is no forecast though
    /// its sentence looks ahead.
    #[test]
    fn a_groups_share_is_the_groups_not_its_leaders() {
        let k = keys(&[
            "PRAGUE, Oct 5, 2025 - Andrej Babis's ANO party won the Czech parliamentary election with 34.5% of the vote.\n\nThe centre-right Spolu alliance of outgoing Prime Minister Petr Fiala came second with 23.4%. ANO is expected to seek the support of the far-right SPD, which took 7.8%.",
        ]);
        assert!(
            key_of(&k, "23.4%").starts_with("Czech Republic Spolu | vote | percent"),
            "{k:?}"
        );
        assert_eq!(
            key_of(&k, "7.8%"),
            "Czech Republic SPD | vote | percent",
            "{k:?}"
        );
    }

    /// "Insured losses could reach $3 billion": a modal is no measure, and insured
    /// losses are not all losses.
    #[test]
    fn a_modal_before_a_link_is_no_measure() {
        let k =
            keys(&["KINGSTON, Oct 31, 2025 - Insured losses in Jamaica could reach $3 billion."]);
        assert!(
            key_of(&k, "$3 billion").starts_with("Jamaica | insured loss |"),
            "{k:?}"
        );
    }

    /// A reporting body's country in the sentence before is not the figure's.
    #[test]
    fn a_reporters_country_is_not_carried_to_the_next_sentence() {
        let k = keys(&[
            "LIMA, March 3, 2026 - A quake struck Peru, killing 30 people.\n\nThe quake hit near Arequipa, the U.S. Geological Survey said. More than 1,500 homes were damaged.",
        ]);
        assert!(
            !key_of(&k, "More than 1,500 homes").starts_with("United States"),
            "{k:?}"
        );
    }

    /// "Down from 33.3% a month earlier": a span of time is no measure.
    #[test]
    fn a_span_of_time_before_earlier_is_no_measure() {
        let k = keys(&[
            "ANKARA, Dec 3, 2025 - Annual inflation in Turkey slowed to 31.9% in November, down from 33.3% a month earlier.",
        ]);
        assert!(
            k.iter().all(|(key, _)| !key.contains("earlier month")),
            "{k:?}"
        );
    }

    /// The hurt, the wounded and the injured are one count, however the verb.
    #[test]
    fn the_hurt_and_the_wounded_are_the_injured() {
        let k = keys(&[
            "LIMA, March 3, 2026 - A quake in Peru killed 25 people. About 150 people were hurt.",
            "LIMA, March 3, 2026 - A quake in Peru killed 25 people and wounded 160 others.",
            "LIMA, March 3, 2026 - A quake struck Peru, killing 25 people and injuring 170 others.",
        ]);
        let injured = key_of(&k, "About 150 people");
        assert!(injured.starts_with("Peru | injured"), "{k:?}");
        assert_eq!(key_of(&k, "160 others"), injured, "{k:?}");
        assert_eq!(key_of(&k, "170 others"), injured, "{k:?}");
    }

    /// "Grew 4.8%, down from an earlier forecast": the time words past "from" are
    /// the compared figure's, not this one's.
    #[test]
    fn a_time_word_past_from_is_the_compared_figures() {
        let k = keys(&[
            "NAIROBI, April 22, 2025 - The IMF sees Kenya's economy growing 4.8% in 2025, down from an earlier forecast.",
            "NAIROBI, April 22, 2025 - Kenya's wages rose 4% from last year.",
        ]);
        assert!(!key_of(&k, "4.8%").contains("earlier"), "{k:?}");
        assert!(!key_of(&k, "4%").contains("2024"), "{k:?}");
    }

    /// A party's share is keyed by its acronym however the sentence dresses it, and
    /// takes the article's one country when its sentence names none.
    #[test]
    fn a_partys_acronym_keys_its_share() {
        let k = keys(&[
            "PRAGUE, Oct 5, 2025 - Billionaire Andrej Babis's ANO party won the Czech election with 34.5% of the vote.",
            "PRAGUE, Oct 5, 2025 - The populist ANO movement led by Andrej Babis took 43.5% of the vote in the Czech Republic's election.",
        ]);
        assert_eq!(key_of(&k, "34.5%"), key_of(&k, "43.5%"), "{k:?}");
        assert!(
            key_of(&k, "34.5%").starts_with("Czech Republic ANO |"),
            "{k:?}"
        );
        let k = keys(&[
            "PRAGUE, Oct 5, 2025 - In the Czech election, the Mayors and Independents (STAN) came third with 11.2%, while the Pirates took 9%.",
        ]);
        assert!(
            key_of(&k, "11.2%").starts_with("Czech Republic STAN | vote"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "9%").starts_with("Czech Republic Pirates | vote"),
            "{k:?}"
        );
        // Initials with small letters among the capitals are initials too.
        let k = keys(&[
            "BERLIN, Feb 24, 2025 - The far-right Alternative for Germany (AfD) came second with 20.8% of the vote.",
            "BERLIN, Feb 24, 2025 - The AfD took 22.8% of the vote in Germany's election.",
        ]);
        assert_eq!(key_of(&k, "20.8%"), key_of(&k, "22.8%"), "{k:?}");
        assert!(
            key_of(&k, "20.8%").starts_with("Germany AfD | vote"),
            "{k:?}"
        );
        // Initials with digits: D66's seats, not its leader's.
        let k = keys(&[
            "THE HAGUE, Nov 1, 2025 - The centrist D66 party led by Rob Jetten won 26 seats in the Dutch election.",
            "AMSTERDAM, Nov 1, 2025 - Rob Jetten's D66 won 27 seats in the Dutch election.",
        ]);
        assert_eq!(key_of(&k, "26 seats"), key_of(&k, "27 seats"), "{k:?}");
        assert!(
            !super::is_acronym("McCain")
                && super::is_acronym("PiS")
                && super::is_acronym("CDU/CSU")
                && super::is_acronym("D66")
                && !super::is_acronym("Q")
        );
    }

    /// "got 23.4%" and "came second with 23.4%" are vote shares in an election story,
    /// and nothing in a story of no vote.
    #[test]
    fn a_share_a_party_won_is_its_vote() {
        let election = "The election was held on Saturday.";
        assert!(super::won_share("The Spolu alliance got ", election, None));
        assert!(super::won_share("STAN came third with ", election, None));
        assert!(super::won_share("the Pirates took ", election, None));
        assert!(super::won_share(
            "ahead of José Antonio Kast with ",
            election,
            None
        ));
        assert!(!super::won_share("Spain with ", election, None));
        // A runoff told as "the second round" is an election too.
        assert!(super::won_share(
            "Nawrocki took ",
            "Nawrocki took 50.89% in the second round.",
            None
        ));
        assert!(!super::won_share(
            "the Pirates took ",
            "Shares rose on Monday.",
            None
        ));
        // The title says what the story is about when the body does not.
        assert!(super::won_share(
            "Jara took ",
            "She thanked supporters.",
            Some("Chile heads to a runoff")
        ));
        assert!(!super::won_share("sales rose ", election, None));
    }

    /// A place before the clause narrows its toll: a province's and a county's
    /// tolls are not the country's or the state's.
    #[test]
    fn a_fronted_place_narrows_a_toll() {
        assert_eq!(
            super::fronted_place("In Indonesia's North Sumatra province, 116 people died"),
            Some("North Sumatra".to_string())
        );
        assert_eq!(
            super::fronted_place("In Kerr County alone, 68 people died"),
            Some("Kerr County".to_string())
        );
        let k = keys(&[
            "In Indonesia, 174 people died this week.",
            "In Indonesia's North Sumatra province, 116 people died this week.",
        ]);
        assert_ne!(key_of(&k, "174 people"), key_of(&k, "116 people"), "{k:?}");
    }

    /// The dead are where they died: "Russian strikes killed 12 people in Kyiv" is
    /// Kyiv's toll, not Russia's.
    #[test]
    fn a_toll_is_where_the_dead_died() {
        let k = keys(&[
            "Russian strikes killed 12 people in Kyiv on Monday.",
            "Russian drones killed three people in Ukraine on Monday.",
        ]);
        assert!(key_of(&k, "12 people").starts_with("Kyiv |"), "{k:?}");
        assert!(key_of(&k, "three people").starts_with("Ukraine |"), "{k:?}");
    }

    /// A company's result in a country is the company's: GM's and Toyota's US sales
    /// never share a key.
    #[test]
    fn a_companys_result_in_a_country_is_the_companys() {
        let k = keys(&[
            "General Motors said its U.S. sales rose 8% in the quarter, while Ford's jumped 8.2%.",
        ]);
        assert!(
            key_of(&k, "8%").starts_with("United States General Motors"),
            "{k:?}"
        );
        let k = keys(&["In the United States, sales increased 8%."]);
        assert!(!k.iter().any(|(_, t)| t == "8%"), "{k:?}");
    }

    /// A count's shares, however they are given: "had", "led with", "trailed with",
    /// and a rival's share after "against ... for", which is no earlier figure.
    #[test]
    fn every_candidates_share_is_keyed_by_the_candidate() {
        let k = keys(&[
            "Honduras votes\n\nNasry Asfura had 40.2% of votes counted on Wednesday against 39.5% for Salvador Nasralla, the electoral council said.\n\nLibre's Rixi Moncada had 17.2%. Later, Asfura led with 40.1% and Moncada trailed with 17.3%.",
        ]);
        let share = |text: &str| keys_of(&k, text);
        assert_eq!(share("40.2%"), ["Honduras Asfura | vote | percent"]);
        assert_eq!(share("39.5%"), ["Honduras Nasralla | vote | percent"]);
        assert_eq!(share("17.2%"), ["Honduras Moncada | vote | percent"]);
        assert_eq!(share("40.1%"), ["Honduras Asfura | vote | percent"]);
        assert_eq!(share("17.3%"), ["Honduras Moncada | vote | percent"]);
        // The party in apposition is not whose share it is; the headline's country
        // is the story's when the body names two.
        let k = keys(&[
            "Honduras election too close to call\n\nRixi Moncada of the ruling Libre party trailed with 19.2%.\n\nU.S. President Donald Trump backed Nasry Asfura in the vote.",
        ]);
        assert_eq!(keys_of(&k, "19.2%"), ["Honduras Moncada | vote | percent"]);
        // A verb left out after "and" is the one before; a day's possessive is no
        // place of the share.
        let k = keys(&[
            "Chile heads to a runoff\n\nJara had 26.8% of the vote and Kast 23.9%. Parisi won 19.7% of the vote in Sunday's first round.",
        ]);
        assert_eq!(keys_of(&k, "23.9%"), ["Chile Kast | vote | percent"]);
        assert_eq!(keys_of(&k, "19.7%"), ["Chile Parisi | vote | percent"]);
        // The name after "and" may be whole, described, and its share in words.
        let k = keys(&[
            "Chile heads to a runoff\n\nJeannette Jara, a former minister, took 26.8 percent and José Antonio Kast 23.9 percent. Parisi won 19.7%, and conservative Evelyn Matthei 12.5%.",
        ]);
        assert_eq!(keys_of(&k, "23.9 percent"), ["Chile Kast | vote | percent"]);
        assert_eq!(keys_of(&k, "12.5%"), ["Chile Matthei | vote | percent"]);
        // A clause with a subject of its own is not the name's share before it.
        let k = keys(&[
            "Chile heads to a runoff\n\nKast is favoured in the runoff because right-wing candidates together won more than 50% of the vote.",
        ]);
        assert!(
            !keys_of(&k, "more than 50%")
                .iter()
                .any(|x| x.contains("Kast")),
            "{k:?}"
        );
        // With no share before it, a name after "and" takes none.
        let k = keys(&["Chile votes\n\nThe turnout of Santiago and Valparaiso 23.9% was low."]);
        assert!(
            keys_of(&k, "23.9%")
                .iter()
                .all(|k| !k.contains("Valparaiso")),
            "{k:?}"
        );
    }

    /// "forced the evacuation of 2,500 residents and killed one woman": the residents
    /// were evacuated, not killed; and the area a fire burned is a tally of it.
    #[test]
    fn what_befell_the_counted_is_read_from_its_own_words() {
        let k = keys(&[
            "MARSEILLE, Aug 6 (AFP) - A wildfire in southern France has burned 16,000 hectares, forced the evacuation of 2,500 residents and killed one woman.",
        ]);
        assert_eq!(
            keys_of(&k, "2,500 residents"),
            ["France | evacuated people | count"]
        );
        assert_eq!(keys_of(&k, "one woman"), ["France | died woman | count"]);
        assert_eq!(
            keys_of(&k, "16,000 hectares"),
            ["France | burned hectare | count"]
        );
    }

    /// "an 8% increase" names no measure: two companies' increases in one country
    /// never meet.
    #[test]
    fn a_bare_change_is_no_measure() {
        let k =
            keys(&["General Motors sold 710,347 vehicles in the United States, an 8% increase."]);
        assert!(!k.iter().any(|(_, t)| t == "8%"), "{k:?}");
    }

    /// An economy's growth is its GDP's, of the quarter it names (in that quarter's
    /// year) and on the basis it gives; a contraction is below zero.
    #[test]
    fn growth_is_of_its_quarter_and_basis() {
        let k = keys(&[
            "BERLIN, July 30, 2025 - Germany's economy contracted by 0.1% in the second quarter. \
             Compared with the same quarter a year earlier, GDP rose 0.4%.",
            "BERLIN, July 30, 2025 - The German economy grew 0.3% in the January-March quarter.",
            "BERLIN, Jan 30, 2026 - German GDP grew 0.2% in the fourth quarter.",
        ]);
        for (said, key) in [
            ("0.1%", "Germany | gdp | percent @2025-Q2"),
            ("0.3%", "Germany | gdp | percent @2025-Q1"),
            ("0.2%", "Germany | gdp | percent @2025-Q4"),
            ("0.4%", "Germany | gdp | percent [year on year]"),
        ] {
            assert_eq!(key_of(&k, said), key, "{k:?}");
        }
        let run = |a: &str, b: &str| {
            let dated = [a, b].map(|t| format!("BERLIN, July 30, 2025 - {t}"));
            super::super::test_run(&[&dated[0], &dated[1]]).findings
        };
        // Shrank against grew by as much is a conflict; shrank against fell is not.
        let a = "Germany's economy shrank 0.1% in the second quarter.";
        assert!(!run(a, "German GDP grew 0.1% in the second quarter.").is_empty());
        assert!(run(a, "German GDP fell 0.1% in the second quarter.").is_empty());
    }

    /// A basis between the verb and the figure ("fell an annualised 1.8%", "shrank
    /// at an annual rate of 1.8%") still makes an annualized contraction; the quarter
    /// before said so ("a quarter-on-quarter decline") is the plain figure.
    #[test]
    fn growth_keeps_its_basis_and_sign_past_the_words_between() {
        let k = keys(&[
            "TOKYO, Nov 17, 2025 - Gross domestic product fell an annualised 1.8% in the third quarter.",
            "TOKYO, Nov 17, 2025 - Japan's economy shrank at an annual rate of 1.9% in the July-September quarter.",
            "TOKYO, Nov 17, 2025 - Japan's GDP posted a quarter-on-quarter decline of 0.4% in the third quarter.",
            "TOKYO, Nov 17, 2025 - On a quarterly basis, Japan's GDP fell 0.6%.",
        ]);
        for (said, key) in [
            ("1.8%", "Japan | gdp | percent [annualized] @2025-Q3"),
            ("1.9%", "Japan | gdp | percent [annualized] @2025-Q3"),
            ("0.4%", "Japan | gdp | percent @2025-Q3"),
            ("0.6%", "Japan | gdp | percent [quarterly]"),
        ] {
            assert_eq!(key_of(&k, said), key, "{k:?}");
        }
        // The sign: a contraction at an annual rate meets a fall, not a rise.
        let run = |a: &str, b: &str| {
            let dated = [a, b].map(|t| format!("TOKYO, Nov 17, 2025 - {t}"));
            super::super::test_run(&[&dated[0], &dated[1]]).findings
        };
        let a = "Japan's economy shrank at an annual rate of 1.8% in the third quarter.";
        assert!(
            run(
                a,
                "Japan's GDP fell an annualised 1.8% in the third quarter."
            )
            .is_empty()
        );
        assert!(
            !run(
                a,
                "Japan's GDP grew an annualised 1.8% in the third quarter."
            )
            .is_empty()
        );
    }

    /// Who was on board is the vessel's manifest, however the clause carries them;
    /// a part of them and what befell them are not.
    #[test]
    fn a_manifest_is_who_was_on_board() {
        let k = keys(&[
            "A ferry carrying 65 people sank off Indonesia's Bali island. It had 53 passengers and 12 crew members on board.",
            "Indonesia's ferry, which sank with 53 passengers and 12 crew, was carrying 22 vehicles.",
            "The ferry sank in Indonesia, killing all 64 people on board. The dead included 51 passengers and 3 of the 12 crew. Some 63 people on board died.",
        ]);
        assert_eq!(
            keys_of(&k, "65 people"),
            ["Indonesia | on board | people | count"]
        );
        assert_eq!(
            keys_of(&k, "53 passengers"),
            ["Indonesia | on board | passengers | count"; 2]
        );
        assert_eq!(keys_of(&k, "12 crew members"), keys_of(&k, "12 crew"));
        assert_eq!(
            keys_of(&k, "12 crew"),
            ["Indonesia | on board | crew | count"]
        );
        assert!(
            !k.iter().any(|(key, t)| key.contains("on board |")
                && (t.contains("64")
                    || t.contains("51")
                    || t.contains("63")
                    || t.contains("3 of the 12"))),
            "{k:?}"
        );
    }

    /// A manifest in a story that names no country ("LOUISVILLE - A UPS cargo plane
    /// crashed") is still keyed, as the one craft's.
    #[test]
    fn a_manifest_with_no_country_is_keyed() {
        let k = keys(&[
            "LOUISVILLE, Nov 5, 2025 - A UPS cargo plane crashed on Tuesday. Three crew members were on board.",
            "LOUISVILLE, Nov 6, 2025 - The UPS plane went down on Tuesday. Two crew members were aboard.",
        ]);
        assert_eq!(
            keys_of(&k, "Three crew members"),
            ["- | on board | crew | count"]
        );
        assert_eq!(
            keys_of(&k, "Three crew members"),
            keys_of(&k, "Two crew members")
        );
    }

    /// A storm named by its name alone ("Kalmaegi packed winds") is the storm its
    /// story named in full.
    #[test]
    fn an_event_by_its_name_alone_is_the_named_event() {
        let k = keys(&[
            "Storm\n\nNov 6, 2025\n\nTyphoon Kalmaegi killed 114 people in the Philippines. Kalmaegi packed maximum sustained winds of 130 km/h.",
        ]);
        assert_eq!(
            keys_of(&k, "130 km/h"),
            ["Typhoon Kalmaegi | km/h wind | count"]
        );
    }

    /// Gaza's toll is Gaza's, not the country's the sentence before names.
    #[test]
    fn gazas_toll_is_not_israels() {
        let k = keys(&[
            "Israeli forces began withdrawing on Friday. Gaza's health ministry says at least 67,194 people have been killed.",
            "The attack killed 1,200 people in Israel.",
        ]);
        assert!(
            key_of(&k, "at least 67,194 people").starts_with("Gaza |"),
            "{k:?}"
        );
        assert!(key_of(&k, "1,200 people").starts_with("Israel |"), "{k:?}");
    }

    /// "116 people died" is a toll, as "116 people were killed" is.
    #[test]
    fn people_who_died_are_a_toll() {
        let k = keys(&[
            "In Indonesia, 116 people died and 42 were missing.",
            "In Indonesia, 118 people were killed.",
        ]);
        assert_eq!(key_of(&k, "116 people"), key_of(&k, "118 people"), "{k:?}");
    }

    /// A country inside an organisation's name ("the Bank of Japan") is not the one
    /// country an article is about.
    #[test]
    fn a_country_in_an_organisations_name_is_no_subject() {
        assert!(super::in_organisation("The Bank of "));
        assert!(super::in_organisation("the Reserve Bank of "));
        assert!(!super::in_organisation("the people of "));
        assert!(!super::in_organisation("In "));
    }

    /// Each figure takes the scope words of its own clause: the annual rate and the
    /// monthly one of one sentence are two keys, and the annual one meets another
    /// article's.
    #[test]
    fn scope_words_belong_to_their_figure() {
        let f = crate::rules::testing::check(
            &[
                "ANKARA, June 3, 2024 - Turkey's annual inflation was 75.45% in May, while monthly inflation was 3.37%.",
                "ANKARA, June 3, 2024 - Turkey's annual inflation was 70.1% in May.",
            ],
            Some("2024-06-03"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["75.45%", "70.1%"], "{f:?}");
    }

    /// "month-on-month" is the monthly rate: it meets "monthly inflation", and not
    /// the annual rate.
    #[test]
    fn month_on_month_is_monthly() {
        let f = crate::rules::testing::check(
            &[
                "ANKARA, Nov 3, 2025 - Turkey's annual inflation was 32.87% in October. Monthly inflation in Turkey was 2.55% in October.",
                "ANKARA, Nov 3, 2025 - Consumer prices in Turkey rose 2.95% month-on-month in October.",
            ],
            Some("2025-11-03"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["2.55%", "2.95%"], "{f:?}");
    }

    /// A share after a measure the lexicon names is that measure's, whatever noun
    /// stands nearer: the two inflation rates meet, and the forecast stays apart.
    #[test]
    fn a_named_measure_before_a_share_is_its_measure() {
        let f = crate::rules::testing::check(
            &[
                "FRANKFURT, June 6, 2024 - Euro zone inflation was 2.6% in May. The ECB raised its inflation forecast to 2.2% from 2.0%.",
                "FRANKFURT, June 6, 2024 - Inflation in the 20 countries that use the euro rose to 2.9% in May.",
            ],
            Some("2024-06-06"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["2.6%", "2.9%"], "{f:?}");
    }

    /// "Services inflation" is a kind of inflation, kept apart by its scope; the
    /// words of a named measure ("gross domestic product") are no scope, so the
    /// deficit "of GDP" meets the deficit "of gross domestic product".
    #[test]
    fn kinds_of_a_rate_are_scopes_and_a_measures_words_are_not() {
        let f = crate::rules::testing::check(
            &[
                "Inflation fell to 1.7% in September. The fiscal deficit target is 4.4% of GDP.",
                "Services inflation dropped to 4.9% in September. The fiscal deficit target is 4.9% of gross domestic product.",
            ],
            Some("2024-10-16"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["4.4%", "4.9%"], "{f:?}");
    }

    /// GDP after "4.8% of" is the base of the share, not its measure: "the deficit
    /// would fall to 3.8% of gross domestic product" is the deficit, and meets "the
    /// budget deficit ... 4.8% of GDP"; a trade deficit never meets it.
    #[test]
    fn a_share_of_gdp_is_its_deficits() {
        let f = crate::rules::testing::check(
            &[
                "Kenya's minister said the deficit would fall to 3.8% of gross domestic product.",
                "Kenya's plan aims to cut the budget deficit to 4.8% of GDP, the minister said.",
                "Kenya's trade deficit widened to 11.2% of GDP, the central bank said.",
            ],
            Some("2026-06-26"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["3.8%", "4.8%"], "{f:?}");
    }

    /// A share of the voters who voted is the turnout, however said; a share of
    /// voters who backed someone is not.
    #[test]
    fn a_share_of_voters_who_turned_out_is_the_turnout() {
        for after in [
            " of voters turned out, the commission said.",
            " of the 21 million eligible voters cast ballots.",
            " of the electorate voted.",
        ] {
            assert_eq!(super::measure_after(after).0, ["turnout"], "{after}");
        }
        assert!(!super::turned_out(" of voters backed the opposition."));
        assert!(!super::turned_out(
            " of young voters who turned out backed him."
        ));
    }

    /// A name before "for" is no measure: the price paid "for DS Smith" is not a
    /// figure about smiths, and a sentence's first word is lower-cased as before.
    #[test]
    fn a_name_linked_before_a_figure_is_no_measure() {
        assert!(super::measure_before("International Paper will buy DS Smith for ").is_empty());
        assert_eq!(
            super::measure_before("Turnout was "),
            vec!["turnout".to_string()]
        );
    }

    /// A forecast is kept apart from the figure of record, and meets forecasts.
    #[test]
    fn a_result_after_a_clause_about_the_future_is_of_record() {
        // The runoff's date and its "will" belong to the clause before "after".
        let f = crate::rules::testing::check(
            &[
                "SANTIAGO, Nov 17, 2025 - Jara and Kast will meet in a December 14 runoff, after Jara won 26.8% of the vote.",
                "SANTIAGO, Nov 17, 2025 - Jara won 28.8% of the vote on Sunday.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["26.8%", "28.8%"], "{f:?}");
        assert_eq!(super::clause_start("They will meet, after Jara won "), 16);
        assert_eq!(super::clause_start("Jara, the communist, won "), 0);
        // No comma needed before a conjunction that only opens a clause.
        assert_eq!(
            super::clause_start("They will meet in a runoff after Jara won "),
            27
        );
        assert_eq!(super::clause_start("After the vote, Jara won "), 0);
    }

    #[test]
    fn a_period_to_a_month_dates_the_figure() {
        // "in the 12 months to October" is October's rate, as "in October" is.
        let f = crate::rules::testing::check(
            &[
                "BRASILIA, Nov 5, 2025 - Brazil's annual inflation eased to 4.68% in October.",
                "BRASILIA, Nov 6, 2025 - Brazil's inflation slowed to 4.86% in the 12 months to October.",
                "BRASILIA, Nov 6, 2025 - Brazil's inflation was 5.17% in the 12 months to September.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["4.68%", "4.86%"], "{f:?}");
    }

    #[test]
    fn a_forecast_is_no_figure_of_record() {
        let f = crate::rules::testing::check(
            &[
                "Global inflation was 6.7% in 2023.",
                "The fund said global inflation would fall to 5.8% in 2023.",
                "The fund expects global inflation of 4.1% in 2023.",
            ],
            Some("2024-10-22"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["5.8%", "4.1%"], "{f:?}");
    }

    /// A prison term is its person's: two reports of one sentence meet, and a
    /// different term is flagged; a term sought is no sentence.
    #[test]
    fn a_prison_term_is_its_persons() {
        let f = crate::rules::testing::check(
            &[
                "NEW YORK, March 28, 2024 - Sam Bankman-Fried, the founder of FTX, was sentenced to 25 years in prison.",
                "Sam Bankman-Fried was sentenced Thursday to 25 years. Prosecutors had sought 40 to 50 years.",
                "Sam Bankman-Fried was jailed for 20 years on Thursday.",
            ],
            Some("2024-03-28"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["20 years"], "{f:?}");
    }

    /// A title-case dateline with its agency is no person, and a nickname in quotes
    /// is part of the name: both reports are Sean Combs's sentence, and meet.
    #[test]
    fn a_prison_term_past_an_agency_dateline_and_a_nickname() {
        let f = crate::rules::testing::check(
            &[
                "New York (AP) \u{2014} Sean Combs was sentenced Friday to 50 months behind bars.",
                "NEW YORK, Oct 3 (Reuters) - Sean \"Diddy\" Combs was sentenced on Friday to 50 months in prison.",
                "New York (AP) \u{2014} Sean Combs was sentenced Friday to 40 months.",
            ],
            Some("2025-10-03"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["40 months"], "{f:?}");
    }

    /// A nickname inside a name counts in the run's length, so the text after the
    /// run is sliced where it is, whatever the nickname's letters.
    #[test]
    fn a_nickname_in_curly_quotes_is_read_past() {
        let head = "Sean \u{201c}D\u{ed}\u{201d} Combs was sentenced to ";
        assert_eq!(
            super::capitalised_run(head),
            Some((
                "Sean Combs".to_string(),
                "Sean \u{201c}D\u{ed}\u{201d} Combs".len()
            ))
        );
        assert_eq!(super::person_named(head).as_deref(), Some("Combs"));
    }

    /// A term is its person's however the sentence titles them, and months meet
    /// years: "four years and two months" and "50 months" agree, "40 months" does not.
    #[test]
    fn a_prison_term_is_its_persons_by_surname_in_years() {
        let f = crate::rules::testing::check(
            &[
                "Former President Jair Bolsonaro was sentenced to 27 years and three months in prison.",
                "Brazil's former president Jair Bolsonaro was sentenced to 27 years and 3 months.",
                "Former leader Bolsonaro was sentenced to 17 years.",
                "Music mogul Sean Combs was sentenced to four years and two months in prison.",
                "Combs was sentenced on Friday to 50 months.",
                "Sean Combs was sentenced to 40 months.",
            ],
            Some("2025-10-03"),
            &[],
        );
        let mut texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        texts.sort_unstable();
        assert_eq!(texts, vec!["17 years", "40 months"], "{f:?}");
    }

    /// A court's sentence is the person's it names after the verb, or the person
    /// named before "him": never the court's.
    #[test]
    fn a_court_s_sentence_is_its_person_s() {
        let k = keys(&[
            "Brazil's Supreme Court on Thursday sentenced former President Jair Bolsonaro, 70, to 27 years and three months in prison.",
            "A panel voted 4-1 on Thursday to convict Jair Bolsonaro, 70, and sentenced him to 27 years and 3 months.",
            "The court sentenced Bolsonaro on Thursday to 17 years.",
            // Titles make the run before the name four words long.
            "Former Brazilian President Jair Bolsonaro was sentenced on Thursday to 25 years in prison.",
        ]);
        for text in [
            "27 years and three months",
            "27 years and 3 months",
            "17 years",
            "25 years",
        ] {
            assert_eq!(
                keys_of(&k, text),
                ["Bolsonaro | sentence | year"],
                "{text}: {k:?}"
            );
        }
    }

    /// A price per unit is some one thing's: Brent's and WTI's prices, gold's and
    /// silver's, never meet; two reports of Brent's do.
    #[test]
    fn a_price_per_unit_is_what_the_clause_names() {
        let f = crate::rules::testing::check(
            &[
                "Brent crude settled at $61.29 a barrel on Friday.",
                "West Texas Intermediate crude settled at $58.29 a barrel on Friday.",
                "Gold rose to $3,240 an ounce.",
                "Silver rose to $32.50 an ounce.",
                "Brent crude settled at $66.29 a barrel on Friday.",
            ],
            Some("2025-05-02"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["$61.29", "$66.29"], "{f:?}");
    }

    /// "Oil prices fell 3%" and "Gold prices rose 2%" are two things' prices: the
    /// word before the noun keeps them apart, and two reports of oil's still meet.
    #[test]
    fn the_word_before_a_measure_says_which() {
        let f = crate::rules::testing::check(
            &[
                "Oil prices fell 3% on Monday.",
                "Gold prices rose 2% on Monday.",
                "Oil prices fell 3% on Monday, traders said.",
                "Oil prices fell 5% on Monday.",
            ],
            Some("2025-05-05"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["5%"], "{f:?}");
    }

    /// "rose 3% over the past year", "fell 2.9% on the news": what follows the
    /// preposition is a time or a cause, not what the figure measures.
    #[test]
    fn a_preposition_after_a_figure_starts_no_measure() {
        let f = crate::rules::testing::check(
            &[
                "Prices rose 3% over the past year.",
                "Wages rose 4% over the past year.",
                "The stock dropped 2.9% on the news.",
                "The bond fell 1.1% on the news.",
            ],
            Some("2025-05-05"),
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
    }

    /// A count that is no tally is its sentence's actor's as well as its country's:
    /// Toyota's recall and Ford's never meet; two reports of Ford's do.
    #[test]
    fn a_count_in_a_country_is_its_actors() {
        let f = crate::rules::testing::check(
            &[
                "Toyota is recalling 500,000 vehicles in the United States.",
                "Ford is recalling 1,075,299 vehicles in the United States.",
                "Ford is recalling 1,075,299 vehicles in the United States, regulators said.",
                "Ford is recalling 1,175,299 vehicles in the United States.",
            ],
            Some("2025-05-21"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["1,175,299 vehicles"], "{f:?}");
    }

    /// A country's rate is keyed one way however the sentence starts: "German
    /// inflation fell to 2.3%" meets "Germany's inflation eased to 2.3%".
    #[test]
    fn a_countrys_rate_has_one_key() {
        let f = crate::rules::testing::check(
            &[
                "BERLIN, March 3 - Germany's inflation eased to 2.3% in February, while France's inflation slowed to 0.9%.",
                "BERLIN, March 3 - German inflation fell to 2.3% in February.",
                "BERLIN, March 3 - German inflation fell to 2.5% in February.",
            ],
            Some("2025-03-03"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["2.5%"], "{f:?}");
    }

    /// A country's rate with no country by it is the country's the article names,
    /// when it names only one: Poland's and Romania's turnouts two weeks apart never
    /// meet, two reports of Poland's do.
    #[test]
    fn a_rate_takes_the_only_country_of_its_article() {
        let f = crate::rules::testing::check(
            &[
                "WARSAW, June 2 - Karol Nawrocki won Poland's presidential election. His rival conceded. Turnout was 71.63%.",
                "WARSAW, June 2 - Nawrocki narrowly won the runoff in Poland. Turnout reached a record 71.63%.",
                "BUCHAREST, May 19 - Nicusor Dan won Romania's presidential runoff. Turnout was 64.7%.",
                "WARSAW, June 2 - Poland's new president will take office in August. Turnout was 61.63%.",
            ],
            Some("2025-06-02"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["61.63%"], "{f:?}");
    }

    /// An article that names no country is about the one whose capital its dateline
    /// names: its rate meets a report that names the country, and not another's.
    #[test]
    fn a_rate_with_no_country_named_takes_its_datelines() {
        let k = keys(&[
            "Bihar result\n\nNEW DELHI - The alliance swept Bihar. Voter turnout was 66.91 per cent.",
            "Bihar result\n\nPATNA, Nov 14, 2025 - India's ruling alliance swept Bihar. Turnout was 66.91%.",
            "Vote\n\nLIMA - The count went on. Turnout was 74.2%.",
            "Vote\n\nPATNA - The count went on. Turnout was 64.2%.",
        ]);
        assert_eq!(keys_of(&k, "66.91 per cent"), ["India | turnout | percent"]);
        assert_eq!(keys_of(&k, "66.91%"), ["India | turnout | percent"]);
        assert_eq!(keys_of(&k, "74.2%"), ["Peru | turnout | percent"]);
        // A city that is no capital names no country.
        assert_eq!(keys_of(&k, "64.2%"), ["- | turnout | percent"]);
    }

    /// A clause's words as a subject start past the dateline: reports from two days
    /// of the same month's arrests meet.
    #[test]
    fn a_clause_subject_skips_the_dateline() {
        let f = crate::rules::testing::check(
            &[
                "WASHINGTON, April 15 - Border Patrol agents made 7,181 arrests in March.",
                "WASHINGTON, April 16 - Border Patrol agents made 7,181 arrests in March.",
                "WASHINGTON, April 17 - Border Patrol agents made 7,811 arrests in March.",
            ],
            Some("2025-04-15"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["7,811 arrests"], "{f:?}");
    }

    /// What happens after a clause ends is not the count's: "with 140 mph winds, has
    /// killed 44 people" kills nobody with the winds.
    #[test]
    fn a_count_predicate_stays_in_its_clause() {
        assert_eq!(
            super::count_predicate("with ", " mph winds, has killed 44"),
            None
        );
        assert_eq!(
            super::count_predicate("", " people were evacuated").as_deref(),
            Some("evacuated")
        );
    }

    /// Arrests are one count whether the arrested are called people or protesters,
    /// and no count of the crowd.
    #[test]
    fn detained_protesters_are_arrested_people() {
        let k = keys(&[
            "NAIROBI, June 26, 2025 - Kenyan police arrested 485 people during protests on Wednesday.",
            "NAIROBI, June 26, 2025 - Police in Kenya detained 485 protesters on Wednesday.",
        ]);
        assert_eq!(
            keys_of(&k, "485 people"),
            // Wednesday's arrests, told the day after.
            ["Kenya | arrested people | count @as of 2025-06-25"]
        );
        assert_eq!(keys_of(&k, "485 protesters"), keys_of(&k, "485 people"));
    }

    /// Prisoners freed, being freed or released are one count.
    #[test]
    fn freed_prisoners_are_released_prisoners() {
        let k = keys(&[
            "TEL AVIV, Oct 13, 2025 - Israel began freeing 1,968 Palestinian prisoners.",
            "TEL AVIV, Oct 13, 2025 - Israel freed 1,968 prisoners.",
            "TEL AVIV, Oct 13, 2025 - Israel released about 2,000 Palestinian prisoners.",
        ]);
        let want = ["Israel | prisoner released | count @as of 2025-10-13"];
        assert_eq!(keys_of(&k, "1,968 Palestinian prisoners"), want);
        assert_eq!(keys_of(&k, "1,968 prisoners"), want);
        assert_eq!(keys_of(&k, "about 2,000 Palestinian prisoners"), want);
    }

    /// A part of a toll given after "including" is the place's written after it,
    /// not the whole toll's country.
    #[test]
    fn a_toll_including_a_part_keys_the_part_by_its_place() {
        let k = keys(&[
            "ISLAMABAD, Aug 18, 2025 - Monsoon rains have killed 657 people in Pakistan, including 337 in Khyber Pakhtunkhwa, officials said.",
        ]);
        let of = |t| keys_of(&k, t);
        assert_eq!(
            of("657 people"),
            ["Pakistan | died people | count @as of 2025-08-18"]
        );
        assert_eq!(
            of("337"),
            ["Khyber Pakhtunkhwa | died people | count @as of 2025-08-18"]
        );
    }

    /// Every way of telling a strike counts its strikers by one predicate, so two
    /// reports of them meet.
    #[test]
    fn strikers_are_one_count_however_told() {
        for (before, after) in [
            ("More than ", " walked off the job on Friday."),
            ("About ", " went on strike."),
            ("", " are on strike."),
            ("the walkout by ", " began."),
            ("a strike by ", "."),
        ] {
            assert_eq!(
                super::count_predicate(before, after).as_deref(),
                Some("on strike"),
                "{before}|{after}"
            );
        }
        let f = crate::rules::testing::check(
            &[
                "SEATTLE, Sept 13, 2024 - More than 33,000 Boeing machinists walked off the job on Friday.",
                "SEATTLE, Sept 13, 2024 - The walkout by 30,000 machinists began on Friday.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            texts,
            ["More than 33,000 Boeing machinists", "30,000 machinists"],
            "{f:?}"
        );
    }

    /// A past tense right after a count's noun is its verb ("120 buildings
    /// collapsed"), so two reports of the count meet; after an article the words name
    /// things met before and count nothing.
    #[test]
    fn a_past_tense_after_the_noun_is_the_counts_verb() {
        assert_eq!(
            super::count_predicate("More than ", " collapsed.").as_deref(),
            Some("collapsed")
        );
        assert_eq!(
            super::count_predicate("In 2023, the ", " signed a deal"),
            None
        );
        let f = crate::rules::testing::check(
            &[
                "A quake hit Turkey on Sunday. The agency said 120 buildings collapsed.",
                "A quake hit Turkey on Sunday. In all, 210 buildings collapsed.",
            ],
            Some("2026-02-09"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["120 buildings", "210 buildings"], "{f:?}");
    }

    /// A place set before the clause is the subject of the sentence's figures: two
    /// states' tolls the same day never meet; two reports of one state's do.
    #[test]
    fn a_fronted_place_is_the_subject() {
        let f = crate::rules::testing::check(
            &[
                "In Georgia, Governor Brian Kemp said 17 people had died.",
                "In North Carolina, Governor Roy Cooper said 11 people had died.",
                "In Georgia, officials said 17 people had died.",
                "In Georgia, officials said 19 people had died.",
            ],
            Some("2024-09-28"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["19 people"], "{f:?}");
        assert_eq!(super::fronted_place("In 2024, sales rose"), None);
        assert_eq!(super::fronted_place("In March, 5 people"), None);
    }

    /// A date past a participle's comma ("..., boosting bets on a cut in December")
    /// is that clause's, not the figure's.
    #[test]
    fn a_date_in_a_participle_clause_is_not_the_figures() {
        let keys = crate::claim::test_keys(&[
            "LONDON, Nov 19, 2025 - Data showed that in Britain inflation fell to 3.5% in October, boosting bets on a rate cut in December.",
        ]);
        let inflation: Vec<&str> = keys
            .iter()
            .filter(|(k, _)| k.contains("inflation"))
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(
            inflation,
            ["United Kingdom | inflation | percent @2025-10"],
            "{keys:?}"
        );
    }

    /// "Services inflation, watched closely by the BoE, eased to 4.5%": the measure
    /// is the noun before the aside; and a body that writes its one country as "UK"
    /// gives a rate with no country by it to the United Kingdom.
    #[test]
    fn a_measure_before_an_aside_of_a_country_in_capitals() {
        let keys = crate::claim::test_keys(&[
            "LONDON, Nov 19, 2025 - UK inflation slowed in October. Services inflation, watched closely by the BoE, eased to 4.5%.",
        ]);
        let services: Vec<&str> = keys
            .iter()
            .filter(|(_, t)| t == "4.5%")
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(
            services,
            ["United Kingdom | inflation | percent [services]"],
            "{keys:?}"
        );
    }

    #[test]
    fn an_articles_own_list_is_no_count() {
        let keys = crate::claim::test_keys(&[
            "Dutch vote: five things to know. The PVV won 26 seats. Here are 3 takeaways.",
        ]);
        let texts: Vec<&str> = keys.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["26 seats"], "{keys:?}");
    }

    /// A storm's article with one named storm still gives each place its own toll:
    /// a place set before the clause, or named right after the toll past an earlier
    /// clause's place, is whose toll it is.
    #[test]
    fn a_toll_is_its_place_not_the_storm() {
        let keys = crate::claim::test_keys(&[
            "KINGSTON, Oct 30, 2025 - Hurricane Melissa left Jamaica in ruins. In Haiti, where the storm caused severe flooding, officials said at least 30 people were killed.",
            "KINGSTON, Oct 28, 2025 - Three people were killed in Jamaica, and at least three others died in Haiti.",
        ]);
        let subjects: Vec<&str> = keys
            .iter()
            .filter(|(k, _)| k.contains("died"))
            .map(|(k, _)| k.split(" | ").next().unwrap_or_default())
            .collect();
        assert_eq!(subjects, ["Haiti", "Jamaica", "Haiti"], "{keys:?}");
    }

    /// "169 of 343 seats" counts the party's seats, as "won 169 seats" does; the
    /// whole is no figure of the party's.
    #[test]
    fn a_part_of_a_whole_is_the_part() {
        let f = crate::rules::testing::check(
            &[
                "In Canada, the Liberals won 169 seats in Monday's election.",
                "In Canada, the Liberals won 169 of 343 seats in Monday's election.",
                "In Canada, the Liberals won 169 out of the 343 seats in Monday's election.",
                "In Canada, the Liberals won 172 of 343 seats in Monday's election.",
            ],
            Some("2025-04-29"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["172 of 343 seats"], "{f:?}");
    }

    /// Turnout is a measure whatever noun stands nearer ("Turnout in the German
    /// election was"), and "the highest since reunification in 1990" does not date it.
    #[test]
    fn turnout_is_a_measure_and_since_a_year_no_time() {
        let f = crate::rules::testing::check(
            &[
                "Turnout in the German election was 82.5%, the highest since reunification in 1990.",
                "Germany's turnout was 82.5%.",
                "Turnout in Germany's election was 85.2%.",
            ],
            Some("2025-02-24"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["85.2%"], "{f:?}");
    }

    /// A toll with no country in its sentence is the country's the sentence before
    /// names; with two countries there, it stays without one.
    #[test]
    fn a_toll_takes_the_country_of_the_sentence_before() {
        let f = crate::rules::testing::check(
            &[
                "A powerful earthquake struck Myanmar. The death toll rose to 1,644.",
                "The quake in Myanmar killed 1,644 people.",
                "A quake hit Myanmar. The death toll rose to 1,464.",
                "A quake hit Myanmar and Thailand. The death toll rose to 1,700.",
            ],
            Some("2025-03-29"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["1,464"], "{f:?}");
    }

    /// A death toll's bare number counts the dead, as "killing 2,012 people" does:
    /// the two meet, and a different toll the same day disagrees.
    #[test]
    fn a_death_toll_counts_the_dead() {
        let f = crate::rules::testing::check(
            &[
                "RABAT, Sept 10, 2023 - The death toll from the earthquake in Morocco rose to 2,012.",
                "RABAT, Sept 10, 2023 - The quake struck Morocco, killing at least 2,012 people.",
                "RABAT, Sept 10, 2023 - The death toll in Morocco stood at 1,305.",
            ],
            Some("2023-09-10"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["1,305"], "{f:?}");
        assert!(super::death_toll("The death toll from the floods rose to "));
        assert!(!super::death_toll("The death toll rose from "));
        assert!(!super::death_toll("The toll road cost "));
    }

    /// A named fire or storm is the subject of its figures: two fires' acres in one
    /// article are two keys, and one fire's acres meet another article's.
    #[test]
    fn a_named_event_is_the_subject_of_its_figures() {
        let f = crate::rules::testing::check(
            &[
                "LOS ANGELES, Jan 12, 2025 - The Palisades Fire has burned 23,713 acres. The Eaton Fire has scorched 14,117 acres.",
                "LOS ANGELES, Jan 12, 2025 - The Palisades Fire, which has consumed 31,000 acres, is spreading.",
            ],
            Some("2025-01-12"),
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(texts, vec!["23,713 acres", "31,000 acres"], "{f:?}");
        assert_eq!(
            super::named_event("Forecasters said Hurricane Milton"),
            Some("Hurricane Milton".to_string())
        );
        assert_eq!(super::named_event("The fire has burned"), None);
        // The area a fire burned is the fire's, though a county is named after it.
        let k = keys(&[
            "LOS ANGELES, Jan 12, 2025 - The Eaton Fire has burned 14,117 acres in Los Angeles County.",
            "LOS ANGELES, Jan 12, 2025 - The Eaton Fire has scorched 13,690 acres.",
        ]);
        assert_eq!(
            [keys_of(&k, "14,117 acres"), keys_of(&k, "13,690 acres")].concat(),
            [
                "Eaton Fire | acre burned | count @as of 2025-01-12",
                "Eaton Fire | acre burned | count @as of 2025-01-12"
            ]
        );
    }

    /// A quake's magnitude is keyed however it is written, in the country the
    /// article names (a reporting agency's "U.S." is no such country); a second quake
    /// or an aftershock is another figure, and a bare "6.0 earthquake" is no magnitude.
    #[test]
    fn a_quakes_magnitude_is_keyed_however_written() {
        let k = keys(&[
            "A magnitude 6.3 earthquake struck northern Afghanistan, the U.S. Geological Survey said.",
            "A 6.0-magnitude earthquake shook northern Afghanistan on Monday.",
            "In Afghanistan, the earthquake, which measured 6.3, damaged 700 homes.",
            "In Afghanistan, a magnitude 5.2 aftershock followed. A second quake of magnitude 5.9 struck. A 6.0 earthquake hit in August.",
        ]);
        let of = |t: &str| super::super::keys_of(&k, t);
        let main = [of("6.3 earthquake"), of("6.0"), of("6.3")].concat();
        assert_eq!(main.len(), 3, "{k:?}");
        assert!(
            main.iter()
                .all(|x| x == "Afghanistan | earthquake magnitude | count"),
            "{k:?}"
        );
        // One quake's magnitude, whenever each report says it struck.
        let k = keys(&[
            "KABUL, Sept 1, 2025 - An earthquake of magnitude 6.3 hit Afghanistan on Sunday night.",
            "KABUL, Sept 1, 2025 - The 6.0-magnitude quake struck Afghanistan on Sunday, August 31.",
        ]);
        let one = [
            super::super::keys_of(&k, "6.3"),
            super::super::keys_of(&k, "6.0"),
        ]
        .concat();
        assert_eq!(
            one, ["Afghanistan | earthquake magnitude | count"; 2],
            "{k:?}"
        );
        let (after, second) = (of("5.2 aftershock"), of("5.9"));
        assert!(after.len() == 1 && after[0].contains("aftershock"), "{k:?}");
        assert!(second.len() == 1 && second[0].contains("second"), "{k:?}");
        assert!(of("6.0 earthquake").is_empty(), "{k:?}");
    }

    /// A quake's depth is the country's quake's, wherever near it a report places it.
    #[test]
    fn a_quakes_depth_is_the_quakes() {
        let k = keys(&[
            "KABUL, Sept 2, 2025 - A magnitude 6.0 earthquake struck Afghanistan. The quake hit at a depth of 8 km near Jalalabad in Nangarhar province.",
            "KABUL, Sept 2, 2025 - The earthquake in Afghanistan struck at a depth of 10 km on Sunday night.",
        ]);
        assert_eq!(keys_of(&k, "8 km"), keys_of(&k, "10 km"), "{k:?}");
        assert!(keys_of(&k, "8 km")[0].starts_with("Afghanistan |"), "{k:?}");
    }

    /// A magnitude after "aftershocks, including one of" is an aftershock's, and a
    /// "second-largest" city names no second quake: the main quake's key stays bare.
    #[test]
    fn an_aftershock_named_before_and_a_compound_ordinal_do_not_change_the_quake() {
        let k = keys(&[
            "YANGON, March 31, 2025 - The magnitude 7.7 quake hit at midday on Friday near Mandalay, Myanmar's second-largest city, followed by aftershocks, including one of magnitude 6.4.",
        ]);
        let of = |t: &str| super::super::keys_of(&k, t);
        assert_eq!(
            of("7.7 quake"),
            ["Myanmar | earthquake magnitude | count"],
            "{k:?}"
        );
        assert_eq!(
            of("6.4"),
            ["Myanmar | aftershock magnitude | count"],
            "{k:?}"
        );
    }

    /// A storm's readings are its country's, and "up to" a peak is that peak: gusts
    /// of up to 185 and up to 205 km/h disagree. The dead "in the central
    /// Philippines" are the Philippines' whatever storm the sentence names.
    #[test]
    fn a_peak_reading_is_its_figure_and_its_countrys() {
        let run = crate::claim::test_run(&[
            "Typhoon\n\nNov 6, 2025\n\nTyphoon Kalmaegi killed 114 people in the central Philippines. It brought gusts of up to 185 km/h.",
        ]);
        let k = &run.claims;
        let gust = k
            .iter()
            .find(|c| c.key().contains("gust"))
            .expect("gust keyed");
        assert_eq!(gust.key(), "Philippines | gust km/h | count");
        assert!(
            matches!(gust.value(), crate::claim::Value::Figure { low, high, .. } if *low == 185.0 && *high == 185.0),
            "{:?}",
            gust.value()
        );
        let toll = k
            .iter()
            .find(|c| c.key().contains("died"))
            .expect("toll keyed");
        assert!(
            toll.key().starts_with("Philippines | died people"),
            "{}",
            toll.key()
        );
        // A count of people "up to" a figure stays a ceiling.
        let run = crate::claim::test_run(&[
            "Typhoon\n\nNov 6, 2025\n\nThe storm displaced up to 5,000 people in the Philippines.",
        ]);
        assert!(
            run.claims.iter().any(
                |c| matches!(c.value(), crate::claim::Value::Figure { low, .. } if *low == 0.0)
            )
        );
    }

    /// "Of the 242 people on board, 229 were killed": the dead, their noun left out,
    /// as of the article's day although the sentence dates the crash.
    #[test]
    fn a_number_that_died_is_a_toll() {
        let k = keys(&[
            "Crash\n\nJune 13, 2025\n\nOf the 242 people on board the flight in India, 229 were killed when the plane came down on Wednesday, June 12.",
        ]);
        let toll = super::super::keys_of(&k, "229");
        assert_eq!(toll.len(), 1, "{k:?}");
        assert!(
            toll[0].contains("died") && toll[0].ends_with("@as of 2025-06-13"),
            "{k:?}"
        );
        // The hurt, their noun left out, after "injuring" or before "injured"; a list
        // of places is no one place of the figure.
        let k = keys(&[
            "Quake\n\nSept 1, 2025\n\nThe quake hit Afghanistan, killing 800 people and injuring 2,800.",
            "Quake\n\nSept 1, 2025\n\nIn Afghanistan, 610 people were killed and 2,900 injured in Kunar and Nangarhar provinces.",
        ]);
        let hurt = [
            super::super::keys_of(&k, "2,800"),
            super::super::keys_of(&k, "2,900"),
        ]
        .concat();
        assert_eq!(
            hurt, ["Afghanistan | injured people | count @as of 2025-09-01"; 2],
            "{k:?}"
        );
        // "were confirmed dead": the state the verb vouches for, not the verb.
        let k = keys(&[
            "Ferry\n\nJuly 4, 2025\n\nIn Indonesia, six people were confirmed dead and 30 were feared missing.",
        ]);
        assert_eq!(
            super::super::keys_of(&k, "six people"),
            ["Indonesia | died people | count @as of 2025-07-04"],
            "{k:?}"
        );
        // "which killed 79": the dead, their noun left out after the verb; in a
        // Spanish story "the Santiago crash" is no Chilean toll.
        let k = keys(&[
            "Crash\n\nJan 20, 2026\n\nIt was Spain's worst rail disaster since the 2013 Santiago crash, which killed 79.",
        ]);
        assert_eq!(
            super::super::keys_of(&k, "79"),
            ["Spain | died people | count @2013"],
            "{k:?}"
        );
        // "Others" hurt are people; other homes damaged are not.
        let k = keys(&[
            "Quake\n\nSept 4, 2025\n\nThe quake in Afghanistan killed 2,205 people and injured 3,460 others.",
            "Quake\n\nSept 4, 2025\n\nIn Afghanistan, 7,000 homes were destroyed and 3,000 others were damaged.",
        ]);
        assert_eq!(
            super::super::keys_of(&k, "3,460 others"),
            ["Afghanistan | injured people | count @as of 2025-09-04"],
            "{k:?}"
        );
        assert!(
            super::super::keys_of(&k, "3,000 others")
                .iter()
                .all(|k| !k.contains("people")),
            "{k:?}"
        );
        // A number before other words is no toll.
        let k =
            keys(&["India\n\nJune 13, 2025\n\nOf the 242 seats, 229 were won by the alliance."]);
        assert!(
            super::super::keys_of(&k, "229")
                .iter()
                .all(|k| !k.contains("died"))
        );
    }

    /// "The deadliest since 2023, when about 1,500 people died": the toll of the
    /// year the "when" clause tells of, never the current one.
    #[test]
    fn a_when_clause_dates_its_figure_by_the_year_before_it() {
        let k = keys(&[
            "Quake\n\nSept 4, 2025\n\nThe quake in Afghanistan has killed 2,205 people. It was the deadliest since 2023, when about 1,500 people died.",
        ]);
        assert_eq!(
            super::super::keys_of(&k, "about 1,500 people"),
            ["Afghanistan | died people | count @2023"],
            "{k:?}"
        );
        assert_eq!(
            super::super::keys_of(&k, "2,205 people"),
            ["Afghanistan | died people | count @as of 2025-09-04"],
            "{k:?}"
        );
        // A clause about an event the year names: "the 2004 tsunami, which killed".
        let k = keys(&[
            "Cyclone\n\nDec 3, 2025\n\nThe cyclone killed at least 355 people in Sri Lanka, the deadliest disaster since the 2004 tsunami, which killed about 35,000 people on the island.",
        ]);
        assert_eq!(
            super::super::keys_of(&k, "about 35,000 people"),
            ["Sri Lanka | died people | count @2004"],
            "{k:?}"
        );
    }

    /// An economy's growth named by its noun is its GDP's; a year's possessive is
    /// the same measure's; a forecast is of a year however it is named, made in its
    /// article's month; a time word past an "and" is the other figure's.
    #[test]
    fn growth_forecasts_meet_however_they_are_told() {
        let k = keys(&[
            "Budget\n\nNov 26, 2025\n\nThe OBR lifted its forecast for growth this year to 1.5% and cut next year's to 1.2%.",
            "Budget\n\nNov 27, 2025\n\nThe OBR expects the economy to grow by 1.5% in 2025 and by 1.4% in 2026.",
            "Budget\n\nNov 27, 2025\n\nThe OBR raised its growth forecast for 2025 to 1.5% from 1.0%.",
            "Pay\n\nNov 27, 2025\n\nThe OBR said wage growth would slow to 3.2% in 2026.",
        ]);
        let of = |t: &str| keys_of(&k, t);
        let this_year = "- | gdp | percent [forecast] @2025,as of 2025-11";
        assert_eq!(of("1.5%"), [this_year; 3], "{k:?}");
        let next_year = "- | gdp | percent [forecast] @2026,as of 2025-11";
        assert_eq!(of("1.2%"), [next_year], "{k:?}");
        assert_eq!(of("1.4%"), [next_year], "{k:?}");
        assert!(of("3.2%").iter().all(|k| !k.contains("gdp")), "{k:?}");
        // A forecast made a year before is another round's.
        let k = keys(&[
            "ECB\n\nJune 6, 2024\n\nThe ECB raised its inflation forecast for 2025 to 2.2%.",
            "ECB\n\nJune 5, 2025\n\nThe ECB now sees inflation averaging 2.0% this year.",
        ]);
        assert_ne!(keys_of(&k, "2.2%"), keys_of(&k, "2.0%"), "{k:?}");
    }

    /// A party's seats in a story that names no country are the party's, not the
    /// words of its clause.
    #[test]
    fn seats_with_no_country_are_the_partys() {
        let k = keys(&[
            "Vote\n\nJul 22, 2025\n\nThe populist Sanseito party won 14 seats in Sunday's election.",
        ]);
        assert_eq!(
            keys_of(&k, "14 seats"),
            ["Sanseito | seat | count"],
            "{k:?}"
        );
    }

    /// A fire's containment is of its day, however it is written.
    #[test]
    fn containment_is_of_its_day() {
        let k = keys(&[
            "Fire\n\nSept 3, 2025\n\nThe Canyon Fire was 15% contained.",
            "Fire\n\nSept 4, 2025\n\nThe Canyon Fire grew to 12,600 acres, with containment at 35%.",
        ]);
        assert_eq!(
            keys_of(&k, "15%"),
            ["Canyon Fire | contained | percent @as of 2025-09-03"],
            "{k:?}"
        );
        assert_eq!(
            keys_of(&k, "35%"),
            ["Canyon Fire | contained | percent @as of 2025-09-04"],
            "{k:?}"
        );
        // "had contained 11% of the Palisades Fire" is the fire's containment too.
        let k = keys(&[
            "Fire\n\nJan 10, 2025\n\nFirefighters had contained 11% of the Palisades Fire by Friday evening.",
            "Fire\n\nJan 10, 2025\n\nThe Palisades Fire was 8% contained.",
            "Fire\n\nJan 10, 2025\n\nCrews contained 40% of the blaze.",
        ]);
        assert_eq!(keys_of(&k, "11%"), keys_of(&k, "8%"), "{k:?}");
        assert_eq!(
            keys_of(&k, "8%"),
            ["Palisades Fire | contained | percent @as of 2025-01-10"]
        );
        // A fire not named is no named fire's.
        assert!(
            keys_of(&k, "40%").iter().all(|k| !k.contains("Fire")),
            "{k:?}"
        );
    }

    /// People under an order are counted by the order, whatever verb links them:
    /// "were under" and "remained under" evacuation orders are one count.
    #[test]
    fn a_count_under_an_order_is_keyed_by_the_order() {
        let k = keys(&[
            "Fire\n\nJan 10, 2025\n\nAbout 180,000 people were under evacuation orders.",
            "Fire\n\nJan 10, 2025\n\nSome 153,000 residents remained under evacuation orders.",
            "Fire\n\nJan 10, 2025\n\nAnother 200,000 people were under evacuation warnings.",
        ]);
        assert_eq!(
            keys_of(&k, "About 180,000 people"),
            keys_of(&k, "Some 153,000 residents")
        );
        assert_eq!(
            keys_of(&k, "About 180,000 people"),
            ["- | people under evacuation order | count @as of 2025-01-10"]
        );
        assert_ne!(
            keys_of(&k, "About 180,000 people"),
            keys_of(&k, "Another 200,000 people")
        );
    }

    /// A plural is its singular, with "es" after a hiss, "ies" as "y", and the
    /// singular nouns in "s" left whole.
    #[test]
    fn plurals_are_their_singulars() {
        for (plural, one) in [
            ("taxes", "tax"),
            ("matches", "match"),
            ("losses", "loss"),
            ("crashes", "crash"),
            ("casualties", "casualty"),
            ("houses", "house"),
            ("homes", "home"),
            ("basis", "basis"),
            ("status", "status"),
            ("kilometers", "kilometre"),
        ] {
            assert_eq!(super::lemma(plural), one, "{plural}");
        }
    }

    /// A span of time names no measure: "its first $100 billion quarter" and "$24
    /// billion in the quarter" are not one figure told twice.
    #[test]
    fn a_span_of_time_is_no_measure() {
        let k = keys(&[
            "Results\n\nOct 29, 2025\n\nAlphabet had its first $100 billion quarter.",
            "Results\n\nOct 30, 2025\n\nSpending in the quarter was $24 billion.",
        ]);
        assert!(keys_of(&k, "$100 billion").is_empty(), "{k:?}");
    }

    /// "88 deaths" counts the dead as "88 people died" does, whatever verb tells of
    /// them; a district's toll is the district's, named before its kind.
    #[test]
    fn deaths_are_a_toll_and_a_district_keeps_its_own() {
        let k = keys(&[
            "Floods\n\nDec 2, 2025\n\nKandy district recorded 88 deaths.",
            "Floods\n\nDec 2, 2025\n\nIn Kandy district 98 people died.",
            "Floods\n\nDec 2, 2025\n\nThe Badulla district was the worst hit, with 83 deaths.",
        ]);
        assert_eq!(
            super::super::keys_of(&k, "88 deaths"),
            ["Kandy | died people | count @as of 2025-12-02"],
            "{k:?}"
        );
        assert_eq!(
            super::super::keys_of(&k, "98 people"),
            ["Kandy | died people | count @as of 2025-12-02"],
            "{k:?}"
        );
        assert_eq!(
            super::super::keys_of(&k, "83 deaths"),
            ["Badulla | died people | count @as of 2025-12-02"],
            "{k:?}"
        );
    }

    /// A share of the vote is a candidate's, named by surname however each article
    /// introduces them; a name or a year in an aside is not the figure's, nor is a
    /// date in a clause after it; with no name before it, a share is not keyed.
    #[test]
    fn a_vote_share_is_the_candidates_named_nearest_before_it() {
        let k = keys(&[
            "SANTIAGO, Nov 17, 2025 - Communist Party candidate Jeannette Jara won 26.8% of the vote in Chile's election, ahead of José Antonio Kast with 23.9%, setting up a runoff on December 14.",
            "SANTIAGO, Nov 17, 2025 - In Chile's election, leftist Jeannette Jara took 26.8% of the vote, while José Antonio Kast received 25.9%.",
            "SANTIAGO, Nov 18, 2025 - In Chile's election, Kast, who lost the 2021 runoff to Boric, got 23.9% of the vote.",
            "SANTIAGO, Nov 18, 2025 - In the election, it took 40% of the vote.",
        ]);
        let of = |t: &str| super::super::keys_of(&k, t);
        let kast: Vec<String> = [of("23.9%"), of("25.9%")].concat();
        assert_eq!(kast.len(), 3, "{k:?}");
        assert!(
            kast.iter().all(|x| x == "Chile Kast | vote | percent"),
            "{k:?}"
        );
        let jara = of("26.8%");
        assert_eq!(jara, ["Chile Jara | vote | percent"; 2], "{k:?}");
        assert!(of("40%").is_empty(), "{k:?}");
        // A party beaten, then a relative clause: its own share, not the winner's.
        let k = keys(&[
            "BUENOS AIRES, Oct 27, 2025 - Argentina's ruling Avanza party won 40.7% of the vote, beating the Peronist Fuerza Patria coalition, which took 31.7%.",
        ]);
        let of = |t: &str| super::super::keys_of(&k, t);
        assert_eq!(of("40.7%"), ["Argentina Avanza | vote | percent"], "{k:?}");
        assert_eq!(of("31.7%"), ["Argentina Patria | vote | percent"], "{k:?}");
    }

    /// Vote shares and seats of three parties, one per article, all in Britain:
    /// keyed by party, they never meet.
    #[test]
    fn a_vote_share_is_a_partys() {
        let f = crate::rules::testing::check(
            &[
                "LONDON, July 5, 2024 (Reuters) - Britain's Labour Party won a landslide, taking 33.7% of the vote and 411 seats.",
                "LONDON, July 5, 2024 - Nigel Farage's Reform UK won 14.3% of the vote in Britain, but only five seats.",
                "LONDON, July 5, 2024 - In Britain, the Conservatives won 23.7% of the vote and 121 seats.",
            ],
            Some("2024-07-05"),
            &[],
        );
        assert!(f.is_empty(), "{f:?}");
        // One party given two shares does conflict.
        let f = crate::rules::testing::check(
            &[
                "LONDON, July 5, 2024 - Britain's Labour Party won 33.7% of the vote.",
                "LONDON, July 5, 2024 - Britain's Labour Party won 40.2% of the vote.",
            ],
            Some("2024-07-05"),
            &[],
        );
        assert_eq!(f.len(), 2, "{f:?}");
    }

    /// "annual inflation" is the inflation every report gives; monthly is another.
    #[test]
    fn annual_inflation_is_inflation() {
        let k = keys(&[
            "Britain's annual inflation rate fell to 3.6% in October, while monthly inflation was 0.4%.",
            "UK inflation eased to 3.5% in October.",
        ]);
        assert_eq!(keys_of(&k, "3.6%"), keys_of(&k, "3.5%"), "{k:?}");
        assert_ne!(keys_of(&k, "0.4%"), keys_of(&k, "3.5%"), "{k:?}");
    }

    /// A running tally told "by Sunday" is as of that Sunday, not the article's day:
    /// Sunday's five bodies and Monday's six are no conflict. "nearby" is no "by".
    #[test]
    fn a_tally_by_a_day_is_as_of_that_day() {
        let k = keys(&[
            "Landslide\n\nMay 27, 2024\n\nOnly five bodies had been recovered by Sunday.",
            "Landslide\n\nMay 27, 2024\n\nSix bodies have been recovered so far.",
        ]);
        assert_eq!(
            keys_of(&k, "five bodies"),
            ["- | body recovered | count @as of 2024-05-26"],
            "{k:?}"
        );
        assert_eq!(
            keys_of(&k, "Six bodies"),
            ["- | body recovered | count @as of 2024-05-27"],
            "{k:?}"
        );
    }

    /// A day fronted at a sentence's start ("As of Tuesday, ...") dates every figure
    /// of the sentence, not only the first, which the others' windows cut off.
    #[test]
    fn a_fronted_day_dates_every_figure() {
        let k = keys(&[
            "Outbreak\n\nNovember 19, 2025\n\nAs of Tuesday, the ministry reported 11 confirmed cases and seven deaths in Jinka.",
            "Outbreak\n\nNovember 19, 2025\n\nBy Sunday at least 40 people had died and 25 people were injured.",
        ]);
        let day = |t: &str| days_of(&k, t);
        assert_eq!(day("seven deaths"), ["as of 2025-11-18"], "{k:?}");
        // Not fronted with a comma: the day is the first figure's alone.
        assert_eq!(day("25 people"), ["as of 2025-11-19"], "{k:?}");
        // A figure's own day comes before the fronted one.
        let k = keys(&[
            "Outbreak\n\nNovember 19, 2025\n\nBy Sunday, 40 people had died, and 30 people were missing by Monday.",
        ]);
        let day = |t: &str| days_of(&k, t);
        assert_eq!(day("40 people"), ["as of 2025-11-16"], "{k:?}");
        assert_eq!(day("30 people"), ["as of 2025-11-17"], "{k:?}");
    }

    /// "Asylum claims in the UK rose 14% to 111,084": the share is the change of
    /// the claims (past "in the UK", as past "in Spain"), the bare number after
    /// " to " their level; claims and applications are one count.
    #[test]
    fn a_change_and_the_level_it_reached_share_a_measure() {
        let k = keys(&[
            "LONDON, Aug 21, 2026 - Asylum claims in the U.K. rose 14% to 111,084, the Home Office said.",
            "LONDON, Aug 21, 2026 - Britain received 111,000 asylum applications, up from 97,000.",
            "LONDON, Aug 21, 2026 - The index rose to 111,000.",
        ]);
        assert_eq!(
            keys_of(&k, "14%"),
            ["United Kingdom | application asylum | percent"]
        );
        assert_eq!(
            keys_of(&k, "111,084"),
            ["United Kingdom | application asylum | count"]
        );
        assert_eq!(
            keys_of(&k, "111,000 asylum applications"),
            ["United Kingdom | application asylum | count"]
        );
        // No change before it: a bare number stays unkeyed.
        assert!(keys_of(&k, "111,000").is_empty(), "{k:?}");
        // A change after a comma is the change of the count before it, when that
        // count has a subject.
        let k = keys(&[
            "TOKYO, Aug 21, 2026 - Japan exported 1.2 million cars in the first half, down 4%.",
            "AUSTIN, Jan 2, 2025 - Tesla delivered 495,570 vehicles, up 2.3% from a year earlier.",
        ]);
        assert_eq!(
            keys_of(&k, "4%"),
            ["Japan | car exported | percent"],
            "{k:?}"
        );
        assert!(keys_of(&k, "2.3%").is_empty(), "{k:?}");
    }

    /// The times of the keys of the figure written `t`: "as of 2025-11-18".
    fn days_of(k: &[(String, String)], t: &str) -> Vec<String> {
        keys_of(k, t)
            .iter()
            .map(|k| k.rsplit('@').next().unwrap().to_string())
            .collect()
    }

    /// A count of what people did on a day ("On Friday, 1,097 people crossed") is
    /// told as of that day, so Saturday's count is no rival of it; a toll, and a day
    /// in a clause of its own, leave the count as of its article.
    #[test]
    fn a_days_count_is_of_its_day() {
        let k = keys(&[
            "DOVER, England, Aug 30, 2026 - On Friday, 1,097 people crossed the Channel in small boats.",
            "DOVER, England, Aug 30, 2026 - On Saturday alone, 712 people crossed the Channel.",
            "LONDON, Aug 30, 2026 - Police arrested 64 people on Friday in Dover.",
            "LONDON, Aug 30, 2026 - On Friday, the quake killed 25 people.",
            "LONDON, Aug 30, 2026 - Police arrested 80 people after a march on Friday.",
        ]);
        let day = |t: &str| days_of(&k, t);
        assert_eq!(day("1,097 people"), ["as of 2026-08-28"], "{k:?}");
        assert_eq!(day("712 people"), ["as of 2026-08-29"], "{k:?}");
        assert_eq!(day("64 people"), ["as of 2026-08-28"], "{k:?}");
        assert_eq!(day("25 people"), ["as of 2026-08-30"], "{k:?}");
        assert_eq!(day("80 people"), ["as of 2026-08-30"], "{k:?}");
    }

    /// A fatality rate is one measure however an outbreak report words it, and it is
    /// its disease's: Marburg's and Ebola's never meet, wherever the outbreak is.
    #[test]
    fn a_fatality_rate_is_its_diseases() {
        let k = keys(&[
            "Outbreak\n\nNovember 19, 2025\n\nEthiopia confirmed Marburg cases. Marburg, a cousin of Ebola, has a case fatality rate of up to 88%.",
            "Outbreak\n\nNovember 19, 2025\n\nIn Ethiopia, the Marburg virus kills up to 50% of those infected.",
            "Outbreak\n\nNovember 19, 2025\n\nThe Ebola outbreak in Congo has a mortality rate of 45%.",
            "Outbreak\n\nNovember 19, 2025\n\nThe vaccine was 45% effective in those infected.",
        ]);
        let marburg = ["Marburg | fatality rate | percent @as of 2025-11"];
        assert_eq!(keys_of(&k, "up to 88%"), marburg, "{k:?}");
        assert_eq!(keys_of(&k, "up to 50%"), marburg, "{k:?}");
        assert_eq!(
            keys_of(&k, "45%")[0],
            "Ebola | fatality rate | percent @as of 2025-11",
            "{k:?}"
        );
        assert!(
            !keys_of(&k, "45%")[1..]
                .iter()
                .any(|k| k.contains("fatality")),
            "{k:?}"
        );
    }

    /// A runoff's shares are apart from the first round's: a share in a sentence
    /// naming the runoff alone is the runoff's; one with no round, or with the first
    /// round named, is the first round's.
    #[test]
    fn a_runoff_share_is_apart_from_the_first_rounds() {
        let f = crate::rules::testing::check(
            &[
                "SANTIAGO, Dec 14, 2025 - Jose Antonio Kast won Chile's presidential runoff on Sunday with 58.2% of the vote.",
                "SANTIAGO, Nov 17, 2025 - Jose Antonio Kast won 23.9% of the vote in Sunday's first round.",
                "SANTIAGO, Nov 18, 2025 - Jose Antonio Kast won 23.9% of the vote and will face Jara in a runoff after coming second in the first round.",
                "SANTIAGO, Nov 18, 2025 - Jose Antonio Kast won 25.9% of the vote.",
            ],
            None,
            &[],
        );
        let texts: Vec<&str> = f.iter().map(|x| x.1.as_str()).collect();
        assert!(!texts.contains(&"58.2%"), "{f:?}");
        assert!(texts.contains(&"25.9%"), "{f:?}");
    }

    /// A trade deficit is one measure however it is worded: "trade gap" and "trade
    /// deficit" meet, whether or not a change stands before the amount.
    #[test]
    fn a_trade_gap_is_the_trade_deficit() {
        let k = keys(&[
            "Trade\n\nJan 10, 2025\n\nThe U.S. trade deficit widened 6.2% to $78.2 billion in November, officials said.",
            "Trade\n\nJan 10, 2025\n\nAmerica's trade gap grew to $78.9 billion in November.",
        ]);
        let key = ["United States | deficit trade | USD @2024-11"];
        assert_eq!(keys_of(&k, "$78.2 billion"), key, "{k:?}");
        assert_eq!(keys_of(&k, "$78.9 billion"), key, "{k:?}");
    }

    /// An article that names no country is about the one whose statistics office
    /// or central bank it cites; one citing two countries' offices is about neither.
    #[test]
    fn an_agency_names_the_country() {
        let k = keys(&["The jobless rate ticked up to 4.2%, the Bureau of Labor Statistics said."]);
        assert_eq!(
            keys_of(&k, "4.2%"),
            ["United States | unemployment | percent"],
            "{k:?}"
        );
        let k = keys(&[
            "The jobless rate ticked up to 4.2%, the Bureau of Labor Statistics said, \
             and Eurostat said it was steady.",
        ]);
        assert_eq!(keys_of(&k, "4.2%"), ["- | unemployment | percent"], "{k:?}");
        // A verb is no Fed.
        let k = keys(&["The jobless rate ticked up to 4.2%, fed by layoffs."]);
        assert_eq!(keys_of(&k, "4.2%"), ["- | unemployment | percent"], "{k:?}");
        // "Joblessness" is the same rate, of the country INDEC counts for.
        let k = keys(&["Joblessness was 7.6% in the second quarter, INDEC said."]);
        assert_eq!(
            keys_of(&k, "7.6%"),
            ["Argentina | unemployment | percent"],
            "{k:?}"
        );
    }

    /// A party's seats are keyed by the country the article names and the party,
    /// however each sentence words the win; a leader in an aside is not the party.
    #[test]
    fn a_partys_seats_are_the_countrys_and_the_partys() {
        let k = keys(&[
            "Dutch vote\n\nOct 31, 2025\n\nThe Dutch centrist party D66 won 26 seats in Wednesday's election.",
            "Dutch vote\n\nOct 31, 2025\n\nD66, led by Rob Jetten, finished first with 27 seats. He said it was historic.",
        ]);
        assert_eq!(keys_of(&k, "26 seats"), ["Netherlands D66 | seat | count"]);
        assert_eq!(keys_of(&k, "27 seats"), ["Netherlands D66 | seat | count"]);
        // With no party named, in a country only the article names, the clause's
        // own words say whose: never the bare country's.
        let k = keys(&["Dutch vote\n\nOct 31, 2025\n\nThe coalition holds 76 seats."]);
        assert_eq!(
            keys_of(&k, "76 seats"),
            ["Netherlands coalition holds | seat | count"]
        );
    }

    /// "A and B each won 26 seats" is a count for both names.
    #[test]
    fn each_of_two_names_holds_the_count() {
        for text in [
            "D66 and the PVV each won 26 seats.",
            "D66 and the PVV won 26 seats each.",
        ] {
            let k = keys(&[&format!(
                "Dutch vote\n\nOct 31, 2025\n\nIn the Netherlands, {text}"
            )]);
            let mut got = keys_of(&k, "26 seats");
            got.sort();
            assert_eq!(
                got,
                [
                    "Netherlands D66 | seat | count",
                    "Netherlands PVV | seat | count"
                ],
                "{text}: {k:?}"
            );
        }
        // Without "each", one name's count.
        let k = keys(&[
            "Dutch vote\n\nOct 31, 2025\n\nIn the Netherlands, Labour fell and the PVV won 26 seats.",
        ]);
        assert_eq!(keys_of(&k, "26 seats"), ["Netherlands PVV | seat | count"]);
    }

    /// A share set against a rival's is the winner's, and the rival's possessive
    /// names the second, whoever the sentence is about.
    #[test]
    fn a_rivals_share_is_the_rivals() {
        for text in [
            "Trump won the popular vote with 49.9% to Harris's 48.3%.",
            "Trump also led the national popular vote, with 49.9% to Harris's 48.3%.",
            "Trump defeated Harris, winning 49.9% of the vote against Harris's 48.3%.",
            // A whole name before the possessive, and no "vote" but "voted".
            "Donald Trump won with 49.9% against Kamala D. Harris's 48.3%. Millions voted.",
        ] {
            let k = keys(&[&format!("Election result\n\nNov 10, 2024\n\n{text}")]);
            assert_eq!(
                keys_of(&k, "49.9%"),
                ["Trump | vote | percent"],
                "{text}: {k:?}"
            );
            assert_eq!(
                keys_of(&k, "48.3%"),
                ["Harris | vote | percent"],
                "{text}: {k:?}"
            );
        }
    }

    /// How far a count had got is no share of the vote, and a share told at a stage
    /// of the count meets only the same stage: a partial count never contradicts
    /// the final one.
    #[test]
    fn a_share_of_a_partial_count_is_of_its_stage() {
        let k = keys(&[
            "Chile vote\n\nNov 17, 2025\n\nWith 83% of the vote counted, Jara led with 26.7% in Chile's election.",
            "Chile vote\n\nNov 17, 2025\n\nJara won 26.8% in Chile's presidential election.",
        ]);
        assert!(keys_of(&k, "83%").is_empty(), "{k:?}");
        assert_eq!(
            keys_of(&k, "26.7%"),
            ["Chile Jara | vote | percent @counted 83%"]
        );
        assert_eq!(keys_of(&k, "26.8%"), ["Chile Jara | vote | percent"]);
        // A count told by its tally sheets, returns or polling stations.
        let k = keys(&[
            "Honduras vote\n\nDec 1, 2025\n\nAsfura had 40.2% of the vote, with 57% of tally sheets counted, in Honduras.",
            "Honduras vote\n\nDec 2, 2025\n\nWith 95% of returns in, Asfura had 40.3% in Honduras.",
        ]);
        assert!(keys_of(&k, "57%").is_empty(), "{k:?}");
        assert!(keys_of(&k, "40.2%")[0].ends_with("@counted 57%"), "{k:?}");
        assert!(keys_of(&k, "40.3%")[0].ends_with("@counted 95%"), "{k:?}");
    }

    /// The dead of an attack are where they died, never the attacker's.
    #[test]
    fn an_attackers_name_is_no_toll_of_its_own() {
        let k = keys(&[
            "War\n\nNov 20, 2025\n\nRussian strikes killed 26 people in Ternopil.",
            "War\n\nNov 20, 2025\n\nAn Israeli airstrike killed 12 people in Gaza City.",
            "War\n\nNov 20, 2025\n\nIn Russia, 2 people died in Voronezh.",
        ]);
        assert_eq!(
            keys_of(&k, "26 people"),
            ["Ternopil | died people | count @as of 2025-11-20"]
        );
        assert!(!keys_of(&k, "12 people")[0].starts_with("Israel"), "{k:?}");
    }

    /// A country named only as the attacker ("Russian missiles", "Russia fired 476
    /// drones") is not the story's: a toll with no place by it, and the next
    /// sentence's missing, are the dateline's country's.
    #[test]
    fn an_attacker_is_not_the_story_of_a_dateline() {
        let k = keys(&[
            "KYIV, Nov 19, 2025 - At least 26 people were killed when Russian missiles hit \
             apartment buildings overnight. Russia fired 476 drones and 48 missiles. \
             Officials said 22 people remained missing.",
            "NEW DELHI, Nov 19, 2025 - India launched a satellite on Wednesday. \
             Officials said 3 people were injured.",
        ]);
        assert_eq!(
            keys_of(&k, "At least 26 people"),
            ["Ukraine | died people | count @as of 2025-11-19"]
        );
        assert_eq!(
            keys_of(&k, "22 people"),
            ["Ukraine | missing people | count @as of 2025-11-19"]
        );
        // A launch with no weapon is the launcher's own story.
        assert!(keys_of(&k, "3 people")[0].starts_with("India |"), "{k:?}");
    }

    /// A share of the vote dated by its story's own election ("the Oct 29 election")
    /// or a runoff to come is the share another report gives undated; a year still
    /// dates an earlier election's.
    #[test]
    fn a_vote_share_is_not_dated_by_its_own_election() {
        let k = keys(&[
            "NAIROBI, Nov 1, 2025 - Tanzania's Samia Suluhu Hassan won the Oct 29 election with 97.66% of the vote.",
            "DAR ES SALAAM, Nov 1, 2025 - Samia Suluhu Hassan won Tanzania's election with nearly 98% of the votes.",
            "DAR ES SALAAM, Nov 1, 2025 - Samia Suluhu Hassan won Tanzania's election in 2020 with 84% of the vote.",
        ]);
        let of = |t: &str| key_of(&k, t);
        assert_eq!(of("97.66%"), of("nearly 98%"));
        assert!(!of("97.66%").contains('@'), "{k:?}");
        assert_ne!(of("84%"), of("97.66%"));
    }

    /// Suspected cases "reported" and "recorded" are one count, and "Congo" is the
    /// country news means by it, not the Republic of Congo.
    #[test]
    fn cases_reported_or_recorded_are_one_count() {
        let k = keys(&[
            "Ebola\n\nSept 10, 2025\n\nAn Ebola outbreak in Congo has killed 16 people, with 68 suspected cases reported.",
            "Ebola\n\nSept 10, 2025\n\nIn the Democratic Republic of Congo, 81 suspected cases have been recorded.",
            "Ebola\n\nSept 10, 2025\n\nIn the Republic of Congo, 5 suspected cases have been recorded.",
        ]);
        let of = |t: &str| key_of(&k, t);
        assert_eq!(of("68 suspected cases"), of("81 suspected cases"));
        assert!(
            of("68 suspected cases").starts_with("Democratic Republic of the Congo |"),
            "{k:?}"
        );
        assert!(
            of("5 suspected cases").starts_with("Republic of the Congo |"),
            "{k:?}"
        );
    }

    /// A body with no seat that says a count ("The United Nations says") counted it;
    /// the count is the story's country's. A country's own officials still tell of it.
    #[test]
    fn a_body_that_reports_a_count_is_not_its_subject() {
        let k = keys(&[
            "KHARTOUM, Nov 3, 2025 - Fighting in Sudan goes on. The United Nations says \
             more than 65,000 people have fled the city. The war has displaced about 12 \
             million people.",
            "Storm\n\nOct 29, 2025\n\nCuba was hit first. Officials in Haiti said 23 \
             people had died there.",
        ]);
        assert_eq!(
            key_of(&k, "more than 65,000 people"),
            "Sudan | fled people | count @as of 2025-11-03"
        );
        assert!(
            !key_of(&k, "about 12 million people").starts_with("United Nations"),
            "{k:?}"
        );
        assert!(
            key_of(&k, "23 people").starts_with("Haiti | died people"),
            "{k:?}"
        );
    }

    /// Residents and villagers displaced are people displaced; civilians killed are
    /// a part of a toll, not all of it.
    #[test]
    fn a_tally_of_residents_is_of_people() {
        let k = keys(&[
            "Floods\n\nNov 5, 2025\n\nIn the Philippines, 560,000 villagers were displaced.",
            "Floods\n\nNov 5, 2025\n\nIn the Philippines, 560,000 people were displaced.",
            "War\n\nNov 5, 2025\n\nIn Sudan, 12 civilians were killed.",
        ]);
        assert_eq!(
            keys_of(&k, "560,000 villagers"),
            keys_of(&k, "560,000 people")
        );
        let civilians = keys_of(&k, "12 civilians");
        assert!(civilians[0].contains("civilian"), "{civilians:?}");
    }

    /// A bare count linked to a state ("270 are still missing", "78 remained
    /// missing", "3,900 were injured") counts people in it, and the unaccounted for
    /// are the missing; a bare count with no link names no state.
    #[test]
    fn a_bare_count_in_a_state_is_a_tally_of_people() {
        let k = keys(&[
            "Quake\n\nMarch 31, 2025\n\nIn Myanmar, 2,056 people died, 3,900 were injured and 270 are still missing.",
            "Quake\n\nMarch 31, 2025\n\nIn Myanmar, 280 remained missing.",
            "Quake\n\nMarch 31, 2025\n\nIn Myanmar, 290 people were still unaccounted for.",
            "Quake\n\nMarch 31, 2025\n\nIn Myanmar, 300 missing posters went up.",
        ]);
        let missing = "Myanmar | missing people | count @as of 2025-03-31";
        for t in ["270", "280", "290 people"] {
            assert_eq!(keys_of(&k, t), [missing], "{t}: {k:?}");
        }
        assert_eq!(
            keys_of(&k, "3,900"),
            ["Myanmar | injured people | count @as of 2025-03-31"],
            "{k:?}"
        );
        assert!(keys_of(&k, "300").is_empty(), "{k:?}");
    }

    /// Seats a party lost and a lead in votes are changes and gaps: never keyed as
    /// the party's seats or votes, which they would contradict.
    #[test]
    fn a_loss_and_a_margin_are_not_a_total() {
        let k = keys(&[
            "Dutch vote\n\nOct 31, 2025\n\nThe PVV lost 11 of its 37 seats. The PVV won 26 seats.",
            "Dutch vote\n\nOct 31, 2025\n\nD66 won 1.7 million votes. D66 finished ahead by 29,000 votes.",
            "Dutch vote\n\nOct 31, 2025\n\nJetten led Wilders by 28,000 votes. D66 was 30,000 votes ahead.",
            "Storm\n\nOct 29, 2025\n\nCuba evacuated 735,000 people ahead of the storm.",
        ]);
        // Ahead of an event is a time, not a gap.
        assert_eq!(
            keys_of(&k, "735,000 people"),
            ["Cuba | evacuated people | count @as of 2025-10-29"]
        );
        let total = keys_of(&k, "26 seats");
        assert_eq!(total, ["Netherlands PVV | seat | count"]);
        let lost = keys_of(&k, "11 of its 37 seats");
        assert!(lost[0].contains("lost"), "{lost:?}");
        let votes = keys_of(&k, "1.7 million votes");
        for gap in ["29,000 votes", "28,000 votes", "30,000 votes"] {
            let key = keys_of(&k, gap);
            assert!(key[0].contains("margin"), "{gap}: {key:?}");
            assert_ne!(key, votes);
        }
    }

    #[test]
    fn a_place_by_a_figure_joins_its_subject() {
        assert_eq!(
            place(
                "Milton killed ",
                " people in Florida",
                " people in Florida after"
            )
            .as_deref(),
            Some("Florida")
        );
        assert_eq!(
            place(
                "most of them in St. Lucie County, where ",
                " people were killed",
                " people were killed"
            )
            .as_deref(),
            Some("St. Lucie County")
        );
        // A kind of place after its name, and "in" after the figure naming no place.
        assert_eq!(
            place(
                "Most of the deaths were in Cebu province, where ",
                " people drowned in flash",
                " people drowned in flash floods."
            )
            .as_deref(),
            Some("Cebu")
        );
        // Nor one in the next clause.
        assert_eq!(
            place(
                "In Bavaria, turnout was ",
                ", while in Saxony-Anhalt",
                ", while in Saxony-Anhalt it reached 73%."
            ),
            None
        );
        // A month, a quarter or a lower-case word is no place; nor one far back.
        assert_eq!(place("Sales fell ", " in October", " in October"), None);
        assert_eq!(place("Revenue rose ", " in Q3", " in Q3"), None);
        assert_eq!(
            place(
                "It killed ",
                " people in the attack",
                " people in the attack"
            ),
            None
        );
        assert_eq!(
            place(
                "In Florida, officials said the storm killed ",
                " people",
                " people"
            ),
            None
        );
    }

    #[test]
    fn a_count_takes_its_clause_as_subject() {
        assert_eq!(
            clause_subject("The coalition holds roughly ").as_deref(),
            Some("coalition holds")
        );
        assert_eq!(
            clause_subject("Results came in, and the Labour Party won ").as_deref(),
            Some("labour party won")
        );
        // The referent of "which" is in another clause: no subject, no key.
        assert_eq!(clause_subject("the PVV, which also took "), None);
        // One direction, however the verb varies, is one subject.
        assert_eq!(
            clause_subject("The Guadalupe River surged ").as_deref(),
            Some("guadalupe river rose")
        );
        assert_eq!(
            clause_subject("The water plunged ").as_deref(),
            Some("water fell")
        );
        // Who said it is not what is counted: the reported clause is the subject.
        assert_eq!(
            clause_subject("Prime Minister Aziz Akhannouch said the government would rebuild ")
                .as_deref(),
            Some("government would rebuild")
        );
        assert_eq!(
            clause_subject("Interior Minister Laurent Nunez said "),
            None
        );
        assert_eq!(
            clause_subject("The economy added ").as_deref(),
            Some("economy added")
        );
        // A name the clause gives is not written twice.
        let k = keys(&["Toyota sold 10.3 million vehicles last year."]);
        assert_eq!(
            keys_of(&k, "10.3 million vehicles"),
            ["toyota sold | vehicle | count @last year"],
            "{k:?}"
        );
    }

    /// "last year" in a dated article is the year before its date, as another report
    /// writes it; "this year" is a figure so far, no rival of the year's whole.
    #[test]
    fn last_year_is_the_year_before_the_articles() {
        let k = keys(&[
            "PARIS, Oct 19, 2025 - The Louvre welcomed 8.7 million visitors last year.",
            "PARIS, Oct 22, 2025 - The Louvre welcomed 9.7 million visitors in 2024.",
            "PARIS, Oct 22, 2025 - The Louvre has welcomed 7 million visitors this year.",
        ]);
        assert_eq!(
            keys_of(&k, "8.7 million visitors"),
            keys_of(&k, "9.7 million visitors"),
            "{k:?}"
        );
        assert!(
            keys_of(&k, "8.7 million visitors")[0].ends_with("@2024"),
            "{k:?}"
        );
        assert!(
            keys_of(&k, "7 million visitors")[0].ends_with("@this year"),
            "{k:?}"
        );
    }
}
