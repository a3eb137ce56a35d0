//! Where a box's content text comes from: inline JSON, a URL, or the shipped files.

use super::host::HostConfig;
use crate::content::{Lang, DEFAULT_DE};
use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, HtmlElement, RequestInit, Response};

/// Content larger than this is refused before parsing: no fact box needs it, and parsing it
/// would stall the reader's page.
const MAX_BYTES: usize = 1_000_000;
const TIMEOUT_MS: u32 = 10_000;

/// The content text for a box, in order of precedence: a `<script type="application/json">`
/// child, the `data-content` URL, the shipped content for the box's language.
pub async fn content_text(host: &HtmlElement, config: &HostConfig, bundle_base: &str) -> Result<String, String> {
    let inline = host.query_selector(":scope > script[type='application/json']").ok().flatten();
    if let Some(script) = inline {
        return Ok(script.text_content().unwrap_or_default());
    }
    match (&config.content_url, config.lang) {
        (Some(url), _) => fetch_text(url).await,
        (None, Lang::De) => Ok(DEFAULT_DE.to_string()),
        (None, Lang::En) => fetch_text(&format!("{bundle_base}content/en.json")).await,
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let controller = AbortController::new().map_err(describe)?;
    let abort = controller.clone();
    let _timeout = Timeout::new(TIMEOUT_MS, move || abort.abort());
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));

    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await.map_err(|e| {
        if controller.signal().aborted() {
            format!("{url} did not answer within {} s", TIMEOUT_MS / 1000)
        } else {
            format!("{url} could not be fetched: {}", describe(e))
        }
    })?;
    let response: Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("{url} answered HTTP {} {}", response.status(), response.status_text()));
    }
    let headers = response.headers();
    let kind = headers.get("content-type").ok().flatten().unwrap_or_default();
    if kind.contains("html") {
        return Err(format!("{url} served {kind}, not JSON (a wrong URL or an error page?)"));
    }
    let length = headers.get("content-length").ok().flatten().and_then(|v| v.parse::<usize>().ok());
    if let Some(length) = length.filter(|&n| n > MAX_BYTES) {
        return Err(format!("{url} is {length} bytes; content is limited to {MAX_BYTES} bytes"));
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(|e| {
        format!("{url} could not be read: {}", describe(e))
    })?;
    let text = text.as_string().unwrap_or_default();
    if text.len() > MAX_BYTES {
        return Err(format!("{url} is {} bytes; content is limited to {MAX_BYTES} bytes", text.len()));
    }
    Ok(text)
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}
