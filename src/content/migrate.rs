//! `factbox migrate`: a content file in the first format (five fixed sections for the C5+1
//! box: minerals, pledge, countries, powers, sources) becomes the general model. Nothing is
//! dropped: fact lists become facts blocks, countries become profiles whose field labels (once
//! UI strings, now content) are written in the file's language, and the sources section is
//! generated. The result goes through the same reader and rules as any content.

use super::read;
use super::validate::Problem;
use super::Content;
use serde_json::{json, Value};

/// The first format's country labels, which were UI strings then.
const LABELS_DE: [&str; 6] = ["Hauptstadt", "Einwohner", "Staatsoberhaupt", "Wichtige Rohstoffe", "Beziehungen zu den USA", "Bündnisse"];
const LABELS_EN: [&str; 6] = ["Capital", "Population", "Head of state", "Key resources", "Ties to the US", "Blocs"];

/// True when `value` looks like a file in the first format.
pub fn is_first_format(value: &Value) -> bool {
    value.get("sections").is_some_and(Value::is_object) && value.get("countries").is_some()
}

/// Converts a first-format file; every problem found while reading the result is returned.
pub fn migrate(old: &Value) -> Result<Content, Vec<Problem>> {
    if !is_first_format(old) {
        return Err(vec![Problem { path: String::new(), message: "not a file in the first format (it has no \"sections\" object with \"countries\"); it may already be current: run `factbox check` on it".into() }]);
    }
    let de = old.get("lang").and_then(Value::as_str) != Some("en");
    let labels = if de { LABELS_DE } else { LABELS_EN };
    let meta = |key: &str| old["sections"][key].clone();
    let facts_section = |key: &str, open: bool| {
        let m = meta(key);
        json!({ "id": m["id"], "title": m["title"], "open": open, "blocks": [{ "type": "facts", "items": old[key] }] })
    };
    let statement = |label: &str, s: &Value| {
        let mut field = s.clone();
        field["label"] = json!(label);
        field
    };
    let profiles: Vec<Value> = old["countries"].as_array().cloned().unwrap_or_default().iter().map(|c| {
        let p = &c["population"];
        let mut population = json!({ "label": labels[1], "value": p["value"], "as_of": p["as_of"], "sources": p["sources"] });
        if p["approx"].as_bool() == Some(true) {
            population["qualifier"] = json!("about");
        }
        if let Some(basis) = p.get("basis") {
            population["basis"] = basis.clone();
        }
        json!({ "id": c["id"], "name": c["name"], "fields": [
            { "label": labels[0], "text": c["capital"] },
            population,
            { "label": labels[2], "text": c["head_of_state"] },
            statement(labels[3], &c["resources"]),
            statement(labels[4], &c["us_ties"]),
            statement(labels[5], &c["blocs"]),
        ] })
    }).collect();
    let countries = meta("countries");
    let new = json!({
        "lang": old["lang"],
        "title": old["title"],
        "summary": old["summary"],
        "as_of": old["as_of"],
        "sections": [
            facts_section("minerals", true),
            facts_section("pledge", false),
            { "id": countries["id"], "title": countries["title"], "blocks": [{ "type": "profiles", "items": profiles }] },
            facts_section("powers", false),
        ],
        "sources": old["sources"],
    });
    read::content(&new)
}

