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

/// What `factbox new` prints is what editors start from: it must pass the check as written, in
/// each language and as a German/English pair.
#[test]
fn the_starter_passes_the_checker_in_both_languages() {
    let mut files = Vec::new();
    for lang in ["de", "en"] {
        let out = factbox(&["new", "--lang", lang]);
        assert_eq!(out.status.code(), Some(0), "new --lang {lang}: {}", String::from_utf8_lossy(&out.stderr));
        let path = format!("{}/starter.{lang}.json", env!("CARGO_TARGET_TMPDIR"));
        std::fs::write(&path, &out.stdout).unwrap();
        let check = factbox(&["check", &path]);
        assert_eq!(check.status.code(), Some(0), "new --lang {lang}: {}", String::from_utf8_lossy(&check.stderr));
        files.push(path);
    }
    let pair = factbox(&["check", &files[0], &files[1]]);
    assert_eq!(pair.status.code(), Some(0), "the starters as a pair: {}", String::from_utf8_lossy(&pair.stderr));
}
