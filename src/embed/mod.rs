//! The browser side: turns each `<fact-box>` on the page into a live box.
//!
//! `static/factbox.js` defines the custom element and calls [`mount`] when a box is connected
//! and [`unmount`] when it is removed. A box that arrives prerendered (declarative shadow DOM)
//! is hydrated in place; any other is rendered into a new shadow root.

mod events;
mod host;
mod load;

use crate::components::{FactBox, FactBoxProps};
use crate::config::render_key;
use crate::content::{validate, Content};
use gloo::console;
use host::HostConfig;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;
use yew::{AppHandle, Renderer};

thread_local! {
    /// Live boxes, so that a removed box can release its Yew app and listeners.
    static MOUNTED: RefCell<Vec<(HtmlElement, AppHandle<FactBox>)>> = const { RefCell::new(Vec::new()) };
}

#[wasm_bindgen(start)]
fn start() {
    // One clear line instead of a bare "unreachable" trap; the loader then marks every box
    // as failed so that prerendered content stays open and readable.
    std::panic::set_hook(Box::new(|info| {
        console::error!(format!("factbox: internal error, the box stays as prerendered: {info}"));
    }));
}

/// Brings one `<fact-box>` to life. `bundle_base` is the URL the bundle was loaded from, for
/// shipped content and the stylesheet. Errors are reported on the box and the console, never
/// thrown: a box with bad content keeps whatever it already shows.
#[wasm_bindgen]
pub async fn mount(host: HtmlElement, bundle_base: String) {
    if MOUNTED.with(|m| m.borrow().iter().any(|(h, _)| h == &host)) {
        return;
    }
    let config = HostConfig::read(&host);
    let loaded = load::content_text(&host, &config, &bundle_base).await;
    let who = host::label(&host);
    let content = loaded.and_then(|text| parse(&text, &who).map(|content| (text, content)));
    let (text, content) = match content {
        Ok(ok) => ok,
        Err(message) => {
            console::error!(format!("factbox{who}: {message}"));
            host::show_failure(&host, config.lang, &bundle_base);
            return;
        }
    };
    // Removed while its content was loading: nothing to do.
    if !host.is_connected() {
        return;
    }

    let root = host::prepare_root(&host, &bundle_base);
    let open = config.open.resolve(&content);
    let key = render_key(&text, config.heading_level, &open);
    let props = FactBoxProps {
        initially_open: open.into(),
        content: Rc::new(content),
        heading_level: config.heading_level,
        on_toggle: events::toggle_callback(&host, config.box_id.clone()),
        notice: None,
        remember_key: config.remember_key.clone().map(Into::into),
    };
    let app = match root.prerendered_matches(&key) {
        true => Renderer::<FactBox>::with_root_and_props(root.element, props).hydrate(),
        false => {
            root.clear();
            Renderer::<FactBox>::with_root_and_props(root.element, props).render()
        }
    };
    host.set_attribute("data-state", "ready").ok();
    MOUNTED.with(|m| m.borrow_mut().push((host, app)));
}

/// Releases a removed box: its Yew app, listeners and state.
#[wasm_bindgen]
pub fn unmount(host: HtmlElement) {
    let app = MOUNTED.with(|m| {
        let mut mounted = m.borrow_mut();
        let index = mounted.iter().position(|(h, _)| h == &host)?;
        Some(mounted.swap_remove(index).1)
    });
    if let Some(app) = app {
        app.destroy();
        host.remove_attribute("data-state").ok();
    }
}

/// Parses content. A file that does not parse into the model is refused (the box keeps what it
/// shows); a file that parses but breaks the editor's rules still renders, safely (a non-web
/// URL becomes plain text, say), and each problem is named on the console for the embedder.
fn parse(text: &str, who: &str) -> Result<Content, String> {
    let content = Content::from_json(text).map_err(|e| format!("content does not parse: {e}"))?;
    for problem in validate::problems(&content) {
        console::warn!(format!("factbox{who}: content problem, shown anyway: {problem}"));
    }
    Ok(content)
}
