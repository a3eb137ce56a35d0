//! The headers' behaviour: Up/Down/Home/End move focus between the headers a reader can see
//! (WAI-ARIA APG accordion), and Tab moves normally; where the box answers its own clicks (the
//! studio's preview, [`Toggles::Box`]), a click (or Enter or Space, the buttons' own) toggles its
//! section or "show all". On a page the loader answers clicks ([`Toggles::Loader`]).
//!
//! One listener of each kind on the box's root, added once the box is on the page, rather than
//! a listener per button in the view: a render registers none per header, and a toggle's render
//! has none to compare. `on_ready` fires once they listen.

use super::Toggles;
use crate::components::section_of_button;
use crate::state::{Action, OpenState};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

#[hook]
pub fn use_header_controls(root: NodeRef, dispatcher: UseReducerDispatcher<OpenState>, toggles: Toggles, on_ready: Callback<UseReducerDispatcher<OpenState>>) {
    use_effect_with(root, move |root| {
        let listeners = root.cast::<Element>().map(|root| {
            let on_click = dispatcher.clone();
            let clicks = (toggles == Toggles::Box).then(|| EventListener::new(&root, "click", move |event| toggle(event, &on_click)));
            (clicks, arrow_keys(&root))
        });
        on_ready.emit(dispatcher);
        move || drop(listeners)
    });
}

fn toggle(event: &web_sys::Event, dispatcher: &UseReducerDispatcher<OpenState>) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Ok(Some(control)) = target.closest(".fb-acc-button, .fb-all") else { return };
    // "Show all" has no id.
    match section_of_button(&control.id()) {
        Some(section) => dispatcher.dispatch(Action::Toggle(section.to_string())),
        None => dispatcher.dispatch(Action::ToggleAll),
    }
}

/// Up/Down/Home/End on a header move focus to the next, previous, first or last header the
/// reader can see ([`move_focus`]): heard on the box's root, for a live box (above) and for a
/// resumed one (`web/src/lib.rs`).
pub fn arrow_keys(root: &Element) -> EventListener {
    let keys_root = root.clone();
    EventListener::new_with_options(root, "keydown", EventListenerOptions::enable_prevent_default(), move |event| {
        if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
            move_focus(event, &keys_root);
        }
    })
}

fn move_focus(event: &KeyboardEvent, root: &Element) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return };
    if !target.class_list().contains("fb-acc-button") {
        return;
    }
    let headers = visible_headers(root);
    let Some(current) = headers.iter().position(|h| h == &target) else { return };
    let last = headers.len() - 1;
    let next = match event.key().as_str() {
        "ArrowDown" => if current == last { 0 } else { current + 1 },
        "ArrowUp" => if current == 0 { last } else { current - 1 },
        "Home" => 0,
        "End" => last,
        _ => return,
    };
    event.prevent_default();
    headers[next].focus().ok();
}

/// Header buttons in document order, leaving out those inside a closed panel.
fn visible_headers(root: &Element) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(".fb-acc-button") else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|button| button.closest(".fb-acc-panel[hidden]").ok().flatten().is_none())
        .collect()
}
