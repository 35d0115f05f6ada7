//! Every pack's own examples: `flag` ones must produce their rule, `pass` ones nothing.

use claimlint::pack::{BUILTIN, Pack, PackSet};
use claimlint::source::{DateOrigin, Format, Published, from_text};

#[test]
fn pack_examples_flag_and_pass() {
    let mut packs = PackSet::default();
    for (name, _) in BUILTIN {
        packs.add(name).unwrap();
    }
    for (name, text) in BUILTIN {
        let pack: Pack = claimlint::pack::yaml::parse(name, text).unwrap();
        assert!(
            !pack.examples.flag.is_empty() && !pack.examples.pass.is_empty(),
            "{name} needs examples"
        );
        for (flag, ex) in pack
            .examples
            .flag
            .iter()
            .map(|e| (true, e))
            .chain(pack.examples.pass.iter().map(|e| (false, e)))
        {
            let docs: Vec<_> = ex
                .articles
                .iter()
                .enumerate()
                .flat_map(|(i, a)| {
                    from_text(&format!("ex{i}.txt"), a.clone(), Format::Text).unwrap()
                })
                .collect();
            let date = ex.date.as_ref().map(|d| Published {
                date: d.parse().unwrap(),
                origin: DateOrigin::Cli,
            });
            let run = claimlint::check::run(docs, &packs, date);
            let rules: Vec<&str> = run.findings.iter().map(|f| f.rule).collect();
            if flag {
                let want = ex.rule.as_deref().unwrap_or("");
                assert!(
                    rules.contains(&want),
                    "{name}: example {:?} should raise {want}, got {rules:?}",
                    ex.articles
                );
            } else {
                assert!(
                    rules.is_empty(),
                    "{name}: example {:?} should pass, got {rules:?}",
                    ex.articles
                );
            }
        }
    }
}

#[test]
fn bad_packs_are_rejected_with_a_position() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.yaml");
    std::fs::write(&p, "name: x\ndescription: y\nclaims:\n  - id: a\n    label: b\n    unit: percent\n    subject: [X]\n    cues: [c]\n    tolerence: 2\n").unwrap();
    let e = PackSet::default().add(p.to_str().unwrap()).unwrap_err();
    assert_eq!(e.line, 9, "{e}");
    assert!(e.message.contains("tolerence"), "{e}");
    std::fs::write(&p, "name: x\ndescription: y\nclaims:\n  - id: a\n    label: b\n    unit: percent\n    subject: [X]\n    cues: c\n").unwrap();
    assert!(PackSet::default().add(p.to_str().unwrap()).is_err());
}
