//! Where a document came from, so its text can be dropped once it is checked and read
//! again for the few documents a report shows. A JSONL article is one line of its
//! file (read again by offset); any other document is its whole file.

use super::{Document, Format, decode, jsonl};
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom};
use std::ops::Deref;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Origin {
    pub file: Arc<PathBuf>,
    pub format: Format,
    /// The bytes of the file the document was read from.
    pub offset: u64,
    pub len: u64,
    /// The length of its plain text, to notice a file that changed since.
    pub plain_len: usize,
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

pub fn reload(d: &Document) -> Loaded<'static> {
    let Some(o) = &d.origin else {
        return Loaded::Again(Rc::new(placeholder(d, 0)));
    };
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
        Some(again) if again.text.len() == o.plain_len => again,
        _ => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!(
                    "warning: {}: the file changed or cannot be read since it was checked; its locations are not shown",
                    d.path
                );
            }
            placeholder(d, o.plain_len)
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
    let mut bytes = Vec::with_capacity(usize::try_from(o.len).ok()?);
    f.take(o.len).read_to_end(&mut bytes).ok()?;
    let text = decode::decode(&bytes).ok()?.text;
    let path = o.file.display().to_string();
    let mut docs = match o.format {
        Format::Jsonl => jsonl::load(&path, &text).ok()?,
        f => super::from_text(&path, text, f).ok()?,
    };
    (!docs.is_empty()).then(|| docs.swap_remove(0))
}

/// Blank text of the right length, so spans stay in bounds when the file is gone.
fn placeholder(d: &Document, len: usize) -> Document {
    let text = " ".repeat(len);
    let mut b = super::offsets::PlainBuilder::default();
    b.push(&text, 0);
    Document::new(d.path.clone(), text, b)
}
