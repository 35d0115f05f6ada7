//! Temperatures across scales: a reading in Fahrenheit ("113F", "120 degrees
//! Fahrenheit") is keyed as the Celsius one it equals, so "49C" in one article and
//! "120F" in another are compared, and "49C" against "130F" disagrees. The extractor
//! still reports what was written; only the keyers see the converted figure.

use crate::extract::{Extraction, Kind, Unit};

/// The counted noun the extractor gives a Fahrenheit reading.
const FAHRENHEIT: &str = "fahrenheit";

/// The extraction with every Fahrenheit reading made the Celsius one it equals, or
/// `None` when it has none (nearly always: nothing is copied then).
pub fn in_celsius(e: &Extraction) -> Option<Extraction> {
    // Asked of every mention of every document: no String is made to ask it.
    let fahrenheit = |k: &Kind| matches!(k, Kind::Quantity(q) if matches!(&q.unit, Unit::Count(n) if n == FAHRENHEIT));
    if !e.mentions.iter().any(|m| fahrenheit(&m.kind)) {
        return None;
    }
    let mut out = e.clone();
    for m in &mut out.mentions {
        if !fahrenheit(&m.kind) {
            continue;
        }
        let Kind::Quantity(q) = &mut m.kind else {
            continue;
        };
        let c = |f: f64| (f - 32.0) * 5.0 / 9.0;
        q.value = c(q.value);
        // An open bound stays open.
        q.low = if q.low.is_finite() { c(q.low) } else { q.low };
        q.high = if q.high.is_finite() {
            c(q.high)
        } else {
            q.high
        };
        // The rounding a reader allows shrinks with the degree.
        q.step *= 5.0 / 9.0;
        q.unit = Unit::Count("degrees".into());
        q.noun = Some("degrees".into());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::in_celsius;
    use crate::extract::{Kind, Unit, extract};

    #[test]
    fn a_fahrenheit_reading_is_keyed_in_celsius() {
        assert!(in_celsius(&extract("It was 45C in Delhi.")).is_none());
        let e = in_celsius(&extract("It was 113F in Delhi, or 45C.")).expect("converted");
        let Kind::Quantity(q) = &e.mentions[0].kind else {
            panic!("{:?}", e.mentions)
        };
        assert_eq!(q.unit, Unit::Count("degrees".into()));
        assert!((q.value - 45.0).abs() < 1e-9 && (q.step - 5.0 / 9.0).abs() < 1e-9);
    }
}
