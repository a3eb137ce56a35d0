//! The editor's and newsroom developer's command line (native only; see `main`).
//!
//!   factbox render [--lang de|en] [--content FILE | --content-url URL --content FILE]
//!                  [--base URL] [--heading-level N] [--open IDS] [--theme auto|light|dark]
//!                  [--id ID] [--no-remember] [--no-script]
//!   factbox fill TEMPLATE      replace every `<!-- factbox ARGS -->` with a rendered box
//!   factbox check FILE [FILE]  validate content; two files are also compared in structure

use crate::config::{parse_heading_level, OpenSpec, Theme, DEFAULT_HEADING_LEVEL};
use crate::content::{check, Lang, DEFAULT_DE, DEFAULT_EN};
use crate::ssr::{script_tag, snippet, ContentRef, SnippetOptions};
use std::process::ExitCode;

const USAGE: &str = "usage:
  factbox render [--lang de|en] [--content FILE] [--content-url URL] [--base URL]
                 [--heading-level 1-4] [--open \"id id\"|all|none] [--theme auto|light|dark]
                 [--id ID] [--no-remember] [--no-script]
  factbox fill TEMPLATE.html
  factbox check FILE [OTHER-LANGUAGE-FILE]";

pub fn run() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("render") => render_options(&args[1..]).and_then(|o| snippet(&o)).map(|s| print!("{s}")),
        Some("fill") => fill(&args[1..]),
        Some("check") => return check(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("factbox: {message}");
            ExitCode::from(2)
        }
    }
}

fn render_options(args: &[String]) -> Result<SnippetOptions, String> {
    let mut lang = Lang::De;
    let (mut file, mut url) = (None, None);
    let mut opts = SnippetOptions {
        content: ContentRef::Shipped { text: DEFAULT_DE },
        base_url: "./".into(),
        heading_level: DEFAULT_HEADING_LEVEL,
        open: OpenSpec::First,
        theme: Theme::Auto,
        id: None,
        remember: true,
        with_script: true,
    };
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = || it.next().cloned().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"));
        match flag.as_str() {
            "--lang" => {
                let v = value()?;
                lang = Lang::from_tag(&v).ok_or_else(|| format!("--lang must be de or en, found \"{v}\""))?;
            }
            "--content" => file = Some(value()?),
            "--content-url" => url = Some(value()?),
            "--base" => {
                let mut base = value()?;
                if !base.ends_with('/') {
                    base.push('/');
                }
                opts.base_url = base;
            }
            "--heading-level" => opts.heading_level = parse_heading_level(&value()?)?,
            "--open" => opts.open = OpenSpec::parse(&value()?),
            "--theme" => opts.theme = Theme::parse(&value()?)?,
            "--id" => opts.id = Some(value()?),
            "--no-script" => opts.with_script = false,
            "--no-remember" => opts.remember = false,
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    opts.content = match (file, url) {
        (Some(path), None) => ContentRef::Inline { text: read(&path)? },
        (Some(path), Some(url)) => ContentRef::Url { text: read(&path)?, url },
        (None, Some(_)) => return Err("--content-url needs --content FILE: the file the URL serves".into()),
        (None, None) => ContentRef::Shipped { text: if lang == Lang::De { DEFAULT_DE } else { DEFAULT_EN } },
    };
    Ok(opts)
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

/// Replaces `<!-- factbox ARGS -->` markers with rendered boxes and `<!-- factbox-script BASE -->`
/// with the loader tag, printing the page.
fn fill(args: &[String]) -> Result<(), String> {
    let [template] = args else { return Err(USAGE.into()) };
    let mut page = read(template)?;
    const OPEN: &str = "<!-- factbox";
    while let Some(start) = page.find(OPEN) {
        let end = start + page[start..].find("-->").ok_or("unclosed <!-- factbox marker")? + 3;
        let words: Vec<String> = page[start + OPEN.len()..end - 3].split_whitespace().map(str::to_string).collect();
        let replacement = match words.split_first() {
            Some((first, rest)) if first == "-script" => script_tag(rest.first().map(String::as_str).unwrap_or("./")),
            _ => {
                let mut opts = render_options(&words)?;
                opts.with_script = false;
                snippet(&opts)?
            }
        };
        page.replace_range(start..end, replacement.trim_end());
    }
    print!("{page}");
    Ok(())
}

fn check(args: &[String]) -> ExitCode {
    if args.is_empty() || args.len() > 2 {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut checked = Vec::new();
    let mut failed = false;
    for path in args {
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
        println!(
            "{path}: valid ({} minerals, {} pledge entries, {} countries, {} other powers, {} sources)",
            c.minerals.len(), c.pledge.len(), c.countries.len(), c.powers.len(), c.sources.len()
        );
    }
    ExitCode::SUCCESS
}
