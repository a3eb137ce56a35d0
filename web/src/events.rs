//! What the box tells the host page: a `factbox:toggle` event per reader action, so host
//! analytics can count what readers open.

use factbox::components::ToggleEvent;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};
use yew::Callback;

/// Dispatches `factbox:toggle` on the host element: it bubbles and crosses shadow roots, and its
/// `detail` is `{ box, section, open }` (`section` is `null` for "show/hide all").
pub fn toggle_callback(host: &HtmlElement, box_id: String) -> Callback<ToggleEvent> {
    let host = host.clone();
    Callback::from(move |event: ToggleEvent| {
        let detail = Object::new();
        let section = event.section.map(JsValue::from).unwrap_or(JsValue::NULL);
        for (key, value) in [("box", JsValue::from(&box_id)), ("section", section), ("open", event.open.into())] {
            Reflect::set(&detail, &key.into(), &value).ok();
        }
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict("factbox:toggle", &init) {
            host.dispatch_event(&event).ok();
        }
    })
}
