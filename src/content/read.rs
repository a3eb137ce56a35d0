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
    pub const CONTENT: &[&str] = &["$schema", "lang", "title", "summary", "as_of", "glance", "sections", "sources", "revision"];
    pub const REVISION: &[&str] = &["published", "sha256"];
    pub const STATEMENT: &[&str] = &["text", "caveat", "sources"];
    pub const SECTION: &[&str] = &["id", "title", "open", "blocks"];
    pub const TEXT_BLOCK: &[&str] = &["type", "text", "caveat", "sources"];
    pub const LIST_BLOCK: &[&str] = &["type", "items"];
    pub const BARS_BLOCK: &[&str] = &["type", "title", "items"];
    pub const MAP_BLOCK: &[&str] = &["type", "title", "frame", "countries", "neighbours", "water", "sources", "size", "land"];
    pub const PLACE: &[&str] = &["code", "name", "link", "at", "path", "label"];
    pub const FACT: &[&str] = &["label", "place", "figure", "text", "caveat", "sources"];
    pub const FIGURE: &[&str] = &["value", "qualifier", "unit", "as_of", "basis", "label", "caveat", "sources"];
    pub const EVENT: &[&str] = &["date", "text", "caveat", "sources"];
    pub const PROFILE: &[&str] = &["id", "name", "fields"];
    pub const FIELD: &[&str] = &["label", "text", "value", "qualifier", "unit", "as_of", "basis", "caveat", "sources"];
    pub const SOURCE: &[&str] = &["id", "publisher", "title", "title_lang", "date", "url"];
}

/// Reads a whole content file.
pub fn content<J: Json>(value: J) -> Result<Content, Vec<Problem>> {
    Reader { problems: Vec::new() }.read(value)
}

/// A field the model does not have: most likely a typo, so the message lists the right names.
pub fn unknown_field(name: &str, expected: &[&str]) -> String {
    format!("unknown field \"{name}\" (a typo? expected one of: {})", format::joined(expected, ", "))
}

struct Reader {
    problems: Vec<Problem>,
}

/// Where a value sits in the file, kept as links to its parents and written out only when a
/// problem is reported: reading good content builds no path strings at all.
#[derive(Clone, Copy)]
struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    step: Step<'a>,
}

#[derive(Clone, Copy)]
enum Step<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

const ROOT: Path<'static> = Path { parent: None, step: Step::Root };

impl<'a> Path<'a> {
    fn key(&'a self, key: &'a str) -> Path<'a> {
        Path { parent: Some(self), step: Step::Key(key) }
    }

    fn index(&'a self, index: usize) -> Path<'a> {
        Path { parent: Some(self), step: Step::Index(index) }
    }

    /// `sections[2].blocks[0].items[1]`
    fn render(&self) -> String {
        let mut out = self.parent.map(Path::render).unwrap_or_default();
        match self.step {
            Step::Root => {}
            Step::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Step::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
        out
    }
}

/// An object being read: its value and where it is.
struct Obj<'p, J> {
    value: J,
    path: Path<'p>,
}

impl Reader {
    fn read<J: Json>(mut self, value: J) -> Result<Content, Vec<Problem>> {
        let content = self.content(value);
        if self.problems.is_empty() {
            Ok(content)
        } else {
            Err(self.problems)
        }
    }

    fn report(&mut self, path: Path<'_>, message: impl Into<String>) {
        self.problems.push(Problem { path: path.render(), message: message.into() });
    }

    fn wrong<J: Json>(&mut self, path: Path<'_>, expected: &str, found: &J) {
        self.report(path, format!("expected {expected}, found {}", found.describe()));
    }

    /// Opens an object, reporting every key it should not have.
    fn object<'p, J: Json>(&mut self, value: J, path: Path<'p>, allowed: &[&str]) -> Option<Obj<'p, J>> {
        let Some(keys) = value.keys() else {
            self.wrong(path, "an object", &value);
            return None;
        };
        for key in keys.iter().filter(|k| !allowed.contains(&k.as_str())) {
            self.report(path.key(key), unknown_field(key, allowed));
        }
        Some(Obj { value, path })
    }

    /// A required field: reported at the object that lacks it, so the editor sees where to add it.
    fn required<J: Json>(&mut self, o: &Obj<'_, J>, key: &str) -> Option<J> {
        let found = o.value.get(key);
        if found.is_none() {
            self.report(o.path, format!("missing field \"{key}\""));
        }
        found
    }

    fn text<J: Json>(&mut self, o: &Obj<'_, J>, key: &str) -> String {
        match self.required(o, key) {
            Some(v) => self.as_text(v, o.path.key(key)),
            None => String::new(),
        }
    }

    fn as_text<J: Json>(&mut self, v: J, path: Path<'_>) -> String {
        v.string().unwrap_or_else(|| {
            self.wrong(path, "text", &v);
            String::new()
        })
    }

    /// An optional field's value; `null` counts as left out.
    fn optional<J: Json>(o: &Obj<'_, J>, key: &str) -> Option<J> {
        o.value.get(key).filter(|v| !v.is_null())
    }

    fn optional_text<J: Json>(&mut self, o: &Obj<'_, J>, key: &str) -> Option<String> {
        let v = Self::optional(o, key)?;
        Some(self.as_text(v, o.path.key(key)))
    }

    fn flag<J: Json>(&mut self, o: &Obj<'_, J>, key: &str) -> bool {
        match Self::optional(o, key) {
            None => false,
            Some(v) => v.boolean().unwrap_or_else(|| {
                self.wrong(o.path.key(key), "true or false", &v);
                false
            }),
        }
    }

    fn number<J: Json>(&mut self, v: J, path: Path<'_>) -> f64 {
        match v.number() {
            Some(n) if n.is_finite() => n,
            _ => {
                self.wrong(path, "a number", &v);
                0.0
            }
        }
    }

    /// The items of a list field. Not generic over what the items become, so the bundle holds
    /// one copy of it, not one per kind of entry.
    fn items<J: Json>(&mut self, o: &Obj<'_, J>, key: &str, required: bool) -> Vec<J> {
        let value = if required { self.required(o, key) } else { Self::optional(o, key) };
        let Some(value) = value else { return Vec::new() };
        value.items().unwrap_or_else(|| {
            self.wrong(o.path.key(key), "a list", &value);
            Vec::new()
        })
    }

    fn sources<J: Json>(&mut self, o: &Obj<'_, J>, required: bool) -> Vec<String> {
        let list = o.path.key("sources");
        self.items(o, "sources", required).into_iter().enumerate().map(|(i, v)| self.as_text(v, list.index(i))).collect()
    }

    fn content<J: Json>(&mut self, value: J) -> Content {
        let Some(o) = self.object(value, ROOT, fields::CONTENT) else {
            return empty_content();
        };
        let lang = match self.required(&o, "lang") {
            Some(v) => match v.string().as_deref() {
                Some("de") => Lang::De,
                Some("en") => Lang::En,
                _ => {
                    self.wrong(o.path.key("lang"), "\"de\" or \"en\"", &v);
                    Lang::De
                }
            },
            None => Lang::De,
        };
        let (glance, sections, sources) = (o.path.key("glance"), o.path.key("sections"), o.path.key("sources"));
        Content {
            lang,
            title: self.text(&o, "title"),
            summary: match self.required(&o, "summary") {
                Some(v) => self.statement(v, o.path.key("summary"), fields::STATEMENT),
                None => empty_statement(),
            },
            as_of: self.text(&o, "as_of"),
            glance: self.items(&o, "glance", false).into_iter().enumerate().filter_map(|(i, v)| self.figure(v, glance.index(i))).collect(),
            sections: self.items(&o, "sections", true).into_iter().enumerate().filter_map(|(i, v)| self.section(v, sections.index(i))).collect(),
            sources: self.items(&o, "sources", true).into_iter().enumerate().filter_map(|(i, v)| self.source(v, sources.index(i))).collect(),
            revision: Self::optional(&o, "revision").and_then(|v| {
                let r = self.object(v, o.path.key("revision"), fields::REVISION)?;
                Some(Revision { published: self.text(&r, "published"), sha256: self.text(&r, "sha256") })
            }),
        }
    }

    fn statement<J: Json>(&mut self, v: J, path: Path<'_>, allowed: &[&str]) -> Statement {
        let Some(o) = self.object(v, path, allowed) else { return empty_statement() };
        Statement { text: self.text(&o, "text"), caveat: self.optional_text(&o, "caveat"), sources: self.sources(&o, true) }
    }

    fn section<J: Json>(&mut self, v: J, path: Path<'_>) -> Option<Section> {
        let o = self.object(v, path, fields::SECTION)?;
        let blocks = o.path.key("blocks");
        Some(Section {
            id: self.text(&o, "id"),
            title: self.text(&o, "title"),
            open: self.flag(&o, "open"),
            blocks: self.items(&o, "blocks", true).into_iter().enumerate().filter_map(|(i, v)| self.block(v, blocks.index(i))).collect(),
        })
    }

    fn block<J: Json>(&mut self, v: J, path: Path<'_>) -> Option<Block> {
        let kinds = format::joined(BLOCK_KINDS, ", ");
        let Some(kind) = v.get("type") else {
            match v.keys() {
                Some(_) => self.report(path, format!("missing field \"type\" (one of: {kinds})")),
                None => self.wrong(path, "an object", &v),
            }
            return None;
        };
        let Some(kind) = kind.string() else {
            self.wrong(path.key("type"), &format!("one of: {kinds}"), &kind);
            return None;
        };
        if kind == "text" {
            return Some(Block::Text(self.statement(v, path, fields::TEXT_BLOCK)));
        }
        if kind == "map" {
            return self.map(v, path).map(Block::Map);
        }
        if !BLOCK_KINDS.contains(&kind.as_str()) {
            self.report(path.key("type"), format!("unknown block type \"{kind}\" (expected one of: {kinds})"));
            return None;
        }
        let bars = kind == "bars";
        let o = self.object(v, path, if bars { fields::BARS_BLOCK } else { fields::LIST_BLOCK })?;
        let at = o.path.key("items");
        let items = self.items(&o, "items", true);
        let items = items.into_iter().enumerate();
        Some(match kind.as_str() {
            "bars" => Block::Bars { title: self.text(&o, "title"), items: items.filter_map(|(i, v)| self.figure(v, at.index(i))).collect() },
            "facts" => Block::Facts { items: items.filter_map(|(i, v)| self.fact(v, at.index(i))).collect() },
            "figures" => Block::Figures { items: items.filter_map(|(i, v)| self.figure(v, at.index(i))).collect() },
            "timeline" => Block::Timeline { items: items.filter_map(|(i, v)| self.event(v, at.index(i))).collect() },
            _ => Block::Profiles { items: items.filter_map(|(i, v)| self.profile(v, at.index(i))).collect() },
        })
    }

    fn map<J: Json>(&mut self, v: J, path: Path<'_>) -> Option<Map> {
        let o = self.object(v, path, fields::MAP_BLOCK)?;
        // In the file's order, so that problems are reported top to bottom.
        let (title, frame) = (self.text(&o, "title"), self.numbers(&o, "frame", true));
        let mut places = |key: &str, required: bool| {
            let at = o.path.key(key);
            self.items(&o, key, required).into_iter().enumerate().filter_map(|(i, v)| self.place(v, at.index(i))).collect()
        };
        let (countries, neighbours, water) = (places("countries", true), places("neighbours", false), places("water", false));
        Some(Map {
            title,
            frame,
            countries,
            neighbours,
            water,
            sources: self.sources(&o, true),
            size: self.numbers(&o, "size", false),
            land: self.optional_text(&o, "land"),
        })
    }

    fn place<J: Json>(&mut self, v: J, path: Path<'_>) -> Option<Place> {
        let o = self.object(v, path, fields::PLACE)?;
        Some(Place {
            code: self.optional_text(&o, "code"),
            name: self.text(&o, "name"),
            link: self.optional_text(&o, "link"),
            at: self.numbers(&o, "at", false),
            path: self.optional_text(&o, "path"),
            label: self.numbers(&o, "label", false),
        })
    }

    /// A list of numbers: a frame, a point, a size.
    fn numbers<J: Json>(&mut self, o: &Obj<'_, J>, key: &str, required: bool) -> Vec<f64> {
        let at = o.path.key(key);
        self.items(o, key, required).into_iter().enumerate().map(|(i, v)| self.number(v, at.index(i))).collect()
    }

    fn fact<J: Json>(&mut self, v: J, path: Path<'_>) -> Option<Fact> {
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
    fn quantity<J: Json>(&mut self, o: &Obj<'_, J>, value: J) -> Quantity {
        let qualifier = Self::optional(o, "qualifier").and_then(|v| match v.string().as_deref().and_then(Qualifier::from_name) {
            Some(q) => Some(q),
            None => {
                self.wrong(o.path.key("qualifier"), &format!("one of these words: {}", format::joined(QUALIFIERS, ", ")), &v);
                None
            }
        });
        Quantity {
            value: self.number(value, o.path.key("value")),
            qualifier,
            unit: self.optional_text(o, "unit"),
            as_of: self.optional_text(o, "as_of"),
            basis: self.optional_text(o, "basis"),
        }
    }

    fn figure<J: Json>(&mut self, v: J, path: Path<'_>) -> Option<Figure> {
        let o = self.object(v, path, fields::FIGURE)?;
        let quantity = match self.required(&o, "value") {
            Some(value) => self.quantity(&o, value),
            None => empty_quantity(),
        };
        Some(Figure { quantity, label: self.text(&o, "label"), caveat: self.optional_text(&o, "caveat"), sources: self.sources(&o, true) })
    }

    fn event<J: Json>(&mut self, v: J, path: Path<'_>) -> Option<Event> {
        let o = self.object(v, path, fields::EVENT)?;
        Some(Event {
            date: self.text(&o, "date"),
            text: self.text(&o, "text"),
            caveat: self.optional_text(&o, "caveat"),
            sources: self.sources(&o, true),
        })
    }

    fn profile<J: Json>(&mut self, v: J, path: Path<'_>) -> Option<Profile> {
        let o = self.object(v, path, fields::PROFILE)?;
        let fields = o.path.key("fields");
        Some(Profile {
            id: self.text(&o, "id"),
            name: self.text(&o, "name"),
            fields: self.items(&o, "fields", true).into_iter().enumerate().filter_map(|(i, v)| self.field(v, fields.index(i))).collect(),
        })
    }

    fn field<J: Json>(&mut self, v: J, path: Path<'_>) -> Option<Field> {
        let o = self.object(v, path, fields::FIELD)?;
        let label = self.text(&o, "label");
        let value = match (Self::optional(&o, "text"), Self::optional(&o, "value")) {
            (Some(text), None) => {
                for key in ["qualifier", "unit", "as_of", "basis"] {
                    if Self::optional(&o, key).is_some() {
                        self.report(path.key(key), format!("\"{key}\" goes with a number: give \"value\" instead of \"text\", or remove \"{key}\""));
                    }
                }
                FieldValue::Text { text: self.as_text(text, path.key("text")) }
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

    fn source<J: Json>(&mut self, v: J, path: Path<'_>) -> Option<Source> {
        let o = self.object(v, path, fields::SOURCE)?;
        Some(Source {
            id: self.text(&o, "id"),
            publisher: self.text(&o, "publisher"),
            title: self.text(&o, "title"),
            title_lang: self.optional_text(&o, "title_lang"),
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
        revision: None,
    }
}
