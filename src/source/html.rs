//! HTML: the text of the body, without script, style, nav, footer and the like, with
//! block elements turned into line breaks and entities decoded. A small scanner rather
//! than a DOM: it must keep byte offsets, and it must not recurse (a page nested ten
//! thousand levels deep is read like any other).

use super::Document;
use super::offsets::PlainBuilder;
use super::published::{DateOrigin, Published};

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "nav", "footer", "head", "noscript", "template", "svg", "iframe", "aside",
    "form", "button", "select",
];
/// Elements that break a paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "td",
    "th",
    "article",
    "section",
    "header",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "table",
    "figcaption",
    "dd",
    "dt",
    "hr",
    "main",
    "title",
];

pub fn load(path: &str, source: String) -> Document {
    let mut b = PlainBuilder::default();
    let s = source.as_str();
    let lower_body = find_ci(s, "<body");
    let mut i = lower_body.unwrap_or(0);
    let mut skip_until: Option<String> = None;
    let mut title = None;
    let mut published = None;
    let mut text_start = i;
    while i < s.len() {
        let Some(rel) = memchr::memchr2(b'<', b'&', &s.as_bytes()[i..]) else {
            break;
        };
        let at = i + rel;
        if skip_until.is_none() {
            b.push(&s[text_start..at], text_start);
        }
        if s.as_bytes()[at] == b'&' {
            let (decoded, len) = entity(&s[at..]);
            if skip_until.is_none() {
                b.push(&decoded, at);
                b.map.mark(b.text.len(), at + len);
            }
            i = at + len;
            text_start = i;
            continue;
        }
        // A tag, a comment or a declaration.
        let end = if s[at..].starts_with("<!--") {
            s[at..].find("-->").map_or(s.len(), |e| at + e + 3)
        } else {
            memchr::memchr(b'>', &s.as_bytes()[at..]).map_or(s.len(), |e| at + e + 1)
        };
        let tag = &s[at..end];
        let (name, closing) = tag_name(tag);
        if let Some(until) = &skip_until {
            if closing && name == *until {
                skip_until = None;
            }
        } else if !closing && SKIP.contains(&name.as_str()) && !tag.ends_with("/>") {
            skip_until = Some(name.clone());
        } else if BLOCK.contains(&name.as_str()) {
            b.separator("\n", at);
        } else if !name.is_empty() && !closing {
            b.separator(" ", at);
        }
        if name == "meta" && published.is_none() {
            published = meta_date(tag);
        }
        if name == "time" && published.is_none() {
            published = attr(tag, "datetime").and_then(|d| Published::parse(&d, DateOrigin::Meta));
        }
        if name == "title" && !closing && title.is_none() {
            title = s[end..]
                .find("</")
                .map(|e| s[end..end + e].trim().to_string());
        }
        i = end;
        text_start = i;
    }
    if skip_until.is_none() && text_start < s.len() {
        b.push(&s[text_start..], text_start);
    }
    // Dates and titles live in <head>, which the body scan never sees.
    if lower_body.is_some() {
        let head = &s[..lower_body.unwrap_or(0)];
        let mut j = 0;
        while let Some(rel) = find_ci(&head[j..], "<meta") {
            let at = j + rel;
            let end = head[at..].find('>').map_or(head.len(), |e| at + e + 1);
            published = published.or_else(|| meta_date(&head[at..end]));
            j = end;
        }
        if title.is_none()
            && let Some(t) = find_ci(head, "<title>")
        {
            title = head[t + 7..]
                .find("</")
                .map(|e| head[t + 7..t + 7 + e].trim().to_string());
        }
    }
    let mut doc = Document::new(path.to_string(), source, b);
    doc.title = title;
    doc.published = published;
    doc
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    hay.as_bytes()
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
}

fn tag_name(tag: &str) -> (String, bool) {
    let inner = tag.trim_start_matches('<');
    let closing = inner.starts_with('/');
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    (name.to_ascii_lowercase(), closing)
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let at = find_ci(tag, &format!("{name}="))? + name.len() + 1;
    let rest = &tag[at..];
    let q = rest.chars().next()?;
    if q == '"' || q == '\'' {
        rest[1..].find(q).map(|e| rest[1..1 + e].to_string())
    } else {
        Some(
            rest.split(|c: char| c.is_whitespace() || c == '>')
                .next()?
                .to_string(),
        )
    }
}

fn meta_date(tag: &str) -> Option<Published> {
    let key = attr(tag, "property")
        .or_else(|| attr(tag, "name"))?
        .to_ascii_lowercase();
    if matches!(
        key.as_str(),
        "article:published_time"
            | "date"
            | "pubdate"
            | "publish-date"
            | "dc.date"
            | "og:published_time"
    ) {
        return Published::parse(&attr(tag, "content")?, DateOrigin::Meta);
    }
    None
}

/// Decodes one entity at the start of `s`: (text, bytes consumed).
fn entity(s: &str) -> (String, usize) {
    let end = s.as_bytes().iter().take(12).position(|&c| c == b';');
    let Some(end) = end else {
        return ("&".into(), 1);
    };
    let body = &s[1..end];
    let c = match body {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" | "#39" | "rsquo" | "lsquo" => Some('\''),
        "ldquo" | "rdquo" => Some('"'),
        "nbsp" => Some(' '),
        "ndash" | "mdash" => Some('-'),
        "euro" => Some('€'),
        "pound" => Some('£'),
        "yen" => Some('¥'),
        _ if body.starts_with("#x") || body.starts_with("#X") => {
            u32::from_str_radix(&body[2..], 16)
                .ok()
                .and_then(char::from_u32)
        }
        _ if body.starts_with('#') => body[1..].parse().ok().and_then(char::from_u32),
        _ => None,
    };
    match c {
        Some(c) => (c.to_string(), end + 1),
        None => ("&".into(), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::offsets::Span;

    #[test]
    fn body_text_without_scripts_or_nav() {
        let src = "<html><head><title>T</title><meta property=\"article:published_time\" content=\"2025-10-29T08:00:00Z\"></head>\n<body><nav>Home 50%</nav><p>China refines &amp; holds\n<b>90%</b>.</p><script>var x = '10%';</script></body></html>";
        let d = load("a.html", src.into());
        assert!(d.text.contains("China refines & holds"), "{}", d.text);
        assert!(!d.text.contains("50%") && !d.text.contains("10%"));
        assert_eq!(d.published.as_ref().unwrap().date.to_string(), "2025-10-29");
        assert_eq!(d.title.as_deref(), Some("T"));
        let at = d.text.find("90%").unwrap();
        let loc = d.locate(Span::new(at, at + 3));
        assert_eq!((loc.line, loc.column), (3, 4));
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let src = format!(
            "<body>{}x 5%{}</body>",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        );
        let d = load("deep.html", src);
        assert_eq!(d.text.trim(), "x 5%");
    }
}
