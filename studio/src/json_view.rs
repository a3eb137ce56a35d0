//! The JSON view: the content file's text in a text area, with line numbers beside it so that
//! a problem's "line 12" can be found by eye.

use crate::i18n::ui;
use factbox::content::Lang;
use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JsonViewProps {
    pub text: AttrValue,
    pub ui: Lang,
    pub on_input: Callback<String>,
    pub textarea: NodeRef,
    /// Whether the check found problems: the text area says so to assistive technology.
    pub invalid: bool,
}

#[function_component]
pub fn JsonView(props: &JsonViewProps) -> Html {
    let gutter = use_node_ref();
    let lines = props.text.split('\n').count().max(1);
    let numbers: String = (1..=lines).map(|n| format!("{n}\n")).collect();
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| on_input.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    // The numbers scroll with the text.
    let onscroll = {
        let gutter = gutter.clone();
        Callback::from(move |e: Event| {
            if let Some(g) = gutter.cast::<HtmlElement>() {
                g.set_scroll_top(e.target_unchecked_into::<HtmlElement>().scroll_top());
            }
        })
    };
    html! {
        <div class="json-view">
            <label for="json-text">{ ui(props.ui).json_label }</label>
            <div class="code-frame">
                <pre class="gutter" aria-hidden="true" ref={gutter}>{ numbers }</pre>
                <textarea id="json-text" class="code" ref={props.textarea.clone()} spellcheck="false" wrap="off"
                          value={props.text.clone()} {oninput} {onscroll}
                          aria-invalid={props.invalid.then_some("true")} aria-describedby="problems-heading" />
            </div>
        </div>
    }
}
