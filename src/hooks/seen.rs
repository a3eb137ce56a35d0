//! The box adopts what the reader already sees, when that differs from the state it was
//! prerendered with (`open_after_start`): sections toggled or restored by the loader before the
//! bundle arrived, or all of them, opened by the stylesheet of a box that waited, for a box the
//! bundle renders afresh. Applied right after the first render, as a change of state.
//!
//! Remembering open sections across reloads is the loader's (`static/factbox.js`): it saves
//! them when the page is hidden, and hands them back here on the next visit.

use crate::state::{Action, OpenState};
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_seen_state(open_after_start: Option<Rc<[String]>>, dispatcher: UseReducerDispatcher<OpenState>) {
    use_effect_with((), move |_| {
        if let Some(seen) = open_after_start {
            dispatcher.dispatch(Action::Restore(seen.to_vec()));
        }
    });
}
