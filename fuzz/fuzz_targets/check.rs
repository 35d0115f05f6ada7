//! `check` over two fuzzed documents with the built-in packs.
#![no_main]
use claimlint::source::{Format, from_text};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn packs() -> &'static claimlint::pack::PackSet {
    static P: OnceLock<claimlint::pack::PackSet> = OnceLock::new();
    P.get_or_init(|| {
        let mut p = claimlint::pack::PackSet::default();
        for (name, _) in claimlint::pack::BUILTIN {
            p.add(name).expect("built-in packs load");
        }
        p
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (a, b) = text.split_once('\u{0}').unwrap_or((&text, ""));
    let mut docs = from_text("a.txt", a.to_string(), Format::Text).unwrap_or_default();
    docs.extend(from_text("b.txt", b.to_string(), Format::Text).unwrap_or_default());
    let run = claimlint::check::run(docs, packs(), None);
    for f in &run.findings {
        let _ = run.docs[f.primary.doc].locate(f.primary.span);
    }
});
