//! Server-side rendering: the editor's embed snippet. The box is rendered by the same Yew
//! components the browser renders with, inside a declarative shadow root, so it reads fully
//! before (and without) any JavaScript; the browser resumes it as it is (`web/src/lib.rs`).

use crate::components::{FactBox, FactBoxProps};
use crate::config::{render_key, OpenSpec, Theme};
use crate::content::{Content, Lang};
use std::rc::Rc;
use yew::LocalServerRenderer;

/// Renders the box's inner HTML. Asynchronous, like Yew's renderer: the CLI drives
/// it with a tokio runtime ([`render_box`]), the studio with the browser's own event loop.
pub async fn render_box_async(content: Rc<Content>, heading_level: u8, initially_open: Vec<String>) -> String {
    let props = FactBoxProps {
        content,
        heading_level,
        initially_open: initially_open.into(),
        open_after_start: None,
        toggles: Default::default(),
        on_ready: Default::default(),
    };
    LocalServerRenderer::<FactBox>::with_props(props).render().await
}

/// Renders the box's inner HTML.
#[cfg(feature = "ssr")]
pub fn render_box(content: Rc<Content>, heading_level: u8, initially_open: Vec<String>) -> String {
    block_on(render_box_async(content, heading_level, initially_open))
}

/// Runs Yew's renderer to completion on this thread (its components are not `Send`).
#[cfg(feature = "ssr")]
fn block_on<T>(work: impl std::future::Future<Output = T>) -> T {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("tokio runtime");
    runtime.block_on(tokio::task::LocalSet::new().run_until(work))
}

/// Where the box's content comes from, as the snippet tells the browser.
pub enum ContentRef {
    /// The shipped content for the language, which the browser fetches from next to the bundle.
    Shipped { text: &'static str },
    /// An editor's file, embedded in the snippet so the box needs no fetch.
    Inline { text: String },
    /// An editor's file the browser fetches from a URL.
    Url { text: String, url: String },
}

pub struct SnippetOptions {
    pub content: ContentRef,
    /// Where `factbox.js` and `factbox.css` are served from, ending in `/`.
    pub base_url: String,
    pub heading_level: u8,
    pub open: OpenSpec,
    pub theme: Theme,
    pub id: Option<String>,
    /// Remember the reader's open sections across reloads (`data-remember`).
    pub remember: bool,
    /// Also emit the `<script type="module">` that loads the bundle (once per page).
    pub with_script: bool,
    /// The language the embedder asked for, if any: the content must be in it.
    pub lang: Option<Lang>,
}

/// The embed snippet: the prerendered `<fact-box>` and, optionally, the loader script tag.
#[cfg(feature = "ssr")]
pub fn snippet(opts: &SnippetOptions) -> Result<String, String> {
    block_on(snippet_async(opts))
}

/// [`snippet`] for callers with an event loop of their own: the studio, in the browser, makes
/// the same bytes as `factbox render` with this.
pub async fn snippet_async(opts: &SnippetOptions) -> Result<String, String> {
    let (raw, inline) = match &opts.content {
        ContentRef::Shipped { text } => (text.to_string(), None),
        ContentRef::Inline { text } => (text.clone(), Some(escape_json_for_script(text))),
        ContentRef::Url { text, .. } => (text.clone(), None),
    };
    let content = crate::content::check::check(&raw).map_err(|diagnostics| {
        let list: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
        format!("content is not valid (run `factbox check` on it):\n  {}", list.join("\n  "))
    })?;
    if let Some(lang) = opts.lang.filter(|l| *l != content.lang) {
        return Err(format!(
            "--lang {} asks for a box in {}, but the content's \"lang\" is \"{}\": give a {} content file, or leave out --lang",
            lang.tag(), lang.tag(), content.lang.tag(), lang.tag()
        ));
    }
    if let OpenSpec::Ids(ids) = &opts.open {
        let known = content.openable_ids();
        let unknown: Vec<&str> = ids.iter().filter(|id| !known.contains(id)).map(String::as_str).collect();
        if !unknown.is_empty() {
            return Err(format!(
                "--open names {} which this content does not have; its ids are: {} (or all, none)",
                unknown.join(", "), known.join(", ")
            ));
        }
    }
    let open = opts.open.resolve(&content);
    // The browser keys the text it reads: the escaped inline text, or the file.
    let key = render_key(inline.as_deref().unwrap_or(&raw), opts.heading_level, &opts.open);
    let lang = content.lang.tag();
    let content_revision = content.revision.as_ref().map(|r| r.published.clone());
    let inner = render_box_async(Rc::new(content), opts.heading_level, open).await;

    let mut attrs = vec![("lang", lang.to_string())];
    if let Some(id) = &opts.id {
        attrs.push(("id", id.clone()));
    }
    // Always named, so that the loader can fetch the content while the bundle compiles.
    match &opts.content {
        ContentRef::Url { url, .. } => attrs.push(("data-content", url.clone())),
        ContentRef::Shipped { .. } => attrs.push(("data-content", format!("{}content/{lang}.json", opts.base_url))),
        ContentRef::Inline { .. } => {}
    }
    attrs.push(("data-theme", opts.theme.name().to_string()));
    attrs.push(("data-heading-level", opts.heading_level.to_string()));
    if let Some(open) = opts.open.attribute() {
        attrs.push(("data-open", open));
    }
    if !opts.remember {
        attrs.push(("data-remember", "false".to_string()));
    }
    // Which published version of the content the box was rendered from: the browser keeps the
    // newer of this and the file it fetches.
    if let Some(revision) = &content_revision {
        attrs.push(("data-revision", revision.clone()));
    }
    attrs.push(("data-render-key", key));

    let mut out = String::from("<fact-box");
    for (name, value) in attrs {
        out.push_str(&format!(" {name}=\"{}\"", escape_attr(&value)));
    }
    out.push_str(">\n<template shadowrootmode=\"open\">");
    out.push_str(&format!(
        "<link rel=\"stylesheet\" href=\"{}factbox.css\"><div class=\"fb-root\">{inner}</div>",
        escape_attr(&opts.base_url)
    ));
    out.push_str("</template>\n");
    if let Some(json) = inline {
        out.push_str(&format!("<script type=\"application/json\">{json}</script>\n"));
    }
    out.push_str("</fact-box>\n");
    if opts.with_script {
        out.push_str(&script_tag(&opts.base_url));
    }
    Ok(out)
}

/// The one tag that loads the bundle; any number of boxes share it.
pub fn script_tag(base_url: &str) -> String {
    format!("<script type=\"module\" src=\"{}factbox.js\"></script>\n", escape_attr(base_url))
}

/// Where `factbox publish` puts an article's iframe page, for a bundle served from
/// `bundle_base`: in `embed/` beside the versioned bundle folder (`…/factbox/v-29d5912798a7/`
/// → `…/factbox/embed/<article>.html`), or inside an unversioned bundle's folder.
pub fn embed_page_url(bundle_base: &str, article: &str) -> String {
    let base = if bundle_base.ends_with('/') { bundle_base.to_string() } else { format!("{bundle_base}/") };
    let trimmed = &base[..base.len() - 1];
    let (parent, folder) = trimmed.rsplit_once('/').unwrap_or(("", trimmed));
    let versioned = folder.strip_prefix("v-").is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()));
    let root = if versioned { format!("{parent}/") } else { base };
    format!("{root}embed/{article}.html")
}

/// The iframe code for an article's page: the page, named for assistive technology, sized to
/// the box by the bundle's `resize.js`. The CLI (`render --published … --iframe`) and the
/// studio print it alike.
pub fn iframe_code(page_url: &str, child_id: &str, lang: Lang, title: &str, bundle_base: &str) -> String {
    format!(
        "<iframe data-factbox src=\"{}?childId={}\" title=\"{}: {}\" loading=\"lazy\" width=\"100%\" height=\"600\"></iframe>\n<script src=\"{}resize.js\" defer></script>\n",
        escape_attr(page_url),
        escape_attr(child_id),
        crate::i18n::strings(lang).kicker,
        escape_attr(title),
        escape_attr(bundle_base)
    )
}

fn escape_attr(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// JSON inside `<script>` must not contain `</script` or `<!--`; `\u003c` is the same string
/// to a JSON parser and harmless to the HTML parser.
fn escape_json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::RENDER_VERSION;
    use crate::content::DEFAULT_DE;

    /// What a resumed box and the loader rely on: the elements outside the raw fragments
    /// (`<!--<#>-->` … `<!--</#>-->`, stepped over whole), each as its tag and attribute names.
    fn live_shape(html: &str) -> String {
        let (mut shape, mut depth_in_raw, mut rest) = (String::new(), 0, html);
        while let Some(start) = rest.find('<') {
            let close = if rest[start..].starts_with("<!--") { "-->" } else { ">" };
            let end = start + rest[start..].find(close).expect("a closed tag") + close.len() - 1;
            let tag = &rest[start + 1..end];
            match tag {
                "!--<#>--" => depth_in_raw += 1,
                "!--</#>--" => depth_in_raw -= 1,
                // A component's markers name its type in debug builds only: the same shape in both.
                _ if depth_in_raw == 0 && (tag.starts_with("!--<[") || tag.starts_with("!--</[")) => {
                    shape.push_str(if tag.starts_with("!--</") { "!--</[]>--" } else { "!--<[]>--" });
                    shape.push('\n');
                }
                _ if depth_in_raw == 0 => {
                    // Values are quoted and hold no `"`: names are what sits outside the quotes.
                    let outside: String = tag.split('"').step_by(2).collect();
                    let names: Vec<&str> = outside.split_whitespace().map(|w| w.trim_end_matches('=')).collect();
                    shape.push_str(&names.join(" "));
                    shape.push('\n');
                }
                _ => {}
            }
            rest = &rest[end + 1..];
        }
        shape
    }

    #[test]
    fn the_live_markup_has_the_shape_its_render_version_names() {
        let html = render_box(Rc::new(Content::from_json(DEFAULT_DE).unwrap()), 2, vec![]);
        let shape = live_shape(&html);
        let fingerprint = render_key(&shape, 0, &OpenSpec::Authored);
        assert_eq!(
            (RENDER_VERSION, fingerprint.as_str()),
            ("0.1.0+3", "e593ed915d272ccc"),
            "The live elements (headers, panels, show all) have changed shape. If the components \
             changed them, a page prerendered before could not be resumed: raise the number after `+` in \
             config::RENDER_VERSION, then put both new values here. If only the shipped German \
             content's outline changed (a section or profile more or less), its text changes the \
             render key anyway: put the new fingerprint here. The shape now:\n{shape}"
        );
    }

    #[test]
    fn an_articles_iframe_page_sits_beside_the_versioned_bundle() {
        assert_eq!(embed_page_url("https://cdn.example.org/factbox/v-29d5912798a7/", "c5"), "https://cdn.example.org/factbox/embed/c5.html");
        assert_eq!(embed_page_url("https://cdn.example.org/factbox/v-29d5912798a7", "c5"), "https://cdn.example.org/factbox/embed/c5.html");
        assert_eq!(embed_page_url("https://cdn.example.org/factbox/", "c5"), "https://cdn.example.org/factbox/embed/c5.html");
        assert_eq!(embed_page_url("/factbox/v-latest/", "c5"), "/factbox/v-latest/embed/c5.html", "not a version folder: no hex hash");
        let code = iframe_code("https://x.org/factbox/embed/c5.html", "factbox", Lang::En, "A \"title\" <b>", "https://x.org/factbox/v-1a/");
        assert_eq!(code, "<iframe data-factbox src=\"https://x.org/factbox/embed/c5.html?childId=factbox\" title=\"Fact box: A &quot;title&quot; &lt;b&gt;\" loading=\"lazy\" width=\"100%\" height=\"600\"></iframe>\n<script src=\"https://x.org/factbox/v-1a/resize.js\" defer></script>\n");
    }
}
