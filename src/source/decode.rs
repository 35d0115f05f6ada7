//! Bytes to text: binary files are refused with a reason, UTF-16 with a byte-order
//! mark is decoded, and invalid UTF-8 is replaced and reported, never fatal.

pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Magic numbers of common binary formats that may sit among articles.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "PNG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"PK\x03\x04", "zip archive"),
    (b"%PDF", "PDF document"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x7fELF", "executable"),
];

pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return decode(rest);
    }
    if let Some(kind) = bytes
        .strip_prefix(b"\xff\xfe")
        .map(|b| (b, true))
        .or_else(|| bytes.strip_prefix(b"\xfe\xff").map(|b| (b, false)))
    {
        return Ok(utf16(kind.0, kind.1));
    }
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Err(format!("binary file ({what})"));
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Err("binary file (contains NUL bytes)".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            warnings: Vec::new(),
        }),
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = bytes[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let col = String::from_utf8_lossy(&bytes[line_start..at])
                .chars()
                .count()
                + 1;
            let bad = String::from_utf8_lossy(bytes).matches('\u{FFFD}').count();
            Ok(Decoded {
                text: String::from_utf8_lossy(bytes).into_owned(),
                warnings: vec![format!(
                    "invalid UTF-8 at {line}:{col} ({bad} sequence(s) replaced with U+FFFD)"
                )],
            })
        }
    }
}

fn utf16(bytes: &[u8], little: bool) -> Decoded {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| {
            let pair = [c[0], *c.get(1).unwrap_or(&0)];
            if little {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        })
        .collect();
    let text = String::from_utf16_lossy(&units);
    let mut warnings = vec![
        "decoded from UTF-16 (byte-order mark); positions refer to the decoded text".to_string(),
    ];
    if text.contains('\u{FFFD}') {
        warnings.push("invalid UTF-16 replaced with U+FFFD".into());
    }
    Decoded { text, warnings }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_refused_with_a_reason() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n").err().unwrap(),
            "binary file (PNG image)"
        );
        assert!(decode(b"ab\0cd").is_err());
    }

    #[test]
    fn invalid_utf8_is_replaced_and_located() {
        let d = decode(b"line one\nab\xffcd").unwrap();
        assert_eq!(d.text, "line one\nab\u{FFFD}cd");
        assert!(d.warnings[0].contains("at 2:3"), "{:?}", d.warnings);
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let d = decode(b"\xff\xfeH\0i\0").unwrap();
        assert_eq!(d.text, "Hi");
    }
}
