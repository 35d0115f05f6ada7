//! Microbenchmarks: the extractor and the checker, in bytes per second, on the seed
//! articles replicated. Run with `cargo bench`.

use claimlint::source::{Format, from_text};
use divan::counter::BytesCount;

fn main() {
    divan::main();
}

fn seeds() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

#[divan::bench]
fn extract_seeds(bencher: divan::Bencher) {
    let texts = seeds();
    let bytes: usize = texts.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for t in &texts {
            divan::black_box(claimlint::extract::extract(t));
        }
    });
}

#[divan::bench(args = [10, 100])]
fn check_seed_batches(bencher: divan::Bencher, copies: usize) {
    let texts = seeds();
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * copies;
    let mut packs = claimlint::pack::PackSet::default();
    for (name, _) in claimlint::pack::BUILTIN {
        packs.add(name).unwrap();
    }
    bencher
        .counter(BytesCount::new(bytes))
        .with_inputs(|| {
            (0..copies)
                .flat_map(|c| {
                    texts.iter().enumerate().flat_map(move |(i, t)| {
                        from_text(&format!("{c}-{i}.txt"), t.clone(), Format::Text).unwrap()
                    })
                })
                .collect::<Vec<_>>()
        })
        .bench_values(|docs| {
            divan::black_box(claimlint::check::run(docs, &packs, None).findings.len())
        });
}
