//! The editor's studio (README, "Studio"): write, check, preview and publish a fact box in the
//! browser. A page of its own with its own wasm, built into dist/studio/; the reader's bundle
//! (web/) shares none of it. Everything an editor's box is made of comes from the core crate,
//! as the `factbox` command uses it: the model and its reader, the rules and the check with
//! line and column, the starter, the component and server rendering.

mod app;
mod archieml;
mod doc;
mod form;
mod history;
mod i18n;
mod json_view;
mod preview;
mod problems;
mod publish;
mod start;
mod state;
mod store;

use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("studio"));
    match root {
        Some(root) => {
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => web_sys::console::error_1(&"studio: no #studio element on the page".into()),
    }
}
