//! `factbox schema`: the content file as a JSON Schema (draft 2020-12), so that an editor's
//! text editor completes field names and flags mistakes while typing. Each object's property
//! names are the reader's own lists ([`super::read::fields`]): a test checks that the two
//! agree, and that every shipped file and the starter validate.

use super::read::fields;
use super::{BLOCK_KINDS, QUALIFIERS};
use serde_json::{json, Map, Value};

pub const ID: &str = "https://factbox.invalid/schema/content-v2.json";

/// An object that allows exactly `names`, each described in `props`, requiring `required`.
fn object(names: &[&str], props: &[(&str, Value)], required: &[&str]) -> Value {
    let mut properties = Map::new();
    for name in names {
        let schema = props.iter().find(|(n, _)| n == name).map(|(_, s)| s.clone()).unwrap_or_else(|| panic!("schema: no description for {name}"));
        properties.insert(name.to_string(), schema);
    }
    json!({ "type": "object", "properties": properties, "required": required, "additionalProperties": false })
}

/// A locator map: what the editor writes (frame, places) and what `scripts/map.mjs` adds.
fn map_block(text: &dyn Fn(&str) -> Value, sources: &Value) -> Value {
    let numbers = |n: usize, d: &str| json!({ "type": "array", "items": { "type": "number" }, "minItems": n, "maxItems": n, "description": d });
    let generated = |d: &str| json!({ "type": "string", "pattern": "^[MmLlHhVvZz0-9 .,-]*$", "description": d });
    let place = object(fields::PLACE, &[
        ("code", json!({ "type": "string", "pattern": "^[A-Z]{2}$", "description": "ISO 3166-1 alpha-2 code: \"KZ\"" })),
        ("name", text("as printed on the map, in the box's language")),
        ("link", json!({ "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "the section or profile id it opens" })),
        ("at", numbers(2, "water only: [longitude, latitude] of its name")),
        ("path", generated("written by scripts/map.mjs")),
        ("label", numbers(2, "written by scripts/map.mjs")),
    ], &["name"]);
    let places = |d: &str| json!({ "type": "array", "items": place, "description": d });
    object(fields::MAP_BLOCK, &[
        ("type", json!({ "const": "map" })),
        ("title", text("what the map shows: its caption and accessible name")),
        ("frame", numbers(4, "[west, south, east, north] in degrees")),
        ("countries", places("highlighted, each leading to its entry")),
        ("neighbours", places("drawn muted and named, for orientation")),
        ("water", places("seas and lakes named at a point")),
        ("sources", sources.clone()),
        ("size", numbers(2, "written by scripts/map.mjs")),
        ("land", generated("written by scripts/map.mjs")),
    ], &["type", "title", "frame", "countries", "sources"])
}

pub fn schema() -> Value {
    let text = |d: &str| json!({ "type": "string", "minLength": 1, "description": d });
    let date = |d: &str| json!({ "type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "description": d });
    let day = |d: &str| json!({ "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": d });
    let id = |d: &str| json!({ "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": d });
    let sources = json!({ "type": "array", "items": { "type": "string" }, "description": "ids from the box's \"sources\" list" });
    let caveat = text("printed beside the figure: what limits it");
    let number_props = || vec![
        ("value", json!({ "type": "number", "description": "the number as a JSON number: 20500000, 2.72" })),
        ("qualifier", json!({ "enum": QUALIFIERS, "description": "over, about, almost, up to; left out = exact" })),
        ("unit", text("printed after the number: \"Mrd. Dollar\", \"%\", \"km²\"")),
        ("as_of", date("when the number was true: 2025, 2025-11 or 2025-11-07")),
        ("basis", text("what the number rests on, e.g. \"Volkszählung\"")),
    ];
    let mut figure_props = number_props();
    figure_props.extend([("label", text("what the number counts")), ("caveat", caveat.clone()), ("sources", sources.clone())]);
    let figure = object(fields::FIGURE, &figure_props, &["value", "label", "sources"]);
    let statement = |names: &[&str], kind: Option<&str>| {
        let mut props = vec![("text", text("the paragraph")), ("caveat", caveat.clone()), ("sources", sources.clone())];
        if let Some(kind) = kind {
            props.push(("type", json!({ "const": kind })));
        }
        let required: &[&str] = if kind.is_some() { &["type", "text", "sources"] } else { &["text", "sources"] };
        object(names, &props, required)
    };
    let list_block = |kind: &str, item: Value| object(fields::LIST_BLOCK, &[("type", json!({ "const": kind })), ("items", json!({ "type": "array", "minItems": 1, "items": item }))], &["type", "items"]);
    let fact = object(fields::FACT, &[
        ("label", text("what the entry is about")), ("place", text("where")), ("figure", text("the key figure, as worded")),
        ("text", text("the explanation")), ("caveat", caveat.clone()), ("sources", sources.clone()),
    ], &["label", "text", "sources"]);
    let event = object(fields::EVENT, &[("date", date("2015, 2015-11 or 2015-11-01")), ("text", text("what happened")), ("caveat", caveat.clone()), ("sources", sources.clone())], &["date", "text", "sources"]);
    let mut field_props = number_props();
    field_props.extend([("label", text("the row's label: \"Hauptstadt\"")), ("text", text("the value as text")), ("caveat", caveat.clone()), ("sources", sources.clone())]);
    let mut field = object(fields::FIELD, &field_props, &["label"]);
    field["oneOf"] = json!([{ "required": ["text"] }, { "required": ["value"] }]);
    let profile = object(fields::PROFILE, &[("id", id("deep-link id")), ("name", text("the card's title")), ("fields", json!({ "type": "array", "minItems": 1, "items": field }))], &["id", "name", "fields"]);
    let blocks = [
        ("text", statement(fields::TEXT_BLOCK, Some("text"))),
        ("facts", list_block("facts", fact)),
        ("figures", list_block("figures", figure.clone())),
        ("timeline", list_block("timeline", event)),
        ("profiles", list_block("profiles", profile)),
        ("bars", object(fields::BARS_BLOCK, &[
            ("type", json!({ "const": "bars" })),
            ("title", text("what the bars compare, with its unit: \"Anteil an der Uran-Weltförderung 2022\"")),
            ("items", json!({ "type": "array", "minItems": 1, "items": figure.clone(), "description": "one bar each, all in the same unit (\"%\" is read as a share, drawn against 100 %; write \"Prozent\" for a rate); \"over\" draws an open end" })),
        ], &["type", "title", "items"])),
        ("map", map_block(&text, &sources)),
    ];
    debug_assert_eq!(blocks.iter().map(|(k, _)| *k).collect::<Vec<_>>(), BLOCK_KINDS);
    let block = json!({ "oneOf": blocks.iter().map(|(_, b)| b.clone()).collect::<Vec<_>>() });
    let section = object(fields::SECTION, &[
        ("id", id("readable id in the box's language, used in deep links: #factbox-<id>")),
        ("title", text("the section's heading")),
        ("open", json!({ "type": "boolean", "description": "open on a first visit" })),
        ("blocks", json!({ "type": "array", "minItems": 1, "items": block })),
    ], &["id", "title", "blocks"]);
    let source = object(fields::SOURCE, &[
        ("id", id("how entries cite it")), ("publisher", text("who published it")), ("title", text("the real headline; where it was not recorded, a description in [square brackets] that says so")),
        ("title_lang", json!({ "type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "description": "the language of the title when it is not the box's, as a language tag (en, ru, uz-Latn), so that screen readers read it in that language" })),
        ("date", date("publication date: 2025-11-07, or 2025-11 where only the month is known")), ("url", json!({ "type": "string", "pattern": "^[hH][tT][tT][pP][sS]?://" })),
    ], &["id", "publisher", "title", "url"]);
    let mut root = object(fields::CONTENT, &[
        ("$schema", json!({ "type": "string" })),
        ("lang", json!({ "enum": ["de", "en"] })),
        ("title", text("the box's title")),
        ("summary", statement(fields::STATEMENT, None)),
        ("as_of", day("the box is correct as of this day; never earlier than any source or figure in it")),
        ("glance", json!({ "type": "array", "items": figure, "description": "key numbers shown above the sections" })),
        ("sections", json!({ "type": "array", "minItems": 1, "items": section })),
        ("sources", json!({ "type": "array", "minItems": 1, "items": source })),
        ("revision", object(fields::REVISION, &[
            ("published", json!({ "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" })),
            ("sha256", json!({ "type": "string", "pattern": "^[0-9a-f]{64}$" })),
        ], &["published", "sha256"])),
    ], &["lang", "title", "summary", "as_of", "sections", "sources"]);
    let root_map = root.as_object_mut().expect("an object");
    root_map.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
    root_map.insert("$id".into(), json!(ID));
    root_map.insert("title".into(), json!("factbox content"));
    root
}
