//! One collapsible section, after the WAI-ARIA APG accordion pattern: a `<button>` that is
//! the only child of a heading, with `aria-expanded` and `aria-controls`.

use super::heading_tag;
use yew::prelude::*;
use yew::virtual_dom::VTag;

#[derive(Properties, PartialEq)]
pub struct AccordionProps {
    /// Content id of the section; DOM ids and `data-section` derive from it.
    pub id: AttrValue,
    pub title: AttrValue,
    pub level: u8,
    pub open: bool,
    pub on_toggle: Callback<String>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn Accordion(props: &AccordionProps) -> Html {
    let button_id = format!("fb-{}-button", props.id);
    let panel_id = format!("fb-{}-panel", props.id);
    let onclick = {
        let (id, on_toggle) = (props.id.to_string(), props.on_toggle.clone());
        Callback::from(move |_: MouseEvent| on_toggle.emit(id.clone()))
    };

    html! {
        <div class={classes!("fb-acc", props.class.clone(), props.open.then_some("fb-acc--open"))}
             data-section={props.id.clone()}>
            <@{heading_tag(props.level)} class="fb-acc-heading">
                <button type="button" class="fb-acc-button" id={button_id.clone()}
                        aria-expanded={props.open.to_string()} aria-controls={panel_id.clone()} {onclick}>
                    <span class="fb-acc-title" dir="auto">{ props.title.clone() }</span>
                    <span class="fb-acc-icon" aria-hidden="true"></span>
                </button>
            </@>
            { panel(&panel_id, &button_id, props.open, props.children.clone()) }
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
