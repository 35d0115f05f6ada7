//! Documents a chunk at a time, in path order, so a check never holds a whole batch
//! of text. A JSONL file is read a line at a time; other files a few at a time, in
//! parallel. Every document remembers its origin, so its text can be dropped once it
//! is checked and read again for a report.

use super::{Document, Format, Origin, Skipped, decode, io_reason, jsonl, load_file, published};
use rayon::prelude::*;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek};
use std::path::PathBuf;
use std::sync::Arc;

/// A chunk ends once it holds this much text (or `CHUNK_DOCS` documents): enough to
/// keep every core busy, little enough that memory does not grow with the batch.
const CHUNK_BYTES: usize = 8 << 20;
const CHUNK_DOCS: usize = 8192;
/// Files other than JSONL are read this many at a time, in parallel.
const FILES_AT_ONCE: usize = 64;

/// A warning for a document already handed out: a JSONL file's broken lines are
/// carried by its first article, known only once the file is read to its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Late {
    pub doc: usize,
    pub warning: String,
}

pub struct Stream {
    files: VecDeque<(PathBuf, bool, bool)>,
    open: Option<Lines>,
    /// Files that could not be read, or not all of them.
    pub skipped: Vec<Skipped>,
    pub late: Vec<Late>,
    handed: usize,
}

/// A JSONL file being read.
struct Lines {
    reader: BufReader<File>,
    file: Arc<PathBuf>,
    display: String,
    evidence_only: bool,
    n: usize,
    offset: u64,
    first: Option<usize>,
    errors: Vec<String>,
}

impl Stream {
    /// `files` in order: (path, named on the command line, evidence only).
    pub fn new(files: Vec<(PathBuf, bool, bool)>) -> Stream {
        Stream {
            files: files.into(),
            open: None,
            skipped: Vec::new(),
            late: Vec::new(),
            handed: 0,
        }
    }

    /// The size of the files still to read, in bytes.
    pub fn bytes(&self) -> u64 {
        self.files
            .iter()
            .filter_map(|(p, _, _)| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum()
    }

    /// How many documents were handed out so far.
    pub fn handed(&self) -> usize {
        self.handed
    }

    /// Appends the late warnings to the documents they belong to.
    pub fn apply_late(late: Vec<Late>, mut warn: impl FnMut(usize, String)) {
        for l in late {
            warn(l.doc, l.warning);
        }
    }

    fn next_line(&mut self, chunk: &mut Vec<Document>, bytes: &mut usize) {
        let Some(f) = self.open.as_mut() else { return };
        let mut buf = Vec::new();
        match f.reader.read_until(b'\n', &mut buf) {
            Ok(0) => self.close(),
            Ok(read) => {
                f.n += 1;
                let start = f.offset;
                f.offset += read as u64;
                while buf.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
                    buf.pop();
                }
                if buf.iter().all(u8::is_ascii_whitespace) {
                    return;
                }
                match line_document(f, &buf, start) {
                    Ok(mut d) => {
                        f.first.get_or_insert(self.handed + chunk.len());
                        d.evidence_only = f.evidence_only;
                        *bytes += d.text.len();
                        chunk.push(d);
                    }
                    Err(e) => f.errors.push(e),
                }
            }
            Err(e) => {
                self.skipped.push(Skipped {
                    path: f.display.clone(),
                    reason: format!("read error after line {}: {}", f.n, io_reason(&e)),
                });
                self.close();
            }
        }
    }

    /// Ends a JSONL file: its broken lines go to its first article, or, with none,
    /// the file is reported as unreadable.
    fn close(&mut self) {
        let Some(f) = self.open.take() else { return };
        match f.first {
            Some(doc) => self.late.extend(f.errors.into_iter().map(|e| Late {
                doc,
                warning: format!("{}: {e} (line skipped)", f.display),
            })),
            None if !f.errors.is_empty() => self.skipped.push(Skipped {
                path: f.display,
                reason: format!("no readable article ({})", f.errors.join("; ")),
            }),
            None => {}
        }
    }

    /// Opens a JSONL file for reading a line at a time. A file in UTF-16 cannot be
    /// split on newline bytes and is read whole instead (None).
    fn open(&mut self, path: &PathBuf, evidence_only: bool) -> Option<()> {
        // A pipe cannot be read by offset again: read whole, and kept.
        if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
            return None;
        }
        let display = path.display().to_string();
        let mut file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                self.skipped.push(Skipped {
                    path: display,
                    reason: io_reason(&e),
                });
                return Some(());
            }
        };
        let mut head = Vec::with_capacity(8192);
        if let Err(e) = (&mut file).take(8192).read_to_end(&mut head) {
            self.skipped.push(Skipped {
                path: display,
                reason: io_reason(&e),
            });
            return Some(());
        }
        if head.starts_with(b"\xff\xfe") || head.starts_with(b"\xfe\xff") {
            return None;
        }
        if let Err(reason) = decode::decode(&head) {
            self.skipped.push(Skipped {
                path: display,
                reason,
            });
            return Some(());
        }
        if let Err(e) = file.seek(std::io::SeekFrom::Start(0)) {
            self.skipped.push(Skipped {
                path: display,
                reason: io_reason(&e),
            });
            return Some(());
        }
        self.open = Some(Lines {
            reader: BufReader::with_capacity(1 << 16, file),
            file: Arc::new(path.clone()),
            display,
            evidence_only,
            n: 0,
            offset: 0,
            first: None,
            errors: Vec::new(),
        });
        Some(())
    }
}

/// One JSONL line as a document, or why it was skipped.
fn line_document(f: &Lines, bytes: &[u8], start: u64) -> Result<Document, String> {
    let n = f.n;
    let decoded = decode::decode(bytes).map_err(|e| format!("line {n}: {e}"))?;
    let mut d = jsonl::article(&f.display, &decoded.text, n)?;
    d.warnings.extend(
        decoded
            .warnings
            .into_iter()
            .map(|w| format!("line {n}: {w}")),
    );
    published::from_dateline(&mut d);
    d.origin = Origin::of(&f.file, Format::Jsonl, start, bytes.len() as u64, &d);
    Ok(d)
}

impl Iterator for Stream {
    type Item = Vec<Document>;

    fn next(&mut self) -> Option<Vec<Document>> {
        let mut chunk = Vec::new();
        let mut bytes = 0;
        while bytes < CHUNK_BYTES && chunk.len() < CHUNK_DOCS {
            if self.open.is_some() {
                self.next_line(&mut chunk, &mut bytes);
                continue;
            }
            let Some((path, named, evidence_only)) = self.files.pop_front() else {
                break;
            };
            if Format::of(&path) == Some(Format::Jsonl) && self.open(&path, evidence_only).is_some()
            {
                continue;
            }
            // Other files: this one and the next few that are not JSONL, in parallel.
            let mut group = vec![(path, named, evidence_only)];
            while group.len() < FILES_AT_ONCE
                && self
                    .files
                    .front()
                    .is_some_and(|(p, _, _)| Format::of(p) != Some(Format::Jsonl))
            {
                group.extend(self.files.pop_front());
            }
            for r in group.par_iter().map(whole).collect::<Vec<_>>() {
                match r {
                    Ok(docs) => {
                        bytes += docs.iter().map(|d| d.text.len()).sum::<usize>();
                        chunk.extend(docs);
                    }
                    Err(s) => self.skipped.push(s),
                }
            }
        }
        self.handed += chunk.len();
        (!chunk.is_empty()).then_some(chunk)
    }
}

/// A file read whole; a lone document remembers the file as its origin.
fn whole((path, named, evidence_only): &(PathBuf, bool, bool)) -> Result<Vec<Document>, Skipped> {
    let mut docs = std::panic::catch_unwind(|| load_file(path, *named)).unwrap_or_else(|_| {
        Err(Skipped {
            path: path.display().to_string(),
            reason: "internal error while loading".into(),
        })
    })?;
    // Only a regular file can be read again (not a pipe, not /dev/stdin).
    let meta = std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file);
    let len = meta.as_ref().map_or(0, std::fs::Metadata::len);
    let format = Format::of(path).unwrap_or(Format::Text);
    let single = docs.len() == 1 && format != Format::Jsonl && meta.is_some();
    let file = Arc::new(path.clone());
    for d in &mut docs {
        d.evidence_only = *evidence_only;
        if single {
            d.origin = Origin::of(&file, format, 0, len, d);
        }
    }
    Ok(docs)
}

/// Can every path be read more than once (directories and regular files, not pipes)?
pub fn rereadable(paths: &[PathBuf]) -> bool {
    paths
        .iter()
        .all(|p| std::fs::metadata(p).is_ok_and(|m| m.is_file() || m.is_dir()) || !p.exists())
}

/// Reads the streams' chunks on a thread of its own, one chunk ahead of the check, so
/// reading and parsing overlap with the work. The streams come back when the thread
/// ends, with what they skipped.
pub fn read_ahead(
    streams: Vec<Stream>,
) -> (
    std::sync::mpsc::Receiver<Vec<Document>>,
    std::thread::JoinHandle<Vec<Stream>>,
) {
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    let reader = std::thread::spawn(move || {
        let mut streams = streams;
        for s in streams.iter_mut() {
            for chunk in s.by_ref() {
                if tx.send(chunk).is_err() {
                    return streams;
                }
            }
        }
        streams
    });
    (rx, reader)
}
