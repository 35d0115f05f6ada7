//! The human report on the seeds, as a snapshot (review changes with
//! `cargo insta review`): what a fact-checker reads first.

mod common;

#[test]
fn human_report_on_the_seeds() {
    let out = assert_cmd::Command::cargo_bin("claimlint")
        .unwrap()
        .current_dir(common::root())
        .env("NO_COLOR", "1")
        .args(["check", "seeds/", "--no-config", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}
