//! SARIF 2.1.0 through serde-sarif's types: one run, the rules with their help text,
//! each finding's conflicting articles as `relatedLocations`, columns in Unicode code
//! points (`columnKind`), and a partial fingerprint that survives line shifts.

use crate::check::Run;
use crate::filter::Notice;
use crate::finding::{Label, Severity};
use serde_sarif::sarif;

fn level(s: Severity) -> sarif::ResultLevel {
    match s {
        Severity::Error => sarif::ResultLevel::Error,
        Severity::Warning => sarif::ResultLevel::Warning,
        Severity::Info => sarif::ResultLevel::Note,
    }
}

fn location(run: &Run, l: &Label, id: Option<i64>) -> sarif::Location {
    let loc = run.docs[l.doc].locate(l.span);
    let region = sarif::Region::builder()
        .start_line(loc.line as i64)
        .start_column(loc.column as i64)
        .end_line(loc.end_line as i64)
        .end_column(loc.end_column as i64)
        .build();
    let physical = sarif::PhysicalLocation::builder()
        .artifact_location(
            sarif::ArtifactLocation::builder()
                .uri(loc.path.replace('\\', "/"))
                .build(),
        )
        .region(region)
        .build();
    let b = sarif::Location::builder()
        .physical_location(physical)
        .message(sarif::Message::builder().text(l.note.clone()).build());
    match id {
        Some(i) => b.id(i).build(),
        None => b.build(),
    }
}

pub fn render(run: &Run, notices: &[Notice]) -> serde_json::Value {
    let rules: Vec<sarif::ReportingDescriptor> = crate::rules::ALL
        .iter()
        .map(|r| {
            let docs = crate::rules::docs_text(*r);
            sarif::ReportingDescriptor::builder()
                .id(r.id())
                .name(r.id())
                .short_description(
                    sarif::MultiformatMessageString::builder()
                        .text(r.summary())
                        .build(),
                )
                .full_description(
                    sarif::MultiformatMessageString::builder()
                        .text(r.summary())
                        .build(),
                )
                .help(
                    sarif::MultiformatMessageString::builder()
                        .text(docs.clone())
                        .markdown(docs)
                        .build(),
                )
                .default_configuration(
                    sarif::ReportingConfiguration::builder()
                        .level(serde_json::json!(match r.default_severity() {
                            Severity::Error => "error",
                            Severity::Warning => "warning",
                            Severity::Info => "note",
                        }))
                        .build(),
                )
                .build()
        })
        .collect();
    let fingerprints = crate::filter::baseline::fingerprints(run);
    let mut results: Vec<sarif::Result> = run
        .findings
        .iter()
        .zip(fingerprints)
        .map(|(f, fp)| {
            let related: Vec<sarif::Location> = f
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| location(run, r, Some(i as i64 + 1)))
                .collect();
            let mut text = f.message.clone();
            if let Some(x) = &f.fix {
                text.push_str(&format!(" Fix: {x}."));
            }
            if let Some(r) = &f.reference {
                text.push_str(&format!(" Reference: {r}."));
            }
            let mut fps = std::collections::BTreeMap::new();
            fps.insert("claimlint/v1".to_string(), fp);
            let b = sarif::Result::builder()
                .rule_id(f.rule)
                .level(level(f.severity))
                .message(sarif::Message::builder().text(text).build())
                .locations(vec![location(run, &f.primary, None)])
                .partial_fingerprints(fps);
            if related.is_empty() {
                b.build()
            } else {
                b.related_locations(related).build()
            }
        })
        .collect();
    for n in notices {
        let region = sarif::Region::builder()
            .start_line(n.line as i64)
            .start_column(n.column as i64)
            .build();
        let physical = sarif::PhysicalLocation::builder()
            .artifact_location(
                sarif::ArtifactLocation::builder()
                    .uri(n.path.clone())
                    .build(),
            )
            .region(region)
            .build();
        results.push(
            sarif::Result::builder()
                .rule_id(n.kind)
                .level(level(n.severity))
                .message(sarif::Message::builder().text(n.message.clone()).build())
                .locations(vec![
                    sarif::Location::builder()
                        .physical_location(physical)
                        .build(),
                ])
                .build(),
        );
    }
    let driver = sarif::ToolComponent::builder()
        .name("claimlint")
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri("https://github.com/claimlint/claimlint")
        .rules(rules)
        .build();
    let run_ = sarif::Run::builder()
        .tool(sarif::Tool::builder().driver(driver).build())
        .results(results)
        .column_kind(serde_json::json!("unicodeCodePoints"))
        .build();
    let log = sarif::Sarif::builder()
        .schema("https://json.schemastore.org/sarif-2.1.0.json")
        .version(serde_json::json!("2.1.0"))
        .runs(vec![run_])
        .build();
    serde_json::to_value(log).unwrap_or_default()
}
