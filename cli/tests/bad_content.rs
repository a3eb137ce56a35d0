//! The bad-content corpus (`tests/bad-content/`): each file is a mistake an editor could make,
//! and `cases.json` holds, word for word, what `factbox check` must say about it. The same files
//! go through the browser box in `tests/e2e/robustness.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

use factbox::content::Content;
use serde::Deserialize;
use std::process::{Command, Output};

#[derive(Deserialize)]
struct Case {
    file: String,
    #[serde(default)]
    beside: Option<String>,
    check: Vec<String>,
    /// What the browser's box does with the file: "refused" (JSON or shape errors: the reader
    /// cannot build the model), "rendered" (only the editor's rules are broken), or null.
    browser: Option<String>,
}

fn cases() -> Vec<Case> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    serde_json::from_str(&std::fs::read_to_string(format!("{root}/tests/bad-content/cases.json")).unwrap()).unwrap()
}

fn factbox(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factbox")).args(args).current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).output().unwrap()
}

#[test]
fn the_checker_names_every_problem_in_every_bad_file() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let cases = cases();
    assert!(cases.len() >= 27);
    for case in cases {
        let path = format!("tests/bad-content/{}", case.file);
        let args: Vec<&str> = std::iter::once("check").chain(case.beside.as_deref()).chain([path.as_str()]).collect();
        let out = Command::new(env!("CARGO_BIN_EXE_factbox")).args(&args).current_dir(root).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}: exit code", case.file);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let got: Vec<&str> = stderr.lines().collect();
        let want: Vec<String> = case.check.iter().map(|l| l.replace("{dir}", "tests/bad-content")).collect();
        assert_eq!(got, want, "{}", case.file);
    }
}

/// "refused" and "rendered" in `cases.json` say what the e2e test expects of the browser. The
/// browser reads with the same reader (only its JSON parser differs), so the reader here must
/// refuse exactly the files marked "refused".
#[test]
fn the_reader_refuses_exactly_the_files_marked_refused() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    for case in cases() {
        let Some(browser) = case.browser else { continue };
        let text = std::fs::read_to_string(format!("{root}/tests/bad-content/{}", case.file)).unwrap();
        let read = Content::from_json(&text);
        match browser.as_str() {
            "refused" => assert!(read.is_err(), "{}: marked refused, but the reader builds the model", case.file),
            "rendered" => assert!(read.is_ok(), "{}: marked rendered, but the reader refuses it: {:?}", case.file, read.err()),
            other => panic!("{}: browser must be \"refused\", \"rendered\" or null, found {other:?}", case.file),
        }
    }
}

/// The least a box needs: one section holding one facts block with one fact citing one source.
#[test]
fn the_checker_accepts_a_minimal_box() {
    let out = factbox(&["check", "tests/fixtures/minimal.de.json"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "tests/fixtures/minimal.de.json: valid (1 section, 1 block (facts: 1), 1 entry, 1 source)\n");
}

/// What `factbox new` prints is what editors start from. As written, the check names each of
/// its example texts and its example address, and nothing else: no box is published with
/// "Title of the fact box" in it. With those filled in, it passes, in each language and as a
/// German/English pair.
#[test]
fn the_starter_is_refused_only_for_its_examples_and_passes_once_they_are_replaced() {
    let mut files = Vec::new();
    for lang in ["de", "en"] {
        let out = factbox(&["new", "--lang", lang]);
        assert_eq!(out.status.code(), Some(0), "new --lang {lang}: {}", String::from_utf8_lossy(&out.stderr));
        let path = format!("{}/starter.{lang}.json", env!("CARGO_TARGET_TMPDIR"));
        std::fs::write(&path, &out.stdout).unwrap();
        let check = factbox(&["check", &path]);
        assert_eq!(check.status.code(), Some(1), "new --lang {lang}: the examples are refused");
        let stderr = String::from_utf8_lossy(&check.stderr);
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 17, "sixteen example texts and the example address:\n{stderr}");
        assert!(lines.iter().all(|l| l.contains("is the starter's example: write this box's own") || l.contains("is an example address, not a source")), "{stderr}");
        assert!(lines.iter().any(|l| l.contains(": title: ") && l.ends_with(")")), "each with its path, line and column:\n{stderr}");

        // Filled in: every example text replaced, the source pointed at a real page.
        let mut value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        fill_in(&mut value);
        let filled = format!("{}/filled.{lang}.json", env!("CARGO_TARGET_TMPDIR"));
        std::fs::write(&filled, serde_json::to_string_pretty(&value).unwrap()).unwrap();
        let check = factbox(&["check", &filled]);
        assert_eq!(check.status.code(), Some(0), "filled in, --lang {lang}: {}", String::from_utf8_lossy(&check.stderr));
        files.push(filled);
    }
    let pair = factbox(&["check", &files[0], &files[1]]);
    assert_eq!(pair.status.code(), Some(0), "the starters as a pair: {}", String::from_utf8_lossy(&pair.stderr));
}

/// What an editor does to the starter: each example text becomes the box's own, the example
/// address a real one.
fn fill_in(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Array(items) => items.iter_mut().for_each(fill_in),
        serde_json::Value::Object(fields) => {
            for (key, value) in fields.iter_mut() {
                match value {
                    serde_json::Value::String(text) if factbox::content::starter::is_example_text(key, text) => *text = format!("Own: {text}"),
                    serde_json::Value::String(text) if text.contains("example.org") => *text = "https://www.bundestag.de/".into(),
                    _ => fill_in(value),
                }
            }
        }
        _ => {}
    }
}
