//! The content model: a box is sections, a section is blocks. This file is the one definition
//! of what an editor writes; [`read`] builds it from JSON (the CLI's serde_json value and the
//! browser's `JSON.parse` result alike), [`validate`] holds the editor's rules, and the
//! components print nothing that does not come from here or from [`crate::i18n`].
//!
//! No topic vocabulary lives in code: a box about a summit and a box about a law are the same
//! types with different words in them.

#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
pub mod check;
pub mod format;
#[cfg(target_arch = "wasm32")]
pub mod js;
pub mod json;
#[cfg(not(target_arch = "wasm32"))]
pub mod migrate;
pub mod read;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod starter;
pub mod validate;

use serde::Serialize;

/// The shipped content, for the CLI and the tests. The browser bundle never embeds it: readers
/// fetch the same file from the bundle's `content/` folder, so the bundle stays the same for
/// every article and a content change does not invalidate its cache.
pub const DEFAULT_DE: &str = include_str!("../../static/content/de.json");
pub const DEFAULT_EN: &str = include_str!("../../static/content/en.json");

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Content {
    pub lang: Lang,
    pub title: String,
    pub summary: Statement,
    /// ISO date (`YYYY-MM-DD`) the whole box is correct as of: never earlier than any source
    /// or dated figure in it.
    pub as_of: String,
    /// Key numbers shown above the sections, visible while every section is closed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub glance: Vec<Figure>,
    pub sections: Vec<Section>,
    /// The box's own list; entries cite them by id. The sources section is generated from it.
    pub sources: Vec<Source>,
    /// Written by `factbox publish`, never by hand: which published version of the file this is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<Revision>,
}

/// A published version of a content file. Snippets carry `published`, so that a page and the
/// file it fetches can tell which of them is newer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Revision {
    /// When this version was first published: `2026-01-02T10:15:00Z` (UTC, to the second).
    /// Later versions sort after earlier ones, as text.
    pub published: String,
    /// SHA-256 of the file without its revision, in hex: a republished file whose text has not
    /// changed keeps its revision.
    pub sha256: String,
}

/// One collapsible section. Its id is a readable word in the box's language because readers
/// see it in deep links (`#factbox-rohstoffe`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// Open on a first visit, unless the embed says otherwise (`data-open`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
    pub blocks: Vec<Block>,
}

/// What a section holds. Every kind is a plain view over one container.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    /// A sourced paragraph.
    Text(Statement),
    /// Sourced entries: what, where, the figure, the explanation, the caveat.
    Facts { items: Vec<Fact> },
    /// Key numbers as a strip.
    Figures { items: Vec<Figure> },
    /// Dated events, oldest first.
    Timeline { items: Vec<Event> },
    /// Cards for people, countries, companies; each is an entry that opens on its own.
    Profiles { items: Vec<Profile> },
    /// Figures of one unit as horizontal bars on a shared scale from zero.
    Bars { title: String, items: Vec<Figure> },
    /// A locator map: highlighted countries that lead to their entries, among their neighbours.
    Map(Map),
}

/// Every kind of block, as editors write its `type`.
pub const BLOCK_KINDS: &[&str] = &["text", "facts", "figures", "timeline", "profiles", "bars", "map"];

impl Block {
    pub fn kind(&self) -> &'static str {
        match self {
            Block::Text(_) => "text",
            Block::Facts { .. } => "facts",
            Block::Figures { .. } => "figures",
            Block::Timeline { .. } => "timeline",
            Block::Profiles { .. } => "profiles",
            Block::Bars { .. } => "bars",
            Block::Map(_) => "map",
        }
    }

    /// How many entries the block holds (a text block is one).
    pub fn len(&self) -> usize {
        match self {
            Block::Text(_) => 1,
            Block::Facts { items } => items.len(),
            Block::Figures { items } => items.len(),
            Block::Timeline { items } => items.len(),
            Block::Profiles { items } => items.len(),
            Block::Bars { items, .. } => items.len(),
            Block::Map(map) => map.countries.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A sourced statement: the text, an optional caveat printed beside it, and source ids.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statement {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    pub label: String,
    /// The country or place the fact is about, printed beside the label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The key figure, printed prominently, as the editor words it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
    pub sources: Vec<String>,
}

/// A number with what it measures: "über 100 Mrd. Dollar".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    #[serde(serialize_with = "whole_if_possible")]
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// Printed after the number as written ("Dollar", "%", "km²").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: when the number was true.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// What the number rests on when it is not a running figure, e.g. "Volkszählung".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

/// Writes 20500000, not 20500000.0, for the editor's eyes (`factbox migrate`, the studio).
fn whole_if_possible<S: serde::Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
        s.serialize_i64(*value as i64)
    } else {
        s.serialize_f64(*value)
    }
}

/// How exact a number is. An "over" value is a lower bound, never drawn as exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Over,
    About,
    Almost,
    UpTo,
}

pub const QUALIFIERS: &[&str] = &["over", "about", "almost", "up_to"];

impl Qualifier {
    pub fn from_name(name: &str) -> Option<Qualifier> {
        match name {
            "over" => Some(Qualifier::Over),
            "about" => Some(Qualifier::About),
            "almost" => Some(Qualifier::Almost),
            "up_to" => Some(Qualifier::UpTo),
            _ => None,
        }
    }
}

/// A key number for the "at a glance" strip or a figures block.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    #[serde(flatten)]
    pub quantity: Quantity,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: printed with the precision given.
    pub date: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Profile {
    /// Deep-link id, like a section's.
    pub id: String,
    pub name: String,
    pub fields: Vec<Field>,
}

/// One row of a profile, with a label the editor writes ("Hauptstadt", "Bündnisse").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Field {
    pub label: String,
    #[serde(flatten)]
    pub value: FieldValue,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FieldValue {
    Text { text: String },
    Number(Quantity),
}

/// A locator map. The editor names the frame and the places; `scripts/map.mjs` projects Natural
/// Earth's country shapes into it and writes the drawing (`size`, `land`, each place's `path`
/// and `label`) into the same block, so that the server and the browser draw the same SVG
/// without a map library.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Map {
    /// What the map shows: its accessible name and caption.
    pub title: String,
    /// The region drawn, in degrees: `[west, south, east, north]`.
    #[serde(serialize_with = "whole_numbers")]
    pub frame: Vec<f64>,
    /// Highlighted, each leading to its entry.
    pub countries: Vec<Place>,
    /// Drawn muted and named, for orientation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub neighbours: Vec<Place>,
    /// Seas and lakes named at a point (`at`); the background is water.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub water: Vec<Place>,
    pub sources: Vec<String>,
    /// Generated: the drawing's width and height.
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "whole_numbers")]
    pub size: Vec<f64>,
    /// Generated: every other country in the frame, as one muted path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub land: Option<String>,
}

/// A named place on a map: a country by its ISO 3166-1 alpha-2 `code`, or water at a point.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// As printed on the map, in the box's language.
    pub name: String,
    /// The section or profile id a highlighted country opens (`#factbox-<link>`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Water's position in degrees, `[longitude, latitude]`.
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "whole_numbers")]
    pub at: Vec<f64>,
    /// Generated: the country's outline in the drawing's coordinates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Generated: where the name's centre sits, `[x, y]`.
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "whole_numbers")]
    pub label: Vec<f64>,
}

fn whole_numbers<S: serde::Serializer>(values: &[f64], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut seq = s.serialize_seq(Some(values.len()))?;
    for v in values {
        seq.serialize_element(&Whole(*v))?;
    }
    seq.end()
}

struct Whole(f64);

impl Serialize for Whole {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        whole_if_possible(&self.0, s)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    /// The real headline, or a faithful translation marked as such; where the headline was not
    /// recorded, a description in square brackets that says so, never a made-up headline.
    pub title: String,
    /// The language the title is in, when it is not the box's (an English headline in a German
    /// box): a language tag such as `en`, so that a screen reader reads it in that language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_lang: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub url: String,
}

impl Content {
    /// Reads a content file: every problem of type and shape at once, each with its JSON path.
    /// The editor's rules are [`validate`]; the full report, with lines, is `check`.
    #[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
    pub fn from_json(json: &str) -> Result<Content, Vec<validate::Problem>> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| vec![validate::Problem { path: String::new(), message: format!("invalid JSON: {e}") }])?;
        read::content(&value)
    }

    /// Reads content the browser's `JSON.parse` made (the loader parses each file once);
    /// errors name the JSON path.
    #[cfg(target_arch = "wasm32")]
    pub fn from_js(value: wasm_bindgen::JsValue) -> Result<Content, Vec<validate::Problem>> {
        read::content(js::Js(value))
    }

    /// The shipped content for a language.
    #[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
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

    /// The generated sources section's id, in the box's language.
    pub fn sources_id(&self) -> &'static str {
        crate::i18n::strings(self.lang).sources_id
    }

    /// The ids to open, outermost first, so that `id` shows: a section is its own path, a
    /// profile sits inside its section. `None` for ids this content does not have.
    pub fn path_to(&self, id: &str) -> Option<Vec<String>> {
        if id == self.sources_id() || self.sections.iter().any(|s| s.id == id) {
            return Some(vec![id.to_string()]);
        }
        for section in &self.sections {
            for block in &section.blocks {
                if let Block::Profiles { items } = block {
                    if items.iter().any(|p| p.id == id) {
                        return Some(vec![section.id.clone(), id.to_string()]);
                    }
                }
            }
        }
        None
    }

    /// Every id a reader can open, in reading order: sections, the profiles inside them, and
    /// the sources section last.
    pub fn openable_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for section in &self.sections {
            ids.push(section.id.clone());
            for block in &section.blocks {
                if let Block::Profiles { items } = block {
                    ids.extend(items.iter().map(|p| p.id.clone()));
                }
            }
        }
        ids.push(self.sources_id().to_string());
        ids
    }

    /// The sections the editor marked `open`: what a first visit shows.
    pub fn default_open(&self) -> Vec<String> {
        self.sections.iter().filter(|s| s.open).map(|s| s.id.clone()).collect()
    }
}

/// True for URLs that may become links: `http:` and `https:` only, compared case-insensitively.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}
