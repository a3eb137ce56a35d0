//! The fact box as Yew views. [`FactBox`] is the one component (it owns the state and the
//! hooks); everything inside it is a plain function from content to `Html`. Each component type
//! would add a copy of Yew's component machinery to the bundle, and nothing below the box needs
//! state of its own.
//!
//! The same views render on the server (the prerendered snippet) and in the browser (a box
//! rendered afresh, the studio's preview), so nothing here may touch browser APIs while
//! rendering.

mod accordion;
mod blocks;
mod fact_box;
mod markup;

pub use accordion::{button_id, section_of_button};
pub use fact_box::{Toggles, FactBox, FactBoxProps};
use yew::Html;

/// Children built from a list. Each `{ for iter }` in `html!` compiles Yew's list building
/// anew for its own iterator type, 1 to 4 KB of the bundle apiece; going through one `Vec`
/// shares a single copy. The DOM is the same: a fragment of the children.
fn each<T>(items: &[T], mut view: impl FnMut(usize, &T) -> Html) -> Html {
    let mut nodes = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        nodes.push(view(i, item));
    }
    Html::from(yew::virtual_dom::VList::with_children(nodes, None))
}

/// `h1`…`h6`: the box may sit anywhere in a page's outline, so its levels are relative.
fn heading_tag(level: u8) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][(level.clamp(1, 6) - 1) as usize]
}
