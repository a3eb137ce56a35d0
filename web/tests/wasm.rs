//! The box in a real browser (headless Chromium via wasm-bindgen-test-runner): what a reader
//! and an embedder see after mounting, clicking and resuming.
#![cfg(target_arch = "wasm32")]

use factbox::components::{Toggles, FactBox, FactBoxProps};
use factbox::config::{render_key, OpenSpec};
use factbox::content::{Content, DEFAULT_DE};
use factbox_web::{mount, opened};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "../../tests/common/mod.rs"]
mod common;

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A `<fact-box>` in the page.
fn new_host(attrs: &[(&str, &str)]) -> HtmlElement {
    let host: HtmlElement = document().create_element("fact-box").unwrap().dyn_into().unwrap();
    for (name, value) in attrs {
        host.set_attribute(name, value).unwrap();
    }
    document().body().unwrap().append_child(&host).unwrap();
    host
}

fn find(host: &HtmlElement, selector: &str) -> Element {
    host.shadow_root().expect("shadow root").query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector}"))
}

/// Lets Yew finish rendering: a parent and its children re-render in successive tasks, so one
/// yield is not enough once sections nest.
async fn next_render() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

/// Mounts the box as the loader does: with its inline JSON, else the shipped German file as
/// the fetched text.
async fn mounted(host: &HtmlElement) {
    let inline = host.query_selector(":scope > script[type='application/json']").unwrap().and_then(|s| s.text_content());
    let text = inline.unwrap_or_else(|| DEFAULT_DE.to_string());
    // The loader hands over the text as UTF-8 bytes (for the render key) and what JSON.parse made of it; a
    // text it cannot parse never reaches the bundle.
    let Ok(value) = js_sys::JSON::parse(&text) else { return factbox_web::fail(host.clone(), "/".into(), "content does not parse: invalid JSON".into(), "de".into()) };
    mount(host.clone(), "/".into(), text.as_bytes(), value, "de".into(), None);
    next_render().await;
}

/// The box answering its own clicks, as the studio's preview renders it (`Toggles::Box`); on a
/// page, the loader answers them instead (tested end to end in `tests/e2e`).
async fn answering_its_own_clicks() -> HtmlElement {
    let content = Rc::new(Content::from_js(js_sys::JSON::parse(DEFAULT_DE).unwrap()).unwrap());
    let host = new_host(&[]);
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    let root = document().create_element("div").unwrap();
    shadow.append_child(&root).unwrap();
    let props = FactBoxProps {
        content,
        heading_level: 2,
        initially_open: Rc::from([]),
        open_after_start: None,
        toggles: Toggles::Box,
        on_ready: Default::default(),
    };
    yew::Renderer::<FactBox>::with_root_and_props(root, props).render();
    next_render().await;
    host
}

fn expanded(host: &HtmlElement, id: &str) -> (String, bool) {
    let button = find(host, &format!("#fb-{id}-button"));
    let panel = find(host, &format!("#fb-{id}-panel"));
    (button.get_attribute("aria-expanded").unwrap(), panel.has_attribute("hidden"))
}

#[wasm_bindgen_test]
async fn mounts_a_fresh_box_into_its_own_shadow_root() {
    let host = new_host(&[("lang", "de")]);
    mounted(&host).await;
    assert_eq!(host.get_attribute("data-state").as_deref(), Some("ready"));
    assert_eq!(find(&host, "#fb-title").text_content().unwrap(), "C5+1-Gipfel: Zentralasien, die USA und kritische Rohstoffe");
    // Every section starts closed, as the author set it, and hidden until found.
    assert_eq!(expanded(&host, "rohstoffe"), ("false".into(), true));
    assert_eq!(expanded(&host, "zusagen"), ("false".into(), true));
    assert_eq!(find(&host, "#fb-zusagen-panel").get_attribute("hidden").as_deref(), Some("until-found"));
    assert_eq!(find(&host, "#fb-zusagen-button").get_attribute("aria-controls").as_deref(), Some("fb-zusagen-panel"));
    host.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_header_toggles_its_section_and_country() {
    let host = answering_its_own_clicks().await;
    let click = |id: &str| find(&host, &format!("#fb-{id}-button")).dyn_into::<HtmlElement>().unwrap().click();

    click("laender");
    next_render().await;
    assert_eq!(expanded(&host, "laender"), ("true".into(), false));
    click("kasachstan");
    next_render().await;
    assert_eq!(expanded(&host, "kasachstan"), ("true".into(), false));
    assert!(find(&host, "#fb-kasachstan-panel").text_content().unwrap().contains("Astana"));
    click("laender");
    next_render().await;
    assert_eq!(expanded(&host, "laender"), ("false".into(), true));
    host.remove();
}

/// On a page the loader answers every click (`static/factbox.js`): the live box does not toggle
/// a second time, which would undo the loader's change, and follows what the loader reports.
#[wasm_bindgen_test]
async fn a_box_on_a_page_leaves_clicks_to_the_loader_and_follows_it() {
    let host = new_host(&[("data-open", "none")]);
    mounted(&host).await;
    find(&host, "#fb-laender-button").dyn_into::<HtmlElement>().unwrap().click();
    next_render().await;
    assert_eq!(expanded(&host, "laender"), ("false".into(), true), "the box toggled on its own");
    opened(host.clone(), "laender kasachstan".into());
    next_render().await;
    assert_eq!(expanded(&host, "laender"), ("true".into(), false));
    assert_eq!(expanded(&host, "kasachstan"), ("true".into(), false));
    assert_eq!(find(&host, ".fb-all").get_attribute("aria-expanded").as_deref(), Some("false"));
    opened(host.clone(), "".into());
    next_render().await;
    assert_eq!(expanded(&host, "laender"), ("false".into(), true));
    host.remove();
}

#[wasm_bindgen_test]
async fn show_all_opens_and_closes_everything() {
    let host = answering_its_own_clicks().await;
    let all = find(&host, ".fb-all").dyn_into::<HtmlElement>().unwrap();
    assert_eq!(all.get_attribute("aria-expanded").as_deref(), Some("false"));
    all.click();
    next_render().await;
    assert_eq!(all.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(all.text_content().unwrap(), "Alle Abschnitte ausblenden");
    let hidden = host.shadow_root().unwrap().query_selector_all(".fb-acc-panel[hidden]").unwrap();
    let ids: Vec<String> = (0..hidden.length()).map(|i| hidden.get(i).unwrap().dyn_into::<Element>().unwrap().id()).collect();
    assert_eq!(ids, Vec::<String>::new());
    all.click();
    next_render().await;
    let hidden = host.shadow_root().unwrap().query_selector_all(".fb-acc-panel[hidden]").unwrap();
    assert_eq!(hidden.length(), 11, "five sections, five profiles, the sources");
    host.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_between_visible_headers() {
    let host = answering_its_own_clicks().await;
    let shadow = host.shadow_root().unwrap();
    let focused = || shadow.active_element().map(|e| e.id()).unwrap_or_default();
    let press = |key: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        shadow.active_element().unwrap().dispatch_event(&event).unwrap();
        event.default_prevented()
    };
    find(&host, "#fb-rohstoffe-button").dyn_into::<HtmlElement>().unwrap().focus().unwrap();
    // Countries are inside the closed countries section: skipped.
    let mut visited = Vec::new();
    for key in ["ArrowDown", "ArrowDown", "ArrowDown", "End", "ArrowDown", "ArrowUp", "Home"] {
        assert!(press(key), "{key} is handled");
        visited.push(focused());
    }
    assert_eq!(visited, ["fb-zusagen-button", "fb-laender-button", "fb-andere-maechte-button", "fb-quellen-button",
                         "fb-rohstoffe-button", "fb-quellen-button", "fb-rohstoffe-button"]);
    assert!(!press("a"), "other keys are left alone");

    find(&host, "#fb-laender-button").dyn_into::<HtmlElement>().unwrap().click();
    next_render().await;
    find(&host, "#fb-laender-button").dyn_into::<HtmlElement>().unwrap().focus().unwrap();
    press("ArrowDown");
    assert_eq!(focused(), "fb-kasachstan-button", "an open section's country headers join the order");
    host.remove();
}

/// A host as the `factbox render` snippet leaves it: shadow root, prerendered markup, hash.
async fn prerendered_host(key: &str) -> HtmlElement {
    let content = Rc::new(Content::from_js(js_sys::JSON::parse(DEFAULT_DE).unwrap()).unwrap());
    let props = FactBoxProps {
        initially_open: OpenSpec::Authored.resolve(&content).into(),
        content,
        heading_level: 2,
        open_after_start: None,
        toggles: Default::default(),
        on_ready: Default::default(),
    };
    let html = yew::LocalServerRenderer::<FactBox>::with_props(props).render().await;
    let host = new_host(&[("data-render-key", key)]);
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    shadow.set_inner_html(&format!("<div class=\"fb-root\">{html}</div>"));
    host
}

/// The key `factbox render` gives the default German box.
fn first_render_key() -> String {
    render_key(DEFAULT_DE, 2, &OpenSpec::Authored)
}

/// Dispatches a keydown on whatever has focus in the box; true when the box handled it.
fn press(host: &HtmlElement, key: &str) -> bool {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    host.shadow_root().unwrap().active_element().unwrap().dispatch_event(&event).unwrap();
    event.default_prevented()
}

#[wasm_bindgen_test]
async fn resumes_a_prerendered_box_as_it_is() {
    let host = prerendered_host(&first_render_key()).await;
    let button_before = find(&host, "#fb-zusagen-button");
    // The pictures too: their nodes must survive.
    let (map_before, bar_before) = (find(&host, ".fb-map a[href='#factbox-kasachstan']"), find(&host, ".fb-bar rect"));
    mounted(&host).await;
    assert_eq!(host.get_attribute("data-state").as_deref(), Some("ready"));
    // Resumed, not rendered: the server's nodes stay, text and all.
    assert!(button_before.is_same_node(Some(&find(&host, "#fb-zusagen-button"))), "prerendered nodes were replaced");
    assert!(map_before.is_same_node(Some(&find(&host, ".fb-map a[href='#factbox-kasachstan']"))), "the map was replaced");
    assert!(bar_before.is_same_node(Some(&find(&host, ".fb-bar rect"))), "the bars were replaced");
    assert!(find(&host, "#fb-title").text_content().unwrap_or_default().starts_with("C5+1"));

    // The arrow keys work on the markup as it is.
    find(&host, "#fb-rohstoffe-button").dyn_into::<HtmlElement>().unwrap().focus().unwrap();
    assert!(press(&host, "ArrowDown"));
    assert_eq!(host.shadow_root().unwrap().active_element().map(|e| e.id()).as_deref(), Some("fb-zusagen-button"));

    // A country chosen on the map opens as the reader's clicks would (on a page, the loader
    // answers them): the closed countries section, then the country, each clicked once; the
    // link itself is not followed.
    let clicked = Rc::new(std::cell::RefCell::new(Vec::new()));
    let listener = {
        let clicked = clicked.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let target = event.composed_path().get(0).dyn_into::<Element>().map(|e| e.id()).unwrap_or_default();
            clicked.borrow_mut().push(target);
        })
    };
    host.add_event_listener_with_callback_and_bool("click", listener.as_ref().unchecked_ref(), true).unwrap();
    let hash_before = web_sys::window().unwrap().location().hash().unwrap();
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_composed(true);
    map_before.dispatch_event(&web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap()).unwrap();
    assert_eq!(*clicked.borrow(), ["", "fb-laender-button", "fb-kasachstan-button"], "the map's link, then the section, then the country");
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), hash_before, "the link was followed");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_stale_snippet_is_rendered_afresh_not_resumed() {
    let host = prerendered_host("0000000000000000").await;
    let button_before = find(&host, "#fb-zusagen-button");
    mounted(&host).await;
    let button_after = find(&host, "#fb-zusagen-button");
    assert!(!button_before.is_same_node(Some(&button_after)), "a mismatching snippet must not be resumed");
    assert_eq!(host.get_attribute("data-state").as_deref(), Some("ready"));
    host.remove();
}

#[wasm_bindgen_test]
async fn a_changed_open_setting_is_rendered_afresh_not_resumed() {
    let host = prerendered_host(&first_render_key()).await;
    host.set_attribute("data-open", "zusagen").unwrap();
    let button_before = find(&host, "#fb-zusagen-button");
    mounted(&host).await;
    assert!(!button_before.is_same_node(Some(&find(&host, "#fb-zusagen-button"))));
    assert_eq!(expanded(&host, "zusagen"), ("true".into(), false));
    assert_eq!(expanded(&host, "rohstoffe"), ("false".into(), true));
    host.remove();
}

/// Any content the checker accepts is resumed as prerendered: rendered in this browser as the
/// server does, then mounted by the embedder's path (inline JSON, render key), whose key must
/// match, keeping the server's nodes.
#[wasm_bindgen_test]
async fn generated_content_is_resumed_as_prerendered() {
    use proptest::strategy::{Strategy, ValueTree};
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = common::arbitrary::content();
    for case in 0..24 {
        let content = strategy.new_tree(&mut runner).unwrap().current();
        let json = serde_json::to_string(&content).unwrap().replace('<', "\\u003c");
        let open_attr = ["none", "", "all"][case % 3];
        let open = OpenSpec::parse(open_attr).resolve(&content);
        let props = FactBoxProps {
            content: Rc::new(content.clone()),
            heading_level: 2,
            initially_open: open.clone().into(),
            open_after_start: None,
            toggles: Default::default(),
            on_ready: Default::default(),
        };
        let html = yew::LocalServerRenderer::<FactBox>::with_props(props).render().await;
        let id = format!("generated-{case}");
        let host = new_host(&[("id", &id), ("data-open", open_attr), ("data-render-key", &render_key(&json, 2, &OpenSpec::parse(open_attr)))]);
        let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
        shadow.set_inner_html(&format!("<div class=\"fb-root\">{html}</div>"));
        let script = document().create_element("script").unwrap();
        script.set_attribute("type", "application/json").unwrap();
        script.set_text_content(Some(&json));
        host.append_child(&script).unwrap();
        let title = find(&host, "#fb-title");
        mounted(&host).await;
        assert_eq!(host.get_attribute("data-state").as_deref(), Some("ready"), "case {case}");
        assert!(title.is_same_node(Some(&find(&host, "#fb-title"))), "case {case}: resumed, not rendered afresh");
        assert_eq!(title.text_content().unwrap(), content.title, "case {case}");
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn bad_inline_content_keeps_the_prerendered_box_readable() {
    let host = prerendered_host(&first_render_key()).await;
    let script = document().create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_text_content(Some(r#"{"lang": "de", "title": 42}"#));
    host.append_child(&script).unwrap();
    mounted(&host).await;
    assert_eq!(host.get_attribute("data-state").as_deref(), Some("failed"));
    assert_eq!(find(&host, ".fb-notice").text_content().unwrap(), "Die Inhalte der Faktenbox konnten nicht aktualisiert werden.");
    assert!(find(&host, "#fb-title").text_content().unwrap().starts_with("C5+1-Gipfel"));
    host.remove();
}
