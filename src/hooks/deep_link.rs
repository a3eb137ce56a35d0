//! Deep links: `#factbox-<id>` opens that section or profile (and the section around it) in the
//! first box on the page that has it, and scrolls it into view, on load and on every hash
//! change; `#<box id>.<id>` (`#faktenbox-c5.kasachstan`) names the box. Ids are readable words
//! in the box's language, e.g. `#factbox-kasachstan` in German, `#factbox-kazakhstan` in English.
//! A map's country links to its entry the same way.
//!
//! On a page the loader opens and closes sections ([`Toggles::Loader`]), so a deep link opens
//! there as the reader would: each closed header on the way is clicked ([`reveal_by_clicks`]),
//! for a live box (this hook) and for a resumed one (`web/src/lib.rs`) alike.

use super::{Opener, Toggles};
use crate::components::button_id;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition, ShadowRoot};
use yew::prelude::*;

const DEEP_LINK_PREFIX: &str = "factbox-";

#[hook]
pub fn use_deep_link(root: NodeRef, opener: Opener, toggles: Toggles) {
    use_effect_with(root, move |root| {
        let listeners = root.cast::<Element>().map(|root| match toggles {
            Toggles::Loader => page_links(&root),
            // The studio's preview opens through its own state, and hears its maps on the whole
            // box: its content, and so its maps, change as the editor types.
            Toggles::Box => {
                let maps = vec![root.clone().into()];
                let open = {
                    let root = root.clone();
                    move |id: &str| {
                        if opener.reveal(id) {
                            scroll_when_shown(root.clone(), format!("#{}", button_id(id)), 20);
                        }
                    }
                };
                listen(&root, maps, open, false)
            }
        });
        move || drop(listeners)
    });
}

/// What a box on a page hears beyond the loader: deep links and its maps' country links, each
/// opened as the reader's clicks would ([`reveal_by_clicks`]). For a live box (the hook above)
/// and a resumed one (`web/src/lib.rs`) alike. Its maps are heard each on its own, not on the
/// whole box, so that a click on a header runs none of the bundle's code: a page box's content,
/// and so its maps, never change.
pub fn page_links(root: &Element) -> Vec<EventListener> {
    let maps = root.query_selector_all(".fb-map").ok().map_or(Vec::new(), |maps| (0..maps.length()).filter_map(|i| maps.get(i)).map(Into::into).collect());
    let open = {
        let root = root.clone();
        move |id: &str| reveal_by_clicks(&root, id)
    };
    // The loader's clicks read the headers as drawn: a box rendered afresh has yet to draw what
    // the reader had open (`use_seen_state`'s render, queued beside this), or a section the
    // reader had closed would be skipped as open. A resumed box has nothing to draw, and loses
    // nothing by waiting.
    listen(root, maps, open, true)
}

/// Listens for what opens an entry by link: the address now (once the box has drawn, when
/// `after_draw`) and on every change, and a click on a country link in any of `maps`, which
/// opens its entry however often it is chosen (the address would not change again, so no hash
/// change would come).
fn listen(root: &Element, maps: Vec<EventTarget>, open: impl Fn(&str) + Clone + 'static, after_draw: bool) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let follow = {
        let (root, open, window) = (root.clone(), open.clone(), window.clone());
        move || {
            let hash = window.location().hash().unwrap_or_default();
            let host = root.get_root_node().dyn_into::<ShadowRoot>().ok().map(|s| s.host());
            if let Some(id) = host.and_then(|host| deep_link_target(&hash, &host)) {
                open(&id);
            }
        }
    };
    if after_draw {
        Timeout::new(0, follow.clone()).forget();
    } else {
        follow();
    }
    let mut listeners = vec![EventListener::new(&window, "hashchange", move |_| follow())];
    listeners.extend(maps.iter().map(|map| {
        let open = open.clone();
        EventListener::new_with_options(map, "click", EventListenerOptions::enable_prevent_default(), move |event| {
            if let Some(id) = chosen_on_map(event) {
                open(&id);
            }
        })
    }));
    listeners
}

/// The id a click on a map's country link (`#factbox-<id>`) asks to open, if it was one. The
/// link is then not followed: the box opens the entry itself.
fn chosen_on_map(event: &web_sys::Event) -> Option<String> {
    let link = event.target()?.dyn_into::<Element>().ok()?.closest("a[href^='#factbox-']").ok()??;
    let id = link.get_attribute("href")?.strip_prefix("#factbox-")?.to_string();
    event.prevent_default();
    Some(id)
}

/// The id a fragment (`location.hash`) asks the box on `host` to open, if it does:
/// `#<box id>.<id>` when this box has that id, `#factbox-<id>` when no box before this one on
/// the page has the id too. Read from the boxes' headers, so that a resumed box, which never
/// reads its content, answers as a live one does.
fn deep_link_target(hash: &str, host: &Element) -> Option<String> {
    let fragment = hash.strip_prefix('#')?;
    if let Some((box_id, id)) = fragment.rsplit_once('.') {
        return (!box_id.is_empty() && box_id == host.id() && header_of(host, id).is_some()).then(|| id.to_string());
    }
    let id = fragment.strip_prefix(DEEP_LINK_PREFIX)?;
    let boxes = host.owner_document()?.query_selector_all("fact-box").ok()?;
    for i in 0..boxes.length() {
        let Some(other) = boxes.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if &other == host {
            return header_of(host, id).map(|_| id.to_string());
        }
        if header_of(&other, id).is_some() {
            return None;
        }
    }
    None
}

/// The header button of section or profile `id` in the box on `host`. By id, not by selector:
/// `id` may come from the address.
fn header_of(host: &Element, id: &str) -> Option<HtmlElement> {
    host.shadow_root()?.get_element_by_id(&button_id(id))?.dyn_into().ok()
}

/// Opens `id` on a page, where the loader opens and closes: each closed header on its way (the
/// section, then the entry in it) is clicked, so that it opens exactly as the reader's click
/// would, the host page hearing `factbox:toggle`; then it is scrolled to and focused. The way is
/// read from the markup (the panel around a header is labelled by its section's header), so a
/// resumed box needs no content for it.
fn reveal_by_clicks(root: &Element, id: &str) {
    let Ok(shadow) = root.get_root_node().dyn_into::<ShadowRoot>() else { return };
    let mut way = Vec::new();
    let mut next = header_of(&shadow.host(), id);
    while let Some(header) = next {
        let panel = header.parent_element().and_then(|p| p.closest(".fb-acc-panel").ok().flatten());
        next = panel.and_then(|p| p.get_attribute("aria-labelledby")).and_then(|by| shadow.get_element_by_id(&by)?.dyn_into().ok());
        way.push(header);
    }
    for header in way.iter().rev().filter(|h| h.get_attribute("aria-expanded").as_deref() != Some("true")) {
        header.click();
    }
    scroll_when_shown(root.clone(), format!("#{}", button_id(id)), 20);
}

/// Scrolls to the header once its panel has opened: a country's header sits in the countries
/// panel, which opens in the same update but renders a moment later.
fn scroll_when_shown(root: Element, selector: String, tries: u32) {
    Timeout::new(16, move || {
        let Some(header) = root.query_selector(&selector).ok().flatten() else { return };
        let still_hidden = header.closest(".fb-acc-panel[hidden]").ok().flatten().is_some();
        if still_hidden && tries > 0 {
            return scroll_when_shown(root, selector, tries - 1);
        }
        if let Some(header) = header.dyn_ref::<HtmlElement>() {
            // Keyboard and screen-reader users land where sighted readers are taken.
            header.focus().ok();
        }
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Start);
        header.scroll_into_view_with_scroll_into_view_options(&options);
    })
    .forget();
}
