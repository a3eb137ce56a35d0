//! factbox: an embeddable, accessible fact box for news articles.
//!
//! Data flows one way: content file → [`content::Content`] → [`components`] → DOM. The same
//! components render on the server ([`ssr`], the editor's snippet) and hydrate in the browser
//! ([`embed`]).

pub mod components;
pub mod config;
pub mod content;
mod hooks;
pub mod i18n;
pub mod state;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod ssr;

#[cfg(target_arch = "wasm32")]
pub mod embed;
