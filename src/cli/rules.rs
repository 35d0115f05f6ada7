//! `claimlint rules` and `claimlint explain RULE`.

use std::io::Write;

pub fn list() -> i32 {
    let mut out = String::from("checks:\n");
    for r in crate::rules::ALL {
        out.push_str(&format!(
            "  {:<22} {:<8} {}\n",
            r.id(),
            r.default_severity().as_str(),
            r.summary()
        ));
    }
    out.push_str("\nbuilt-in packs:\n");
    for (name, text) in crate::pack::BUILTIN {
        let desc = crate::pack::yaml::parse::<crate::pack::Pack>(name, text)
            .map(|p| p.description)
            .unwrap_or_default();
        out.push_str(&format!("  {name:<22} {desc}\n"));
    }
    i32::from(std::io::stdout().lock().write_all(out.as_bytes()).is_err()) * 2
}

#[allow(clippy::print_stderr)]
pub fn explain(id: &str) -> i32 {
    match crate::rules::find(id) {
        Some(r) => {
            let docs = crate::rules::docs_text(r);
            i32::from(
                std::io::stdout()
                    .lock()
                    .write_all(format!("{docs}\n").as_bytes())
                    .is_err(),
            ) * 2
        }
        None => {
            let ids: Vec<&str> = crate::rules::ALL.iter().map(|r| r.id()).collect();
            eprintln!("error: no rule `{id}` (rules: {})", ids.join(", "));
            2
        }
    }
}
