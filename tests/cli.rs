//! The command line end to end: every output format, exit code, config key,
//! suppression, baseline and bad input.

mod common;

use assert_cmd::Command;
use common::root;
use serde_json::Value;
use std::path::Path;

fn cl() -> Command {
    let mut c = Command::cargo_bin("claimlint").unwrap();
    c.env_remove("CLAIMLINT_CONFIG").env("NO_COLOR", "1");
    c
}

fn json_of(out: &[u8]) -> Value {
    serde_json::from_slice(out)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(out)))
}

/// Two articles that agree: Chile's lithium share at about 24%.
fn lithium_pair(dir: &Path) {
    for name in ["a.txt", "b.txt"] {
        write(
            dir,
            name,
            "Chile produces about 24% of the world's lithium output.",
        );
    }
}

fn write(dir: &Path, name: &str, text: &str) {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

#[test]
fn seeds_exit_1_with_a_summary() {
    let out = cl()
        .current_dir(root())
        .args(["check", "seeds/", "--no-config"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8(out).unwrap();
    assert!(
        s.contains("error[role-mismatch]") && s.contains("seeds/002_bd42f45a952dbe8c.txt:2:39"),
        "{s}"
    );
    assert!(s.contains("checked 5 document(s), 1 skipped"), "{s}");
    assert!(
        s.contains("skipped: seeds/labels.yaml: not an article format (.yaml)"),
        "{s}"
    );
}

#[test]
fn clean_batch_exits_0_and_fail_on_is_respected() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "Nothing here disagrees with anything.");
    cl().current_dir(dir.path())
        .args(["check", "a.txt"])
        .assert()
        .code(0);
    write(
        dir.path(),
        "b.txt",
        "Chile produces about 24% of the world's lithium output.",
    );
    write(
        dir.path(),
        "c.txt",
        "Chile produces about 24% of the world's lithium output.",
    );
    write(
        dir.path(),
        "d.txt",
        "Chile produces 44% of the world's lithium output.",
    );
    // The generic layer reports at warning: failing on error passes, on warning fails.
    cl().current_dir(dir.path())
        .args(["check", ".", "--fail-on", "error"])
        .assert()
        .code(0);
    cl().current_dir(dir.path())
        .args(["check", ".", "--fail-on", "warning"])
        .assert()
        .code(1);
    let out = cl()
        .current_dir(dir.path())
        .args(["check", ".", "--min-severity", "error", "--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_of(&out)["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn missing_path_is_a_usage_error_and_the_rest_is_checked() {
    let assert = cl()
        .current_dir(root())
        .args(["check", "seeds/", "no/such/dir", "--format", "json"])
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(
        err.contains("no/such/dir: no such file or directory"),
        "{err}"
    );
    assert_eq!(
        json_of(&assert.get_output().stdout)["summary"]["documents"],
        5
    );
}

#[test]
fn json_contract() {
    let out = cl()
        .current_dir(root())
        .args(["check", "seeds/", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    assert_eq!(v["version"], 1);
    let d = &v["documents"][0];
    assert_eq!(d["path"], "seeds/000_9c09862a5414340c.txt");
    assert_eq!(d["published"]["date"], "2025-10-29");
    assert!(d["claims"].as_array().is_some());
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "role-mismatch")
        .unwrap();
    for k in [
        "rule",
        "severity",
        "key",
        "message",
        "primary",
        "related",
        "expected",
        "found",
        "fix",
        "reference",
    ] {
        assert!(f.get(k).is_some(), "finding lacks {k}");
    }
    for k in ["path", "line", "column", "end_line", "end_column", "text"] {
        assert!(f["primary"].get(k).is_some(), "primary lacks {k}");
    }
    assert_eq!(f["expected"], "Sanae Takaichi");
    assert!(
        f["related"][0]["note"]
            .as_str()
            .unwrap()
            .contains("Takaichi")
    );
    assert!(v["summary"]["errors"].as_u64().unwrap() >= 10);
}

#[test]
fn output_is_deterministic_across_runs_and_thread_counts() {
    let run = |threads: &str| {
        cl().current_dir(root())
            .env("RAYON_NUM_THREADS", threads)
            .args(["check", "seeds/", "--format", "json"])
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert_eq!(one, run("4"));
    assert_eq!(one, run("1"));
}

fn validate(schema_path: &Path, instance: &Value) {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let v = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = v
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}: {errors:?}", schema_path.display());
}

#[test]
fn sarif_validates_against_the_2_1_0_schema() {
    let out = cl()
        .current_dir(root())
        .args(["check", "seeds/", "--format", "sarif"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    validate(&root().join("tests/schemas/sarif-schema-2.1.0.json"), &v);
    let run = &v["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert!(
        run["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["help"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("## What it flags")))
    );
    let role = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "role-mismatch")
        .unwrap();
    assert!(role["relatedLocations"].as_array().unwrap().len() >= 2);
}

#[test]
fn rdjson_validates_against_reviewdogs_schema() {
    let out = cl()
        .current_dir(root())
        .args(["check", "seeds/", "--format", "rdjson"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    validate(
        &root().join("tests/schemas/rdjson/DiagnosticResult.json"),
        &v,
    );
    let d = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"]["value"] == "name-variant")
        .unwrap();
    assert_eq!(d["suggestions"][0]["text"], "Sanae Takaichi");
    assert!(!d["related_locations"].as_array().unwrap().is_empty());
}

#[test]
fn github_annotations_follow_the_workflow_command_syntax() {
    let out = cl()
        .current_dir(root())
        .args(["check", "seeds/", "--format", "github"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8(out).unwrap();
    let re = regex::Regex::new(r"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::[^\r\n]+$").unwrap();
    for line in s.lines() {
        assert!(re.is_match(line), "bad annotation: {line}");
    }
    assert!(
        s.lines()
            .any(|l| l.contains("title=claimlint role-mismatch")
                && l.contains("See seeds/000_9c09862a5414340c.txt:11")),
        "{s}"
    );
}

#[test]
fn newsroom_drafts_against_the_archive_and_house_facts() {
    let dir = root().join("tests/examples/newsroom");
    let out = cl()
        .current_dir(&dir)
        .args(["check", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    let found: Vec<(String, String, u64, u64)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().into(),
                f["primary"]["path"].as_str().unwrap().into(),
                f["primary"]["line"].as_u64().unwrap(),
                f["primary"]["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            ("fact-mismatch".into(), "drafts/floods.md".into(), 9, 29),
            ("figure-mismatch".into(), "drafts/lithium.md".into(), 9, 35),
        ]
    );
    assert_eq!(v["summary"]["evidence_documents"], 2);
    let f = &v["findings"][0];
    assert_eq!(f["fix"], "Johnson Sakaja");
    assert!(
        f["reference"]
            .as_str()
            .unwrap()
            .contains("https://example.org/house/nairobi-governor")
    );
}

#[test]
fn config_keys_and_bad_configs() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    write(
        p,
        "docs/a.txt",
        "Chile produces about 24% of the world's lithium output.",
    );
    write(
        p,
        "docs/b.txt",
        "Chile produces about 24% of the world's lithium output.",
    );
    write(
        p,
        "docs/c.txt",
        "Chile produces 44% of the world's lithium output.",
    );
    write(
        p,
        "docs/skip/c2.txt",
        "Chile produces 74% of the world's lithium output.",
    );
    let count = |cfg: &str, code: i32| -> usize {
        write(p, ".claimlint.yaml", cfg);
        let out = cl()
            .current_dir(p.join("docs"))
            .args(["check", "--format", "json"])
            .assert()
            .code(code)
            .get_output()
            .stdout
            .clone();
        json_of(&out)["findings"].as_array().unwrap().len()
    };
    assert_eq!(count("paths: [docs/]\nexclude: ['**/skip/**']\n", 1), 1);
    assert_eq!(count("paths: [docs/]\n", 1), 2);
    assert_eq!(
        count(
            "paths: [docs/]\nexclude: ['**/skip/**']\nrules: {figure-mismatch: off}\n",
            0
        ),
        0
    );
    assert_eq!(
        count(
            "paths: [docs/]\nexclude: ['**/skip/**']\nfail-on: error\n",
            0
        ),
        1
    );
    assert_eq!(
        count(
            "paths: [docs/]\nexclude: ['**/skip/**']\nrules: {figure-mismatch: error}\nfail-on: error\n",
            1
        ),
        1
    );
    assert_eq!(
        count(
            "paths: [docs/]\nexclude: ['**/skip/**']\noverrides: [{files: ['**/c.txt'], rules: {figure-mismatch: off}}]\n",
            0
        ),
        0
    );
    assert_eq!(
        count(
            "paths: [docs/]\nexclude: ['**/skip/**']\nmin-severity: error\n",
            0
        ),
        0
    );
    assert_eq!(
        count(
            "paths: [docs/]\nexclude: ['**/skip/**']\ndefault-packs: false\npacks: []\nfacts: []\nagainst: []\ninclude: ['**/*.txt']\ndate: 2025-05-01\n",
            1
        ),
        1
    );
    for (cfg, pos) in [
        ("paths: [docs/]\nfail_on: error\n", ":2:"),
        ("rules:\n  nope: off\n", ":2:3"),
        ("fail-on: sometimes\n", ":1:"),
        ("exclude: ['a[']\n", ":1:"),
        ("date: soon\n", ":1:"),
    ] {
        write(p, ".claimlint.yaml", cfg);
        let err = cl()
            .current_dir(p.join("docs"))
            .args(["check"])
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone();
        let err = String::from_utf8_lossy(&err);
        assert!(
            err.contains(".claimlint.yaml") && err.contains(pos),
            "{cfg:?}: {err}"
        );
    }
    // --no-config and --config FILE.
    write(p, ".claimlint.yaml", "fail-on: sometimes\n");
    cl().current_dir(p)
        .args(["check", "--no-config", "docs/a.txt"])
        .assert()
        .code(0);
    write(p, "other.yaml", "rules: {figure-mismatch: off}\n");
    cl().current_dir(p)
        .args(["check", "--config", "other.yaml", "docs/"])
        .assert()
        .code(0);
    cl().current_dir(p)
        .env("CLAIMLINT_CONFIG", "other.yaml")
        .args(["check", "docs/"])
        .assert()
        .code(0);
}

#[test]
fn init_and_dump() {
    let dir = tempfile::tempdir().unwrap();
    cl().current_dir(dir.path()).args(["init"]).assert().code(0);
    cl().current_dir(dir.path()).args(["init"]).assert().code(2);
    let out = cl()
        .current_dir(dir.path())
        .args(["config", "--dump"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8(out).unwrap();
    assert!(
        s.contains(".claimlint.yaml") && s.contains("fail-on: warning") && s.contains("offices"),
        "{s}"
    );
}

#[test]
fn suppressions_hide_exactly_what_they_name() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    write(
        p,
        "a.md",
        "Chile produces about 24% of the world's lithium output.\n",
    );
    write(
        p,
        "b.md",
        "Chile produces about 24% of the world's lithium output.\n",
    );
    let c = |body: &str| {
        write(p, "c.md", body);
        let out = cl()
            .current_dir(p)
            .args([
                "check",
                ".",
                "--format",
                "json",
                "--report-unused-suppressions",
            ])
            .output()
            .unwrap()
            .stdout;
        let v = json_of(&out);
        (
            v["findings"].as_array().unwrap().len(),
            v["notices"].as_array().unwrap().len(),
        )
    };
    assert_eq!(
        c("Chile produces 44% of the world's lithium output.\n"),
        (1, 0)
    );
    assert_eq!(
        c(
            "<!-- claimlint-disable-next-line figure-mismatch -->\nChile produces 44% of the world's lithium output.\n"
        ),
        (0, 0)
    );
    assert_eq!(
        c(
            "<!-- claimlint-disable-next-line role-mismatch -->\nChile produces 44% of the world's lithium output.\n"
        ),
        (1, 1)
    );
    assert_eq!(
        c(
            "<!-- claimlint-disable -->\nChile produces 44% of the world's lithium output.\n<!-- claimlint-enable -->\n"
        ),
        (0, 0)
    );
    assert_eq!(
        c("<!-- claimlint-ignore \"44%\" -->\nChile produces 44% of the world's lithium output.\n"),
        (0, 0)
    );
    assert_eq!(
        c("<!-- claimlint-ignore \"45%\" -->\nChile produces 44% of the world's lithium output.\n"),
        (1, 1)
    );
}

#[test]
fn baseline_hides_known_findings_across_line_shifts() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    lithium_pair(p);
    write(
        p,
        "c.txt",
        "Chile produces 44% of the world's lithium output.",
    );
    cl().current_dir(p)
        .args(["check", ".", "--write-baseline", "base.json"])
        .assert()
        .code(1);
    assert!(p.join("base.json").is_file());
    write(
        p,
        "c.txt",
        "A new first line.\n\nChile produces 44% of the world's lithium output.",
    );
    cl().current_dir(p)
        .args(["check", ".", "--baseline", "base.json"])
        .assert()
        .code(0);
    write(
        p,
        "d.txt",
        "Chile produces 64% of the world's lithium output.",
    );
    cl().current_dir(p)
        .args(["check", ".", "--baseline", "base.json"])
        .assert()
        .code(1);
    write(p, "bad.json", "{");
    cl().current_dir(p)
        .args(["check", ".", "--baseline", "bad.json"])
        .assert()
        .code(2);
}

#[test]
fn diff_limits_reports_to_changed_lines() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    lithium_pair(p);
    write(
        p,
        "c.txt",
        "Intro.\nChile produces 44% of the world's lithium output.\n",
    );
    write(
        p,
        "touch-2.diff",
        "--- a/c.txt\n+++ b/c.txt\n@@ -2,0 +2,1 @@\n+x\n",
    );
    write(
        p,
        "touch-1.diff",
        "--- a/c.txt\n+++ b/c.txt\n@@ -1,0 +1,1 @@\n+x\n",
    );
    cl().current_dir(p)
        .args(["check", ".", "--diff", "touch-2.diff"])
        .assert()
        .code(1);
    cl().current_dir(p)
        .args(["check", ".", "--diff", "touch-1.diff"])
        .assert()
        .code(0);
}

#[test]
fn bad_inputs_are_reported_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("image.md"), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    std::fs::write(p.join("zipped.txt"), b"\x1f\x8b\x08\0\0\0").unwrap();
    std::fs::write(
        p.join("broken.txt"),
        b"Chile produces 44% of the world's lithium output. Bad \xff byte.",
    )
    .unwrap();
    std::fs::write(p.join("empty.md"), b"").unwrap();
    std::fs::write(p.join("utf16.txt"), b"\xff\xfeH\0i\0").unwrap();
    write(p, "fm.md", "---\ndate: 2025-01-01\nno end");
    write(
        p,
        "feed.jsonl",
        "{\"id\":\"x\",\"text\":\"Chile produces about 24% of the world's lithium output.\"}\n{oops\n{\"id\":\"y\",\"text\":\"Chile produces about 24% of the world's lithium output.\"}\n",
    );
    std::fs::create_dir(p.join("sub")).unwrap();
    let out = cl()
        .current_dir(p)
        .args(["check", ".", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json_of(&out.stdout);
    let skipped = common::skipped(&v);
    assert!(
        skipped
            .iter()
            .any(|s| s.contains("image.md") && s.contains("PNG")),
        "{skipped:?}"
    );
    assert!(
        skipped
            .iter()
            .any(|s| s.contains("zipped.txt") && s.contains("gzip")),
        "{skipped:?}"
    );
    let warnings = common::warnings(&v);
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("broken.txt") && w.contains("invalid UTF-8 at 1:55")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("fm.md") && w.contains("unterminated front matter")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("feed.jsonl") && w.contains("line 2")),
        "{warnings:?}"
    );
    // broken.txt's 44% is still checked against the two JSONL articles.
    assert!(v["findings"].as_array().unwrap().iter().any(|f| {
        f["primary"]["path"]
            .as_str()
            .unwrap()
            .ends_with("broken.txt")
    }));
    assert_eq!(v["summary"]["documents"], 6);
}

#[test]
fn bad_pack_and_facts_files_exit_2_with_a_position() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "p.yaml", "name: p\ndescription: d\nclaims: 3\n");
    write(dir.path(), "a.txt", "x");
    let err = cl()
        .current_dir(dir.path())
        .args(["check", "a.txt", "--pack", "p.yaml"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(
        String::from_utf8_lossy(&err).contains("p.yaml:3:"),
        "{}",
        String::from_utf8_lossy(&err)
    );
    write(
        dir.path(),
        "f.yaml",
        "as_of: 2025-01-01\noffices:\n  - office: X\n    country: Y\n    holders:\n      - {name: A, from: yesterday, source: s}\n",
    );
    let err = cl()
        .current_dir(dir.path())
        .args(["check", "a.txt", "--facts", "f.yaml"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(
        String::from_utf8_lossy(&err).contains("f.yaml:6:"),
        "{}",
        String::from_utf8_lossy(&err)
    );
    cl().current_dir(dir.path())
        .args(["check", "a.txt", "--pack", "nope"])
        .assert()
        .code(2);
    cl().current_dir(dir.path())
        .args(["check", "a.txt", "--date", "29/10/2025"])
        .assert()
        .code(2);
}

#[test]
fn rules_and_explain() {
    let out = cl()
        .args(["rules"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8(out).unwrap();
    for r in claimlint::rules::ALL {
        assert!(s.contains(r.id()), "{s}");
    }
    assert!(s.contains("critical-minerals"));
    let out = cl()
        .args(["explain", "role-mismatch"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out).unwrap().contains("## Why"));
    cl().args(["explain", "nope"]).assert().code(2);
}
