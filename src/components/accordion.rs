//! One collapsible section, after the WAI-ARIA APG accordion pattern: a `<button>` that is
//! the only child of a heading, with `aria-expanded` and `aria-controls`.

use super::heading_tag;
use yew::prelude::*;
use yew::virtual_dom::VTag;

pub struct Section<'a> {
    /// Content id of the section; DOM ids and `data-section` derive from it.
    pub id: &'a str,
    pub title: &'a str,
    pub level: u8,
    pub open: bool,
    pub on_toggle: &'a Callback<String>,
    pub country: bool,
}

pub fn accordion(section: Section<'_>, children: Html) -> Html {
    let Section { id, title, level, open, on_toggle, country } = section;
    let button_id = format!("fb-{id}-button");
    let panel_id = format!("fb-{id}-panel");
    let onclick = {
        let (id, on_toggle) = (id.to_string(), on_toggle.clone());
        Callback::from(move |_: MouseEvent| on_toggle.emit(id.clone()))
    };
    html! {
        <div key={id.to_string()} class={classes!("fb-acc", country.then_some("fb-acc--country"), open.then_some("fb-acc--open"))}
             data-section={id.to_string()}>
            <@{heading_tag(level)} class="fb-acc-heading">
                <button type="button" class="fb-acc-button" id={button_id.clone()}
                        aria-expanded={open.to_string()} aria-controls={panel_id.clone()} {onclick}>
                    <span class="fb-acc-title" dir="auto">{ title.to_string() }</span>
                    <span class="fb-acc-icon" aria-hidden="true"></span>
                </button>
            </@>
            { panel(&panel_id, &button_id, open, children) }
        </div>
    }
}

/// The panel. Closed panels carry `hidden="until-found"` so that the browser's find-in-page
/// still searches them and can reveal a match; `html!` only allows a boolean `hidden`, hence
/// the hand-built tag.
fn panel(id: &str, labelled_by: &str, open: bool, children: Html) -> Html {
    let mut tag = VTag::new("div");
    tag.add_attribute("class", "fb-acc-panel");
    tag.add_attribute("id", id.to_string());
    tag.add_attribute("aria-labelledby", labelled_by.to_string());
    if !open {
        tag.add_attribute("hidden", "until-found");
    }
    tag.add_child(children);
    tag.into()
}
