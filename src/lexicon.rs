//! The built-in lexicons: number words, hedges, currencies, calendar names, countries,
//! titles and abbreviations. They are YAML in `rules/lexicons/`, embedded in the binary
//! so the tool runs with no files around it, and parsed once on first use.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// A word list looked up on every candidate word: hashed (FxHash suits short keys),
/// where a sorted map would compare strings several times per lookup. Nothing
/// depends on its order.
pub type Words<V> = rustc_hash::FxHashMap<String, V>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Numbers {
    pub units: Words<f64>,
    pub tens: Words<f64>,
    pub collectives: Words<f64>,
    pub scales: Words<f64>,
    pub short_scales: Words<f64>,
    pub fractions: Words<f64>,
    pub fraction_followers: Vec<String>,
    /// Makers whose digits are a model: "ATR 72", "Boeing 737".
    pub model_makers: Vec<String>,
    /// Names that end in a number, beside the indices of markets.yaml: "Fortune 500".
    pub numbered_names: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ordinals {
    pub words: Words<u64>,
    /// Ordinals counted from an end or from the item at hand: "last",
    /// "penultimate", "next".
    pub relative: Words<Counted>,
}

/// Where a relative ordinal counts from, and how far: "penultimate" is one before
/// the end, "next" one after the current item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counted {
    pub from: Anchor,
    pub offset: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    End,
    Current,
}

/// `end-1`, `current+1`, `end+0`: the peers' notation.
impl std::fmt::Display for Counted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let from = match self.from {
            Anchor::End => "end",
            Anchor::Current => "current",
        };
        write!(f, "{from}{:+}", self.offset)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum HedgeKind {
    Below,
    Around,
    Above,
    AtMost,
    /// "exactly 100", "equal to 170": the figure itself, said to be no rounding.
    Exact,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HedgeWidth {
    pub below: f64,
    pub around: f64,
    /// At most this many steps of the last significant digit either side.
    pub digits: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hedges {
    pub width: HedgeWidth,
    pub hedges: BTreeMap<String, HedgeKind>,
    pub postfix: BTreeMap<String, HedgeKind>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Currencies {
    pub before: BTreeMap<String, String>,
    pub after: BTreeMap<String, String>,
    /// Codes that also name a numbered series before a small whole number ("COP29").
    #[serde(default)]
    pub numbered_names: Vec<String>,
    #[serde(default)]
    pub local: BTreeMap<String, LocalCurrency>,
}

/// Where a currency word means another country's currency than its default.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalCurrency {
    /// The default code's own country.
    pub home: String,
    /// Other countries that use the word, and their codes.
    pub elsewhere: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    #[serde(default)]
    pub days: i32,
    #[serde(default)]
    pub months: i32,
    #[serde(default)]
    pub years: i32,
    pub unit: Granularity,
}

/// The granularity a relative expression names.
#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    pub months: Words<u8>,
    pub weekdays: Words<u8>,
    pub relative: BTreeMap<String, Relative>,
    pub weekday_shifts: BTreeMap<String, i8>,
    pub month_parts: BTreeMap<String, [u8; 2]>,
    /// Words that make a span of time with no figure before a time unit: "several
    /// days", "all week", "another month".
    pub vague_spans: Vec<String>,
    /// Nouns a year is written before as a name, not a count: "2023 census".
    pub year_nouns: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Abbreviations {
    pub abbreviations: Vec<String>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub name: String,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
    /// Cities and buildings that stand for the government ("Beijing", "Kremlin").
    #[serde(default)]
    pub seats: Vec<String>,
    /// The names of its parliament, or of the chamber that most votes are told of
    /// ("Bundestag", "Knesset"): a tally of it is the country's parliament's.
    #[serde(default)]
    pub legislatures: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Countries {
    pub countries: Vec<Country>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Title {
    pub canonical: String,
    pub variants: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Titles {
    pub titles: Vec<Title>,
    pub former: Vec<String>,
    /// What ", who ..." after a holder's name says when they have left the office.
    pub left_office: Vec<String>,
    pub future: Vec<String>,
    pub future_suffixes: Vec<String>,
    pub government_of: Vec<String>,
    /// Titles of the lexicon that name one office with no place written ("Treasury
    /// Secretary"); every other title here is held in many countries, companies or
    /// agencies, so a facts file that knows only one such office does not name it.
    pub alone: Vec<String>,
    /// Titles a country has one of ("President", "Finance Minister"): written with no
    /// place in a story about one country, they are that country's.
    pub national: Vec<String>,
    /// Titles of a city's or a region's office ("Mayor"): a capital before one
    /// names the city, not the country it stands for elsewhere.
    pub local: Vec<String>,
}

impl Titles {
    /// May a title written with no country or organisation name an office of the
    /// facts? Yes for titles the lexicon does not list (a facts file's own, such as
    /// "Fed Chair") and those it lists as naming one office alone.
    pub fn names_one_office(&self, title: &str) -> bool {
        let listed = |t: &String| t.eq_ignore_ascii_case(title);
        self.alone.iter().any(listed)
            || !self
                .titles
                .iter()
                .any(|t| t.canonical.eq_ignore_ascii_case(title) || t.variants.iter().any(listed))
    }
}

/// Looks a word up lower-cased, without allocating for the short ASCII words that
/// make up nearly every lookup on the hot path.
pub fn get_lower<'a, V>(map: &'a Words<V>, w: &str) -> Option<&'a V> {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.is_ascii() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        return std::str::from_utf8(b).ok().and_then(|l| map.get(l));
    }
    map.get(&w.to_lowercase())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metrics {
    pub metrics: BTreeMap<String, Vec<String>>,
    /// Words that name a measure too loosely to key: a clause's bound, never a key.
    pub loose: Vec<String>,
    pub changes: Vec<String>,
    pub parts: Vec<String>,
    pub outlooks: Vec<String>,
    pub estimates: Vec<String>,
    /// Measures one country lays on another (tariffs): keyed by the one they fall on.
    pub directed: Vec<String>,
    /// The words of the jobs an economy added in a month.
    pub jobs: Jobs,
    /// A tariff's words, kinds, sectors and the goods it falls on.
    pub tariffs: Tariffs,
    /// Verbs that move a rate by points, down and up: "cut its rate by 25 basis points".
    pub rate_cuts: Vec<String>,
    pub rate_hikes: Vec<String>,
    /// Bases a change is measured on ("in dollar terms", "organic"), by name: a
    /// change on one basis is no rival of a change on another.
    pub bases: BTreeMap<String, Vec<String>>,
    /// Measures that are a percentage themselves (a margin): a percent of one is
    /// its level.
    pub ratios: Vec<String>,
    /// Measures told only in percent: an amount is never theirs.
    pub in_percent: Vec<String>,
    /// Central banks by the name a key gives them.
    pub central_banks: BTreeMap<String, CentralBank>,
    /// Country -> the names of its statistics offices and economic ministries.
    pub agencies: BTreeMap<String, Vec<String>>,
    /// Words naming a central bank's rate; words before "rate" naming another
    /// rate; words between the rate and a percent that make it another figure.
    pub policy_rates: Vec<String>,
    pub other_rates: Vec<String>,
    pub not_policy: Vec<String>,
}

/// The words of the jobs an economy added (metrics.yaml's `jobs`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jobs {
    pub subjects: Vec<String>,
    pub whole: Vec<String>,
    pub private: Vec<String>,
    pub gains: Vec<String>,
    pub losses: Vec<String>,
    pub not_told: Vec<String>,
}

/// The words of a tariff (metrics.yaml's `tariffs`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tariffs {
    pub words: Vec<String>,
    /// Kinds of tariff by the name a key gives them: another figure than the rate.
    pub kinds: BTreeMap<String, Vec<String>>,
    /// Words that tell a rate no longer in force.
    pub earlier: Vec<String>,
    /// What a tariff falls on, by the name a key gives it.
    pub sectors: BTreeMap<String, Vec<String>>,
    /// Words for what it falls on that name no sector.
    pub goods: Vec<String>,
    /// Words after a country that make it the one a tariff falls on.
    pub faces: Vec<String>,
}

/// A central bank: the country it is the bank of, and the names news uses.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentralBank {
    pub country: String,
    pub names: Vec<String>,
}

/// One action a figure can be the size of: its verbs, the nouns it counts, and
/// whether its figure is an amount.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub verbs: Vec<String>,
    #[serde(default)]
    pub counts: Vec<String>,
    /// Nouns after an amount that name the action ("a $5 billion penalty").
    #[serde(default)]
    pub nouns: Vec<String>,
    #[serde(default)]
    pub money: bool,
}

/// Actions of companies and regulators, by name.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actions {
    pub actions: BTreeMap<String, Action>,
    pub suffixes: Vec<String>,
    pub generic_names: Vec<String>,
    pub earlier: Vec<String>,
}

impl Actions {
    /// Does `word` end a company's name after `name` ("Toyota Motor Corp")? Not
    /// after a word that names no company alone ("General Motors").
    pub fn ends_name<S: AsRef<str>>(&self, name: &[S], word: &str) -> bool {
        self.suffixes.iter().any(|s| s == word)
            && !matches!(name, [one] if self.generic_names.iter().any(|g| g.eq_ignore_ascii_case(one.as_ref())))
    }
}

/// Stock market indices and the words that say how they moved.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Markets {
    /// Canonical index name -> the phrases that name it.
    pub indices: BTreeMap<String, Vec<String>>,
    /// Canonical commodity name -> the phrases that name it.
    pub commodities: BTreeMap<String, Vec<String>>,
    /// Words after a commodity's name that make a figure not its price.
    pub not_prices: Vec<String>,
    pub falls: Vec<String>,
    pub rises: Vec<String>,
    /// Words that make a move one of the day's trading or of a span, not the close.
    pub elsewhere: Vec<String>,
    /// Words that make a figure another market's than an index's own.
    pub index_elsewhere: Vec<String>,
    /// Words before a bare number that make it the index's level.
    pub levels: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Events {
    pub classes: BTreeMap<String, Vec<String>>,
    /// Words one of which a sentence must have for a class's verb to be its event
    /// ("hit by US tariffs" is no strike; "a quake hit" is).
    #[serde(default)]
    pub needs: BTreeMap<String, Vec<String>>,
    /// Words before a verb that make its event another of the kind ("aftershock").
    pub others: Vec<String>,
    pub vote_days: VoteDays,
    pub named: NamedEvents,
    pub storms: Storms,
    /// Events that last and end, whose length the duration keyer reads.
    pub lasting: Vec<String>,
    /// Diseases by a key's name, with the names reports give them.
    pub diseases: BTreeMap<String, Vec<String>>,
}

/// Words of a storm's landfall ("made landfall", "tore across").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Storms {
    pub landfall: Vec<String>,
    /// Words of another stage ("weakened to", "before").
    pub stages: Vec<String>,
}

/// How a vote's day is written by its noun ("the Oct. 12 presidential election").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteDays {
    /// Kinds of vote between the day and the noun ("presidential").
    pub kinds: Vec<String>,
    pub nouns: Vec<String>,
    /// Words that end right before the day ("election, held on ").
    pub held: Vec<String>,
}

/// Words that make an event's name ("Hurricane Milton", "the Eaton Fire").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedEvents {
    pub before: Vec<String>,
    pub after: Vec<String>,
}

/// Every built-in lexicon, with the lookup tables derived from them.
#[derive(Debug)]
pub struct Lexicon {
    pub numbers: Numbers,
    pub ordinals: Ordinals,
    pub hedges: Hedges,
    pub currencies: Currencies,
    pub calendar: Calendar,
    pub abbreviations: Abbreviations,
    pub countries: Countries,
    pub titles: Titles,
    pub events: Events,
    pub metrics: Metrics,
    pub markets: Markets,
    pub actions: Actions,
    /// Any country name, alias or demonym -> canonical country name.
    pub country_of: Words<String>,
}

/// The embedded lexicon files, by name, for `claimlint rules` and the tests.
pub const FILES: &[(&str, &str)] = &[
    ("numbers", include_str!("../rules/lexicons/numbers.yaml")),
    ("ordinals", include_str!("../rules/lexicons/ordinals.yaml")),
    ("hedges", include_str!("../rules/lexicons/hedges.yaml")),
    (
        "currencies",
        include_str!("../rules/lexicons/currencies.yaml"),
    ),
    ("calendar", include_str!("../rules/lexicons/calendar.yaml")),
    (
        "abbreviations",
        include_str!("../rules/lexicons/abbreviations.yaml"),
    ),
    (
        "countries",
        include_str!("../rules/lexicons/countries.yaml"),
    ),
    ("titles", include_str!("../rules/lexicons/titles.yaml")),
    ("events", include_str!("../rules/lexicons/events.yaml")),
    ("metrics", include_str!("../rules/lexicons/metrics.yaml")),
    ("markets", include_str!("../rules/lexicons/markets.yaml")),
    ("actions", include_str!("../rules/lexicons/actions.yaml")),
];

fn parse<T: for<'de> Deserialize<'de>>(name: &str) -> T {
    let text = FILES
        .iter()
        .find(|f| f.0 == name)
        .map(|f| f.1)
        .unwrap_or("");
    // The lexicons ship inside the binary and a test parses every one of them, so a
    // failure here is a build defect, not bad input.
    serde_saphyr::from_str(text)
        .unwrap_or_else(|e| panic!("built-in lexicon rules/lexicons/{name}.yaml: {e}"))
}

impl Lexicon {
    fn load() -> Lexicon {
        let countries: Countries = parse("countries");
        let mut country_of = Words::default();
        for c in &countries.countries {
            for n in std::iter::once(&c.name)
                .chain(&c.aliases)
                .chain(&c.demonyms)
                .chain(&c.seats)
            {
                country_of
                    .entry(n.clone())
                    .or_insert_with(|| c.name.clone());
            }
        }
        Lexicon {
            numbers: parse("numbers"),
            ordinals: parse("ordinals"),
            hedges: parse("hedges"),
            currencies: parse("currencies"),
            calendar: parse("calendar"),
            abbreviations: parse("abbreviations"),
            countries,
            titles: parse("titles"),
            metrics: parse("metrics"),
            markets: parse("markets"),
            actions: parse("actions"),
            events: parse("events"),
            country_of,
        }
    }

    pub fn month(&self, word: &str) -> Option<u8> {
        get_lower(&self.calendar.months, word).copied()
    }

    /// Does `text` start with a noun a year names ("census rolls", "World Cup")?
    pub fn starts_with_year_noun(&self, text: &str) -> bool {
        self.calendar.year_nouns.iter().any(|n| {
            text.get(..n.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(n))
                && !text[n.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        })
    }

    pub fn weekday(&self, word: &str) -> Option<u8> {
        get_lower(&self.calendar.weekdays, word).copied()
    }

    /// The canonical country of a name, alias or demonym, also in the possessive.
    /// Is `word` a city or building that stands for a government ("Warsaw",
    /// "Kremlin"), as written?
    pub fn is_seat(&self, word: &str) -> bool {
        self.countries
            .countries
            .iter()
            .any(|c| c.seats.iter().any(|s| s == word))
    }

    /// The country whose parliament `name` is ("Bundestag", "the Knesset").
    pub fn legislature_of(&self, name: &str) -> Option<&str> {
        let name = name.strip_prefix("the ").unwrap_or(name);
        self.countries
            .countries
            .iter()
            .find(|c| c.legislatures.iter().any(|l| l == name))
            .map(|c| c.name.as_str())
    }

    pub fn country(&self, word: &str) -> Option<&str> {
        // Possessives: "Japan's", and "the Netherlands'" after a final s.
        let w = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix('\'').filter(|w| w.ends_with('s')))
            .unwrap_or(word);
        self.country_of.get(w).map(String::as_str)
    }

    /// [`Lexicon::country`] of a word whose last full stop a trim took: "U.S" is
    /// "U.S.".
    pub fn country_trimmed(&self, word: &str) -> Option<&str> {
        self.country(word).or_else(|| {
            word.contains('.')
                .then(|| self.country(&format!("{word}.")))
                .flatten()
        })
    }
}

/// A name in title case, word by word, as the country lexicon writes its names:
/// "NEW DELHI" and "new delhi" are "New Delhi".
pub fn title_case(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut c = lower.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the words after a city's name make it another city ("Santiago de
/// Compostela", "Santiago de Cuba"): no seat of government, wherever it stands.
pub fn another_city(after: &str) -> bool {
    ["de ", "del ", "do ", "da "]
        .iter()
        .any(|p| after.strip_prefix(' ').is_some_and(|r| r.starts_with(p)))
}

/// Whether `text` at `at` names a country by its seat ("London") after a
/// preposition ("bound for London", "in Tokyo") or as the start of another name
/// ("Paris Saint-Germain"): a place or a name there, not the country as an actor
/// ("Beijing imposed", "Washington said").
pub fn seat_as_place(text: &str, at: usize) -> bool {
    // Seats by their first word: every country named in a document asks, so the
    // few seats that could start here are looked up, not all of them scanned.
    static SEATS: OnceLock<rustc_hash::FxHashMap<String, Vec<String>>> = OnceLock::new();
    fn first_word(t: &str) -> &str {
        t.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("")
    }
    let seats = SEATS.get_or_init(|| {
        let mut by_first: rustc_hash::FxHashMap<String, Vec<String>> = Default::default();
        for seat in get().countries.countries.iter().flat_map(|c| &c.seats) {
            by_first
                .entry(first_word(seat).to_string())
                .or_default()
                .push(seat.clone());
        }
        by_first
    });
    let here = &text[at..];
    let Some(seat) = seats.get(first_word(here)).and_then(|found| {
        found.iter().find(|s| {
            here.starts_with(s.as_str())
                && !here[s.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
    }) else {
        return false;
    };
    let prev = text[..at].trim_end().rsplit(' ').next().unwrap_or("");
    // "Paris Saint-Germain", "London Stock Exchange": the city starts another name.
    let named = here[seat.len()..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
    // "the London-bound jet", "a Moscow-based firm": a place the compound tells of.
    let compound = here[seat.len()..].starts_with('-');
    // "Santiago de Compostela", "Santiago de Cuba": another city of the name.
    // "the 2013 Santiago crash", "the Paris attacks": where an event happened.
    let next = here[seat.len()..]
        .strip_prefix(' ')
        .map_or("", |r| r.split([' ', ',', '.', ';']).next().unwrap_or(""));
    let other_city = another_city(&here[seat.len()..]);
    let event = matches!(
        next,
        "crash"
            | "derailment"
            | "attack"
            | "attacks"
            | "bombing"
            | "bombings"
            | "fire"
            | "blaze"
            | "flood"
            | "floods"
            | "earthquake"
            | "quake"
            | "shooting"
            | "stampede"
            | "explosion"
            | "blast"
            | "collapse"
            | "accident"
            | "disaster"
            | "riots"
            | "summit"
            | "marathon"
    );
    named
        || compound
        || other_city
        || event
        || matches!(
            prev.to_ascii_lowercase().as_str(),
            "for" | "to" | "from" | "in" | "at" | "near" | "into" | "via" | "outside" | "of"
        )
}

/// Every country, alias or demonym named in `text`, canonical, in order, on word
/// boundaries ("the United States", "Japan's", "South Korean").
pub fn countries_in(text: &str) -> Vec<(usize, &'static str)> {
    country_spans(text)
        .into_iter()
        .map(|(at, c)| (at.start, c))
        .collect()
}

/// As [`countries_in`], with where each name ends.
pub fn country_spans(text: &str) -> Vec<(std::ops::Range<usize>, &'static str)> {
    /// The names as an anchored automaton, the country each names (read by the
    /// match's index, never looked up by its text), and the bytes a name starts with.
    struct Names {
        ac: aho_corasick::AhoCorasick,
        canon: Vec<&'static str>,
        starts: [bool; 256],
    }
    static NAMES: OnceLock<Names> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let lex = get();
        let mut names: Vec<(&String, &String)> = lex.country_of.iter().collect();
        names.sort();
        let mut starts = [false; 256];
        for (n, _) in &names {
            // "mainland China" is found by its "China": the lower-case m would
            // make every "million" a place to try.
            if let Some(&b) = n.as_bytes().first()
                && !b.is_ascii_lowercase()
            {
                starts[b as usize] = true;
            }
        }
        let ac = aho_corasick::AhoCorasickBuilder::new()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            // Tried only where a word starts with a name's first letter: a few
            // places a sentence, each a short anchored walk of a small DFA.
            .start_kind(aho_corasick::StartKind::Anchored)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(names.iter().map(|(n, _)| n))
            .expect("country patterns build");
        Names {
            ac,
            canon: names.iter().map(|(_, c)| c.as_str()).collect(),
            starts,
        }
    });
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    let mut out = Vec::new();
    let mut at = 0;
    while at < b.len() {
        if !names.starts[b[at] as usize] || at > 0 && word(b[at - 1]) {
            at += 1;
            continue;
        }
        let input = aho_corasick::Input::new(text)
            .range(at..)
            .anchored(aho_corasick::Anchored::Yes);
        match names.ac.find(input) {
            Some(m) if m.end() >= b.len() || !word(b[m.end()]) || b[m.end()] == b'\'' => {
                out.push((m.start()..m.end(), names.canon[m.pattern().as_usize()]));
                at = m.end();
            }
            _ => at += 1,
        }
    }
    out
}

/// The lexicon, parsed on first use.
pub fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_lexicon_parses() {
        let lex = super::get();
        assert_eq!(lex.numbers.units["seven"], 7.0);
        assert_eq!(lex.month("Oct"), Some(10));
        assert_eq!(lex.weekday("tuesday"), Some(2));
        assert_eq!(lex.country("Japanese"), Some("Japan"));
        assert_eq!(lex.country("U.S."), Some("United States"));
        assert_eq!(lex.country("Japan's"), Some("Japan"));
        assert_eq!(lex.country("Netherlands'"), Some("Netherlands"));
    }
}
