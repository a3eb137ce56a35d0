//! The host element: its configuration attributes and its shadow root.

use factbox::config::{parse_heading_level, OpenSpec, DEFAULT_HEADING_LEVEL};
use factbox::content::Lang;
use factbox::i18n::strings;
use gloo::console;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// What [`crate::mount`] needs to know about a box. Read once per mount: a bad value is
/// warned about once.
pub struct HostConfig {
    pub heading_level: u8,
    pub open: OpenSpec,
}

impl HostConfig {
    /// Reads the `data-*` settings. A bad value is reported and replaced by the default, never
    /// passed on.
    pub fn read(host: &HtmlElement) -> HostConfig {
        let heading_level = match host.get_attribute("data-heading-level") {
            None => DEFAULT_HEADING_LEVEL,
            Some(value) => parse_heading_level(&value).unwrap_or_else(|e| {
                console::warn!(format!("factbox{}: {e}; using {DEFAULT_HEADING_LEVEL}", label(host)));
                DEFAULT_HEADING_LEVEL
            }),
        };
        HostConfig {
            heading_level,
            open: OpenSpec::parse(&host.get_attribute("data-open").unwrap_or_default()),
        }
    }
}

/// " #id" for console messages, so an embedder knows which box spoke.
pub fn label(host: &HtmlElement) -> String {
    match host.id() {
        id if id.is_empty() => String::new(),
        id => format!(" #{id}"),
    }
}

pub struct Root {
    pub element: Element,
    host: HtmlElement,
}

/// The element Yew renders into: `.fb-root` inside the box's shadow root, created (with the
/// stylesheet) when the box was not prerendered.
pub fn prepare_root(host: &HtmlElement, bundle_base: &str) -> Root {
    let shadow = host.shadow_root().unwrap_or_else(|| attach_shadow(host, bundle_base));
    let element = match shadow.query_selector(".fb-root").ok().flatten() {
        Some(el) => el,
        None => {
            let el = create(&shadow, "div");
            el.set_class_name("fb-root");
            shadow.append_child(&el).ok();
            el
        }
    };
    Root { element, host: host.clone() }
}

fn attach_shadow(host: &HtmlElement, bundle_base: &str) -> ShadowRoot {
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).expect("fresh host");
    let link = create(&shadow, "link");
    link.set_attribute("rel", "stylesheet").ok();
    link.set_attribute("href", &format!("{bundle_base}factbox.css")).ok();
    shadow.append_child(&link).ok();
    shadow
}

fn create(shadow: &ShadowRoot, tag: &str) -> Element {
    shadow.owner_document().expect("document").create_element(tag).expect("valid tag")
}

impl Root {
    /// True when the prerendered markup was rendered from exactly what the browser is about to
    /// render (same release, content text, heading level and `data-open` setting), so that it can be
    /// resumed as it is. Anything else is rendered afresh rather than risk a mismatch.
    pub fn prerendered_matches(&self, key: &str) -> bool {
        self.prerendered() && self.host.get_attribute("data-render-key").as_deref() == Some(key)
    }

    pub fn prerendered(&self) -> bool {
        self.element.child_element_count() > 0
    }

    pub fn clear(&self) {
        self.element.set_inner_html("");
    }
}

/// Content could not be loaded: keep what the box shows (its headers go on working, answered by
/// the loader, which answers every box's clicks), and tell the reader in one short translated
/// line.
pub fn show_failure(host: &HtmlElement, lang: Lang, bundle_base: &str) {
    host.set_attribute("data-state", "failed").ok();
    let root = prepare_root(host, bundle_base).element;
    if root.query_selector(".fb-notice").ok().flatten().is_some() {
        return;
    }
    let notice = root.owner_document().expect("document").create_element("p").expect("p");
    notice.set_class_name("fb-notice");
    notice.set_attribute("role", "status").ok();
    notice.set_text_content(Some(strings(lang).load_failed));
    root.prepend_with_node_1(&notice).ok();
}
