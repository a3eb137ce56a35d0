//! Embeds the shipped content minified: the browser bundle carries the German text, and every
//! byte of indentation in it would be paid by every reader.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("OUT_DIR");
    for lang in ["de", "en"] {
        let source = format!("static/content/{lang}.json");
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        // Invalid content is reported by `factbox check` and the tests with line and column;
        // here it is embedded as it is, so that the build itself never hides that report.
        let minified = serde_json::from_str::<serde_json::Value>(&text).map(|v| v.to_string()).unwrap_or(text);
        fs::write(Path::new(&out).join(format!("{lang}.min.json")), minified).expect("write OUT_DIR");
    }
}
