//! The one reader of content files, for the CLI, the browser and the studio alike: it walks a
//! parsed JSON value ([`Json`]) into the typed model and collects every problem of shape in
//! one pass (each missing field, each unknown field, each wrong type, in every entry), each
//! with its JSON path. A problem does not stop the walk: the reader puts a placeholder in the
//! model and goes on, and the result is an error if anything was reported.

use super::json::Json;
use super::validate::Problem;
use super::*;

/// The fields each object may have. Absent optional fields are fine; anything else is a typo.
pub mod fields {
    pub const CONTENT: &[&str] = &["$schema", "lang", "title", "summary", "as_of", "glance", "sections", "sources"];
    pub const STATEMENT: &[&str] = &["text", "caveat", "sources"];
    pub const SECTION: &[&str] = &["id", "title", "open", "blocks"];
    pub const TEXT_BLOCK: &[&str] = &["type", "text", "caveat", "sources"];
    pub const LIST_BLOCK: &[&str] = &["type", "items"];
    pub const FACT: &[&str] = &["label", "place", "figure", "text", "caveat", "sources"];
    pub const FIGURE: &[&str] = &["value", "qualifier", "unit", "as_of", "basis", "label", "caveat", "sources"];
    pub const EVENT: &[&str] = &["date", "text", "caveat", "sources"];
    pub const PROFILE: &[&str] = &["id", "name", "fields"];
    pub const FIELD: &[&str] = &["label", "text", "value", "qualifier", "unit", "as_of", "basis", "caveat", "sources"];
    pub const SOURCE: &[&str] = &["id", "publisher", "title", "date", "url"];
}

/// Reads a whole content file.
pub fn content<J: Json>(value: J) -> Result<Content, Vec<Problem>> {
    let mut r = Reader { problems: Vec::new() };
    let content = r.content(value);
    if r.problems.is_empty() {
        Ok(content)
    } else {
        Err(r.problems)
    }
}

/// A field the model does not have: most likely a typo, so the message lists the right names.
pub fn unknown_field(name: &str, expected: &[&str]) -> String {
    format!("unknown field \"{name}\" (a typo? expected one of: {})", comma_list(expected))
}

/// `a, b, c`, written out rather than with `join`, which the bundle would carry a copy of.
fn comma_list(names: &[&str]) -> String {
    let mut out = String::new();
    for name in names {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(name);
    }
    out
}

struct Reader {
    problems: Vec<Problem>,
}

/// An object being read: its value and its path.
struct Obj<J> {
    value: J,
    path: String,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

impl Reader {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem { path: path.into(), message: message.into() });
    }

    fn wrong<J: Json>(&mut self, path: &str, expected: &str, found: &J) {
        self.report(path, format!("expected {expected}, found {}", found.describe()));
    }

    /// Opens an object, reporting every key it should not have.
    fn object<J: Json>(&mut self, value: J, path: &str, allowed: &[&str]) -> Option<Obj<J>> {
        let Some(keys) = value.keys() else {
            self.wrong(path, "an object", &value);
            return None;
        };
        for key in keys.iter().filter(|k| !allowed.contains(&k.as_str())) {
            self.report(join(path, key), unknown_field(key, allowed));
        }
        Some(Obj { value, path: path.to_string() })
    }

    /// A required field: reported at the object that lacks it, so the editor sees where to add it.
    fn required<J: Json>(&mut self, o: &Obj<J>, key: &str) -> Option<J> {
        let found = o.value.get(key);
        if found.is_none() {
            self.report(o.path.clone(), format!("missing field \"{key}\""));
        }
        found
    }

    fn text<J: Json>(&mut self, o: &Obj<J>, key: &str) -> String {
        match self.required(o, key) {
            Some(v) => self.as_text(v, &join(&o.path, key)),
            None => String::new(),
        }
    }

    fn as_text<J: Json>(&mut self, v: J, path: &str) -> String {
        v.string().unwrap_or_else(|| {
            self.wrong(path, "text", &v);
            String::new()
        })
    }

    /// An optional field's value; `null` counts as left out.
    fn optional<J: Json>(o: &Obj<J>, key: &str) -> Option<J> {
        o.value.get(key).filter(|v| !v.is_null())
    }

    fn optional_text<J: Json>(&mut self, o: &Obj<J>, key: &str) -> Option<String> {
        let v = Self::optional(o, key)?;
        Some(self.as_text(v, &join(&o.path, key)))
    }

    fn flag<J: Json>(&mut self, o: &Obj<J>, key: &str) -> bool {
        match Self::optional(o, key) {
            None => false,
            Some(v) => v.boolean().unwrap_or_else(|| {
                self.wrong(&join(&o.path, key), "true or false", &v);
                false
            }),
        }
    }

    fn number<J: Json>(&mut self, v: J, path: &str) -> f64 {
        match v.number() {
            Some(n) if n.is_finite() => n,
            _ => {
                self.wrong(path, "a number", &v);
                0.0
            }
        }
    }

    /// The items of a list field, each with its path. Not generic over what the items become,
    /// so the bundle holds one copy of it, not one per kind of entry.
    fn items<J: Json>(&mut self, o: &Obj<J>, key: &str, required: bool) -> Vec<(J, String)> {
        let path = join(&o.path, key);
        let value = if required { self.required(o, key) } else { Self::optional(o, key) };
        let Some(value) = value else { return Vec::new() };
        let Some(items) = value.items() else {
            self.wrong(&path, "a list", &value);
            return Vec::new();
        };
        items.into_iter().enumerate().map(|(i, v)| (v, format!("{path}[{i}]"))).collect()
    }

    fn sources<J: Json>(&mut self, o: &Obj<J>, required: bool) -> Vec<String> {
        self.items(o, "sources", required).into_iter().map(|(v, path)| self.as_text(v, &path)).collect()
    }

    fn content<J: Json>(&mut self, value: J) -> Content {
        let Some(o) = self.object(value, "", fields::CONTENT) else {
            return empty_content();
        };
        let lang = match self.required(&o, "lang") {
            Some(v) => match v.string().as_deref().and_then(|t| match t {
                "de" => Some(Lang::De),
                "en" => Some(Lang::En),
                _ => None,
            }) {
                Some(lang) => lang,
                None => {
                    self.wrong("lang", "\"de\" or \"en\"", &v);
                    Lang::De
                }
            },
            None => Lang::De,
        };
        Content {
            lang,
            title: self.text(&o, "title"),
            summary: match self.required(&o, "summary") {
                Some(v) => self.statement(v, "summary", fields::STATEMENT),
                None => empty_statement(),
            },
            as_of: self.text(&o, "as_of"),
            glance: self.items(&o, "glance", false).into_iter().filter_map(|(v, path)| self.figure(v, &path)).collect(),
            sections: self.items(&o, "sections", true).into_iter().filter_map(|(v, path)| self.section(v, &path)).collect(),
            sources: self.items(&o, "sources", true).into_iter().filter_map(|(v, path)| self.source(v, &path)).collect(),
        }
    }

    fn statement<J: Json>(&mut self, v: J, path: &str, allowed: &[&str]) -> Statement {
        let Some(o) = self.object(v, path, allowed) else { return empty_statement() };
        Statement { text: self.text(&o, "text"), caveat: self.optional_text(&o, "caveat"), sources: self.sources(&o, true) }
    }

    fn section<J: Json>(&mut self, v: J, path: &str) -> Option<Section> {
        let o = self.object(v, path, fields::SECTION)?;
        Some(Section {
            id: self.text(&o, "id"),
            title: self.text(&o, "title"),
            open: self.flag(&o, "open"),
            blocks: self.items(&o, "blocks", true).into_iter().filter_map(|(v, path)| self.block(v, &path)).collect(),
        })
    }

    fn block<J: Json>(&mut self, v: J, path: &str) -> Option<Block> {
        let kinds = comma_list(BLOCK_KINDS);
        let Some(kind) = v.get("type") else {
            match v.keys() {
                Some(_) => self.report(path, format!("missing field \"type\" (one of: {kinds})")),
                None => self.wrong(path, "an object", &v),
            }
            return None;
        };
        let Some(kind) = kind.string() else {
            self.wrong(&join(path, "type"), &format!("one of: {kinds}"), &kind);
            return None;
        };
        if kind == "text" {
            return Some(Block::Text(self.statement(v, path, fields::TEXT_BLOCK)));
        }
        if !BLOCK_KINDS.contains(&kind.as_str()) {
            self.report(join(path, "type"), format!("unknown block type \"{kind}\" (expected one of: {kinds})"));
            return None;
        }
        let o = self.object(v, path, fields::LIST_BLOCK)?;
        Some(match kind.as_str() {
            "facts" => Block::Facts { items: self.items(&o, "items", true).into_iter().filter_map(|(v, path)| self.fact(v, &path)).collect() },
            "figures" => Block::Figures { items: self.items(&o, "items", true).into_iter().filter_map(|(v, path)| self.figure(v, &path)).collect() },
            "timeline" => Block::Timeline { items: self.items(&o, "items", true).into_iter().filter_map(|(v, path)| self.event(v, &path)).collect() },
            _ => Block::Profiles { items: self.items(&o, "items", true).into_iter().filter_map(|(v, path)| self.profile(v, &path)).collect() },
        })
    }

    fn fact<J: Json>(&mut self, v: J, path: &str) -> Option<Fact> {
        let o = self.object(v, path, fields::FACT)?;
        Some(Fact {
            label: self.text(&o, "label"),
            place: self.optional_text(&o, "place"),
            figure: self.optional_text(&o, "figure"),
            text: self.text(&o, "text"),
            caveat: self.optional_text(&o, "caveat"),
            sources: self.sources(&o, true),
        })
    }

    /// The number and its qualifier, unit, date and basis, shared by figures and profile fields.
    fn quantity<J: Json>(&mut self, o: &Obj<J>, value: J) -> Quantity {
        let qualifier = Self::optional(o, "qualifier").and_then(|v| match v.string().as_deref().and_then(Qualifier::from_name) {
            Some(q) => Some(q),
            None => {
                self.wrong(&join(&o.path, "qualifier"), &format!("one of these words: {}", comma_list(QUALIFIERS)), &v);
                None
            }
        });
        Quantity {
            value: self.number(value, &join(&o.path, "value")),
            qualifier,
            unit: self.optional_text(o, "unit"),
            as_of: self.optional_text(o, "as_of"),
            basis: self.optional_text(o, "basis"),
        }
    }

    fn figure<J: Json>(&mut self, v: J, path: &str) -> Option<Figure> {
        let o = self.object(v, path, fields::FIGURE)?;
        let quantity = match self.required(&o, "value") {
            Some(value) => self.quantity(&o, value),
            None => empty_quantity(),
        };
        Some(Figure { quantity, label: self.text(&o, "label"), caveat: self.optional_text(&o, "caveat"), sources: self.sources(&o, true) })
    }

    fn event<J: Json>(&mut self, v: J, path: &str) -> Option<Event> {
        let o = self.object(v, path, fields::EVENT)?;
        Some(Event {
            date: self.text(&o, "date"),
            text: self.text(&o, "text"),
            caveat: self.optional_text(&o, "caveat"),
            sources: self.sources(&o, true),
        })
    }

    fn profile<J: Json>(&mut self, v: J, path: &str) -> Option<Profile> {
        let o = self.object(v, path, fields::PROFILE)?;
        Some(Profile {
            id: self.text(&o, "id"),
            name: self.text(&o, "name"),
            fields: self.items(&o, "fields", true).into_iter().filter_map(|(v, path)| self.field(v, &path)).collect(),
        })
    }

    fn field<J: Json>(&mut self, v: J, path: &str) -> Option<Field> {
        let o = self.object(v, path, fields::FIELD)?;
        let label = self.text(&o, "label");
        let value = match (Self::optional(&o, "text"), Self::optional(&o, "value")) {
            (Some(text), None) => {
                for key in ["qualifier", "unit", "as_of", "basis"] {
                    if Self::optional(&o, key).is_some() {
                        self.report(join(path, key), format!("\"{key}\" goes with a number: give \"value\" instead of \"text\", or remove \"{key}\""));
                    }
                }
                FieldValue::Text { text: self.as_text(text, &join(path, "text")) }
            }
            (None, Some(value)) => FieldValue::Number(self.quantity(&o, value)),
            (Some(_), Some(_)) => {
                self.report(path, "give either \"text\" or \"value\" (a number), not both");
                FieldValue::Text { text: String::new() }
            }
            (None, None) => {
                self.report(path, "missing field \"text\" or \"value\" (a number)");
                FieldValue::Text { text: String::new() }
            }
        };
        Some(Field { label, value, caveat: self.optional_text(&o, "caveat"), sources: self.sources(&o, false) })
    }

    fn source<J: Json>(&mut self, v: J, path: &str) -> Option<Source> {
        let o = self.object(v, path, fields::SOURCE)?;
        Some(Source {
            id: self.text(&o, "id"),
            publisher: self.text(&o, "publisher"),
            title: self.text(&o, "title"),
            date: self.optional_text(&o, "date"),
            url: self.text(&o, "url"),
        })
    }
}

fn empty_statement() -> Statement {
    Statement { text: String::new(), caveat: None, sources: Vec::new() }
}

fn empty_quantity() -> Quantity {
    Quantity { value: 0.0, qualifier: None, unit: None, as_of: None, basis: None }
}

fn empty_content() -> Content {
    Content {
        lang: Lang::De,
        title: String::new(),
        summary: empty_statement(),
        as_of: String::new(),
        glance: Vec::new(),
        sections: Vec::new(),
        sources: Vec::new(),
    }
}
