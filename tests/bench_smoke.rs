//! A small run of the benchmark: the corpus generator, the script and its report, on
//! this build's binary. The figures are not asserted (speed is measured by the
//! benchmark, not by tests); the injected conflicts must all be found.

#[test]
fn the_benchmark_script_runs_end_to_end() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("bash")
        .arg(root.join("bench/run.sh"))
        .arg("--smoke")
        .env("CLAIMLINT_BIN", env!("CARGO_BIN_EXE_claimlint"))
        .env("BENCH_OUT", out.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&status.stdout);
    assert!(
        status.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(stdout.contains("| 2 MB | claimlint check"), "{stdout}");
    let quality = std::fs::read_to_string(out.path().join("quality")).unwrap();
    for line in quality.lines() {
        let v: serde_json::Value = serde_json::from_str(line.split_once(' ').unwrap().1).unwrap();
        assert!(
            v["recall"].as_f64().unwrap() >= 0.95 && v["precision"].as_f64().unwrap() >= 0.95,
            "{line}"
        );
    }
}
