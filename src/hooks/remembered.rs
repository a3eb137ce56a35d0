//! Open sections survive a reload in the same tab, in `sessionStorage` under a key unique to the
//! page and the box. On a first visit the author's open sections hold; afterwards the reader's.
//! Storage may be unavailable (private modes, sandboxed iframes): remembering is then skipped.
//!
//! The same first run adopts what the reader already sees, when that differs from the
//! prerendered state (`open_after_start`): it wins over a remembered state, which the reader has
//! not seen on this page.

use crate::state::Action;
use web_sys::Storage;
use yew::prelude::*;

#[hook]
pub fn use_remembered_state(key: Option<AttrValue>, open: String, open_after_start: Option<std::rc::Rc<[String]>>, dispatcher: UseReducerDispatcher<crate::state::OpenState>) {
    // The first run restores; only later runs write, so a reload cannot overwrite what it restores.
    let restored = use_mut_ref(|| false);
    use_effect_with(open, move |open| {
        let first = !*restored.borrow();
        *restored.borrow_mut() = true;
        if let (true, Some(seen)) = (first, &open_after_start) {
            return dispatcher.dispatch(Action::Restore(seen.to_vec()));
        }
        let Some((storage, key)) = key.and_then(|k| Some((session_storage()?, k))) else { return };
        if first {
            if let Ok(Some(saved)) = storage.get_item(&key) {
                if saved != *open {
                    dispatcher.dispatch(Action::Restore(saved.split_whitespace().map(String::from).collect()));
                }
            }
        } else {
            storage.set_item(&key, open).ok();
        }
    });
}

fn session_storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}
