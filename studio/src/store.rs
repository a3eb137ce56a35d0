//! What the studio keeps in the browser (localStorage): the draft after every change, the last
//! text the editor took out of the studio (downloaded or copied), and the settings. Storage can
//! be full or switched off; then nothing is saved, the studio says so, and leaving the page asks
//! first.

pub const DRAFT: &str = "factbox-studio.draft";
pub const EXPORTED: &str = "factbox-studio.exported";
pub const BASE_URL: &str = "factbox-studio.base-url";
pub const ARTICLE: &str = "factbox-studio.article";
pub const UI_LANG: &str = "factbox-studio.ui-lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// True when the value is stored.
pub fn save(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}
