//! A document once checked. The batch rules need only its date and whether it is
//! evidence, so a checked document keeps those and where it came from (a file, or
//! one line of a JSONL file), in a few dozen bytes. A report reads the few documents
//! it shows again from their files. A document that cannot be read again (no file,
//! or suppression comments that are read at the end) is kept whole.

use super::offsets::Span;
use super::{Document, Format, Location, Published, decode, jsonl};
use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom};
use std::ops::Deref;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

/// Where a document's bytes are, to read it again.
#[derive(Debug, Clone)]
pub struct Origin {
    pub file: Arc<PathBuf>,
    pub offset: u64,
    pub len: u32,
    /// The length of its plain text, to notice a file that changed since.
    pub plain_len: u32,
    pub format: Format,
}

impl Origin {
    /// The origin of a document read from `len` bytes at `offset`, if it is small
    /// enough to be recorded (no article is 4 GiB; such a document is kept whole).
    pub fn of(
        file: &Arc<PathBuf>,
        format: Format,
        offset: u64,
        len: u64,
        d: &Document,
    ) -> Option<Origin> {
        Some(Origin {
            file: file.clone(),
            offset,
            len: u32::try_from(len).ok()?,
            plain_len: u32::try_from(d.text.len()).ok()?,
            format,
        })
    }
}

#[derive(Debug)]
enum Body {
    Kept(Box<Document>),
    Dropped(Origin),
}

/// What is rarely there, out of line.
#[derive(Debug, Default)]
struct Notes {
    warnings: Vec<String>,
    title: Option<String>,
}

#[derive(Debug)]
pub struct Doc {
    body: Body,
    /// The date and evidence flag of a dropped document (a kept one has its own).
    published: Option<Published>,
    evidence_only: bool,
    notes: Option<Box<Notes>>,
}

impl Doc {
    /// Keeps the whole document (for `extract`, and until a document is checked).
    pub fn kept(d: Document) -> Doc {
        Doc {
            published: None,
            evidence_only: false,
            body: Body::Kept(Box::new(d)),
            notes: None,
        }
    }

    /// A checked document, dropped to its origin if it can be.
    pub fn checked(d: Document) -> Doc {
        let mut doc = Doc::kept(d);
        doc.drop_text();
        doc
    }

    /// Drops the document to its origin when it has one and holds no suppression
    /// comments (those are read at the end, from every document).
    pub fn drop_text(&mut self) {
        let Body::Kept(d) = &mut self.body else {
            return;
        };
        if memchr::memmem::find(d.source().as_bytes(), b"claimlint-").is_some() {
            return;
        }
        let Some(origin) = d.origin.take() else {
            return;
        };
        self.published = d.published;
        self.evidence_only = d.evidence_only;
        self.notes = (!d.warnings.is_empty() || d.title.is_some()).then(|| {
            Box::new(Notes {
                warnings: std::mem::take(&mut d.warnings),
                title: d.title.take(),
            })
        });
        self.body = Body::Dropped(origin);
    }

    pub fn published(&self) -> Option<Published> {
        match &self.body {
            Body::Kept(d) => d.published,
            Body::Dropped(_) => self.published,
        }
    }

    /// Evidence only (`--against`): compared with, never reported on.
    pub fn evidence_only(&self) -> bool {
        match &self.body {
            Body::Kept(d) => d.evidence_only,
            Body::Dropped(_) => self.evidence_only,
        }
    }

    pub fn document_mut(&mut self) -> Option<&mut Document> {
        match &mut self.body {
            Body::Kept(d) => Some(d),
            Body::Dropped(_) => None,
        }
    }

    /// The whole document, when it was kept.
    pub fn document(&self) -> Option<&Document> {
        match &self.body {
            Body::Kept(d) => Some(d),
            Body::Dropped(_) => None,
        }
    }

    /// The document with its text, read again from its file when it was dropped.
    pub fn loaded(&self) -> Loaded<'_> {
        match &self.body {
            Body::Kept(d) => Loaded::Here(d),
            Body::Dropped(o) => reload(o),
        }
    }

    pub fn path(&self) -> Cow<'_, str> {
        match &self.body {
            Body::Kept(d) => Cow::Borrowed(d.path.as_str()),
            Body::Dropped(_) => Cow::Owned(self.loaded().path.clone()),
        }
    }

    pub fn warnings(&self) -> &[String] {
        match (&self.body, &self.notes) {
            (Body::Kept(d), _) => &d.warnings,
            (Body::Dropped(_), Some(n)) => &n.warnings,
            (Body::Dropped(_), None) => &[],
        }
    }

    pub fn warn(&mut self, w: String) {
        match &mut self.body {
            Body::Kept(d) => d.warnings.push(w),
            Body::Dropped(_) => self.notes.get_or_insert_default().warnings.push(w),
        }
    }

    pub fn title(&self) -> Option<&str> {
        match (&self.body, &self.notes) {
            (Body::Kept(d), _) => d.title.as_deref(),
            (Body::Dropped(_), Some(n)) => n.title.as_deref(),
            (Body::Dropped(_), None) => None,
        }
    }

    pub fn locate(&self, span: Span) -> Location {
        self.loaded().locate(span)
    }

    /// Plain text of a span.
    pub fn slice(&self, span: Span) -> Cow<'_, str> {
        match &self.body {
            Body::Kept(d) => Cow::Borrowed(d.slice(span)),
            Body::Dropped(_) => Cow::Owned(self.loaded().slice(span).to_string()),
        }
    }
}

/// A document with its text: borrowed when it was kept, read again when dropped.
pub enum Loaded<'a> {
    Here(&'a Document),
    Again(Rc<Document>),
}

impl Deref for Loaded<'_> {
    type Target = Document;
    fn deref(&self) -> &Document {
        match self {
            Loaded::Here(d) => d,
            Loaded::Again(d) => d,
        }
    }
}

/// Documents read again lately, per thread. Reports visit a document's findings
/// together and cite the same evidence often, so a few entries save most reads.
const CACHED: usize = 32;

type Cache = Vec<((usize, u64), Rc<Document>)>;

thread_local! {
    static CACHE: RefCell<Cache> = const { RefCell::new(Vec::new()) };
}

fn reload(o: &Origin) -> Loaded<'static> {
    let key = (Arc::as_ptr(&o.file) as usize, o.offset);
    let hit = CACHE.with_borrow_mut(|c| {
        let i = c.iter().position(|(k, _)| *k == key)?;
        let entry = c.remove(i);
        let doc = entry.1.clone();
        c.insert(0, entry);
        Some(doc)
    });
    if let Some(doc) = hit {
        return Loaded::Again(doc);
    }
    let doc = Rc::new(match read(o) {
        Some(again) if again.text.len() == o.plain_len as usize => again,
        _ => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!(
                    "warning: {}: the file changed or cannot be read since it was checked; its locations are not shown",
                    o.file.display()
                );
            }
            placeholder(o)
        }
    });
    CACHE.with_borrow_mut(|c| {
        c.insert(0, (key, doc.clone()));
        c.truncate(CACHED);
    });
    Loaded::Again(doc)
}

/// Reads the document's bytes again and builds it the way the first read did.
fn read(o: &Origin) -> Option<Document> {
    let mut f = std::fs::File::open(&*o.file).ok()?;
    f.seek(SeekFrom::Start(o.offset)).ok()?;
    let mut bytes = Vec::with_capacity(o.len as usize);
    f.take(u64::from(o.len)).read_to_end(&mut bytes).ok()?;
    let text = decode::decode(&bytes).ok()?.text;
    let path = o.file.display().to_string();
    let mut docs = match o.format {
        Format::Jsonl => jsonl::load(&path, &text).ok()?,
        f => super::from_text(&path, text, f).ok()?,
    };
    (!docs.is_empty()).then(|| docs.swap_remove(0))
}

/// Blank text of the right length, so spans stay in bounds when the file is gone.
fn placeholder(o: &Origin) -> Document {
    let text = " ".repeat(o.plain_len as usize);
    let mut b = super::offsets::PlainBuilder::default();
    b.push(&text, 0);
    let path = match o.format {
        Format::Jsonl => format!("{}#@{}", o.file.display(), o.offset),
        _ => o.file.display().to_string(),
    };
    Document::new(path, text, b)
}
