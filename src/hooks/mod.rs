//! What a live box does beyond rendering: each behaviour one small hook or handler. Effects and
//! event handlers never run during server-side rendering, so none of this can make the first
//! render differ from the prerendered HTML. A box the browser resumes (`web/src/lib.rs`) runs
//! no hooks; it listens with [`arrow_keys`] and [`page_links`], as a live box on a page does.

mod deep_link;
mod find_in_page;
mod headers;
mod seen;

pub use deep_link::{page_links, use_deep_link};
pub use find_in_page::use_find_in_page;
pub use headers::{arrow_keys, use_header_controls};
pub use seen::use_seen_state;

use crate::content::Content;
use crate::state::{Action, OpenState};
use std::rc::Rc;
use yew::UseReducerDispatcher;

/// Who opens and closes a section when the reader clicks its header (or "show all"), or when
/// find-in-page reveals it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Toggles {
    /// The box itself: its state changes, and its render shows it (the studio's preview).
    #[default]
    Box,
    /// The page's loader (`static/factbox.js`, which hears every click and find in the box,
    /// before the bundle and after): it opens or closes at once, within the event, and after the
    /// frame that showed it tells the box what is open (the handle `on_ready` gives,
    /// `Action::Restore`). The box then only follows, so that a click costs no render of the
    /// box's own before the reader sees it, and a later deep link starts from what the reader
    /// sees.
    Loader,
}

/// Everything a behaviour needs to open sections.
#[derive(Clone)]
pub struct Opener {
    pub content: Rc<Content>,
    pub dispatcher: UseReducerDispatcher<OpenState>,
}

impl PartialEq for Opener {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.content, &other.content)
    }
}

impl Opener {
    /// Opens `id` and whatever contains it. False when the content has no such id.
    pub fn reveal(&self, id: &str) -> bool {
        match self.content.path_to(id) {
            Some(path) => {
                self.dispatcher.dispatch(Action::Reveal(path));
                true
            }
            None => false,
        }
    }
}
