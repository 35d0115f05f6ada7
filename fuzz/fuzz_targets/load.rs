//! Each loader (text, Markdown, HTML, JSONL) on arbitrary bytes; the first byte picks
//! the format. Every span must map back inside the original text.
#![no_main]
use claimlint::source::{Format, from_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let format = [Format::Text, Format::Markdown, Format::Html, Format::Jsonl][pick as usize % 4];
    let text = String::from_utf8_lossy(rest).into_owned();
    if let Ok(docs) = from_text("fuzz", text, format) {
        for d in &docs {
            let e = claimlint::extract::extract(&d.text);
            for m in &e.mentions {
                let loc = d.locate(m.span);
                assert!(loc.line >= 1 && loc.column >= 1);
                assert!(d.map.original(m.span.end) <= d.source().len());
            }
        }
    }
});
