//! `factbox publish`: one folder a newsroom uploads as it is.
//!
//! ```text
//! OUT/_headers, OUT/nginx.conf, OUT/apache.conf     the server settings, for the three kinds of host
//! OUT/factbox/manifest.json                         what was published, for `factbox render --published`
//! OUT/factbox/<version>/                            the bundle, under a name that is a hash of its files:
//!                                                   immutable, cached for a year, never mixed with another
//! OUT/factbox/content/<article>.json                every article's content, with its revision: short cache
//! OUT/factbox/embed/<article>.html                  one iframe page per article, prerendered with it
//! OUT/factbox/snippets/<article>.html               what to paste into the article, pointing at the above
//! ```
//!
//! A content file keeps its revision while its text does not change, so publishing again is
//! harmless; a corrected file gets a new revision, and the snippets say which one they show.

use factbox::content::{check, Content};
use factbox::config::{OpenSpec, Theme, DEFAULT_HEADING_LEVEL};
use factbox::ssr::{snippet, ContentRef, SnippetOptions};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};

pub struct Options {
    /// The built bundle (`make dist` writes it to dist/factbox).
    pub dist: PathBuf,
    /// Every `*.json` here is an article's content.
    pub content: PathBuf,
    pub out: PathBuf,
    /// Where OUT/factbox/ will be served from, ending in `/`.
    pub base: String,
}

/// What `publish` wrote, for its summary and for `render --published`.
pub struct Published {
    pub version: String,
    pub articles: Vec<Article>,
}

pub struct Article {
    /// The file's name without `.json`: `de`, `eu-asylreform.de`.
    pub name: String,
    pub revision: String,
    pub changed: bool,
}

pub fn publish(opts: &Options) -> Result<Published, String> {
    let root = opts.out.join("factbox");
    let bundle = bundle_files(&opts.dist)?;
    let version = format!("v-{}", &hex(&Sha256::digest(bundle.iter().flat_map(|(path, bytes)| [path.as_bytes(), bytes.as_slice()]).flatten().copied().collect::<Vec<u8>>()))[..12]);
    for (path, bytes) in &bundle {
        write(&root.join(&version).join(path), bytes)?;
    }
    let versioned = format!("{}{version}/", opts.base);
    let now = now_utc();
    let mut articles = Vec::new();
    let mut manifest = Vec::new();
    for file in content_files(&opts.content)? {
        let name = file.file_stem().and_then(|s| s.to_str()).ok_or("a content file name that is not UTF-8")?.to_string();
        let text = read(&file)?;
        check::check(&text).map_err(|problems| {
            let list: Vec<String> = problems.iter().map(|d| d.to_string()).collect();
            format!("{}: not published, fix it first:\n  {}", file.display(), list.join("\n  "))
        })?;
        let published_path = root.join("content").join(format!("{name}.json"));
        let (text, revision, changed) = with_revision(&text, fs::read_to_string(&published_path).ok().as_deref(), &now)?;
        write(&published_path, text.as_bytes())?;
        let content = Content::from_json(&text).map_err(|p| format!("{name}: {}", p[0]))?;
        let url = format!("{}content/{name}.json", opts.base);
        let options = |with_script: bool, id: &str| SnippetOptions {
            content: ContentRef::Url { text: text.clone(), url: url.clone() },
            base_url: versioned.clone(),
            heading_level: DEFAULT_HEADING_LEVEL,
            open: OpenSpec::Authored,
            theme: Theme::Auto,
            id: Some(id.to_string()),
            remember: true,
            with_script,
            lang: None,
        };
        let id = format!("factbox-{}", name.replace('.', "-"));
        write(&root.join("snippets").join(format!("{name}.html")), snippet(&options(true, &id))?.as_bytes())?;
        write(&root.join("embed").join(format!("{name}.html")), iframe_page(&content, &snippet(&options(false, "factbox"))?, &versioned).as_bytes())?;
        manifest.push(json!({
            "article": name,
            "lang": content.lang.tag(),
            "title": content.title,
            "revision": revision,
            "content": url,
            "iframe": format!("{}embed/{name}.html", opts.base),
            "snippet": format!("snippets/{name}.html"),
        }));
        articles.push(Article { name, revision, changed });
    }
    let manifest = json!({ "version": version, "base": opts.base, "bundle": versioned, "articles": manifest });
    write(&root.join("manifest.json"), serde_json::to_string_pretty(&manifest).expect("JSON").as_bytes())?;
    let prefix = url_path(&opts.base);
    write(&opts.out.join("_headers"), headers(&prefix, &version).as_bytes())?;
    write(&opts.out.join("nginx.conf"), nginx(&prefix, &version).as_bytes())?;
    write(&opts.out.join("apache.conf"), apache(&prefix, &version).as_bytes())?;
    Ok(Published { version, articles })
}

/// The published text with its revision: the previous one while the text is the same, a new
/// one (published now) when it changed. The hash is over the file without its revision.
fn with_revision(text: &str, previous: Option<&str>, now: &str) -> Result<(String, String, bool), String> {
    let mut value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let object = value.as_object_mut().ok_or("not a JSON object")?;
    object.remove("revision");
    let sha256 = hex(&Sha256::digest(serde_json::to_string(object).expect("JSON").as_bytes()));
    let kept = previous
        .and_then(|p| serde_json::from_str::<Value>(p).ok())
        .and_then(|p| (p["revision"]["sha256"] == sha256.as_str()).then(|| p["revision"]["published"].as_str().map(str::to_string)).flatten());
    let changed = kept.is_none();
    let published = kept.unwrap_or_else(|| now.to_string());
    object.insert("revision".into(), json!({ "published": published, "sha256": sha256 }));
    Ok((serde_json::to_string_pretty(&value).expect("JSON") + "\n", published, changed))
}

/// The iframe page for one article: the prerendered box, its own language and title, and the
/// scripts that size the iframe to the box. Without JavaScript it shows this article's box.
fn iframe_page(content: &Content, snippet: &str, versioned: &str) -> String {
    let lang = content.lang.tag();
    let title = escape(&content.title);
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"{versioned}iframe.css\">\n<script src=\"{versioned}iframe.js\"></script>\n</head>\n<body>\n{snippet}\
         <script type=\"module\" src=\"{versioned}factbox.js\"></script>\n</body>\n</html>\n"
    )
}

fn headers(prefix: &str, version: &str) -> String {
    format!(
        "# Response headers for the published fact boxes, in the format static hosts read\n\
         # (Netlify, Cloudflare Pages). Versioned files never change: cache them for a year.\n\
         # Content files and iframe pages keep their names: a short cache, so corrections arrive.\n\
         # The loader, the bundle and the content are fetched across origins by article pages.\n\
         {prefix}{version}/*\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=31536000, immutable\n\
         {prefix}content/*\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=60\n  Content-Type: application/json; charset=utf-8\n\
         {prefix}embed/*\n  Cache-Control: public, max-age=60\n"
    )
}

fn nginx(prefix: &str, version: &str) -> String {
    format!(
        "# nginx: include in the server block that serves the published folder at {prefix}.\n\
         location {prefix}{version}/ {{\n    add_header Access-Control-Allow-Origin \"*\" always;\n    add_header Cache-Control \"public, max-age=31536000, immutable\" always;\n}}\n\
         location {prefix}content/ {{\n    add_header Access-Control-Allow-Origin \"*\" always;\n    add_header Cache-Control \"public, max-age=60\" always;\n}}\n\
         location {prefix}embed/ {{\n    add_header Cache-Control \"public, max-age=60\" always;\n}}\n"
    )
}

fn apache(prefix: &str, version: &str) -> String {
    format!(
        "# Apache (mod_headers): include in the virtual host that serves the published folder.\n\
         <Location \"{prefix}{version}/\">\n  Header set Access-Control-Allow-Origin \"*\"\n  Header set Cache-Control \"public, max-age=31536000, immutable\"\n</Location>\n\
         <Location \"{prefix}content/\">\n  Header set Access-Control-Allow-Origin \"*\"\n  Header set Cache-Control \"public, max-age=60\"\n</Location>\n\
         <Location \"{prefix}embed/\">\n  Header set Cache-Control \"public, max-age=60\"\n</Location>\n"
    )
}

/// The bundle's files, by path inside it, in a fixed order: the loader, its stylesheet, the
/// iframe helpers and pkg/. Not the content: a correction must not change the bundle's version,
/// and a box takes its content from the unversioned content/ folder (snippets name it).
fn bundle_files(dist: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut files = Vec::new();
    collect(dist, dist, &mut files)?;
    files.retain(|(path, _)| !path.starts_with("content/"));
    files.sort();
    let Some((_, glue)) = files.iter().find(|(path, _)| path == "pkg/factbox.js") else {
        return Err(format!("{}: no bundle there; run `make dist` first", dist.display()));
    };
    // The build's last step puts the wasm inside its glue (scripts/embed-wasm.mjs); a build that
    // stopped before it would publish a bundle no box can start.
    if !String::from_utf8_lossy(glue).contains("export function wasmBytes") || files.iter().any(|(path, _)| path.ends_with(".wasm") && path.starts_with("pkg/")) {
        return Err(format!("{}: pkg/factbox.js does not carry its wasm (the build stopped before scripts/embed-wasm.mjs?); run `make dist` again", dist.display()));
    }
    Ok(files)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else {
            let relative = path.strip_prefix(root).expect("below root").to_string_lossy().replace('\\', "/");
            out.push((relative, fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?));
        }
    }
    Ok(())
}

fn content_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// `/factbox/` from `https://cdn.example.org/factbox/`: where the folder sits on its host.
fn url_path(base: &str) -> String {
    let after_scheme = base.split_once("://").map_or(base, |(_, rest)| rest);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".into(),
    }
}

/// Now, to the second, in UTC: `2026-01-02T10:15:00Z`. `SOURCE_DATE_EPOCH` (seconds), the
/// convention of reproducible builds, fixes it.
fn now_utc() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse::<i64>().ok());
    let time = match seconds {
        Some(s) => time::OffsetDateTime::from_unix_timestamp(s).unwrap_or(time::OffsetDateTime::UNIX_EPOCH),
        None => time::OffsetDateTime::now_utc(),
    };
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    time.format(&format).expect("a plain date")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}
