//! The document the studio edits: the content file's text, and the same file as a JSON value
//! that the form changes. The text is the truth (it is what is checked, saved, downloaded and
//! rendered); the form edits the value and writes the text anew. A value, not the typed model,
//! so that the form can hold what the model cannot (a number still being typed, a block kind
//! the form does not know yet, a field the editor added) and the check reports it.

use serde_json::Value;
use std::rc::Rc;

/// One step into a JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Key(Rc<str>),
    Index(usize),
}

/// Where a value sits in the document, as the form knows it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Path(Vec<Step>);

impl Path {
    pub fn root() -> Path {
        Path(Vec::new())
    }

    pub fn key(&self, key: &str) -> Path {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key.into()));
        Path(steps)
    }

    pub fn index(&self, index: usize) -> Path {
        let mut steps = self.0.clone();
        steps.push(Step::Index(index));
        Path(steps)
    }

    /// As the check writes it: `sections[2].blocks[0].items[1]`.
    pub fn check_path(&self) -> String {
        let mut out = String::new();
        for step in &self.0 {
            match step {
                Step::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                Step::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    /// The id of the form control (or group) for this value.
    pub fn dom_id(&self) -> String {
        dom_id(&self.check_path())
    }

    pub fn get<'a>(&self, mut value: &'a Value) -> Option<&'a Value> {
        for step in &self.0 {
            value = match step {
                Step::Key(key) => value.as_object()?.get(&**key)?,
                Step::Index(i) => value.as_array()?.get(*i)?,
            };
        }
        Some(value)
    }

    fn get_mut<'a>(&self, mut value: &'a mut Value) -> Option<&'a mut Value> {
        for step in &self.0 {
            value = match step {
                Step::Key(key) => value.as_object_mut()?.get_mut(&**key)?,
                Step::Index(i) => value.as_array_mut()?.get_mut(*i)?,
            };
        }
        Some(value)
    }

    fn split_last(&self) -> Option<(Path, &Step)> {
        let (last, parent) = self.0.split_last()?;
        Some((Path(parent.to_vec()), last))
    }
}

/// The id of the form control for a path as the check writes it: `sections[2].title` is
/// `f-sections-2-title`, plain in CSS and URLs alike.
pub fn dom_id(check_path: &str) -> String {
    let tail: String = check_path
        .chars()
        .filter(|c| *c != ']')
        .map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' })
        .collect();
    if tail.is_empty() {
        "f-box".into()
    } else {
        format!("f-{tail}")
    }
}

/// The paths around a check path, innermost first: `a[0].b`, `a[0]`, `a`, ``. A problem is
/// shown at, and focus goes to, the nearest of them that the form has a control for.
pub fn ancestors(check_path: &str) -> Vec<&str> {
    let mut out = vec![check_path];
    let mut path = check_path;
    while let Some(cut) = path.rfind(['.', '[']) {
        path = &path[..cut];
        out.push(path);
    }
    if !check_path.is_empty() {
        out.push("");
    }
    out
}

/// A change the form makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Sets (or adds) the value at a path whose parent exists.
    Set(Path, Value),
    /// Removes an object's field or a list's item.
    Remove(Path),
    /// Appends to the list at the path.
    Push(Path, Value),
    /// Moves item `from` of the list at the path to `to`.
    Move(Path, usize, usize),
    /// Inserts a copy of item `i` after it.
    Duplicate(Path, usize),
}

impl Edit {
    /// Consecutive edits of one field are one step of undo (typing a word is one change).
    pub fn group(&self) -> Option<String> {
        match self {
            Edit::Set(path, Value::String(_) | Value::Number(_)) => Some(path.check_path()),
            _ => None,
        }
    }

    /// Applies the edit; false if the document has no place for it (it changed meanwhile).
    pub fn apply(&self, doc: &mut Value) -> bool {
        match self {
            Edit::Set(path, new) => {
                let Some((parent, last)) = path.split_last() else {
                    *doc = new.clone();
                    return true;
                };
                match (parent.get_mut(doc), last) {
                    (Some(Value::Object(map)), Step::Key(key)) => {
                        map.insert(key.to_string(), new.clone());
                        true
                    }
                    (Some(Value::Array(list)), Step::Index(i)) if *i < list.len() => {
                        list[*i] = new.clone();
                        true
                    }
                    _ => false,
                }
            }
            Edit::Remove(path) => match path.split_last() {
                Some((parent, last)) => match (parent.get_mut(doc), last) {
                    (Some(Value::Object(map)), Step::Key(key)) => map.shift_remove(&**key).is_some(),
                    (Some(Value::Array(list)), Step::Index(i)) if *i < list.len() => {
                        list.remove(*i);
                        true
                    }
                    _ => false,
                },
                None => false,
            },
            Edit::Push(path, item) => match path.get_mut(doc) {
                Some(Value::Array(list)) => {
                    list.push(item.clone());
                    true
                }
                _ => false,
            },
            Edit::Move(path, from, to) => match path.get_mut(doc) {
                Some(Value::Array(list)) if *from < list.len() && *to < list.len() => {
                    let item = list.remove(*from);
                    list.insert(*to, item);
                    true
                }
                _ => false,
            },
            Edit::Duplicate(path, i) => match path.get_mut(doc) {
                Some(Value::Array(list)) if *i < list.len() => {
                    let copy = list[*i].clone();
                    list.insert(*i + 1, copy);
                    true
                }
                _ => false,
            },
        }
    }
}

/// The text the form writes: two-space indents, as `factbox new` and `factbox migrate` write.
pub fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

/// A text field's value as the form shows it: the text, or the JSON of anything else (which
/// the check then reports as the wrong type, beside the field).
pub fn shown(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// Where a 1-based line and column (in characters, as the check counts them) is in `text`, in
/// the UTF-16 units a text area's selection counts.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let units = |s: &str| s.chars().map(char::len_utf16).sum::<usize>();
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let before: String = l.chars().take(column.saturating_sub(1)).collect();
            return offset + units(&before);
        }
        offset += units(l);
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_read_as_the_check_writes_them() {
        let path = Path::root().key("sections").index(2).key("blocks").index(0).key("items");
        assert_eq!(path.check_path(), "sections[2].blocks[0].items");
        assert_eq!(path.dom_id(), "f-sections-2-blocks-0-items");
        assert_eq!(ancestors("sections[2].title"), ["sections[2].title", "sections[2]", "sections", ""]);
        assert_eq!(dom_id(""), "f-box");
    }

    #[test]
    fn edits_change_the_value_where_the_path_points() {
        let mut doc = json!({ "title": "a", "sections": [{ "id": "x" }, { "id": "y" }] });
        let sections = Path::root().key("sections");
        assert!(Edit::Set(sections.index(1).key("open"), json!(true)).apply(&mut doc));
        assert!(Edit::Move(sections.clone(), 1, 0).apply(&mut doc));
        assert!(Edit::Duplicate(sections.clone(), 1).apply(&mut doc));
        assert!(Edit::Remove(Path::root().key("title")).apply(&mut doc));
        assert_eq!(doc, json!({ "sections": [{ "id": "y", "open": true }, { "id": "x" }, { "id": "x" }] }));
        // Nothing happens where the document has no place for the edit.
        assert!(!Edit::Set(Path::root().key("summary").key("text"), json!("t")).apply(&mut doc));
        assert!(!Edit::Move(sections, 0, 9).apply(&mut doc));
    }

    #[test]
    fn fields_keep_the_order_the_editor_wrote() {
        let mut doc: Value = serde_json::from_str(r#"{ "title": "t", "lang": "de" }"#).unwrap();
        Edit::Set(Path::root().key("title"), json!("u")).apply(&mut doc);
        assert_eq!(pretty(&doc), "{\n  \"title\": \"u\",\n  \"lang\": \"de\"\n}\n");
    }

    #[test]
    fn line_and_column_become_an_offset_in_characters() {
        let text = "{\n  \"ä\": ,\n}";
        assert_eq!(offset_of(text, 2, 9), 10);
        assert_eq!(offset_of(text, 1, 1), 0);
        assert_eq!(offset_of(text, 9, 1), text.chars().count());
        // A text area counts UTF-16 units: an emoji is two.
        assert_eq!(offset_of("\"🇩🇪\": ,", 1, 6), 7);
    }
}
