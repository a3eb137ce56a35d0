//! The bad-content corpus (`tests/bad-content/`): each file is a mistake an editor could make,
//! and `cases.json` holds, word for word, what `factbox check` must say about it. The same files
//! go through the browser box in `tests/e2e/robustness.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
struct Case {
    file: String,
    #[serde(default)]
    beside: Option<String>,
    check: Vec<String>,
}

#[test]
fn the_checker_names_every_problem_in_every_bad_file() {
    let root = env!("CARGO_MANIFEST_DIR");
    let cases: Vec<Case> = serde_json::from_str(&std::fs::read_to_string(format!("{root}/tests/bad-content/cases.json")).unwrap()).unwrap();
    assert!(cases.len() >= 20);
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
