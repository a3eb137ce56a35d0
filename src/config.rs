//! How an embedder configures a box. The CLI's flags and the browser's `data-*` attributes go
//! through the same parsers, so the prerendered snippet and the bundle cannot read
//! the same setting two ways. Values are matched against known ones, never interpolated.

use crate::content::format::joined;
use crate::content::Content;

pub const DEFAULT_HEADING_LEVEL: u8 = 2;

/// Which sections start open (`data-open`): a space-separated list of ids, `all` or `none`;
/// absent, the sections the content marks `"open": true`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum OpenSpec {
    #[default]
    Authored,
    None,
    All,
    Ids(Vec<String>),
}

impl OpenSpec {
    pub fn parse(value: &str) -> OpenSpec {
        match value.trim() {
            "" => OpenSpec::Authored,
            "none" => OpenSpec::None,
            "all" => OpenSpec::All,
            list => OpenSpec::Ids(list.split_whitespace().map(str::to_string).collect()),
        }
    }

    /// The ids this spec opens in `content`; ids the content does not have are dropped.
    pub fn resolve(&self, content: &Content) -> Vec<String> {
        let known = content.openable_ids();
        match self {
            OpenSpec::Authored => content.default_open(),
            OpenSpec::None => Vec::new(),
            OpenSpec::All => known,
            OpenSpec::Ids(ids) => ids.iter().filter(|id| known.contains(id)).cloned().collect(),
        }
    }

    /// The attribute value that reproduces this spec.
    pub fn attribute(&self) -> Option<String> {
        match self {
            OpenSpec::Authored => None,
            OpenSpec::None => Some("none".into()),
            OpenSpec::All => Some("all".into()),
            OpenSpec::Ids(ids) => Some(joined(ids, " ")),
        }
    }
}

/// `data-heading-level`: 1 to 4 (sections and countries take the two levels below).
pub fn parse_heading_level(value: &str) -> Result<u8, String> {
    match value.trim().parse::<u8>() {
        Ok(level @ 1..=4) => Ok(level),
        _ => Err(format!("heading level must be 1, 2, 3 or 4, found \"{value}\"")),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(value: &str) -> Result<Theme, String> {
        match value.trim() {
            "" | "auto" => Ok(Theme::Auto),
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            other => Err(format!("theme must be auto, light or dark, found \"{other}\"")),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Identifies a first render: FNV-1a over this release's version, the exact content text (UTF-8), the
/// heading level and the `data-open` setting (as [`OpenSpec::attribute`] writes it, which with
/// the text settles the sections open at first render). The snippet carries the key of what it
/// was prerendered from; the browser computes the key of what it would render, and resumes the
/// prerendered markup as it is only when they are equal. Anything else (a stale snippet, an
/// edited content file, a changed `data-open`) is rendered afresh. Nothing in it needs the
/// content read, so that a box whose snippet is current never reads it in the browser.
///
/// Written without `format!`: the browser computes it as a box comes to life, and the
/// formatting machinery would be compiled on the phone's main thread for these two numbers.
pub fn render_key(text: impl AsRef<[u8]>, heading_level: u8, open: &OpenSpec) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let open = open.attribute().unwrap_or_default();
    let level = [b'0' + heading_level / 100, b'0' + heading_level / 10 % 10, b'0' + heading_level % 10];
    let level = &level[level.iter().position(|&d| d != b'0').unwrap_or(2)..];
    let parts: [&[u8]; 4] = [RENDER_VERSION.as_bytes(), text.as_ref(), level, open.as_bytes()];
    for (i, part) in parts.iter().enumerate() {
        let separator: &[u8] = if i > 0 { b"\x1f" } else { b"" };
        for &byte in separator.iter().chain(part.iter()) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    (0..16).rev().map(|i| char::from(b"0123456789abcdef"[(hash >> (i * 4)) as usize & 0xf])).collect()
}

/// Stamped into the key so that a snippet from another release, or with live elements of
/// another shape, is never resumed. The number after `+` counts changes of that shape: the
/// test `ssr::tests::the_live_markup_has_the_shape_its_render_version_names` fails until it is
/// raised.
pub const RENDER_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+3");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Content, DEFAULT_DE};

    #[test]
    fn open_spec_resolves_against_content() {
        let content = Content::from_json(DEFAULT_DE).unwrap();
        assert_eq!(OpenSpec::parse("").resolve(&content), Vec::<String>::new(), "the C5+1 box opens no section: its glance strip leads");
        assert_eq!(OpenSpec::parse("none").resolve(&content), Vec::<String>::new());
        assert_eq!(OpenSpec::parse("all").resolve(&content).len(), 11, "five sections, five profiles, the sources");
        assert_eq!(OpenSpec::parse("laender kasachstan bogus").resolve(&content), ["laender", "kasachstan"]);
    }

    #[test]
    fn attributes_are_matched_not_trusted() {
        assert_eq!(parse_heading_level("3"), Ok(3));
        assert!(parse_heading_level("7").is_err());
        assert!(parse_heading_level("2;color:red").is_err());
        assert_eq!(Theme::parse("dark"), Ok(Theme::Dark));
        assert!(Theme::parse("dark;}body{display:none").is_err());
    }

    #[test]
    fn render_key_covers_everything_that_shapes_the_first_render() {
        let open = OpenSpec::parse("a");
        let key = render_key("{}", 2, &open);
        assert_eq!(key, render_key("{}", 2, &OpenSpec::parse("  a ")), "the setting as parsed, not as typed");
        assert_ne!(key, render_key("{ }", 2, &open));
        assert_ne!(key, render_key("{}", 3, &open));
        assert_ne!(key, render_key("{}", 2, &OpenSpec::Authored));
        assert_ne!(render_key("{}", 2, &OpenSpec::None), render_key("{}", 2, &OpenSpec::Authored));
    }

    #[test]
    fn render_key_is_sixteen_hex_digits_of_fnv_1a() {
        let by_format = |text: &str, level: u8| {
            let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
            for byte in [RENDER_VERSION, text, &level.to_string(), ""].join("\x1f").bytes() {
                hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
            format!("{hash:016x}")
        };
        for level in [0, 1, 2, 6, 10, 99, 100, 255] {
            assert_eq!(render_key("{\"a\": \"ü\"}", level, &OpenSpec::Authored), by_format("{\"a\": \"ü\"}", level), "level {level}");
        }
    }
}
