//! The browser side: turns each `<fact-box>` on the page into a live box.
//!
//! `static/factbox.js` defines the custom element. When a box is needed it works out the box's
//! content text itself (inline JSON, the `data-content` file, or the shipped file for the box's
//! language), fetches it if need be, and calls [`mount`] once with it (or [`fail`]); it calls
//! [`unmount`] when the box is removed. The bundle never calls back into the loader. Opening and
//! closing on a click, what the host page hears (`factbox:toggle`) and what a reload restores
//! are the loader's: it sees every click on the box's controls, before the bundle and after,
//! and tells a live box what is open ([`opened`]).
//!
//! A box that arrives prerendered from exactly what the bundle would render (its render key
//! matches) is *resumed*, not hydrated: the loader already answers its clicks and finds, so the
//! bundle adds only what the loader does not do, on the markup as it is: the arrow keys, deep
//! links and the maps' country links, through the same functions a live box uses. Nothing is
//! rendered again and no Yew app is made: on a phone that saved about 35 ms of main-thread time
//! for the C5+1 article, most of it wasm functions compiled on their first call (README,
//! "Speed"). Any other box is rendered afresh into its shadow root.

mod host;

use factbox::components::{Toggles, FactBox, FactBoxProps};
use factbox::config::render_key;
use factbox::content::{format, Content, Lang};
use factbox::hooks::{arrow_keys, page_links};
use factbox::state::{Action, OpenState};
use gloo::console;
use gloo::events::EventListener;
use host::HostConfig;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::{AppHandle, Renderer, UseReducerDispatcher};

// talc instead of Rust's default dlmalloc: 2 KB less for every reader (brotli), and still a
// real allocator that reuses freed memory, which a page that adds and removes boxes needs.
// SAFETY: the bundle is single-threaded; TalckWasm is talc's allocator for exactly that case.
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// A box the bundle has taken over: live (its Yew app, and once it answers the reader, the
/// handle that tells it what the reader has open, [`opened`]) or resumed (its listeners).
struct Mounted {
    host: HtmlElement,
    app: Option<AppHandle<FactBox>>,
    state: Rc<RefCell<Option<UseReducerDispatcher<OpenState>>>>,
    _listeners: Vec<EventListener>,
}

thread_local! {
    /// Live boxes, so that a removed box can release its Yew app and listeners.
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// Brings one `<fact-box>` to life with its content text (as UTF-8 bytes: copied into the wasm
/// in one piece, where a string is encoded character by character). `bundle_base` is the URL the bundle
/// was loaded from. Errors are reported on the box and the console, never thrown: a box with
/// bad content keeps whatever it already shows.
///
/// The loader parsed the content (`value`, once per file however many boxes show it) and names
/// the box's language (`lang`, from its own or an ancestor's `lang`): the page is the loader's
/// to read. `seen_open`: the ids open as the reader sees the box now (space-separated), when
/// that is not what it was prerendered with: sections opened or closed before the bundle arrived
/// or restored from an earlier visit, or all of them, opened by the stylesheet before the loader
/// came; for a box not prerendered, what the reader had open before a reload. A box rendered
/// afresh renders them; a resumed box already shows them, as the loader left it.
///
/// True when the box was prerendered but from other content or settings, and so was rendered
/// afresh instead of resumed: the loader says so on the console, with the revisions it knows.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, bundle_base: String, text: &[u8], value: JsValue, lang: String, seen_open: Option<String>) -> bool {
    if !host.is_connected() || MOUNTED.with(|m| m.borrow().iter().any(|m| m.host == host)) {
        return false;
    }
    let config = HostConfig::read(&host);
    let root = host::prepare_root(&host, &bundle_base);
    // A box prerendered from this very text and these settings is resumed as it is, and its
    // content is never read here: on a phone, reading it is most of what mounting costs.
    if root.prerendered_matches(&render_key(text, config.heading_level, &config.open)) {
        let listeners = resume(&root.element);
        MOUNTED.with(|m| m.borrow_mut().push(Mounted { host: host.clone(), app: None, state: Rc::default(), _listeners: listeners }));
        host.set_attribute("data-state", "ready").ok();
        return false;
    }
    let content = match parse(value) {
        Ok(content) => content,
        Err(message) => {
            fail(host, bundle_base, message, lang);
            return false;
        }
    };
    let open = config.open.resolve(&content);
    let state = Rc::new(RefCell::new(None));
    let props = FactBoxProps {
        // The loader opens and closes on every click, and reports what is open (`opened`).
        toggles: Toggles::Loader,
        // Live once its controls listen.
        on_ready: {
            let (host, state) = (host.clone(), state.clone());
            yew::Callback::from(move |dispatcher| {
                *state.borrow_mut() = Some(dispatcher);
                host.set_attribute("data-state", "ready").ok();
            })
        },
        open_after_start: seen_open.as_deref().map(|ids| id_list(ids).into()),
        initially_open: open.into(),
        content: Rc::new(content),
        heading_level: config.heading_level,
    };
    let afresh = root.prerendered();
    root.clear();
    let app = Renderer::<FactBox>::with_root_and_props(root.element, props).render();
    MOUNTED.with(|m| m.borrow_mut().push(Mounted { host, app: Some(app), state, _listeners: Vec::new() }));
    afresh
}

/// Takes over a prerendered box as it is: arrow keys move between its headers, and a deep link
/// to it (on arrival or later) or a country chosen on one of its maps opens as the reader's
/// clicks would. Its sections are the loader's to open and close, as before the bundle came.
fn resume(root: &Element) -> Vec<EventListener> {
    let mut listeners = page_links(root);
    listeners.push(arrow_keys(root));
    listeners
}

/// What the reader has open now (ids, space-separated), as the loader left the box on a click:
/// the box's state follows, after the frame that showed the click (or at once, before the box
/// reacts to a deep link or a find), so that the box's own later renders start from what the
/// reader sees. A box that is not live ignores it.
#[wasm_bindgen]
pub fn opened(host: HtmlElement, ids: String) {
    let state = MOUNTED.with(|m| m.borrow().iter().find(|m| m.host == host).and_then(|m| m.state.borrow().clone()));
    if let Some(dispatcher) = state {
        dispatcher.dispatch(Action::Restore(id_list(&ids)));
    }
}

/// Section ids as the loader passes them: space-separated.
fn id_list(ids: &str) -> Vec<String> {
    ids.split_whitespace().map(String::from).collect()
}

/// The box's content could not be had (the loader's fetch failed, or it did not parse): keep
/// what the box shows, open it, say so in one translated line, and name the error.
#[wasm_bindgen]
pub fn fail(host: HtmlElement, bundle_base: String, message: String, lang: String) {
    console::error!(format!("factbox{}: {message}", host::label(&host)));
    host::show_failure(&host, if lang == "en" { Lang::En } else { Lang::De }, &bundle_base);
}

/// Releases a removed box: its Yew app, listeners and state.
#[wasm_bindgen]
pub fn unmount(host: HtmlElement) {
    let removed = MOUNTED.with(|m| {
        let mut mounted = m.borrow_mut();
        let index = mounted.iter().position(|m| m.host == host)?;
        Some(mounted.swap_remove(index))
    });
    // A live box's app is destroyed; a resumed box's listeners go with it.
    if let Some(Mounted { app, .. }) = removed {
        if let Some(app) = app {
            app.destroy();
        }
        host.remove_attribute("data-state").ok();
    }
}

/// Reads the content the loader parsed. Content that does not fit the model is refused (the
/// box keeps what it shows). Content that fits but breaks the editor's rules still renders,
/// safely (a non-web URL becomes plain text, say); naming those problems is `factbox check`'s
/// job, on the editor's machine: the rules would cost every reader's download 3 KB.
fn parse(value: JsValue) -> Result<Content, String> {
    Content::from_js(value).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        format!("content does not parse: {}", format::joined(&list, "; "))
    })
}
