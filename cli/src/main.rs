//! `factbox`: the editor's and newsroom developer's command line, a thin binary over the
//! `factbox` library. `factbox --help` and `factbox <command> --help` describe every command
//! and option.

use factbox::config::{parse_heading_level, OpenSpec, Theme, DEFAULT_HEADING_LEVEL};
use factbox::content::{check, migrate, schema, starter, Block, Content, Lang, DEFAULT_DE, DEFAULT_EN};
use factbox::ssr::{script_tag, snippet, ContentRef, SnippetOptions};
use clap::{Args, Parser, Subcommand};

mod publish;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "factbox", version, about = "Write, check and prerender fact boxes for news articles.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the embed snippet: the prerendered box and the script that brings it to life.
    Render(RenderArgs),
    /// Replace every `<!-- factbox OPTIONS -->` in an HTML page with a prerendered box and
    /// every `<!-- factbox-script BASE -->` with the script tag; print the page.
    Fill {
        /// The HTML page with markers; options are written as on the command line.
        page: String,
    },
    /// Check content files: every problem with its JSON path, line and column. Two files
    /// (German and English) are also compared entry for entry.
    Check {
        #[arg(required = true, num_args = 1..=2)]
        files: Vec<String>,
    },
    /// Print a starter content file: one section of each block kind, with example texts that
    /// `check` names until they are replaced.
    New {
        #[arg(long, default_value = "de", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Print the JSON Schema (draft 2020-12) of content files, for text editors.
    Schema,
    /// Convert a content file in the first format (fixed sections) to the current one.
    Migrate { file: String },
    /// Write the folder a newsroom uploads: the bundle under a versioned path, every article's
    /// content with its revision, an iframe page and a snippet per article, and the server
    /// settings (_headers, nginx, Apache). Publishing again keeps unchanged files' revisions.
    Publish {
        /// The public URL the folder's factbox/ will be served from.
        #[arg(long)]
        base: String,
        /// Where to write (the folder to upload).
        #[arg(long, default_value = "publish")]
        out: String,
        /// The built bundle.
        #[arg(long, default_value = "dist/factbox")]
        dist: String,
        /// Every .json file here is an article's content.
        #[arg(long, default_value = "static/content")]
        content: String,
    },
}

#[derive(Args)]
struct RenderArgs {
    /// The box's language; with --content, it must be the file's language.
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,
    /// A content file, embedded in the snippet (default: the shipped content for --lang).
    #[arg(long)]
    content: Option<String>,
    /// The URL the browser fetches the content from; --content names the file it serves.
    #[arg(long, requires = "content")]
    content_url: Option<String>,
    /// Where factbox.js, factbox.css and content/ are served from.
    #[arg(long, default_value = "./")]
    base: String,
    /// The box title's heading level (1-4); sections and profiles take the next two.
    #[arg(long, default_value_t = DEFAULT_HEADING_LEVEL, value_parser = |v: &str| parse_heading_level(v))]
    heading_level: u8,
    /// Which sections start open: ids separated by spaces, `all` or `none`
    /// (default: the sections the content marks open).
    #[arg(long)]
    open: Option<String>,
    #[arg(long, default_value = "auto", value_parser = |v: &str| Theme::parse(v))]
    theme: Theme,
    /// The element id, which names the box in events and remembered state.
    #[arg(long)]
    id: Option<String>,
    /// Do not remember open sections across reloads.
    #[arg(long)]
    no_remember: bool,
    /// Leave out the script tag (for a second box on a page).
    #[arg(long)]
    no_script: bool,
    /// A folder `factbox publish` wrote (its factbox/): the snippet for one of its articles,
    /// with the versioned bundle and the published content file. Needs --article.
    #[arg(long, requires = "article", conflicts_with_all = ["content", "content_url", "base", "lang"])]
    published: Option<String>,
    /// The article's name in the published folder: its content file's name without .json.
    #[arg(long, requires = "published")]
    article: Option<String>,
    /// With --published: print the iframe code instead of the snippet.
    #[arg(long, requires = "published")]
    iframe: bool,
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::from_tag(value).ok_or_else(|| format!("must be de or en, found \"{value}\""))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Render(args) if args.iframe => published_iframe(&args).map(|s| print!("{s}")),
        Command::Render(args) => render_options(args).and_then(|o| snippet(&o)).map(|s| print!("{s}")),
        Command::Fill { page } => fill(&page),
        Command::Check { files } => return check_files(&files),
        Command::New { lang } => Ok(print!("{}", starter::text(lang))),
        Command::Schema => Ok(println!("{}", serde_json::to_string_pretty(&schema::schema()).expect("a JSON value"))),
        Command::Migrate { file } => migrate_file(&file),
        Command::Publish { base, out, dist, content } => publish_folder(base, out, dist, content),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("factbox: {message}");
            ExitCode::from(2)
        }
    }
}

fn pretty(content: &Content) -> String {
    serde_json::to_string_pretty(content).expect("the model serializes")
}

fn render_options(args: RenderArgs) -> Result<SnippetOptions, String> {
    // Where the content and the bundle come from: a published article, or the options.
    let (content, base_url) = if let Some(folder) = &args.published {
        let (manifest, article) = published_article(folder, args.article.as_deref().unwrap_or_default())?;
        let name = article["article"].as_str().unwrap_or_default();
        let url = article["content"].as_str().unwrap_or_default().to_string();
        (ContentRef::Url { text: read(&format!("{folder}/content/{name}.json"))?, url }, manifest["bundle"].as_str().unwrap_or_default().to_string())
    } else {
        let content = match (args.content, args.content_url) {
            (Some(path), None) => ContentRef::Inline { text: read(&path)? },
            (Some(path), Some(url)) => ContentRef::Url { text: read(&path)?, url },
            (None, _) => ContentRef::Shipped { text: if args.lang == Some(Lang::En) { DEFAULT_EN } else { DEFAULT_DE } },
        };
        let mut base = args.base;
        if !base.ends_with('/') {
            base.push('/');
        }
        (content, base)
    };
    Ok(SnippetOptions {
        content,
        base_url,
        heading_level: args.heading_level,
        open: args.open.as_deref().map(OpenSpec::parse).unwrap_or_default(),
        theme: args.theme,
        id: args.id,
        remember: !args.no_remember,
        with_script: !args.no_script,
        lang: args.lang,
    })
}

/// The manifest of a published folder and one article in it.
fn published_article(folder: &str, name: &str) -> Result<(serde_json::Value, serde_json::Value), String> {
    let manifest: serde_json::Value = serde_json::from_str(&read(&format!("{folder}/manifest.json"))?)
        .map_err(|e| format!("{folder}/manifest.json: {e} (is this the factbox/ folder `factbox publish` wrote?)"))?;
    let articles = manifest["articles"].as_array().cloned().unwrap_or_default();
    let article = articles.iter().find(|a| a["article"] == name).cloned().ok_or_else(|| {
        let names: Vec<&str> = articles.iter().filter_map(|a| a["article"].as_str()).collect();
        format!("{folder} has no article \"{name}\"; it has: {}", names.join(", "))
    })?;
    Ok((manifest, article))
}

/// The iframe code for a published article: its own page, sized to the box by resize.js.
fn published_iframe(args: &RenderArgs) -> Result<String, String> {
    let folder = args.published.as_deref().unwrap_or_default();
    let (manifest, article) = published_article(folder, args.article.as_deref().unwrap_or_default())?;
    let lang = Lang::from_tag(article["lang"].as_str().unwrap_or_default()).unwrap_or(Lang::De);
    let id = args.id.clone().unwrap_or_else(|| "factbox".into());
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    Ok(factbox::ssr::iframe_code(&text(&article["iframe"]), &id, lang, &text(&article["title"]), &text(&manifest["bundle"])))
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

/// Replaces `<!-- factbox ARGS -->` markers with rendered boxes and `<!-- factbox-script BASE -->`
/// with the loader tag, printing the page. Arguments are split like a shell's, so quoted
/// values (`--open "a b"`) work as on the command line.
fn fill(template: &str) -> Result<(), String> {
    let mut page = read(template)?;
    const OPEN: &str = "<!-- factbox";
    while let Some(start) = page.find(OPEN) {
        let end = start + page[start..].find("-->").ok_or("unclosed <!-- factbox marker")? + 3;
        let inner = &page[start + OPEN.len()..end - 3];
        let replacement = if let Some(base) = inner.strip_prefix("-script") {
            script_tag(base.split_whitespace().next().unwrap_or("./"))
        } else {
            let words = shlex::split(inner).ok_or_else(|| format!("unbalanced quotes in <!--{inner}-->"))?;
            let cli = Cli::try_parse_from(["factbox", "render"].into_iter().map(String::from).chain(words))
                .map_err(|e| format!("in <!--{inner}-->: {e}"))?;
            let Command::Render(args) = cli.command else { unreachable!("parsed as render") };
            let mut opts = render_options(args)?;
            opts.with_script = false;
            snippet(&opts)?
        };
        page.replace_range(start..end, replacement.trim_end());
    }
    print!("{page}");
    Ok(())
}

fn check_files(paths: &[String]) -> ExitCode {
    let mut checked = Vec::new();
    let mut failed = false;
    for path in paths {
        let text = match read(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("factbox: {e}");
                return ExitCode::from(2);
            }
        };
        match check::check(&text) {
            Ok(content) => checked.push((path, text, content)),
            Err(diagnostics) => {
                failed = true;
                for d in diagnostics {
                    eprintln!("{path}: {d}");
                }
            }
        }
    }
    if let [(pa, text, a), (pb, _, b)] = checked.as_slice() {
        for d in check::compare(a, text, b) {
            eprintln!("{pa} vs {pb}: {d}");
            failed = true;
        }
    }
    if failed {
        return ExitCode::FAILURE;
    }
    for (path, _, c) in &checked {
        println!("{path}: valid ({})", summary(c));
    }
    ExitCode::SUCCESS
}

/// "5 sections, 5 blocks (facts: 3, profiles: 1, timeline: 1), 28 entries, 32 sources".
fn summary(c: &Content) -> String {
    let blocks: Vec<&Block> = c.sections.iter().flat_map(|s| &s.blocks).collect();
    let mut kinds: Vec<(&str, usize)> = Vec::new();
    for b in &blocks {
        match kinds.iter_mut().find(|(k, _)| *k == b.kind()) {
            Some((_, n)) => *n += 1,
            None => kinds.push((b.kind(), 1)),
        }
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k}: {n}")).collect();
    let entries: usize = blocks.iter().map(|b| b.len()).sum();
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, {} ({}), {}, {}{}",
        plural(c.sections.len(), "section", "sections"),
        plural(blocks.len(), "block", "blocks"),
        kinds.join(", "),
        plural(entries, "entry", "entries"),
        plural(c.sources.len(), "source", "sources"),
        if c.glance.is_empty() { String::new() } else { format!(", {} at a glance", c.glance.len()) },
    )
}

fn publish_folder(mut base: String, out: String, dist: String, content: String) -> Result<(), String> {
    if !base.ends_with('/') {
        base.push('/');
    }
    let opts = publish::Options { dist: dist.into(), content: content.into(), out: out.clone().into(), base };
    let published = publish::publish(&opts)?;
    println!("{out}/: bundle {}, {} articles", published.version, published.articles.len());
    for a in &published.articles {
        let state = if a.changed { "new revision" } else { "unchanged" };
        println!("  {}: revision {} ({state}); snippet in {out}/factbox/snippets/{}.html", a.name, a.revision, a.name);
    }
    Ok(())
}

fn migrate_file(path: &str) -> Result<(), String> {
    let text = read(path)?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{path}: invalid JSON: {e}"))?;
    let content = migrate::migrate(&value).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        format!("{path}: cannot migrate:\n  {}", list.join("\n  "))
    })?;
    println!("{}", pretty(&content));
    Ok(())
}
