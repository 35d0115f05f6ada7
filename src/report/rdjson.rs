//! reviewdog's diagnostic format (rdjson), with the conflicting articles as related
//! locations and the fix as a suggestion.

use crate::check::Run;
use crate::filter::Notice;
use crate::finding::{Label, Severity};
use serde_json::{Value, json};

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "ERROR",
        Severity::Warning => "WARNING",
        Severity::Info => "INFO",
    }
}

fn location(run: &Run, l: &Label) -> Value {
    let loc = run.docs[l.doc].locate(l.span);
    json!({"path": loc.path, "range": {"start": {"line": loc.line, "column": loc.column}, "end": {"line": loc.end_line, "column": loc.end_column}}})
}

pub fn render(run: &Run, notices: &[Notice]) -> Value {
    let mut diags: Vec<Value> = run
        .findings
        .iter()
        .map(|f| {
            let mut d = json!({
                "message": f.message,
                "location": location(run, &f.primary),
                "severity": severity(f.severity),
                "source": {"name": "claimlint"},
                "code": {"value": f.rule},
                "related_locations": f.related.iter().map(|r| json!({"message": r.note, "location": location(run, r)})).collect::<Vec<_>>(),
            });
            if let Some(x) = &f.fix {
                d["suggestions"] = json!([{"range": location(run, &f.primary)["range"], "text": x}]);
            }
            d
        })
        .collect();
    for n in notices {
        diags.push(json!({"message": n.message, "location": {"path": n.path, "range": {"start": {"line": n.line, "column": n.column}}}, "severity": severity(n.severity), "source": {"name": "claimlint"}, "code": {"value": n.kind}}));
    }
    json!({"source": {"name": "claimlint", "url": "https://github.com/claimlint/claimlint"}, "diagnostics": diags})
}
