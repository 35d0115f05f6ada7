//! The terminal report: findings grouped by conflict, each as a snippet with carets
//! (annotate-snippets, as rustc and ruff draw them), related documents as further
//! snippets, and a summary of what was checked and skipped.

use super::Summary;
use crate::check::Run;
use crate::finding::{Finding, Label, Severity};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// A snippet of the line(s) holding a label, in original text.
fn snippet<'a>(
    run: &'a Run,
    l: &'a Label,
    primary: bool,
) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let d = run.docs[l.doc].loaded();
    let start = d.map.original(l.span.start);
    let end = d.map.original_end(l.span.end).max(start);
    let (line, _) = d.lines.line_col(d.source(), start);
    let (end_line, _) = d.lines.line_col(d.source(), end);
    let (ls, _) = d.lines.line_range(d.source(), line);
    let (_, le) = d.lines.line_range(d.source(), end_line);
    let kind = if primary {
        AnnotationKind::Primary
    } else {
        AnnotationKind::Context
    };
    Snippet::source(d.source()[ls..le].to_string())
        .line_start(line)
        .path(run.docs[l.doc].path())
        .fold(true)
        .annotation(kind.span(start - ls..end - ls).label(l.note.as_str()))
}

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

pub fn render(
    run: &Run,
    summary: &Summary,
    notices: &[crate::filter::Notice],
    color: bool,
) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    // Group by conflict: findings that share rule and key print one after another.
    let mut order: Vec<&Finding> = run.findings.iter().collect();
    order.sort_by(|a, b| {
        (a.rule, &a.key)
            .cmp(&(b.rule, &b.key))
            .then((a.primary.doc, a.primary.span).cmp(&(b.primary.doc, b.primary.span)))
    });
    let mut last: Option<(&str, &str)> = None;
    for f in order {
        if last != Some((f.rule, f.key.as_str())) {
            out.push_str(&format!("── {} · {}\n", f.rule, f.key));
            last = Some((f.rule, f.key.as_str()));
        }
        let mut group = level(f.severity)
            .primary_title(f.message.as_str())
            .id(f.rule)
            .element(snippet(run, &f.primary, true));
        for r in &f.related {
            group = group.element(snippet(run, r, false));
        }
        let mut notes = Vec::new();
        if f.related_more > 0 {
            notes.push(format!(
                "and {} more mention(s) agreeing with the evidence",
                f.related_more
            ));
        }
        if let Some(e) = &f.expected {
            notes.push(format!("expected: {e}"));
        }
        if let Some(r) = &f.reference {
            notes.push(format!("reference: {r}"));
        }
        if let Some(x) = &f.fix {
            notes.push(format!("fix: replace with `{x}`"));
        }
        let mut groups = vec![group];
        for n in &notes {
            groups.push(Group::with_title(Level::NOTE.secondary_title(n.as_str())));
        }
        out.push_str(&renderer.render(&groups));
        out.push_str("\n\n");
    }
    for n in notices {
        out.push_str(&format!(
            "{}[{}]: {}:{}:{}: {}\n",
            n.severity.as_str(),
            n.kind,
            n.path,
            n.line,
            n.column,
            n.message
        ));
    }
    for d in &run.docs {
        for w in d.warnings() {
            out.push_str(&format!("warning: {}: {w}\n", d.path()));
        }
    }
    for s in &summary.skipped {
        out.push_str(&format!("skipped: {}: {}\n", s.path, s.reason));
    }
    out.push_str(&format!(
        "checked {} document(s){}, {} skipped; {} claims; {} error(s), {} warning(s), {} info\n",
        summary.documents,
        if summary.evidence_documents > 0 {
            format!(" against {}", summary.evidence_documents)
        } else {
            String::new()
        },
        summary.skipped.len(),
        summary.claims,
        summary.errors,
        summary.warnings,
        summary.infos
    ));
    out
}
