//! The content model: what an editor writes in `static/content/*.json`, as Rust types.
//!
//! Everything the box prints comes from here; components never invent text except the UI
//! strings in [`crate::i18n`]. Unknown fields are rejected so that a typo in a field name is an
//! error, not silently missing text.

#[cfg(not(target_arch = "wasm32"))]
pub mod check;
pub mod format;
#[cfg(target_arch = "wasm32")]
mod from_js;
pub mod validate;

use serde::{Deserialize, Serialize};

/// The shipped content, for the CLI and the tests. The browser bundle never embeds it: readers
/// fetch the same file from the bundle's `content/` folder, so the bundle stays the same for
/// every article and a content change does not invalidate its cache.
pub const DEFAULT_DE: &str = include_str!("../../static/content/de.json");
pub const DEFAULT_EN: &str = include_str!("../../static/content/en.json");

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    De,
    En,
}

impl Lang {
    /// Reads a BCP 47 tag such as `de`, `de-AT` or `en-GB`; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }
}

/// Every top-level field of a content file (the fields of [`Content`]); each is required.
pub const CONTENT_FIELDS: &[&str] = &["lang", "title", "summary", "as_of", "sections", "minerals", "pledge", "countries", "powers", "sources"];

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub lang: Lang,
    pub title: String,
    pub summary: Statement,
    /// ISO date (`YYYY-MM-DD`) the whole box is correct as of.
    pub as_of: String,
    pub sections: Sections,
    pub minerals: Vec<Fact>,
    pub pledge: Vec<Fact>,
    pub countries: Vec<Country>,
    pub powers: Vec<Fact>,
    pub sources: Vec<Source>,
}

/// Ids and titles of the collapsible sections. Ids are readable words in the content's
/// language because readers see them in deep links (`#factbox-rohstoffe`).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    pub minerals: SectionMeta,
    pub pledge: SectionMeta,
    pub countries: SectionMeta,
    pub powers: SectionMeta,
    pub sources: SectionMeta,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SectionMeta {
    pub id: String,
    pub title: String,
}

/// A sourced statement: the text, an optional caveat printed beside it, and source ids.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
    pub sources: Vec<String>,
}

/// One entry of the minerals, pledge or powers lists.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub label: String,
    /// The country or place the fact is about, printed beside the label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The key figure, printed prominently.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub id: String,
    pub name: String,
    pub capital: String,
    pub population: Population,
    pub head_of_state: String,
    pub resources: Statement,
    pub us_ties: Statement,
    pub blocs: Statement,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Population {
    pub value: u64,
    /// Printed as "ca." / "about" before the number.
    #[serde(default)]
    pub approx: bool,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub as_of: String,
    /// What the figure rests on when it is not a running estimate, e.g. "census".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub url: String,
}

impl Content {
    /// Parses a content file. Structural rules beyond types live in [`validate`]; the
    /// editor's full report, with positions, is [`check`].
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(json: &str) -> Result<Content, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// Parses a content file with the browser's JSON parser; errors name the JSON path.
    #[cfg(target_arch = "wasm32")]
    pub fn from_json(json: &str) -> Result<Content, String> {
        from_js::parse(json)
    }

    /// The shipped content for a language.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn default_for(lang: Lang) -> Content {
        let json = match lang {
            Lang::De => DEFAULT_DE,
            Lang::En => DEFAULT_EN,
        };
        Content::from_json(json).expect("shipped content parses (checked by tests)")
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Ids of the top-level sections, in reading order.
    pub fn section_ids(&self) -> [&str; 5] {
        let s = &self.sections;
        [&s.minerals.id, &s.pledge.id, &s.countries.id, &s.powers.id, &s.sources.id]
    }

    /// The ids to open, outermost first, so that `id` shows: a section is its own path, a
    /// country sits inside the countries section. `None` for ids this content does not have.
    pub fn path_to(&self, id: &str) -> Option<Vec<String>> {
        if self.section_ids().contains(&id) {
            Some(vec![id.to_string()])
        } else if self.countries.iter().any(|c| c.id == id) {
            Some(vec![self.sections.countries.id.clone(), id.to_string()])
        } else {
            None
        }
    }

    /// Every id a reader can open: sections and country entries.
    pub fn openable_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.section_ids().iter().map(|s| s.to_string()).collect();
        ids.extend(self.countries.iter().map(|c| c.id.clone()));
        ids
    }
}

/// True for URLs that may become links: `http:` and `https:` only, compared case-insensitively.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}
