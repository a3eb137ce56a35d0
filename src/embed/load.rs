//! Where a box's content text comes from: inline JSON, a URL, or the shipped file for the
//! box's language, next to the bundle. The loader (`static/factbox.js`) does the fetching, with
//! timeout, type and size checks: the network is JavaScript's job, and keeping it out of the
//! bundle keeps async machinery out of it too.

use super::host::{content_url, lang};
use web_sys::HtmlElement;

fn inline_json(host: &HtmlElement) -> Option<String> {
    let script = host.query_selector(":scope > script[type='application/json']").ok().flatten()?;
    Some(script.text_content().unwrap_or_default())
}

/// The URL the loader must fetch before mounting, if any: the `data-content` URL, or the
/// shipped file for the box's language. Inline JSON needs no fetch.
pub fn url_to_fetch(host: &HtmlElement, bundle_base: &str) -> Option<String> {
    if inline_json(host).is_some() {
        return None;
    }
    content_url(host).or_else(|| Some(format!("{bundle_base}content/{}.json", lang(host).tag())))
}

/// The content text: a `<script type="application/json">` child, else what the loader fetched.
pub fn content_text(host: &HtmlElement, fetched: Option<String>) -> Option<String> {
    inline_json(host).or(fetched)
}
