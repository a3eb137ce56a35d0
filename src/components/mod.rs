//! The fact box as Yew views. [`FactBox`] is the one component (it owns the state and the
//! hooks); everything inside it is a plain function from content to `Html`. Each component type
//! would add a copy of Yew's component machinery to the bundle, and nothing below the box needs
//! state of its own.
//!
//! The same views render on the server (the prerendered snippet) and in the browser
//! (hydration), so nothing here may touch browser APIs while rendering.

mod accordion;
mod blocks;
mod citation;
mod fact_box;

pub use fact_box::{FactBox, FactBoxProps, ToggleEvent};

/// `h1`…`h6`: the box may sit anywhere in a page's outline, so its levels are relative.
fn heading_tag(level: u8) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][(level.clamp(1, 6) - 1) as usize]
}
