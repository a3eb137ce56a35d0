//! Where a box's content text comes from: inline JSON, a URL, or the shipped files. The loader
//! (`static/factbox.js`) does the fetching, with timeout, type and size checks: the network is
//! JavaScript's job, and keeping it out of the bundle keeps async machinery out of it too.

use super::host::HostConfig;
use crate::content::{Lang, DEFAULT_DE};
use web_sys::HtmlElement;

fn inline_json(host: &HtmlElement) -> Option<String> {
    let script = host.query_selector(":scope > script[type='application/json']").ok().flatten()?;
    Some(script.text_content().unwrap_or_default())
}

/// The URL the loader must fetch before mounting, if any: the `data-content` URL, or the
/// shipped English file. Inline JSON and the compiled-in German content need no fetch.
pub fn url_to_fetch(host: &HtmlElement, config: &HostConfig, bundle_base: &str) -> Option<String> {
    if inline_json(host).is_some() {
        return None;
    }
    match (&config.content_url, config.lang) {
        (Some(url), _) => Some(url.clone()),
        (None, Lang::De) => None,
        (None, Lang::En) => Some(format!("{bundle_base}content/en.json")),
    }
}

/// The content text, in order of precedence: a `<script type="application/json">` child, what
/// the loader fetched, the compiled-in German content.
pub fn content_text(host: &HtmlElement, fetched: Option<String>) -> String {
    inline_json(host).or(fetched).unwrap_or_else(|| DEFAULT_DE.to_string())
}
