//! Words by their length and first letter: a cheap "no" before a hash. Most words
//! of a text start no phrase and have no role; two bit tests settle most of them.

/// Bit `l` of `rows[n]` is set when a word of `n` letters that starts with letter
/// `l` is held. Words longer than [`Shapes::MAX`] letters are never held.
pub(crate) struct Shapes {
    rows: [u32; Shapes::MAX + 1],
}

impl Shapes {
    pub(crate) const MAX: usize = 32;

    pub(crate) fn new() -> Self {
        Shapes {
            rows: [0; Self::MAX + 1],
        }
    }

    /// Holds `word`, a word of ASCII letters; `false` (and nothing held) when it is
    /// empty, too long or not all letters, so the caller can search it another way.
    pub(crate) fn insert(&mut self, word: &[u8]) -> bool {
        if word.is_empty() || word.len() > Self::MAX || !word.iter().all(u8::is_ascii_alphabetic) {
            return false;
        }
        self.rows[word.len()] |= letter_bit(word[0]);
        true
    }

    /// Might a held word be `word`, a word of ASCII letters, in any case?
    pub(crate) fn may_hold(&self, word: &[u8]) -> bool {
        !word.is_empty()
            && word.len() <= Self::MAX
            && self.rows[word.len()] & letter_bit(word[0]) != 0
    }
}

/// The bit of an ASCII letter, in either case.
pub(crate) fn letter_bit(b: u8) -> u32 {
    1 << (b.to_ascii_lowercase() - b'a')
}

#[cfg(test)]
mod tests {
    use super::Shapes;

    #[test]
    fn a_word_is_held_by_its_length_and_first_letter_in_any_case() {
        let mut s = Shapes::new();
        assert!(s.insert(b"about"));
        assert!(!s.insert(b"director-general"), "not all letters");
        assert!(!s.insert(&[b'a'; 33]), "too long");
        assert!(s.may_hold(b"ABOUT") && s.may_hold(b"Aloud"));
        assert!(!s.may_hold(b"about2"[..4].as_ref()), "four letters");
        assert!(!s.may_hold(b"below") && !s.may_hold(b"") && !s.may_hold(b"director"));
    }
}
