//! Find-in-page: closed panels are `hidden="until-found"`, so the browser's find searches them.
//! When it reveals one it fires `beforematch`; the section's state follows, so that its button
//! says "expanded" and a click closes it again. On a page the loader answers it
//! ([`Toggles::Loader`]), as it answers clicks.

use super::{Opener, Toggles};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

#[hook]
pub fn use_find_in_page(root: NodeRef, opener: Opener, toggles: Toggles) {
    use_effect_with(root, move |root| {
        let listener = root.cast::<Element>().filter(|_| toggles == Toggles::Box).map(|root| {
            // beforematch fires on each panel being revealed; listen once, at the root.
            let options = EventListenerOptions::run_in_capture_phase();
            EventListener::new_with_options(&root, "beforematch", options, move |event| {
                let section = event
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|panel| panel.closest("[data-section]").ok().flatten())
                    .and_then(|item| item.get_attribute("data-section"));
                if let Some(id) = section {
                    opener.reveal(&id);
                }
            })
        });
        move || drop(listener)
    });
}
