//! The editor's check: every problem in a content file, each with its JSON path and the line
//! and column it is on, in words an editor can act on:
//!
//!   countries[2].population.value: expected a whole number, found "viele" (line 41, column 18)
//!
//! Syntax errors stop the check (nothing after them can be trusted). Type errors are collected
//! per top-level field and per list entry, so one bad entry does not hide the next. Then the
//! model's own rules ([`super::validate`]) run over what parsed.

use super::validate::{problems, structure_differences, unknown_field, Problem};
use super::{Content, Country, Fact, Lang, Sections, Source, Statement, CONTENT_FIELDS};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    pub message: String,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        write!(f, "{} (line {}, column {})", self.message, self.line, self.column)
    }
}

/// Parses and checks one content file.
pub fn check(text: &str) -> Result<Content, Vec<Diagnostic>> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![Diagnostic { path: String::new(), message: format!("invalid JSON: {}", without_position(&e)), line: e.line(), column: e.column() }]
    })?;
    let at = Positions::of(text);
    let typed = type_problems(&value);
    if !typed.is_empty() {
        return Err(typed.into_iter().map(|p| at.place(p)).collect());
    }
    let content: Content = serde_json::from_value(value)
        .map_err(|e| vec![at.place(Problem { path: String::new(), message: friendly(&e.to_string()) })])?;
    let rules = problems(&content);
    if rules.is_empty() {
        Ok(content)
    } else {
        Err(rules.into_iter().map(|p| at.place(p)).collect())
    }
}

/// Differences between two language versions, placed in the first file's text.
pub fn compare(a: &Content, a_text: &str, b: &Content) -> Vec<Diagnostic> {
    let at = Positions::of(a_text);
    structure_differences(a, b).into_iter().map(|p| at.place(p)).collect()
}

fn type_problems(value: &Value) -> Vec<Problem> {
    let Value::Object(map) = value else {
        return vec![Problem { path: String::new(), message: format!("expected an object at the top level, found {}", kind(value)) }];
    };
    let mut out = Vec::new();
    for key in map.keys().filter(|k| !CONTENT_FIELDS.contains(&k.as_str())) {
        out.push(Problem { path: key.clone(), message: unknown_field(key, CONTENT_FIELDS) });
    }
    for &field in CONTENT_FIELDS {
        let Some(v) = map.get(field) else {
            out.push(Problem { path: String::new(), message: format!("missing field \"{field}\"") });
            continue;
        };
        match field {
            "lang" => one::<Lang>(field, v, &mut out),
            "title" | "as_of" => one::<String>(field, v, &mut out),
            "summary" => one::<Statement>(field, v, &mut out),
            "sections" => one::<Sections>(field, v, &mut out),
            "countries" => each::<Country>(field, v, &mut out),
            "sources" => each::<Source>(field, v, &mut out),
            _ => each::<Fact>(field, v, &mut out),
        }
    }
    out
}

fn one<T: DeserializeOwned>(path: &str, value: &Value, out: &mut Vec<Problem>) {
    if let Err(e) = serde_path_to_error::deserialize::<_, T>(value) {
        let inner = e.path().to_string();
        let inner = if inner == "." { String::new() } else { inner };
        let message = friendly(&e.into_inner().to_string());
        // A missing field is reported at the object that lacks it.
        let full = match inner.is_empty() {
            true => path.to_string(),
            false if inner.starts_with('[') => format!("{path}{inner}"),
            false => format!("{path}.{inner}"),
        };
        out.push(Problem { path: full, message });
    }
}

fn each<T: DeserializeOwned>(path: &str, value: &Value, out: &mut Vec<Problem>) {
    match value {
        Value::Array(items) => items.iter().enumerate().for_each(|(i, item)| one::<T>(&format!("{path}[{i}]"), item, out)),
        other => out.push(Problem { path: path.into(), message: format!("expected a list, found {}", kind(other)) }),
    }
}

fn kind(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("{s:?}"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// serde's messages, in an editor's words.
fn friendly(message: &str) -> String {
    let noun = |expected: &str| -> String {
        match expected.trim() {
            "u64" | "u32" | "u8" | "usize" => "a whole number".into(),
            "a string" => "text".into(),
            "a boolean" => "true or false".into(),
            "a sequence" => "a list".into(),
            e if e.starts_with("struct ") || e == "a map" => "an object".into(),
            e => e.replace('`', "\""),
        }
    };
    let found = |f: &str| -> String {
        let f = f.trim();
        if let Some(s) = f.strip_prefix("string ") {
            return s.to_string();
        }
        for prefix in ["integer ", "floating point ", "boolean "] {
            if let Some(v) = f.strip_prefix(prefix) {
                return v.trim_matches('`').to_string();
            }
        }
        match f {
            "map" => "an object".into(),
            "sequence" => "a list".into(),
            "unit value" | "null" => "null".into(),
            other => other.to_string(),
        }
    };
    let message = without_position_str(message);
    if let Some(rest) = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: ")) {
        if let Some((f, e)) = rest.split_once(", expected ") {
            return format!("expected {}, found {}", noun(e), found(f));
        }
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        if let Some((f, e)) = rest.split_once(", expected ") {
            return format!("expected {}, found {}", e.replace('`', "\""), f.replace('`', "\""));
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        if let Some((name, expected)) = rest.split_once("`, expected one of ") {
            let list: Vec<&str> = expected.split(", ").map(|f| f.trim_matches('`')).collect();
            return unknown_field(name, &list);
        }
        if let Some((name, _)) = rest.split_once('`') {
            return format!("unknown field \"{name}\" (a typo?)");
        }
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return format!("missing field \"{}\"", rest.trim_end_matches('`'));
    }
    message.to_string()
}

fn without_position(e: &serde_json::Error) -> String {
    without_position_str(&e.to_string()).to_string()
}

fn without_position_str(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}

/// Where each value of a (syntactically valid) JSON text starts, by path.
struct Positions<'a> {
    text: &'a str,
    starts: HashMap<String, usize>,
}

impl<'a> Positions<'a> {
    fn of(text: &'a str) -> Self {
        let mut scan = Scan { bytes: text.as_bytes(), i: 0, starts: HashMap::new() };
        scan.value(String::new());
        Positions { text, starts: scan.starts }
    }

    /// The problem at the start of its value, or of the nearest enclosing value that exists.
    fn place(&self, problem: Problem) -> Diagnostic {
        let mut path = problem.path.as_str();
        let offset = loop {
            if let Some(&offset) = self.starts.get(path) {
                break offset;
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None if !path.is_empty() => path = "",
                None => break 0,
            }
        };
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Diagnostic { path: problem.path, message: problem.message, line, column }
    }
}

struct Scan<'a> {
    bytes: &'a [u8],
    i: usize,
    starts: HashMap<String, usize>,
}

impl Scan<'_> {
    fn space(&mut self) {
        while self.i < self.bytes.len() && self.bytes[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn peek(&self) -> u8 {
        self.bytes.get(self.i).copied().unwrap_or(0)
    }

    fn value(&mut self, path: String) {
        self.space();
        self.starts.insert(path.clone(), self.i);
        match self.peek() {
            b'{' => {
                self.i += 1;
                loop {
                    self.space();
                    if self.peek() != b'"' {
                        self.i += 1; // `}` of an empty object
                        return;
                    }
                    let key = self.string();
                    self.space();
                    self.i += 1; // `:`
                    let child = if path.is_empty() { key } else { format!("{path}.{key}") };
                    self.value(child);
                    if !self.next_item() {
                        return;
                    }
                }
            }
            b'[' => {
                self.i += 1;
                self.space();
                if self.peek() == b']' {
                    self.i += 1;
                    return;
                }
                let mut index = 0;
                loop {
                    self.value(format!("{path}[{index}]"));
                    index += 1;
                    if !self.next_item() {
                        return;
                    }
                }
            }
            b'"' => {
                self.string();
            }
            _ => {
                while self.i < self.bytes.len() && !matches!(self.bytes[self.i], b',' | b'}' | b']') && !self.bytes[self.i].is_ascii_whitespace() {
                    self.i += 1;
                }
            }
        }
    }

    /// Consumes the `,` before another item (true) or the closing `}`/`]` (false).
    fn next_item(&mut self) -> bool {
        self.space();
        let separator = self.peek();
        self.i += 1;
        separator == b','
    }

    /// Skips a string literal and returns its decoded text.
    fn string(&mut self) -> String {
        let start = self.i;
        self.i += 1;
        while self.i < self.bytes.len() && self.bytes[self.i] != b'"' {
            self.i += if self.bytes[self.i] == b'\\' { 2 } else { 1 };
        }
        self.i += 1;
        serde_json::from_slice(&self.bytes[start..self.i.min(self.bytes.len())]).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::DEFAULT_DE;

    #[test]
    fn the_issue_example_reads_as_promised() {
        let broken = DEFAULT_DE.replacen("\"value\": 7300000", "\"value\": \"viele\"", 1);
        let diagnostics = check(&broken).unwrap_err();
        let before = &broken[..broken.find("\"viele\"").unwrap()];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            diagnostics[0].to_string(),
            format!("countries[2].population.value: expected a whole number, found \"viele\" (line {line}, column {column})")
        );
    }

    #[test]
    fn every_top_level_field_is_required_and_listed() {
        let full: Value = serde_json::from_str(DEFAULT_DE).unwrap();
        for field in CONTENT_FIELDS {
            let mut partial = full.clone();
            partial.as_object_mut().unwrap().remove(*field);
            let messages: Vec<String> = check(&partial.to_string()).unwrap_err().into_iter().map(|d| d.message).collect();
            assert_eq!(messages, [format!("missing field \"{field}\"")]);
        }
        assert!(check(DEFAULT_DE).is_ok(), "every field of the model is in CONTENT_FIELDS");
    }
}
