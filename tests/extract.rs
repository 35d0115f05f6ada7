//! `claimlint extract` on the seeds: the values, spans and resolutions issue #2 names.

mod common;

use assert_cmd::Command;
use common::root;
use serde_json::Value;

fn extract() -> Value {
    let out = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(root())
        .args(["extract", "seeds/", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn mentions<'a>(v: &'a Value, file: &str) -> Vec<&'a Value> {
    v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with(file))
        .unwrap()["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .collect()
}

fn find<'a>(ms: &[&'a Value], text: &str) -> &'a Value {
    ms.iter()
        .find(|m| m["text"] == text)
        .unwrap_or_else(|| panic!("no mention {text:?}"))
}

#[test]
fn hedged_percentages_are_intervals() {
    let v = extract();
    let m = mentions(&v, "003_fa51ae2332851756.txt");
    let nearly = find(&m, "nearly 90%");
    assert_eq!(
        (
            nearly["high"].as_f64(),
            nearly["unit"].as_str(),
            nearly["hedge"].as_str()
        ),
        (Some(90.0), Some("percent"), Some("nearly"))
    );
    assert!(nearly["low"].as_f64().unwrap() < 90.0);
    let m4 = mentions(&v, "004_7c208cf3947ad4ee.txt");
    let over = find(&m4, "over 80%");
    assert_eq!(over["low"].as_f64(), Some(80.0));
    let range = find(&m4, "80% to 90%");
    assert_eq!(
        (
            range["low"].as_f64(),
            range["high"].as_f64(),
            range["range"].as_bool()
        ),
        (Some(80.0), Some(90.0), Some(true))
    );
}

#[test]
fn money_with_scale_and_linked_conversions() {
    let v = extract();
    let m = mentions(&v, "001_bdd2873badb4788e.txt");
    let pledge = find(&m, "$55 billion");
    assert_eq!(
        (pledge["value"].as_f64(), pledge["unit"].as_str()),
        (Some(55e9), Some("USD"))
    );
    let m4 = mentions(&v, "004_7c208cf3947ad4ee.txt");
    let yen = m4.iter().position(|x| x["text"] == "¥8 billion").unwrap();
    let usd = find(&m4, "$54.6 million");
    assert_eq!(usd["conversion_of"].as_u64(), Some(yen as u64));
    assert_eq!(m4[yen]["unit"], "JPY");
}

#[test]
fn dates_resolve_to_2025_with_their_origin() {
    let v = extract();
    assert_eq!(v["batch_year"], 2025);
    let m = mentions(&v, "000_9c09862a5414340c.txt");
    let tuesday = find(&m, "Tuesday");
    assert_eq!(tuesday["date"], "2025-10-28");
    assert!(
        tuesday["resolved_from"]
            .as_str()
            .unwrap()
            .contains("dateline")
    );
    let m1 = mentions(&v, "001_bdd2873badb4788e.txt");
    let monday = find(&m1, "Monday (October 27)");
    assert_eq!(
        (monday["date"].as_str(), monday["weekday"].as_str()),
        (Some("2025-10-27"), Some("Monday"))
    );
    let doc0 = &v["documents"][0];
    assert_eq!(
        (
            doc0["published"]["date"].as_str(),
            doc0["published"]["origin"].as_str()
        ),
        (Some("2025-10-29"), Some("dateline-batch-year"))
    );
}

#[test]
fn roles_name_office_and_person() {
    let v = extract();
    let role = |file: &str| -> Vec<(String, String, bool)> {
        mentions(&v, file)
            .iter()
            .filter(|m| m["kind"] == "role" && m["country"] == "Japan")
            .map(|m| {
                (
                    m["office"].as_str().unwrap_or("").to_string(),
                    m["person"].as_str().unwrap().to_string(),
                    m["former"].as_bool().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(
        role("000_9c09862a5414340c.txt"),
        vec![(
            "Prime Minister of Japan".into(),
            "Sanae Takaichi".into(),
            false
        )]
    );
    assert_eq!(
        role("003_fa51ae2332851756.txt"),
        vec![(
            "Prime Minister of Japan".into(),
            "Sanae Takaichi".into(),
            false
        )]
    );
    assert_eq!(
        role("001_bdd2873badb4788e.txt"),
        vec![(
            "Prime Minister of Japan".into(),
            "Sanae Takashi".into(),
            false
        )]
    );
    let kono: Vec<_> = mentions(&v, "002_bd42f45a952dbe8c.txt")
        .into_iter()
        .filter(|m| m["kind"] == "role" && m["person"] == "Taro Kono")
        .collect();
    assert_eq!(kono.len(), 2);
    let m1 = mentions(&v, "001_bdd2873badb4788e.txt");
    let bare = m1
        .iter()
        .filter(|m| m["kind"] == "name" && m["text"] == "Takashi")
        .count();
    assert_eq!(bare, 4);
    let abe = m1
        .iter()
        .find(|m| m["kind"] == "role" && m["person"] == "Abe")
        .unwrap();
    assert_eq!(abe["former"], true);
}

#[test]
fn every_format_prints_and_spans_slice_the_original() {
    let v = extract();
    for d in v["documents"].as_array().unwrap() {
        let text = std::fs::read(root().join(d["path"].as_str().unwrap())).unwrap();
        for m in d["mentions"].as_array().unwrap() {
            let (s, e) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            // "text" is the file's own text: curly quotes and all.
            assert_eq!(
                String::from_utf8_lossy(&text[s..e]),
                m["text"].as_str().unwrap(),
                "{}",
                d["path"]
            );
        }
    }
    for f in ["jsonl", "yaml", "table"] {
        let out = Command::cargo_bin("claimlint")
            .unwrap()
            .current_dir(root())
            .args(["extract", "seeds/", "--format", f])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Sanae Takaichi"),
            "{f}"
        );
    }
}
