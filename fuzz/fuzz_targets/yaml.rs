//! The pack, facts and config loaders on arbitrary YAML: errors, never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = claimlint::pack::yaml::parse::<claimlint::pack::Pack>("fuzz.yaml", text);
    let _ = claimlint::pack::facts::load_offices("fuzz.yaml", text);
    let _ = claimlint::pack::yaml::parse::<claimlint::config::RawConfig>("fuzz.yaml", text);
});
