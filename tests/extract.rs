//! `claimlint extract` on the seeds: the values, spans and resolutions issue #2 names.

mod common;

use assert_cmd::Command;
use common::root;
use serde_json::Value;

fn extract() -> Value {
    extract_as(&root().join("seeds"), "json")
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

/// `extract` on a path; JSON and JSONL streamed whatever the size.
fn extract_as(dir: &std::path::Path, format: &str) -> Value {
    let out = Command::cargo_bin("claimlint")
        .unwrap()
        .env("CLAIMLINT_EXTRACT_HELD_BYTES", "0")
        .args(["extract", dir.to_str().unwrap(), "--format", format])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    match format {
        "yaml" => serde_saphyr::from_slice(&out.stdout).unwrap(),
        "jsonl" => Value::Array(
            out.stdout
                .split(|&b| b == b'\n')
                .filter(|l| !l.is_empty())
                .map(|l| serde_json::from_slice(l).unwrap())
                .collect(),
        ),
        _ => serde_json::from_slice(&out.stdout).unwrap(),
    }
}

/// JSON and JSONL are written a chunk at a time; YAML is built whole. All three say
/// the same, whether the batch year is needed (an undated article, a dateline with no
/// year) or not, and a broken line's warning still reaches the file's first article.
#[test]
fn streamed_extract_says_what_the_whole_batch_says() {
    for undated in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let mut feed = String::from(
            "{\"id\":\"a\",\"date\":\"2025-10-29\",\"text\":\"Copper rose 5% on Tuesday, October 28.\"}\n{broken\n",
        );
        for i in 0..50 {
            feed.push_str(&format!(
                "{{\"id\":\"n{i}\",\"date\":\"2025-10-29\",\"text\":\"About {i} people met on Monday.\"}}\n"
            ));
        }
        if undated {
            feed.push_str("{\"id\":\"u\",\"text\":\"TOKYO, Oct 29 - Talks ended on Tuesday.\"}\n");
            feed.push_str("{\"id\":\"v\",\"text\":\"Tin fell 3% on Monday, October 27.\"}\n");
        }
        std::fs::write(dir.path().join("feed.jsonl"), feed).unwrap();
        let json = extract_as(dir.path(), "json");
        let yaml = extract_as(dir.path(), "yaml");
        let lines = extract_as(dir.path(), "jsonl");
        assert_eq!(json, yaml, "undated: {undated}");
        assert_eq!(json["documents"], lines);
        assert_eq!(json["batch_year"], 2025);
        let first = &json["documents"][0];
        assert!(
            first["warnings"][0].as_str().unwrap().contains("line 2"),
            "{first}"
        );
        if undated {
            let u = json["documents"].as_array().unwrap().last().unwrap();
            assert_eq!(u["mentions"][1]["date"], "2025-10-27", "{u}");
        }
    }
}

/// A pipe can be read only once: `extract` then holds the batch instead of reading
/// it again, and says the same as from a file.
#[cfg(unix)]
#[test]
fn a_pipe_is_read_once_and_says_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let feed = "{\"id\":\"a\",\"date\":\"2025-10-29\",\"text\":\"Copper rose 5% on Tuesday.\"}\n";
    let file = dir.path().join("feed.jsonl");
    std::fs::write(&file, feed).unwrap();
    let pipe = dir.path().join("pipe.jsonl");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here: nothing to check
    }
    let writer = {
        let pipe = pipe.clone();
        std::thread::spawn(move || std::fs::write(pipe, feed).unwrap())
    };
    let out = Command::cargo_bin("claimlint")
        .unwrap()
        .env("CLAIMLINT_EXTRACT_HELD_BYTES", "0")
        .args(["extract", pipe.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    writer.join().unwrap();
    let from_pipe: Value = serde_json::from_slice(&out.stdout).unwrap();
    let from_file = extract_as(&file, "json");
    let docs = |v: &Value| v["documents"][0]["mentions"].clone();
    assert_eq!(docs(&from_pipe), docs(&from_file));
    assert_eq!(from_pipe["batch_year"], 2025);
}
