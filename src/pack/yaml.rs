//! YAML reading for packs, facts and config: serde-saphyr (panic-free, with budgets
//! against alias bombs), every error named by file, line and column.

use serde::de::DeserializeOwned;

/// A configuration or rule-file error: exit code 2.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}:{column}: {message}")]
pub struct YamlError {
    pub path: String,
    pub line: u64,
    pub column: u64,
    pub message: String,
}

impl YamlError {
    pub fn at(path: &str, line: u64, column: u64, message: impl Into<String>) -> Self {
        YamlError {
            path: path.to_string(),
            line,
            column,
            message: message.into(),
        }
    }
}

/// Longest YAML file read: packs and configs are small, a 10 MB string is an error.
pub const MAX_BYTES: usize = 4 * 1024 * 1024;

pub fn parse<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, YamlError> {
    if text.len() > MAX_BYTES {
        return Err(YamlError::at(
            path,
            1,
            1,
            format!(
                "file is {} bytes; rule and config files are limited to {MAX_BYTES}",
                text.len()
            ),
        ));
    }
    serde_saphyr::from_str(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map_or((1, 1), |l| (l.line().max(1), l.column().max(1)));
        let msg = e.to_string();
        // saphyr renders a snippet after the first line; the position says where.
        let first = msg
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("invalid YAML")
            .trim();
        let first = first.strip_prefix("error: ").unwrap_or(first);
        YamlError::at(path, line, column, first.to_string())
    })
}

/// Reads and parses a YAML file.
pub fn read<T: DeserializeOwned>(path: &std::path::Path) -> Result<T, YamlError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path)
        .map_err(|e| YamlError::at(&shown, 1, 1, format!("cannot read: {e}")))?;
    if meta.is_dir() {
        return Err(YamlError::at(
            &shown,
            1,
            1,
            "is a directory, expected a YAML file",
        ));
    }
    if meta.len() as usize > MAX_BYTES {
        return Err(YamlError::at(
            &shown,
            1,
            1,
            format!(
                "file is {} bytes; rule and config files are limited to {MAX_BYTES}",
                meta.len()
            ),
        ));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| YamlError::at(&shown, 1, 1, format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| YamlError::at(&shown, 1, 1, format!("not UTF-8: {e}")))?;
    parse(&shown, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        name: String,
    }

    #[test]
    fn unknown_key_has_a_position() {
        let e = parse::<T>("p.yaml", "name: x\nnmae: y\n").unwrap_err();
        assert_eq!((e.line, e.path.as_str()), (2, "p.yaml"));
        assert!(e.message.contains("nmae"), "{}", e.message);
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut y = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("l{}", i - 1)
            };
            y.push_str(&format!("l{i}: &l{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        assert!(parse::<serde_json::Value>("bomb.yaml", &y).is_err());
    }
}
