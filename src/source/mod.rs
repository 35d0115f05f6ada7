//! Loading: paths in, `Document`s out. Owns reading files, decoding, stripping markup
//! (Markdown, HTML, JSONL articles) into plain text with a map back to the original
//! bytes, and the publication date with its origin. It does not segment or extract.

mod decode;
mod doc;
mod html;
mod jsonl;
mod markdown;
pub mod offsets;
pub mod published;
pub mod segment;

use offsets::{LineIndex, OffsetMap, PlainBuilder, Span};
use std::path::{Path, PathBuf};

pub use doc::{Doc, Loaded, Origin};
pub use published::{DateOrigin, Published};
pub use stream::{Late, Stream};

pub mod stream;

/// One article: its original text, the plain text the grammar reads, and the map
/// between them.
#[derive(Debug)]
pub struct Document {
    /// The path as the user named it (`file.jsonl#id` for JSONL articles).
    pub path: String,
    /// The decoded original text; lines and columns refer to it.
    /// None when it is the plain text itself (nothing folded, no markup): a
    /// plain-text batch is held once, not twice. Read it with [`Document::source`].
    original: Option<String>,
    /// Normalised plain text.
    pub text: String,
    pub map: OffsetMap,
    pub lines: LineIndex,
    pub published: Option<Published>,
    /// A dateline's month and day when it gave no year, resolved against the batch.
    pub dateline: Option<(u8, u8)>,
    /// Where the dateline's date stands: not a date any event happened on.
    pub dateline_span: Option<Span>,
    pub title: Option<String>,
    /// Evidence only (`--against`): compared with, never reported on.
    pub evidence_only: bool,
    /// Problems with the file that did not stop it being read (invalid UTF-8).
    pub warnings: Vec<String>,
    /// Where to read the document again once it is checked (see [`Doc`]).
    pub origin: Option<Origin>,
    /// The countries its text names, found once for the many sentences that ask.
    countries: std::sync::OnceLock<Vec<(std::ops::Range<usize>, &'static str)>>,
}

/// A located position, ready to print.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub text: String,
}

impl Document {
    /// Builds a document from plain text already folded by a loader.
    pub(crate) fn new(path: String, source: String, plain: PlainBuilder) -> Document {
        let lines = LineIndex::new(&source);
        let original = (source != plain.text).then_some(source);
        Document {
            path,
            original,
            text: plain.text,
            map: plain.map,
            lines,
            published: None,
            dateline: None,
            dateline_span: None,
            title: None,
            evidence_only: false,
            warnings: Vec::new(),
            origin: None,
            countries: std::sync::OnceLock::new(),
        }
    }

    /// The countries a piece of the text names, as [`crate::lexicon::country_spans`]
    /// finds them, relative to the piece: the whole text is searched once and each
    /// sentence's question answered from it. A name cut by the piece's edge is not
    /// in the piece. Text from elsewhere is searched itself.
    pub fn countries_within(&self, piece: &str) -> Vec<(std::ops::Range<usize>, &'static str)> {
        let base = self.text.as_ptr() as usize;
        let at = piece.as_ptr() as usize;
        if at < base || at + piece.len() > base + self.text.len() {
            return crate::lexicon::country_spans(piece);
        }
        let (from, to) = (at - base, at - base + piece.len());
        let all = self
            .countries
            .get_or_init(|| crate::lexicon::country_spans(&self.text));
        let first = all.partition_point(|(r, _)| r.start < from);
        all[first..]
            .iter()
            .take_while(|(r, _)| r.end <= to)
            .map(|(r, c)| (r.start - from..r.end - from, *c))
            .collect()
    }

    /// As [`Document::countries_within`], with where each name starts only, as
    /// [`crate::lexicon::countries_in`] gives them.
    pub fn countries_at(&self, piece: &str) -> Vec<(usize, &'static str)> {
        self.countries_within(piece)
            .into_iter()
            .map(|(r, c)| (r.start, c))
            .collect()
    }

    /// The decoded original text; lines and columns refer to it.
    pub fn source(&self) -> &str {
        self.original.as_deref().unwrap_or(&self.text)
    }

    /// Plain text of a span.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Where a plain-text span lies in the original file.
    pub fn locate(&self, span: Span) -> Location {
        let start = self.map.original(span.start);
        let end = self.map.original_end(span.end).max(start);
        let (line, column) = self.lines.line_col(self.source(), start);
        let (end_line, end_column) = self.lines.line_col(self.source(), end);
        Location {
            path: self.path.clone(),
            line,
            column,
            end_line,
            end_column,
            // The text as written in the file, quotes and dashes unfolded.
            text: self
                .source()
                .get(start..end)
                .unwrap_or_else(|| self.slice(span))
                .to_string(),
        }
    }
}

/// A file that was not checked, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// What loading a batch produced: documents in path order, and every input it could
/// not read.
#[derive(Debug, Default)]
pub struct Batch {
    pub documents: Vec<Document>,
    pub skipped: Vec<Skipped>,
    /// Named inputs that do not exist or cannot be walked: a usage error (exit 2).
    pub missing: Vec<Skipped>,
}

/// How a file is read, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Jsonl,
}

impl Format {
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" | "mdx" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }
}

/// Expands the named paths into files: directories are walked (respecting
/// .gitignore), files are taken as named. Order is sorted, so output is stable.
fn expand(
    paths: &[PathBuf],
    batch: &mut Batch,
    wanted: &(dyn Fn(&str) -> bool + Sync),
) -> Vec<(PathBuf, bool)> {
    let mut files = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Err(e) => batch.missing.push(Skipped {
                path: p.display().to_string(),
                reason: io_reason(&e),
            }),
            Ok(m) if m.is_dir() => {
                let walker = ignore::WalkBuilder::new(p)
                    .sort_by_file_name(|a, b| a.cmp(b))
                    .build();
                for entry in walker {
                    match entry {
                        Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                            if wanted(&e.path().display().to_string()) {
                                files.push((e.into_path(), false));
                            }
                        }
                        Ok(e) if e.path_is_symlink() => batch.skipped.push(Skipped {
                            path: e.path().display().to_string(),
                            reason: "symbolic link (not followed)".into(),
                        }),
                        Ok(_) => {}
                        Err(e) => batch.skipped.push(Skipped {
                            path: p.display().to_string(),
                            reason: format!("cannot walk: {e}"),
                        }),
                    }
                }
            }
            Ok(_) => files.push((p.clone(), true)),
        }
    }
    files
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Loads every path; `evidence_only` marks the `--against` documents.
pub fn load(paths: &[PathBuf], evidence_only: bool) -> Batch {
    load_filtered(paths, evidence_only, &|_| true)
}

/// Loads every path, keeping only the walked files `wanted` accepts (include and
/// exclude globs); files named outright are always read.
pub fn load_filtered(
    paths: &[PathBuf],
    evidence_only: bool,
    wanted: &(dyn Fn(&str) -> bool + Sync),
) -> Batch {
    let (mut stream, missing) = stream(paths, evidence_only, wanted);
    let mut documents: Vec<Document> = stream.by_ref().flatten().collect();
    Stream::apply_late(std::mem::take(&mut stream.late), |i, w| {
        if let Some(d) = documents.get_mut(i) {
            d.warnings.push(w);
        }
    });
    Batch {
        documents,
        skipped: stream.skipped,
        missing,
    }
}

/// The documents of every path, a chunk at a time, and the named paths that do not
/// exist (whose skipped files the stream reports as it meets them).
pub fn stream(
    paths: &[PathBuf],
    evidence_only: bool,
    wanted: &(dyn Fn(&str) -> bool + Sync),
) -> (Stream, Vec<Skipped>) {
    let mut batch = Batch::default();
    let files = expand(paths, &mut batch, wanted);
    let mut s = Stream::new(
        files
            .into_iter()
            .map(|(p, named)| (p, named, evidence_only))
            .collect(),
    );
    s.skipped = batch.skipped;
    (s, batch.missing)
}

fn load_file(path: &Path, named: bool) -> Result<Vec<Document>, Skipped> {
    let display = path.display().to_string();
    let skip = |reason: String| Skipped {
        path: display.clone(),
        reason,
    };
    let format = match Format::of(path) {
        Some(f) => f,
        // A file named on the command line is read as text whatever its name; one
        // met in a directory walk must look like an article.
        None if named => Format::Text,
        None => {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            return Err(skip(if ext.is_empty() {
                "not an article format (no extension)".into()
            } else {
                format!("not an article format (.{ext})")
            }));
        }
    };
    let bytes = std::fs::read(path).map_err(|e| skip(io_reason(&e)))?;
    let decoded = decode::decode(&bytes).map_err(skip)?;
    let docs = from_text(&display, decoded.text, format).map_err(skip)?;
    Ok(docs
        .into_iter()
        .map(|mut d| {
            d.warnings.extend(decoded.warnings.iter().cloned());
            d
        })
        .collect())
}

/// Builds documents from decoded text in a given format.
pub fn from_text(path: &str, text: String, format: Format) -> Result<Vec<Document>, String> {
    let mut docs = match format {
        // A text file that opens with front matter was written by a site generator
        // or a newsroom's export: its date and title are read as Markdown's are.
        Format::Text if text.starts_with("---\n") || text.starts_with("---\r\n") => {
            vec![markdown::load(path, text)]
        }
        Format::Text => {
            let mut b = PlainBuilder::default();
            b.push(&text, 0);
            vec![Document::new(path.to_string(), text, b)]
        }
        Format::Markdown => vec![markdown::load(path, text)],
        Format::Html => vec![html::load(path, text)],
        Format::Jsonl => jsonl::load(path, &text)?,
    };
    for d in &mut docs {
        published::from_dateline(d);
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A piece of the text is answered from the one search of the whole text, as a
    /// search of the piece itself would: names inside it, relative to it.
    #[test]
    fn countries_within_a_piece_match_a_search_of_it() {
        let text = "Japan and South Korea met. Talks moved to the Japanese capital, not Seoul.";
        let docs = from_text("a.txt", text.into(), Format::Text).unwrap();
        let d = &docs[0];
        let cut = d.text.find("Talks").unwrap();
        for piece in [&d.text[..cut], &d.text[cut..], &d.text[4..40], &d.text[..]] {
            assert_eq!(
                d.countries_within(piece),
                crate::lexicon::country_spans(piece),
                "{piece}"
            );
        }
        let names: Vec<&str> = d.countries_at(&d.text[cut..]).iter().map(|c| c.1).collect();
        assert_eq!(names, ["Japan", "South Korea"]);
        // Text from elsewhere is searched itself.
        assert_eq!(d.countries_at("in Peru")[0], (3, "Peru"));
    }

    #[test]
    fn text_document_locates_spans() {
        let docs = from_text("a.txt", "One.\nJapan\u{2019}s PM".into(), Format::Text).unwrap();
        let d = &docs[0];
        let at = d.text.find("PM").unwrap();
        let loc = d.locate(Span::new(at, at + 2));
        assert_eq!((loc.line, loc.column, loc.text.as_str()), (2, 9, "PM"));
    }

    #[test]
    fn a_text_file_with_front_matter_has_its_date() {
        let text = "---\ntitle: Vote\ndate: 2025-11-17\n---\n\nJara won 26.8%.\n";
        let docs = from_text("a.txt", text.into(), Format::Text).unwrap();
        let d = &docs[0];
        assert_eq!(d.title.as_deref(), Some("Vote"));
        assert_eq!(
            d.published.map(|p| p.date.to_string()).as_deref(),
            Some("2025-11-17")
        );
        assert!(!d.text.contains("date:"), "{:?}", d.text);
    }
}
