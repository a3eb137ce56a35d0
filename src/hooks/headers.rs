//! The headers' behaviour, as one listener each on the box's root rather than one per button:
//! hydration then registers no listener per header, and a toggle's render finds none to compare.
//! A click (or Enter or Space, the buttons' own) toggles its section or "show all";
//! Up/Down/Home/End move focus between the headers a reader can see (WAI-ARIA APG accordion),
//! and Tab moves normally.

use crate::state::{Action, OpenState};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

pub fn on_header_clicks(dispatcher: UseReducerDispatcher<OpenState>) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let Ok(Some(control)) = target.closest(".fb-acc-button, .fb-all") else { return };
        let id = control.id();
        // Header buttons are `fb-<id>-button`; "show all" has no id.
        match id.strip_prefix("fb-").and_then(|rest| rest.strip_suffix("-button")) {
            Some(section) => dispatcher.dispatch(Action::Toggle(section.to_string())),
            None => dispatcher.dispatch(Action::ToggleAll),
        }
    })
}

pub fn on_header_keys(root: NodeRef) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return };
        if !target.class_list().contains("fb-acc-button") {
            return;
        }
        let Some(root) = root.cast::<Element>() else { return };
        let headers = visible_headers(&root);
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
    })
}

/// Header buttons in document order, leaving out those inside a closed panel.
fn visible_headers(root: &Element) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(".fb-acc-button") else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|button| button.closest(".fb-acc-panel[hidden]").ok().flatten().is_none())
        .collect()
}
