//! The editor's command line, run as the editor runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn factbox(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_factbox")).args(args).current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

fn temp_file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("factbox-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn check_accepts_the_shipped_content_with_a_summary() {
    let (code, out, err) = factbox(&["check", "static/content/de.json", "static/content/en.json"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("static/content/de.json: valid (5 sections, 8 blocks (bars: 2, facts: 3, map: 1, profiles: 1, timeline: 1), 37 entries, 33 sources, 2 at a glance)"));
}

#[test]
fn check_names_what_is_wrong_and_fails() {
    let de = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../static/content/de.json")).unwrap();
    let broken = de.replacen("\"url\": \"https://newsline.kz/article/1224342/\"", "\"url\": \"javascript:alert(1)\"", 1);
    let path = temp_file("bad-url.json", &broken);
    let (code, _, err) = factbox(&["check", &path]);
    assert_eq!(code, 1);
    assert!(err.contains("sources[14].url: must start with http:// or https://, found \"javascript:alert(1)\""), "{err}");
}

#[test]
fn render_prints_a_prerendered_snippet_with_the_loader() {
    let (code, out, err) = factbox(&["render", "--lang", "en", "--base", "https://cdn.example/factbox", "--id", "box-1"]);
    assert_eq!(code, 0, "{err}");
    // The shipped content is named, so the loader fetches it while the bundle compiles.
    assert!(out.starts_with(
        "<fact-box lang=\"en\" id=\"box-1\" data-content=\"https://cdn.example/factbox/content/en.json\" data-theme=\"auto\" data-heading-level=\"2\""
    ));
    assert!(out.contains("<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"https://cdn.example/factbox/factbox.css\">"));
    assert!(out.contains("Critical minerals"));
    assert!(out.trim_end().ends_with("<script type=\"module\" src=\"https://cdn.example/factbox/factbox.js\"></script>"));
}

#[test]
fn render_embeds_custom_content_safely() {
    let de = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../static/content/de.json")).unwrap();
    let hostile = de.replacen("C5+1-Gipfel: Zentralasien", "</script><script>alert(1)</script>", 1);
    let path = temp_file("hostile.json", &hostile);
    let (code, out, err) = factbox(&["render", "--content", &path, "--no-script"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.matches("</script>").count(), 1, "only the JSON block's own end tag");
    assert!(out.contains("\\u003c/script>\\u003cscript>alert(1)"));
}

#[test]
fn render_rejects_bad_options() {
    let (code, _, err) = factbox(&["render", "--theme", "neon"]);
    assert_eq!(code, 2);
    assert!(err.contains("theme must be auto, light or dark, found \"neon\""));
    let (code, _, err) = factbox(&["render", "--heading-level", "9"]);
    assert_eq!(code, 2);
    assert!(err.contains("heading level must be 1, 2, 3 or 4"));
}

#[test]
fn render_refuses_what_the_content_cannot_honour() {
    let (code, _, err) = factbox(&["render", "--open", "laender atlantis"]);
    assert_eq!(code, 2);
    assert!(err.contains("--open names atlantis which this content does not have; its ids are: rohstoffe, zusagen, laender, kasachstan"), "{err}");
    let (code, _, err) = factbox(&["render", "--lang", "en", "--content", "static/content/de.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("--lang en asks for a box in en, but the content's \"lang\" is \"de\""), "{err}");
}

#[test]
fn fill_reads_quoted_options_as_the_shell_does() {
    let page = temp_file("page.html", "<main><!-- factbox --lang de --id b --open \"laender kasachstan\" --no-remember --base ./ --><!-- factbox-script ./ --></main>");
    let (code, out, err) = factbox(&["fill", &page]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("data-open=\"laender kasachstan\""), "{out}");
    assert!(out.contains("id=\"fb-kasachstan-button\" aria-expanded=\"true\""));
    assert!(out.contains("<script type=\"module\" src=\"./factbox.js\"></script>"));
}

#[test]
fn every_command_explains_itself() {
    let (code, out, _) = factbox(&["--help"]);
    assert_eq!(code, 0);
    for command in ["render", "fill", "check", "new", "schema", "migrate"] {
        assert!(out.contains(command), "--help lists {command}");
        let (code, out, _) = factbox(&[command, "--help"]);
        assert_eq!(code, 0, "{command} --help");
        assert!(out.contains("Usage: factbox"), "{command} --help prints its usage");
    }
}

#[test]
fn migrate_turns_the_first_format_into_a_valid_box() {
    let old = r#"{"lang": "en", "title": "T", "summary": {"text": "S", "sources": ["a"]}, "as_of": "2025-11-07",
      "sections": {"minerals": {"id": "m", "title": "M"}, "pledge": {"id": "p", "title": "P"}, "countries": {"id": "c", "title": "C"},
                   "powers": {"id": "w", "title": "W"}, "sources": {"id": "sources", "title": "Sources"}},
      "minerals": [{"label": "L", "text": "X", "sources": ["a"]}], "pledge": [{"label": "L", "text": "X", "sources": ["a"]}],
      "countries": [{"id": "k", "name": "K", "capital": "A", "population": {"value": 7282000, "approx": true, "as_of": "2025", "sources": ["a"]},
                     "head_of_state": "H", "resources": {"text": "R", "sources": ["a"]}, "us_ties": {"text": "U", "sources": ["a"]}, "blocs": {"text": "B", "sources": ["a"]}}],
      "powers": [{"label": "L", "text": "X", "sources": ["a"]}],
      "sources": [{"id": "a", "publisher": "P", "title": "T", "url": "https://www.reuters.com/"}]}"#;
    let (code, out, err) = factbox(&["migrate", &temp_file("old.json", old)]);
    assert_eq!(code, 0, "{err}");
    let migrated = temp_file("migrated.json", &out);
    let (code, summary, err) = factbox(&["check", &migrated]);
    assert_eq!(code, 0, "{err}");
    assert!(summary.contains("valid (4 sections, 4 blocks (facts: 3, profiles: 1), 4 entries, 1 source)"), "{summary}");
    assert!(out.contains("\"label\": \"Population\"") && out.contains("\"qualifier\": \"about\""), "{out}");
    let (code, _, err) = factbox(&["migrate", "static/content/de.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("not a file in the first format"), "{err}");
}

#[test]
fn the_schema_accepts_the_shipped_files_and_the_starter_and_refuses_a_typo() {
    let (code, schema, _) = factbox(&["schema"]);
    assert_eq!(code, 0);
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let mut files = vec![std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../static/content/de.json")).unwrap(), std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../static/content/en.json")).unwrap()];
    for lang in ["de", "en"] {
        files.push(factbox(&["new", "--lang", lang]).1);
    }
    for text in &files {
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let errors: Vec<String> = validator.iter_errors(&value).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    let typo: serde_json::Value = serde_json::from_str(&files[0].replacen("\"caveat\"", "\"caveta\"", 1)).unwrap();
    assert!(!validator.is_valid(&typo), "an unknown field is refused");
}
