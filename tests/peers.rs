//! The development halves of two established extractors' English suites
//! (../shared/peer-suites): the extractor runs on every input without panicking, and
//! each suite's value F1 stays above a floor raised as the grammar improves. Matching
//! follows the suites' scorer (score.py): one-to-one, greedy, by normalised value, by
//! text where a case gives no value. `--nocapture` prints the table; set
//! CLAIMLINT_PEER_PREDICTIONS=FILE to write predictions for score.py.

use claimlint::extract::{Kind, Unit, extract};
use claimlint::lexicon::HedgeKind;
use serde_json::{Value, json};
use std::path::PathBuf;

fn suites() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/peer-suites")
}

fn fmt(x: f64) -> String {
    if x.is_finite() {
        format!("{x}")
    } else {
        String::new()
    }
}

/// What claimlint finds in one input, in the scorer's shape. The input goes through
/// the same loader as a text file (typographic spaces folded), spans map back.
fn predict(input: &str) -> Vec<Value> {
    let docs = claimlint::source::from_text(
        "case.txt",
        input.to_string(),
        claimlint::source::Format::Text,
    )
    .unwrap();
    let d = &docs[0];
    let e = extract(&d.text);
    let mut out = Vec::new();
    for m in &e.mentions {
        let text = input
            .get(d.map.original(m.span.start)..d.map.original(m.span.end))
            .unwrap_or("");
        match &m.kind {
            Kind::Quantity(q) => {
                let ty = match &q.unit {
                    Unit::Percent | Unit::PercentagePoints => "percentage",
                    Unit::Money(_) => "currency",
                    Unit::Time(_) => "duration",
                    // "180ml", "29km": a measure, which the peers tell apart from a
                    // number (Recognizers' dimension model).
                    Unit::Count(noun) if claimlint::extract::quantity::is_unit_of_measure(noun) => {
                        "dimension"
                    }
                    _ => "number",
                };
                if q.range {
                    let (open, close) = joined_brackets(text).unwrap_or(('[', ')'));
                    out.push(json!({"text": text, "type": "numberrange", "value": format!("{open}{},{}{close}", fmt(q.low), fmt(q.high))}));
                } else if let Some((word, kind)) = &q.hedge
                    // "equal to 170" is the peers' bound [170,170]; "exactly 13" no
                    // bound of theirs.
                    && (*kind != HedgeKind::Exact || word.contains("equal"))
                {
                    let v = fmt(q.value);
                    let r = match (kind, inclusive(word)) {
                        (HedgeKind::Above, true) => format!("[{v},)"),
                        (HedgeKind::Above, false) => format!("({v},)"),
                        (HedgeKind::AtMost, true) => format!("(,{v}]"),
                        (HedgeKind::AtMost, false) => format!("(,{v})"),
                        (HedgeKind::Exact, _) => format!("[{v},{v}]"),
                        _ => v.clone(),
                    };
                    out.push(json!({"text": text, "type": "numberrange", "value": r}));
                }
                // A range of money is one amount from low to high, bounds included.
                let value = match ty {
                    "currency" if q.range => json!(format!("[{},{}]", fmt(q.low), fmt(q.high))),
                    _ => json!(fmt(q.value)),
                };
                out.push(json!({"text": text, "type": ty, "value": value}));
                // A number model reads the number inside an amount of money too.
                if ty == "currency" {
                    out.push(json!({"text": text, "type": "number", "value": fmt(q.value)}));
                }
            }
            Kind::Ordinal(o) => {
                let value = match o.relative {
                    Some(r) => r.to_string(),
                    None => o.value.to_string(),
                };
                out.push(json!({"text": text, "type": "ordinal", "value": value}))
            }
            Kind::Date(_) => out.push(json!({"text": text, "type": "date", "value": Value::Null})),
            Kind::Period { .. } => {
                out.push(json!({"text": text, "type": "duration", "value": Value::Null}))
            }
            _ => {}
        }
    }
    out
}

/// The peers write bounds as intervals; inclusive where the words say so.
fn inclusive(word: &str) -> bool {
    [
        "equal", "least", "most", "up to", "or ", "and ", "=", "\u{2265}", "\u{2264}", "no less",
        "no more", "no fewer", "as many", "as much",
    ]
    .iter()
    .any(|w| word.contains(w))
}

/// The brackets of a joined bound ("more than 100 and at most 300"): each half's
/// hedge says whether its end is included.
fn joined_brackets(text: &str) -> Option<(char, char)> {
    let lower = text.to_lowercase();
    let (a, b) = [" and ", " but ", ", "]
        .iter()
        .find_map(|sep| lower.split_once(sep))?;
    let (_, (wa, ka)) = claimlint::extract::quantity::hedge(a).ok()?;
    let (_, (wb, _)) = claimlint::extract::quantity::hedge(b).ok()?;
    let (floor, ceiling) = if ka == HedgeKind::Above {
        (wa, wb)
    } else {
        (wb, wa)
    };
    Some((
        if inclusive(&floor) { '[' } else { '(' },
        if inclusive(&ceiling) { ']' } else { ')' },
    ))
}

/// The scorer's normalisation: numbers compared numerically, the rest as text.
fn norm_value(v: &Value) -> Option<Result<f64, String>> {
    let s = match v {
        Value::Null => return None,
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let t: String = s.trim().replace([',', ' ', '\u{a0}'], "");
    let t = t.strip_suffix('%').unwrap_or(&t);
    match t.parse::<f64>() {
        Ok(f) if f.is_finite() => Some(Ok(f)),
        _ => (!s.trim().is_empty()).then(|| Err(s.trim().to_lowercase())),
    }
}

fn norm_text(v: &Value) -> Option<String> {
    let s = v.as_str()?;
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let t = t
        .trim_matches(|c: char| {
            " \t\r\n.,;:!?\"'()[]{}\u{201c}\u{201d}\u{2018}\u{2019}".contains(c)
        })
        .to_lowercase();
    (!t.is_empty()).then_some(t)
}

fn same(a: &Result<f64, String>, b: &Result<f64, String>) -> bool {
    match (a, b) {
        (Ok(x), Ok(y)) => x == y || (x - y).abs() <= 1e-9 * x.abs().max(y.abs()),
        (Err(x), Err(y)) => x == y,
        _ => false,
    }
}

fn matched(expected: &[Value], found: &[Value]) -> usize {
    let mut used = vec![false; found.len()];
    let mut tp = 0;
    for e in expected {
        let ev = norm_value(&e["value"]);
        let et = norm_text(&e["text"]);
        for (i, f) in found.iter().enumerate() {
            if used[i] {
                continue;
            }
            let ok = match &ev {
                None => et.is_some() && et == norm_text(&f["text"]),
                Some(v) => norm_value(&f["value"]).is_some_and(|fv| same(v, &fv)),
            };
            if ok {
                used[i] = true;
                tp += 1;
                break;
            }
        }
    }
    tp
}

/// (file, the types scored for it, the value-F1 floor).
const SUITES: &[(&str, &[&str], f64)] = &[
    ("recognizers/number.jsonl", &["number"], 0.83),
    ("recognizers/percent.jsonl", &["percentage"], 0.95),
    ("recognizers/currency.jsonl", &["currency"], 0.93),
    ("recognizers/ordinal.jsonl", &["ordinal"], 0.93),
    ("recognizers/number_range.jsonl", &["numberrange"], 0.82),
    ("recognizers/date_extractor.jsonl", &["date"], 0.70),
    ("recognizers/duration_extractor.jsonl", &["duration"], 0.92),
    ("duckling/numeral.jsonl", &["number"], 0.87),
    ("duckling/ordinal.jsonl", &["ordinal"], 0.95),
    ("duckling/amount_of_money.jsonl", &["currency"], 0.81),
];

#[test]
fn peer_suites_value_f1_floors() {
    let dir = suites();
    assert!(
        dir.is_dir(),
        "peer suites not found at {} (shared/ beside the checkout)",
        dir.display()
    );
    let mut predictions = String::new();
    let mut failures = Vec::new();
    println!(
        "{:<40} {:>5} {:>6} {:>6} {:>6}",
        "suite", "cases", "P", "R", "F1"
    );
    for (file, types, floor) in SUITES {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let (mut tp, mut npred, mut ngold, mut cases) = (0, 0, 0, 0);
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: Value = serde_json::from_str(line).unwrap();
            let input = case["input"].as_str().unwrap();
            let all = predict(input);
            predictions.push_str(&format!("{}\n", json!({"input": input, "found": all})));
            let found: Vec<Value> = all
                .into_iter()
                .filter(|f| types.contains(&f["type"].as_str().unwrap_or("")))
                .collect();
            let expected = case["expected"].as_array().cloned().unwrap_or_default();
            tp += matched(&expected, &found);
            npred += found.len();
            ngold += expected.len();
            cases += 1;
        }
        let p = if npred == 0 {
            f64::from(u8::from(ngold == 0))
        } else {
            tp as f64 / npred as f64
        };
        let r = if ngold == 0 {
            f64::from(u8::from(npred == 0))
        } else {
            tp as f64 / ngold as f64
        };
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        println!("{file:<40} {cases:>5} {p:>6.3} {r:>6.3} {f1:>6.3}");
        if f1 < *floor {
            failures.push(format!("{file}: value F1 {f1:.3} below its floor {floor}"));
        }
    }
    // Other suites in the same shape (CLAIMLINT_PEER_EXTRA=a.jsonl:b.jsonl) are only
    // predicted, for score.py, with no floor: a way to look at a suite kept elsewhere.
    for file in std::env::var("CLAIMLINT_PEER_EXTRA")
        .unwrap_or_default()
        .split(':')
        .filter(|f| !f.is_empty())
    {
        let text = std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("CLAIMLINT_PEER_EXTRA: {file}: {e}"));
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let case: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("CLAIMLINT_PEER_EXTRA: {file}:{}: {e}", n + 1));
            let input = case["input"].as_str().unwrap_or_default();
            predictions.push_str(&format!(
                "{}\n",
                json!({"input": input, "found": predict(input)})
            ));
        }
    }
    if let Some(path) = std::env::var_os("CLAIMLINT_PEER_PREDICTIONS") {
        std::fs::write(path, predictions).unwrap();
    }
    assert!(failures.is_empty(), "{failures:?}");
}
