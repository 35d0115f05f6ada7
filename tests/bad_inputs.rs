//! The bad-input table (README, "Bad input"): one test per row. Each gets a clear
//! message naming the file (and line and column where there is one), the rest of the
//! batch is still checked, the summary accounts for every input, and the exit code
//! follows the contract. Sizes here are kept small enough for a debug test run; the
//! benchmark script runs the 100 MB line and measures its memory.

mod common;

use assert_cmd::Command;
use common::{skipped, warnings};
use serde_json::Value;
use std::path::Path;

/// A batch holding one good article next to the bad input, checked as JSON.
fn check_with(bad: impl FnOnce(&Path)) -> (i32, Value, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("good.txt"),
        "Japan's Prime Minister Sanae Takaichi spoke on Monday.",
    )
    .unwrap();
    bad(dir.path());
    let out = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir.path())
        .env_remove("CLAIMLINT_CONFIG")
        .args(["check", ".", "--format", "json", "--no-config"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap_or(-1),
        v,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn documents(v: &Value) -> u64 {
    v["summary"]["documents"].as_u64().unwrap_or(0)
}

#[test]
fn empty_file() {
    let (code, v, _) = check_with(|d| std::fs::write(d.join("empty.txt"), "").unwrap());
    assert_eq!((code, documents(&v)), (0, 2));
}

#[test]
fn binary_png_and_gzip() {
    let (code, v, _) = check_with(|d| {
        std::fs::write(d.join("photo.md"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
        std::fs::write(d.join("dump.txt"), b"\x1f\x8b\x08\0\0\0\0\0").unwrap();
    });
    let s = skipped(&v);
    assert!(
        s.iter()
            .any(|x| x.ends_with("photo.md: binary file (PNG image)")),
        "{s:?}"
    );
    assert!(
        s.iter()
            .any(|x| x.ends_with("dump.txt: binary file (gzip archive)")),
        "{s:?}"
    );
    assert_eq!((code, documents(&v)), (0, 1));
}

#[test]
fn invalid_utf8_mid_sentence() {
    let (code, v, _) = check_with(|d| {
        std::fs::write(
            d.join("bad.txt"),
            b"First line.\nThe figure was 5\xff0% today.",
        )
        .unwrap()
    });
    assert!(
        warnings(&v)
            .iter()
            .any(|w| w
                .ends_with("bad.txt: invalid UTF-8 at 2:17 (1 sequence(s) replaced with U+FFFD)")),
        "{:?}",
        warnings(&v)
    );
    assert_eq!((code, documents(&v)), (0, 2));
}

#[test]
fn utf16_with_bom() {
    let (code, v, _) = check_with(|d| {
        let mut b = vec![0xff, 0xfe];
        for u in "Turnout was 61%.".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        std::fs::write(d.join("u16.txt"), b).unwrap();
    });
    assert!(
        warnings(&v)
            .iter()
            .any(|w| w.contains("u16.txt: decoded from UTF-16"))
    );
    assert_eq!((code, documents(&v)), (0, 2));
}

#[test]
fn a_long_single_line() {
    // 2 MB of one line of figures and words, no newline: far past any real line. (At
    // 8 MB, this one test took most of CI's time in an unoptimised build.)
    let (code, v, _) = check_with(|d| {
        let line = "Exports rose 5% to $3 billion while imports fell. ".repeat(40_000);
        std::fs::write(d.join("long.txt"), line).unwrap();
    });
    assert_eq!((code, documents(&v)), (0, 2));
}

#[test]
fn many_tiny_files() {
    let (code, v, _) = check_with(|d| {
        let sub = d.join("many");
        std::fs::create_dir(&sub).unwrap();
        for i in 0..100_000 {
            std::fs::write(sub.join(format!("{i:06}.txt")), format!("Note {i}.")).unwrap();
        }
    });
    assert_eq!((code, documents(&v)), (0, 100_001));
}

#[test]
fn html_nested_ten_thousand_levels() {
    let (code, v, _) = check_with(|d| {
        let html = format!(
            "<html><body>{}Turnout was 61%.{}</body></html>",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        );
        std::fs::write(d.join("deep.html"), html).unwrap();
    });
    assert_eq!((code, documents(&v)), (0, 2));
}

#[test]
fn markdown_with_unterminated_front_matter() {
    let (code, v, _) = check_with(|d| {
        std::fs::write(
            d.join("fm.md"),
            "---\ntitle: x\ndate: 2025-10-29\nNo closing line.\n",
        )
        .unwrap()
    });
    assert!(
        warnings(&v)
            .iter()
            .any(|w| w.contains("fm.md: unterminated front matter"))
    );
    assert_eq!((code, documents(&v)), (0, 2));
}

#[test]
fn jsonl_with_a_broken_line() {
    let (code, v, _) = check_with(|d| {
        std::fs::write(d.join("feed.jsonl"), "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\": oops}\n{\"id\":\"c\",\"text\":\"Three.\"}\n").unwrap()
    });
    assert!(
        warnings(&v)
            .iter()
            .any(|w| w.contains("feed.jsonl: line 2:")),
        "{:?}",
        warnings(&v)
    );
    assert_eq!((code, documents(&v)), (0, 3));
}

fn check_pack(text: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Text.").unwrap();
    std::fs::write(dir.path().join("pack.yaml"), text).unwrap();
    let out = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "a.txt", "--no-config", "--pack", "pack.yaml"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const CLAIM: &str = "name: p\ndescription: d\nclaims:\n  - id: a\n    label: b\n    unit: percent\n    subject: [X]\n    cues: [c]\n";

#[test]
fn pack_with_an_unknown_key() {
    let (code, err) = check_pack(&format!("{CLAIM}    cuez: [d]\n"));
    assert_eq!(code, 2);
    assert!(
        err.contains("pack.yaml:9:5") && err.contains("cuez"),
        "{err}"
    );
}

#[test]
fn pack_with_a_wrong_type() {
    let (code, err) = check_pack(
        "name: p\ndescription: d\nclaims:\n  - id: a\n    label: b\n    unit: percent\n    subject: X\n    cues: [c]\n",
    );
    assert_eq!(code, 2);
    assert!(err.contains("pack.yaml:7:"), "{err}");
}

#[test]
fn pack_with_a_bad_regex() {
    let (code, err) = check_pack(&format!("{CLAIM}    pattern: \"refin(ing\"\n"));
    assert_eq!(code, 2);
    assert!(
        err.contains("pack.yaml:9:5") && err.contains("bad regex"),
        "{err}"
    );
}

#[test]
fn pack_with_an_alias_bomb() {
    let mut y = String::from("name: p\ndescription: d\nx0: &x0 [a, a, a, a, a, a, a, a, a, a]\n");
    for i in 1..12 {
        let p = i - 1;
        y.push_str(&format!(
            "x{i}: &x{i} [*x{p}, *x{p}, *x{p}, *x{p}, *x{p}, *x{p}, *x{p}, *x{p}, *x{p}, *x{p}]\n"
        ));
    }
    let (code, err) = check_pack(&y);
    assert_eq!(code, 2);
    assert!(err.contains("pack.yaml:"), "{err}");
}

#[test]
fn pack_with_a_ten_megabyte_string() {
    let (code, err) = check_pack(&format!(
        "name: p\ndescription: \"{}\"\n",
        "x".repeat(10 * 1024 * 1024)
    ));
    assert_eq!(code, 2);
    assert!(
        err.contains("pack.yaml:1:1") && err.contains("limited to"),
        "{err}"
    );
}

#[test]
fn a_path_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Text.").unwrap();
    let out = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "check",
            "a.txt",
            "missing.txt",
            "--no-config",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("missing.txt: no such file or directory")
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(documents(&v), 1, "the rest of the batch is still checked");
}

#[test]
fn an_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let (code, v, _) = check_with(|d| {
        let p = d.join("secret.txt");
        std::fs::write(&p, "Text.").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    });
    assert_eq!(code, 0);
    // Root reads anything: there the file is simply checked. Unprivileged, it is
    // skipped with the reason and the good article is still checked.
    if documents(&v) == 2 {
        return;
    }
    let s = skipped(&v);
    assert!(
        s.iter()
            .any(|x| x.ends_with("secret.txt: permission denied")),
        "{s:?}"
    );
    assert_eq!(documents(&v), 1);
}

#[test]
fn a_symlink_loop() {
    let (code, v, _) = check_with(|d| {
        std::os::unix::fs::symlink(d.join("loop-b"), d.join("loop-a")).unwrap();
        std::os::unix::fs::symlink(d.join("loop-a"), d.join("loop-b")).unwrap();
    });
    let s = skipped(&v);
    assert!(
        s.iter()
            .any(|x| x.ends_with("loop-a: symbolic link (not followed)")),
        "{s:?}"
    );
    assert_eq!((code, documents(&v)), (0, 1));
    // Named directly, the loop is an error naming it; the rest is checked.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Text.").unwrap();
    std::os::unix::fs::symlink(dir.path().join("l2"), dir.path().join("l1")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("l1"), dir.path().join("l2")).unwrap();
    let out = Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "a.txt", "l1", "--no-config"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("l1:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_directory_where_a_file_is_expected() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    std::fs::write(dir.path().join("a.txt"), "Text.").unwrap();
    for args in [
        ["--pack", "folder"],
        ["--facts", "folder"],
        ["--config", "folder"],
        ["--baseline", "folder"],
    ] {
        let out = Command::cargo_bin("claimlint")
            .unwrap()
            .current_dir(dir.path())
            .args(["check", "a.txt"])
            .args(args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("folder"), "{args:?}: {err}");
    }
}
