//! `claimlint init` and `claimlint config --dump`.

use std::io::Write;
use std::path::PathBuf;

#[allow(clippy::print_stderr)]
pub fn init(force: bool) -> i32 {
    let path = PathBuf::from(crate::config::NAMES[0]);
    if path.exists() && !force {
        eprintln!(
            "error: {} already exists (use --force to overwrite)",
            path.display()
        );
        return 2;
    }
    match crate::filter::baseline::write_atomic(&path, crate::config::STARTER.as_bytes()) {
        Ok(()) => {
            let _ = writeln!(std::io::stdout(), "wrote {}", path.display());
            0
        }
        Err(e) => {
            eprintln!("error: {}: {e}", path.display());
            2
        }
    }
}

#[allow(clippy::print_stderr)]
pub fn show(dump: bool, config: Option<PathBuf>, no_config: bool) -> i32 {
    let cwd = std::env::current_dir().unwrap_or_default();
    let loaded = match crate::config::discover(config.as_deref(), no_config, &cwd) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let mut out = match &loaded.path {
        Some(p) => format!("# config: {}\n", p.display()),
        None => "# no config file; defaults\n".to_string(),
    };
    if dump {
        let s = loaded.resolve();
        let value = serde_json::json!({
            "paths": s.paths, "against": s.against, "packs": s.packs, "facts": s.facts,
            "rules": loaded.raw.rules, "overrides": loaded.raw.overrides,
            "include": loaded.raw.include, "exclude": loaded.raw.exclude,
            "fail-on": s.fail_on, "min-severity": s.min_severity,
            "date": s.date.map(|d| d.date.to_string()),
        });
        out.push_str(&serde_saphyr::to_string(&value).unwrap_or_default());
    }
    i32::from(std::io::stdout().lock().write_all(out.as_bytes()).is_err()) * 2
}
