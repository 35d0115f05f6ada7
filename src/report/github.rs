//! GitHub Actions workflow commands: `::error file=...,line=...,col=...,title=...::msg`.
//! An annotation has one location, so the other articles' file:line go in the message.

use crate::check::Run;
use crate::filter::Notice;
use crate::finding::Severity;

/// Escapes a message (data) per the workflow-command rules.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value, which also may not hold `:` or `,`.
fn prop(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

pub fn render(run: &Run, notices: &[Notice]) -> String {
    let mut out = String::new();
    for f in &run.findings {
        let p = run.docs[f.primary.doc].locate(f.primary.span);
        let mut msg = f.message.clone();
        let others: Vec<String> = f
            .related
            .iter()
            .map(|r| {
                let l = run.docs[r.doc].locate(r.span);
                format!("{}:{} ({})", l.path, l.line, r.note)
            })
            .collect();
        if !others.is_empty() {
            msg.push_str(&format!("\nSee {}", others.join("; ")));
        }
        if let Some(x) = &f.fix {
            msg.push_str(&format!("\nFix: {x}"));
        }
        if let Some(r) = &f.reference {
            msg.push_str(&format!("\nReference: {r}"));
        }
        out.push_str(&format!(
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            command(f.severity),
            prop(&p.path),
            p.line,
            p.column,
            p.end_line,
            p.end_column,
            prop(&format!("claimlint {}", f.rule)),
            data(&msg)
        ));
    }
    for n in notices {
        out.push_str(&format!(
            "::{} file={},line={},col={},title={}::{}\n",
            command(n.severity),
            prop(&n.path),
            n.line,
            n.column,
            prop(&format!("claimlint {}", n.kind)),
            data(&n.message)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping() {
        assert_eq!(super::prop("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(super::data("a:b\n"), "a:b%0A");
    }
}
