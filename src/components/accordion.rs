//! One collapsible section, after the WAI-ARIA APG accordion pattern: a `<button>` that is
//! the only child of a heading, with `aria-expanded` and `aria-controls`.

use super::heading_tag;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag};

pub struct Section<'a> {
    /// Content id of the section; DOM ids and `data-section` derive from it.
    pub id: &'a str,
    pub level: u8,
    pub open: bool,
}

/// The id of a section's header button, `fb-<id>-button`: what deep links look for and what a
/// click on a header names (the loader reads it too, in `static/factbox.js`).
#[inline]
pub fn button_id(id: &str) -> String {
    ["fb-", id, "-button"].concat()
}

/// The section a header button's id names: the inverse of [`button_id`].
#[inline]
pub fn section_of_button(button_id: &str) -> Option<&str> {
    button_id.strip_prefix("fb-")?.strip_suffix("-button")
}

/// `label`: what the header button shows (`Markup::header_label`), a raw fragment like the
/// panel's reading text, since neither ever changes in a box.
pub fn accordion(section: Section<'_>, label: Html, children: Html) -> Html {
    let Section { id, level, open } = section;
    // Built once per render and shared (`AttrValue` clones share the string): a toggle renders
    // every header again, and each string here is an allocation on a phone's slow main thread.
    let button_id = AttrValue::from(button_id(id));
    let panel_id = AttrValue::from(["fb-", id, "-panel"].concat());
    let expanded = AttrValue::Static(if open { "true" } else { "false" });

    html! {
        // Its classes never change: a toggle writes only the button's state and the panel's
        // `hidden` (and the stylesheet keys off those), no class list to rebuild per render.
        // No key: sections and entries never move, and an unkeyed list is diffed in place,
        // without hashing every key on every render.
        <div class="fb-acc" data-section={AttrValue::from(id.to_string())}>
            <@{heading_tag(level)} class="fb-acc-heading">
                <button type="button" class="fb-acc-button" id={button_id.clone()}
                        aria-expanded={expanded} aria-controls={panel_id.clone()}>
                    { label }
                </button>
            </@>
            { panel(panel_id, button_id, open, children) }
        </div>
    }
}

/// The panel. Closed panels carry `hidden="until-found"` so that the browser's find-in-page
/// still searches them and can reveal a match; `html!` only allows a boolean `hidden`, hence
/// the hand-built tag. Its attributes have fixed keys, as `html!` would build them:
/// `VTag::add_attribute` would switch Yew to its map of attributes, 1.3 KB more in the bundle.
fn panel(id: AttrValue, labelled_by: AttrValue, open: bool, children: Html) -> Html {
    let attribute = |value: AttrValue| Some(AttributeOrProperty::Attribute(value));
    let mut tag = VTag::new("div");
    tag.set_attributes(Attributes::Dynamic {
        keys: &["class", "id", "aria-labelledby", "hidden"],
        values: Box::new([
            attribute("fb-acc-panel".into()),
            attribute(id),
            attribute(labelled_by),
            if open { None } else { attribute("until-found".into()) },
        ]),
    });
    tag.add_child(children);
    tag.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_button_id_names_its_section() {
        assert_eq!(button_id("kasachstan"), "fb-kasachstan-button");
        assert_eq!(section_of_button(&button_id("andere-maechte")), Some("andere-maechte"));
        assert_eq!(section_of_button("fb-all"), None);
        assert_eq!(section_of_button(""), None);
    }
}
