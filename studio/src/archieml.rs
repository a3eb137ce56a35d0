//! ArchieML, the format newsrooms write structured text in (in a document, say), turned into a
//! content file. The part of ArchieML a box needs:
//!
//! ```text
//! title: Rentenpaket: Was der Bundestag beschlossen hat
//! summary.text: Der Bundestag hat das Rentenpaket beschlossen.
//! summary.sources: bundestag
//! [sections]
//! id: worum-es-geht
//! title: Worum es geht
//! [.blocks]
//! type: text
//! text: Das Paket hält das Rentenniveau …
//! sources: bundestag, tagesschau
//! []
//! []
//! ```
//!
//! `key: value` (dotted keys make objects), `{object}` and `{.nested}` … `{}`, `[list]` and
//! `[.nested]` … `[]` (a list's first key starts each new item; `* text` items are texts),
//! multi-line values ended by `:end`, `:skip` … `:endskip` and `:ignore`. Other lines are
//! comments, as in ArchieML. The words become the model's types where the model says so
//! (`value` a number, `open` true or false, `sources` a list of ids); everything else stays
//! text, and the check says what is still missing.

use serde_json::{Map, Value};

enum Frame {
    /// `{name}`: keys go into the object at this pointer.
    Object(String),
    /// `[name]`: items go into the list at this pointer; `first` is the key that starts an item.
    List { at: String, first: Option<String> },
}

struct Parser {
    root: Value,
    frames: Vec<Frame>,
    /// The pointer of the last value set, and its first line, for a multi-line value.
    last: Option<(String, String)>,
    pending: Vec<String>,
}

/// The JSON value an ArchieML text describes, its words typed for the content model.
pub fn to_json(text: &str) -> Value {
    let mut p = Parser { root: Value::Object(Map::new()), frames: Vec::new(), last: None, pending: Vec::new() };
    let mut skipping = false;
    for line in text.lines() {
        let trimmed = line.trim();
        let command = trimmed.to_ascii_lowercase();
        if skipping {
            skipping = !command.starts_with(":endskip");
            continue;
        }
        if command.starts_with(":ignore") {
            break;
        }
        if command.starts_with(":skip") {
            skipping = true;
            continue;
        }
        if command.starts_with(":end") {
            p.end_multiline();
            continue;
        }
        p.line(line, trimmed);
    }
    typed(&mut p.root, "");
    p.root
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

impl Parser {
    fn line(&mut self, line: &str, trimmed: &str) {
        if let Some(name) = trimmed.strip_prefix('{').and_then(|r| r.strip_suffix('}')) {
            self.object(name.trim());
        } else if let Some(name) = trimmed.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            self.list(name.trim());
        } else if let Some(item) = trimmed.strip_prefix('*').filter(|_| self.in_list()) {
            self.last = None;
            if let Some(Value::Array(items)) = self.list_at().and_then(|at| self.root.pointer_mut(&at)) {
                items.push(Value::String(item.trim().to_string()));
            }
        } else if let Some((key, value)) = key_value(trimmed) {
            self.set(key, value);
        } else if self.last.is_some() {
            // Perhaps part of a multi-line value: kept until `:end` says so.
            self.pending.push(line.to_string());
        }
    }

    fn in_list(&self) -> bool {
        matches!(self.frames.last(), Some(Frame::List { .. }))
    }

    fn list_at(&self) -> Option<String> {
        match self.frames.last() {
            Some(Frame::List { at, .. }) => Some(at.clone()),
            _ => None,
        }
    }

    /// Where keys go now: the current object, or the current list's last item.
    fn target(&self) -> String {
        match self.frames.last() {
            Some(Frame::Object(at)) => at.clone(),
            Some(Frame::List { at, .. }) => {
                let len = self.root.pointer(at).and_then(Value::as_array).map_or(0, Vec::len);
                format!("{at}/{}", len.saturating_sub(1))
            }
            None => String::new(),
        }
    }

    fn object(&mut self, name: &str) {
        self.last = None;
        if name.is_empty() {
            if matches!(self.frames.last(), Some(Frame::Object(_))) {
                self.frames.pop();
            }
            return;
        }
        let at = self.opened(name);
        self.make(&at, Value::Object(Map::new()), false);
        self.frames.push(Frame::Object(at));
    }

    fn list(&mut self, name: &str) {
        self.last = None;
        if name.is_empty() {
            if let Some(i) = self.frames.iter().rposition(|f| matches!(f, Frame::List { .. })) {
                self.frames.truncate(i);
            }
            return;
        }
        let at = self.opened(name);
        // A list given again replaces the earlier one, as ArchieML says.
        self.make(&at, Value::Array(Vec::new()), true);
        self.frames.push(Frame::List { at, first: None });
    }

    /// Where an opened `{name}` or `[name]` goes: `.name` inside what is being written now,
    /// `name` at the top (which leaves every open object and list).
    fn opened(&mut self, name: &str) -> String {
        match name.strip_prefix('.') {
            Some(nested) => format!("{}/{}", self.target(), escape(nested)),
            None => {
                self.frames.clear();
                format!("/{}", escape(name))
            }
        }
    }

    /// Puts `value` at the pointer, making the objects on the way; `replace` overwrites
    /// whatever is there.
    fn make(&mut self, at: &str, value: Value, replace: bool) {
        let mut current = &mut self.root;
        let steps: Vec<&str> = at.split('/').skip(1).collect();
        for (i, step) in steps.iter().enumerate() {
            let key = step.replace("~1", "/").replace("~0", "~");
            let last = i + 1 == steps.len();
            current = match current {
                Value::Object(map) => {
                    let slot = map.entry(key).or_insert_with(|| if last { value.clone() } else { Value::Object(Map::new()) });
                    if last && (replace || !slot.is_object()) {
                        *slot = value.clone();
                    }
                    slot
                }
                Value::Array(items) => match key.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                    Some(item) => item,
                    None => return,
                },
                _ => return,
            };
        }
    }

    fn set(&mut self, key: &str, value: &str) {
        self.pending.clear();
        if let Some(Frame::List { at, first }) = self.frames.last_mut() {
            let at = at.clone();
            let first_key = first.get_or_insert_with(|| key.to_string()).clone();
            let items = self.root.pointer_mut(&at).and_then(Value::as_array_mut);
            if let Some(items) = items {
                let starts_item = first_key == key || !items.last().is_some_and(Value::is_object);
                if starts_item {
                    items.push(Value::Object(Map::new()));
                }
            }
        }
        let path = key.split('.').map(escape).collect::<Vec<_>>().join("/");
        let at = format!("{}/{path}", self.target());
        self.make(&at, Value::String(value.to_string()), true);
        self.last = Some((at, value.to_string()));
    }

    fn end_multiline(&mut self) {
        if let Some((at, first)) = self.last.take() {
            let mut text = first;
            for line in self.pending.drain(..) {
                text.push('\n');
                text.push_str(line.trim());
            }
            if let Some(slot) = self.root.pointer_mut(&at) {
                *slot = Value::String(text.trim().to_string());
            }
        }
    }
}

/// `key: value`, the key made of letters, digits, `_`, `-`, `$` and dots.
fn key_value(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    let ok = !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '$'));
    ok.then(|| (key, value.trim()))
}

/// The words as the model's types: numbers, flags and source lists.
fn typed(value: &mut Value, key: &str) {
    match value {
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| typed(v, k)),
        Value::Array(items) => items.iter_mut().for_each(|v| typed(v, "")),
        Value::String(text) => {
            *value = match key {
                "value" => {
                    let normal = text.replace(['\u{a0}', ' '], "");
                    match normal.parse::<f64>().or_else(|_| normal.replace(',', ".").parse::<f64>()) {
                        Ok(n) if n.is_finite() => serde_json::Number::from_f64(n).map_or(value.clone(), |n| {
                            n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9e15).map_or(Value::Number(n), |f| Value::from(f as i64))
                        }),
                        _ => value.clone(),
                    }
                }
                "open" => match text.trim().to_lowercase().as_str() {
                    "true" | "yes" | "ja" => Value::Bool(true),
                    "false" | "no" | "nein" => Value::Bool(false),
                    _ => value.clone(),
                },
                "sources" => Value::Array(text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(|s| Value::String(s.into())).collect()),
                _ => return,
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::to_json;
    use serde_json::json;

    #[test]
    fn a_box_written_in_archieml() {
        let text = "lang: de\ntitle: Rente\nThis line is a comment.\nsummary.text: Kurz.\nsummary.sources: a, b\n\
                    [glance]\nlabel: Niveau\nvalue: 48,5\nunit: %\nsources: a\n[]\n\
                    [sections]\nid: eins\ntitle: Eins\nopen: ja\n[.blocks]\ntype: text\ntext: Erste Zeile\nzweite Zeile\n:end\nsources: a\n[]\n\
                    id: zwei\ntitle: Zwei\n[.blocks]\ntype: timeline\n[.items]\ndate: 2025\ntext: X\nsources: b\ndate: 2026\ntext: Y\nsources: b\n[]\n[]\n[]\n\
                    {revision}\npublished: x\n{}\n:ignore\ntitle: not this";
        assert_eq!(
            to_json(text),
            json!({
                "lang": "de", "title": "Rente",
                "summary": { "text": "Kurz.", "sources": ["a", "b"] },
                "glance": [{ "label": "Niveau", "value": 48.5, "unit": "%", "sources": ["a"] }],
                "sections": [
                    { "id": "eins", "title": "Eins", "open": true, "blocks": [{ "type": "text", "text": "Erste Zeile\nzweite Zeile", "sources": ["a"] }] },
                    { "id": "zwei", "title": "Zwei", "blocks": [{ "type": "timeline", "items": [
                        { "date": "2025", "text": "X", "sources": ["b"] },
                        { "date": "2026", "text": "Y", "sources": ["b"] },
                    ] }] },
                ],
                "revision": { "published": "x" },
            })
        );
    }

    #[test]
    fn text_lists_and_nothing_at_all() {
        assert_eq!(to_json("[days]\n* Montag\n* Dienstag\n[]"), json!({ "days": ["Montag", "Dienstag"] }));
        assert_eq!(to_json("Just a sentence, no keys."), json!({}));
    }
}
