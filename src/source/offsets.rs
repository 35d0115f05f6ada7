//! Byte offsets inside a document's normalised text, mapped back to the original file.
//!
//! Loaders strip markup and fold typographic characters, so the text the grammar reads
//! is not the text on disk. Every loader records checkpoints while it copies; a span in
//! the plain text maps back through them, and only the report turns bytes into lines
//! and columns.

/// A half-open byte range in a document's normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}

/// Checkpoints `(plain offset, original offset)`: between two checkpoints the plain
/// text is a verbatim copy of the original.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    points: Vec<(usize, usize)>,
}

impl OffsetMap {
    pub fn mark(&mut self, plain: usize, original: usize) {
        if let Some(last) = self.points.last_mut()
            && last.0 == plain
        {
            *last = (plain, original);
            return;
        }
        self.points.push((plain, original));
    }

    /// The original byte offset where a span ending at `plain` ends: past its last
    /// byte in the stretch that byte was copied from. At a checkpoint, where markup
    /// was dropped ("# Toll rises to 41" then a line break), [`original`] gives the
    /// start of the next stretch, past the dropped bytes.
    ///
    /// [`original`]: OffsetMap::original
    pub fn original_end(&self, plain: usize) -> usize {
        if plain == 0 {
            return self.original(0);
        }
        let i = self.points.partition_point(|p| p.0 < plain);
        if i == 0 {
            return plain;
        }
        let (p, o) = self.points[i - 1];
        o + (plain - p)
    }

    /// The original byte offset of a plain-text offset.
    pub fn original(&self, plain: usize) -> usize {
        let i = self.points.partition_point(|p| p.0 <= plain);
        if i == 0 {
            return plain;
        }
        let (p, o) = self.points[i - 1];
        o + (plain - p)
    }
}

/// The byte after the character at `p`: where a search that found a separator at
/// `p` should resume, whatever the separator's width.
pub fn after(s: &str, p: usize) -> usize {
    p + s[p..].chars().next().map_or(1, char::len_utf8)
}

/// Line starts of the original text, for line and column at the edge.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Characters before each `BLOCK`-byte boundary, so a column far into a huge
    /// line is found without counting the line from its start every time.
    chars: Vec<usize>,
}

const BLOCK: usize = 4096;

/// Characters in a byte range: the bytes that do not continue a character.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        // Counted first, so a batch of short articles holds no spare capacity.
        let mut starts =
            Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        // Only long texts need the block counts; short ones count from the line start.
        let mut chars = Vec::new();
        if text.len() > 2 * BLOCK {
            chars.push(0);
            for block in text.as_bytes().chunks(BLOCK) {
                chars.push(chars[chars.len() - 1] + count_chars(block));
            }
        }
        LineIndex { starts, chars }
    }

    /// Characters in `text[..offset]`.
    fn chars_before(&self, text: &[u8], offset: usize) -> usize {
        let k = (offset / BLOCK).min(self.chars.len() - 1);
        self.chars[k] + count_chars(&text[k * BLOCK..offset])
    }

    /// 1-based line and 1-based column in characters of an original byte offset.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let mut end = offset;
        while end > start && !text.is_char_boundary(end) {
            end -= 1;
        }
        let bytes = text.as_bytes();
        let col = if end - start <= 2 * BLOCK || self.chars.is_empty() {
            count_chars(&bytes[start..end])
        } else {
            self.chars_before(bytes, end) - self.chars_before(bytes, start)
        };
        (line + 1, col + 1)
    }

    /// The byte range of a 1-based line, without its newline.
    pub fn line_range(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(text.len());
        let end = self.starts.get(line).map(|e| e - 1).unwrap_or(text.len());
        (start, end.max(start))
    }
}

/// Builds normalised text while keeping the map back to the original: typographic
/// quotes, dashes and odd spaces are folded so the grammar sees one form of each.
#[derive(Debug, Default)]
pub struct PlainBuilder {
    pub text: String,
    pub map: OffsetMap,
}

impl PlainBuilder {
    /// Copies `piece`, which starts at `original` in the source, folding as it goes.
    pub fn push(&mut self, piece: &str, original: usize) {
        self.map.mark(self.text.len(), original);
        let mut copied = 0;
        let bytes = piece.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Only '`' and non-ASCII characters fold: plain ASCII is skipped without
            // decoding, sixteen bytes at a time where none of them folds (a test
            // without an early exit, which the compiler turns into vector code).
            if let Some(chunk) = bytes.get(i..i + 16)
                && !chunk
                    .iter()
                    .fold(false, |any, &b| any | (b >= 0x80) | (b == b'`'))
            {
                i += 16;
                continue;
            }
            if bytes[i] < 0x80 && bytes[i] != b'`' {
                i += 1;
                continue;
            }
            let Some(c) = piece[i..].chars().next() else {
                break;
            };
            let at = i;
            i += c.len_utf8();
            let folded = match c {
                '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '`' => Some("'"),
                '\u{201C}' | '\u{201D}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => Some("\""),
                '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => Some("-"),
                '\u{2014}' | '\u{2015}' => Some(" - "),
                '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{2007}' | '\u{3000}' => Some(" "),
                '\u{200B}' | '\u{FEFF}' | '\u{00AD}' => Some(""),
                '\u{2026}' => Some("..."),
                _ => None,
            };
            if let Some(f) = folded {
                self.text.push_str(&piece[copied..at]);
                self.map.mark(self.text.len(), original + at);
                self.text.push_str(f);
                copied = i;
                self.map.mark(self.text.len(), original + copied);
            }
        }
        self.text.push_str(&piece[copied..]);
    }

    /// Adds a separator that has no place in the original (a paragraph break
    /// between two HTML blocks): it maps to `original`.
    pub fn separator(&mut self, sep: &str, original: usize) {
        if self.text.is_empty() || self.text.ends_with(sep) {
            return;
        }
        self.map.mark(self.text.len(), original);
        self.text.push_str(sep);
        self.map.mark(self.text.len(), original);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_far_into_a_long_line_count_characters() {
        // Multi-byte characters across block edges, and a second line.
        let text = format!("{}\nnext é line", "ab €é 12% ".repeat(5_000));
        let idx = LineIndex::new(&text);
        for offset in [
            0,
            1,
            4095,
            4096,
            4099,
            20_000,
            40_001,
            text.len() - 3,
            text.len(),
        ] {
            let mut end = offset;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let line_start = text[..end].rfind('\n').map_or(0, |p| p + 1);
            let want = (
                text[..end].matches('\n').count() + 1,
                text[line_start..end].chars().count() + 1,
            );
            assert_eq!(idx.line_col(&text, offset), want, "offset {offset}");
        }
    }

    #[test]
    fn folded_quotes_map_back() {
        let src = "Japan\u{2019}s PM \u{2014} Takaichi";
        let mut b = PlainBuilder::default();
        b.push(src, 0);
        assert_eq!(b.text, "Japan's PM  -  Takaichi");
        let t = b.text.find("Takaichi").unwrap();
        assert_eq!(&src[b.map.original(t)..], "Takaichi");
        assert_eq!(
            b.map.original(b.text.find("PM").unwrap()),
            src.find("PM").unwrap()
        );
    }

    #[test]
    fn line_and_char_column() {
        let src = "ab\n\u{00e9}\u{00e9}x";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(src, src.find('x').unwrap()), (2, 3));
        assert_eq!(idx.line_col(src, 0), (1, 1));
    }
}
