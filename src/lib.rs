//! factbox: an embeddable, accessible fact box for news articles. This is the core every part
//! shares: the content model, its one reader and its rules ([`content`]), the UI strings
//! ([`i18n`]), the open/closed state ([`state`]) and the views ([`components`]), and server
//! rendering ([`ssr`], feature `ssr`). Two thin crates sit on top: `cli/` (the `factbox`
//! command) and `web/` (the browser bundle, which resumes what `ssr` prerendered).
//!
//! Data flows one way: content file → [`content::Content`] → [`components`] → DOM.

pub mod components;
pub mod config;
pub mod content;
pub mod hooks;
pub mod i18n;
pub mod state;

#[cfg(feature = "render")]
pub mod ssr;
