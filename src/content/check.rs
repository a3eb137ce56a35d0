//! The editor's check: every problem in a content file, each with its JSON path and the line
//! and column it is on, in words an editor can act on:
//!
//!   sections[2].blocks[0].items[1]: missing field "name" (line 41, column 9)
//!
//! A syntax error stops the check (nothing after it can be trusted). Otherwise the one reader
//! ([`super::read`]) reports every problem of shape at once, and then, if the file could be
//! read, the rules ([`super::validate`]) report everything else.

use super::read;
use super::validate::{problems, structure_differences, Problem};
use super::Content;
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
    let value: Value = serde_json::from_str(text).map_err(|e| vec![syntax_error(text, &e)])?;
    let at = Positions::of(text);
    let content = read::content(&value).map_err(|found| found.into_iter().map(|p| at.place(p)).collect::<Vec<_>>())?;
    let rules = problems(&content);
    if rules.is_empty() {
        Ok(content)
    } else {
        Err(rules.into_iter().map(|p| at.place(p)).collect())
    }
}

/// A JSON syntax error in an editor's words, at the character (not byte) it is found at, with
/// what usually causes it.
fn syntax_error(text: &str, e: &serde_json::Error) -> Diagnostic {
    let message = e.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message).to_string();
    let line_text = text.lines().nth(e.line().saturating_sub(1)).unwrap_or("");
    // serde_json counts the column in bytes; editors count characters.
    let byte_column = e.column().min(line_text.len());
    let column = line_text.get(..byte_column).map_or(e.column(), |before| before.chars().count());
    let hint = if line_text.contains(['“', '”', '„', '‟', '«', '»']) {
        ": typographic quotes (“ ” „) cannot stand around JSON names and texts; use straight quotes \" (and inside a text, write „…“ or \\\"…\\\")"
    } else if message.starts_with("trailing comma") {
        ": a comma after the last entry of a list or object; delete it"
    } else if message.starts_with("EOF") {
        ": the file ends too early; it may have been cut off while copying"
    } else {
        ""
    };
    let (line, column) = if message.starts_with("trailing comma") { comma_before(text, e.line(), byte_column) } else { (e.line(), column) };
    Diagnostic { path: String::new(), message: format!("invalid JSON: {message}{hint}"), line, column: column.max(1) }
}

/// Where the comma is that the parser found too late (at the `]` or `}` after it): the line
/// and character column of the last comma before `line`:`byte_column`.
fn comma_before(text: &str, line: usize, byte_column: usize) -> (usize, usize) {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let before = &text[..(start + byte_column.saturating_sub(1)).min(text.len())];
    match before.rfind(',') {
        Some(at) if before[at + 1..].trim().is_empty() => {
            let line = before[..at].matches('\n').count() + 1;
            let column = before[..at].rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            (line, column)
        }
        _ => (line, byte_column),
    }
}

/// Differences between two language versions, placed in the first file's text.
pub fn compare(a: &Content, a_text: &str, b: &Content) -> Vec<Diagnostic> {
    let at = Positions::of(a_text);
    structure_differences(a, b).into_iter().map(|p| at.place(p)).collect()
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

