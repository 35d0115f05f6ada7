//! The extractor on arbitrary text: no panic, spans on char boundaries, low <= high.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let e = claimlint::extract::extract(&text);
    for m in &e.mentions {
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert!(m.span.start <= m.span.end && m.span.end <= text.len());
        if let claimlint::extract::Kind::Quantity(q) = &m.kind {
            assert!(q.low <= q.high || q.low.is_nan() || q.high.is_nan());
        }
    }
});
