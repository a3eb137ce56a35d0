//! The editor's command line, run as the editor runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn factbox(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_factbox")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
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
    assert!(out.contains("static/content/de.json: valid (8 minerals, 8 pledge entries, 5 countries, 4 other powers, 32 sources)"));
}

#[test]
fn check_names_what_is_wrong_and_fails() {
    let de = std::fs::read_to_string("static/content/de.json").unwrap();
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
    let de = std::fs::read_to_string("static/content/de.json").unwrap();
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
