//! Currency words read by the article's country. "Pesos" alone are Mexico's unless the
//! article is about the Philippines or Argentina; "rupees" India's unless it is about
//! Pakistan. The lexicon (`currencies.yaml`, `local`) says which words are shared and
//! by whom; the document says which country it is about.

use super::{Extraction, Kind, Unit};
use crate::lexicon;
use crate::source::Document;

/// How much of a document is searched for the countries it names.
const HEAD: usize = 64 * 1024;

/// Re-reads the shared currency words of one document by the one country it names
/// among those that share the word, when it does not name the default's own.
pub fn currencies(d: &Document, e: &mut Extraction) {
    let lex = lexicon::get();
    let local = &lex.currencies.local;
    let shared = |m: &super::Mention| match &m.kind {
        Kind::Quantity(q) => match &q.unit {
            Unit::Money(code) => local.get(code).filter(|_| written_as_word(d, m, code)),
            _ => None,
        },
        _ => None,
    };
    // Most documents have no shared word: they are not searched for countries.
    if !e.mentions.iter().any(|m| shared(m).is_some()) {
        return;
    }
    // The country an article is about is named in its opening; a bound keeps a huge
    // document, checked in sections, from being searched whole for each one.
    let mut end = HEAD.min(d.text.len());
    while !d.text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &d.text[..end];
    let named: Vec<&str> = lexicon::countries_in(head)
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    let relabel: Vec<Option<String>> = e
        .mentions
        .iter()
        .map(|m| {
            let l = shared(m)?;
            if named.contains(&l.home.as_str()) {
                return None;
            }
            let mut users = l
                .elsewhere
                .iter()
                .filter(|(c, _)| named.contains(&c.as_str()));
            match (users.next(), users.next()) {
                (Some((_, code)), None) => Some(code.clone()),
                _ => None,
            }
        })
        .collect();
    for (m, code) in e.mentions.iter_mut().zip(relabel) {
        if let (Some(code), Kind::Quantity(q)) = (code, &mut m.kind) {
            q.unit = Unit::Money(code);
        }
    }
}

/// Is the amount's currency a word after it ("1.2 billion pesos"), not a sign or a
/// code ("£5", "MXN 40")?
fn written_as_word(d: &Document, m: &super::Mention, code: &str) -> bool {
    let text = &d.text[m.span.start..m.span.end];
    let word = text
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !word.is_empty()
        && lexicon::get()
            .currencies
            .after
            .get(&word.to_lowercase())
            .is_some_and(|c| c == code)
}

#[cfg(test)]
mod tests {
    use crate::extract::{Kind, Unit, extract};
    use crate::lexicon;

    fn codes(text: &str) -> Vec<String> {
        let d = crate::source::from_text("t.txt", text.to_string(), crate::source::Format::Text)
            .unwrap()
            .remove(0);
        let mut e = extract(&d.text);
        super::currencies(&d, &mut e);
        e.mentions
            .iter()
            .filter_map(|m| match &m.kind {
                Kind::Quantity(q) => match &q.unit {
                    Unit::Money(c) => Some(c.clone()),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_shared_word_is_the_currency_of_the_country_the_article_names() {
        for (text, code) in [
            (
                "Typhoon damage in the Philippines reached 1.2 billion pesos.",
                "PHP",
            ),
            ("Argentina's deficit was 3 trillion pesos in 2024.", "ARS"),
            (
                "Pakistan allocated 40 billion rupees to flood relief.",
                "PKR",
            ),
            ("Egypt's wheat bill rose to 90 billion pounds.", "EGP"),
            // Mexico named: pesos are Mexico's even beside the Philippines.
            (
                "Mexico and the Philippines traded goods worth 5 billion pesos.",
                "MXN",
            ),
            // Two other users named: which one's is not known.
            ("Chile and Colombia each spent 2 billion pesos.", "MXN"),
            // No country at all.
            ("It cost 300 pesos.", "MXN"),
        ] {
            assert_eq!(codes(text), [code], "{text}");
        }
    }

    #[test]
    fn signs_and_codes_are_never_re_read() {
        let t = "In Egypt, the fee is £50, or GBP 50 in London terms.";
        assert_eq!(codes(t), ["GBP", "GBP"]);
    }

    /// A country the lexicon does not know could never be named: the entry would
    /// be dead.
    #[test]
    fn every_country_in_the_local_table_is_one_the_lexicon_knows() {
        let lex = lexicon::get();
        for (code, l) in &lex.currencies.local {
            for c in std::iter::once(&l.home).chain(l.elsewhere.keys()) {
                assert!(lex.country(c).is_some(), "{code}: {c} is no known country");
            }
        }
    }
}
