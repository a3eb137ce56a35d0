//! `factbox publish`, as a newsroom developer runs it before uploading: what the folder holds,
//! what a correction changes (the content's revision, not the bundle's version), and what the
//! snippets and iframe pages point at.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BASE: &str = "https://cdn.example.org/factbox/";

/// A scratch folder with a stand-in bundle and the shipped German content.
fn setup(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factbox-publish-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    for (path, text) in [("dist/factbox.js", "loader"), ("dist/factbox.css", "css"), ("dist/iframe.js", "i"), ("dist/iframe.css", "i"),
                         ("dist/resize.js", "r"), ("dist/pkg/factbox.js", "glue; export function wasmBytes(){}"), ("dist/content/de.json", "{}")] {
        write(&dir.join(path), text);
    }
    write(&dir.join("content/de.json"), &fs::read_to_string(repo().join("static/content/de.json")).unwrap());
    dir
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn publish(dir: &Path, epoch: u64) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_factbox"))
        .args(["publish", "--base", BASE, "--out", "out", "--dist", "dist", "--content", "content"])
        .env("SOURCE_DATE_EPOCH", epoch.to_string())
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn read(dir: &Path, path: &str) -> String {
    fs::read_to_string(dir.join("out").join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn version(dir: &Path) -> String {
    let manifest: serde_json::Value = serde_json::from_str(&read(dir, "factbox/manifest.json")).unwrap();
    manifest["version"].as_str().unwrap().to_string()
}

#[test]
fn the_folder_holds_a_versioned_bundle_revisioned_content_pages_snippets_and_server_settings() {
    let dir = setup("layout");
    let summary = publish(&dir, 1_767_350_100); // 2026-01-02T10:35:00Z
    let version = version(&dir);
    assert!(version.starts_with("v-") && version.len() == 14, "{version}");
    assert!(summary.contains(&format!("bundle {version}, 1 articles")), "{summary}");
    assert!(summary.contains("de: revision 2026-01-02T10:35:00Z (new revision)"), "{summary}");
    for file in ["factbox.js", "factbox.css", "iframe.js", "iframe.css", "resize.js", "pkg/factbox.js"] {
        assert!(dir.join("out/factbox").join(&version).join(file).is_file(), "{file} in the versioned folder");
    }
    assert!(!dir.join("out/factbox").join(&version).join("content").exists(), "content is not versioned");

    let content: serde_json::Value = serde_json::from_str(&read(&dir, "factbox/content/de.json")).unwrap();
    assert_eq!(content["revision"]["published"], "2026-01-02T10:35:00Z");
    assert_eq!(content["revision"]["sha256"].as_str().unwrap().len(), 64);
    let keys: Vec<&String> = content.as_object().unwrap().keys().collect();
    assert_eq!(keys[..3], ["lang", "title", "summary"], "the editor's order of fields is kept");

    let snippet = read(&dir, "factbox/snippets/de.html");
    assert!(snippet.starts_with(&format!("<fact-box lang=\"de\" id=\"factbox-de\" data-content=\"{BASE}content/de.json\"")), "{}", &snippet[..200]);
    assert!(snippet.contains("data-revision=\"2026-01-02T10:35:00Z\""));
    assert!(snippet.contains(&format!("<link rel=\"stylesheet\" href=\"{BASE}{version}/factbox.css\">")));
    assert!(snippet.trim_end().ends_with(&format!("<script type=\"module\" src=\"{BASE}{version}/factbox.js\"></script>")));

    let iframe = read(&dir, "factbox/embed/de.html");
    assert!(iframe.contains("<html lang=\"de\">") && iframe.contains("<title>C5+1-Gipfel: Zentralasien, die USA und kritische Rohstoffe</title>"));
    assert!(iframe.contains(&format!("href=\"{BASE}{version}/iframe.css\"")) && iframe.contains(&format!("src=\"{BASE}{version}/iframe.js\"")));
    assert!(iframe.contains("<fact-box lang=\"de\" id=\"factbox\"") && iframe.contains("Kritische Rohstoffe"), "prerendered with this article");

    let headers = read(&dir, "_headers");
    assert!(headers.contains(&format!("/factbox/{version}/*\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=31536000, immutable")), "{headers}");
    assert!(headers.contains("/factbox/content/*\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=60"), "{headers}");
    assert!(!headers.contains("wasm"), "the wasm is inside its glue: no MIME type to set: {headers}");
    assert!(read(&dir, "nginx.conf").contains(&format!("location /factbox/{version}/ {{")));
    assert!(read(&dir, "apache.conf").contains("Header set Cache-Control \"public, max-age=60\""));
}

#[test]
fn republishing_keeps_revisions_a_correction_makes_a_new_one_and_the_bundle_keeps_its_version() {
    let dir = setup("revisions");
    publish(&dir, 1_767_350_100);
    let first = version(&dir);
    let again = publish(&dir, 1_767_450_000);
    assert!(again.contains("de: revision 2026-01-02T10:35:00Z (unchanged)"), "{again}");

    let corrected = fs::read_to_string(dir.join("content/de.json")).unwrap().replacen("Kritische Rohstoffe", "Kritische Rohstoffe (korrigiert)", 1);
    write(&dir.join("content/de.json"), &corrected);
    let after = publish(&dir, 1_767_450_000); // 2026-01-03T14:20:00Z
    assert!(after.contains("de: revision 2026-01-03T14:20:00Z (new revision)"), "{after}");
    assert_eq!(version(&dir), first, "a correction does not change the bundle's version");
    assert!(read(&dir, "factbox/snippets/de.html").contains("data-revision=\"2026-01-03T14:20:00Z\""));

    write(&dir.join("dist/pkg/factbox.js"), "a new bundle; export function wasmBytes(){}");
    publish(&dir, 1_767_450_000);
    assert_ne!(version(&dir), first, "a new bundle gets a new folder; pages on the old one keep working");
    assert!(dir.join("out/factbox").join(&first).join("factbox.js").is_file(), "the old version stays");
}

#[test]
fn a_bundle_whose_glue_does_not_carry_its_wasm_is_refused_with_what_to_do() {
    let dir = setup("unembedded");
    // What a build that stopped before scripts/embed-wasm.mjs leaves: the glue, the wasm beside it.
    write(&dir.join("dist/pkg/factbox.js"), "glue");
    write(&dir.join("dist/pkg/factbox_bg.wasm"), "wasm");
    let out = Command::new(env!("CARGO_BIN_EXE_factbox"))
        .args(["publish", "--base", BASE, "--out", "out", "--dist", "dist", "--content", "content"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("pkg/factbox.js does not carry its wasm") && stderr.contains("run `make dist` again"), "{stderr}");
    assert!(!dir.join("out").exists(), "nothing published");
}

#[test]
fn render_prints_a_published_articles_snippet_and_iframe_code() {
    let dir = setup("render");
    publish(&dir, 1_767_350_100);
    let version = version(&dir);
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_factbox")).args(args).current_dir(&dir).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, snippet, err) = run(&["render", "--published", "out/factbox", "--article", "de"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(snippet.replace("id=\"factbox-de\" ", ""), read(&dir, "factbox/snippets/de.html").replace("id=\"factbox-de\" ", ""));
    let (_, iframe, _) = run(&["render", "--published", "out/factbox", "--article", "de", "--iframe", "--id", "box1"]);
    assert_eq!(iframe, format!("<iframe data-factbox src=\"{BASE}embed/de.html?childId=box1\" title=\"Faktenbox: C5+1-Gipfel: Zentralasien, die USA und kritische Rohstoffe\" loading=\"lazy\" width=\"100%\" height=\"600\"></iframe>\n<script src=\"{BASE}{version}/resize.js\" defer></script>\n"));
    let (code, _, err) = run(&["render", "--published", "out/factbox", "--article", "fr"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("has no article \"fr\"; it has: de"), "{err}");
}
