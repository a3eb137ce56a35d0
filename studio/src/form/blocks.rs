//! One editor per kind of block, each a small component: a text block is a statement, facts,
//! figures and timelines are lists of entries, bars a title and figures, profiles are entries
//! with rows. A kind the form has no editor for (a map, whose shapes scripts/map.mjs draws; a
//! kind added later) is edited as JSON, so every block stays editable; adding its form editor
//! is one arm in [`BlockEditor`].

use super::fields::{fields, fields_of, BARS, EVENT, FACT, FIGURE, PROFILE, ROW, STATEMENT};
use super::list::{add_label, list, ListOf};
use super::{problem_list, FormCtx};
use crate::doc::{pretty, Edit, Path};
use crate::i18n::{self, ui};
use factbox::content::{Lang, BLOCK_KINDS};
use serde_json::{json, Value};
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BlockProps {
    pub path: Path,
}

/// What a new block of a kind holds: one empty entry, which the check asks the editor to fill.
pub fn new_block(kind: &str) -> Value {
    match kind {
        "text" => json!({ "type": "text", "text": "", "sources": [] }),
        "facts" | "figures" | "timeline" | "profiles" => json!({ "type": kind, "items": [new_entry(kind)] }),
        "bars" => json!({ "type": "bars", "title": "", "items": [new_entry("figures")] }),
        other => json!({ "type": other }),
    }
}

fn new_entry(kind: &str) -> Value {
    match kind {
        "facts" => json!({ "label": "", "text": "", "sources": [] }),
        "figures" | "bars" => json!({ "value": 0, "label": "", "sources": [] }),
        "timeline" => json!({ "date": "", "text": "", "sources": [] }),
        _ => json!({ "id": "", "name": "", "fields": [new_row()] }),
    }
}

fn new_row() -> Value {
    json!({ "label": "", "text": "" })
}

/// A block's title in its legend: its kind.
pub fn kind_title(lang: Lang) -> impl Fn(&Value) -> String {
    move |v| i18n::kind(lang, v.get("type").and_then(Value::as_str).unwrap_or(""))
}

#[function_component]
pub fn BlockEditor(props: &BlockProps) -> Html {
    let form = use_context::<FormCtx>().expect("inside the form");
    let path = props.path.clone();
    match form.get(&path).and_then(|b| b.get("type")).and_then(Value::as_str) {
        Some("text") => html! { <TextBlock {path} /> },
        Some("facts") => html! { <FactsBlock {path} /> },
        Some("figures") => html! { <FiguresBlock {path} /> },
        Some("timeline") => html! { <TimelineBlock {path} /> },
        Some("profiles") => html! { <ProfilesBlock {path} /> },
        Some("bars") => html! { <BarsBlock {path} /> },
        _ => html! { <RawBlock {path} /> },
    }
}

#[function_component]
fn TextBlock(props: &BlockProps) -> Html {
    let form = use_context::<FormCtx>().expect("inside the form");
    fields(&form, &props.path, STATEMENT)
}

/// The entries of a list block, each with the fields of `spec`.
fn entries(form: &FormCtx, block: &Path, kind: &str, item: impl Fn(&FormCtx, &Path) -> Html, title: &'static str) -> Html {
    let t = ui(form.ui);
    let of = ListOf { path: block.key("items"), noun: t.entry, heading: "", new_item: new_entry(kind), optional: false };
    list(form, &of, item, move |v| v.get(title).and_then(Value::as_str).unwrap_or("").to_string())
}

#[function_component]
fn FactsBlock(props: &BlockProps) -> Html {
    let form = use_context::<FormCtx>().expect("inside the form");
    entries(&form, &props.path, "facts", |f, p| fields(f, p, FACT), "label")
}

#[function_component]
fn FiguresBlock(props: &BlockProps) -> Html {
    let form = use_context::<FormCtx>().expect("inside the form");
    entries(&form, &props.path, "figures", |f, p| fields_of(f, p, FIGURE), "label")
}

/// Bars: a title, and figures drawn as bars.
#[function_component]
fn BarsBlock(props: &BlockProps) -> Html {
    let form = use_context::<FormCtx>().expect("inside the form");
    html! {
        <>
            { fields(&form, &props.path, BARS) }
            { entries(&form, &props.path, "bars", |f, p| fields_of(f, p, FIGURE), "label") }
        </>
    }
}

#[function_component]
fn TimelineBlock(props: &BlockProps) -> Html {
    let form = use_context::<FormCtx>().expect("inside the form");
    entries(&form, &props.path, "timeline", |f, p| fields(f, p, EVENT), "date")
}

#[function_component]
fn ProfilesBlock(props: &BlockProps) -> Html {
    let form = use_context::<FormCtx>().expect("inside the form");
    entries(
        &form,
        &props.path,
        "profiles",
        |f, p| {
            let t = ui(f.ui);
            let rows = ListOf { path: p.key("fields"), noun: t.row, heading: t.rows, new_item: new_row(), optional: false };
            html! {
                <>
                    { fields(f, p, PROFILE) }
                    { list(f, &rows, |f, p| fields_of(f, p, ROW), |v| v.get("label").and_then(Value::as_str).unwrap_or("").to_string()) }
                </>
            }
        },
        "name",
    )
}

/// A block of a kind the form has no editor for, as JSON: applied as soon as it parses.
#[function_component]
fn RawBlock(props: &BlockProps) -> Html {
    let form = use_context::<FormCtx>().expect("inside the form");
    let t = ui(form.ui);
    // What the editor typed, as typed (the caret stays where it is), with why it does not
    // parse or the block it became. Shown while it is still the document's block: after an
    // undo, say, the document's own block shows again.
    let draft = use_state(|| None::<(String, Result<Value, String>)>);
    let id = format!("{}-json", props.path.dom_id());
    let check_path = props.path.check_path();
    let problems: Vec<_> = form.diagnostics.iter().filter(|d| d.path.starts_with(&check_path) && d.path != check_path).collect();
    let (problems, describedby) = problem_list(&id, form.ui, &problems);
    let current = form.get(&props.path);
    let text = match &*draft {
        Some((text, Err(_))) => text.clone(),
        Some((text, Ok(applied))) if Some(applied) == current => text.clone(),
        _ => current.map(pretty).unwrap_or_default(),
    };
    let oninput = {
        let (draft, edit, path) = (draft.clone(), form.edit.clone(), props.path.clone());
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            match serde_json::from_str::<Value>(&typed) {
                Ok(value) => {
                    draft.set(Some((typed, Ok(value.clone()))));
                    edit.emit(Edit::Set(path.clone(), value));
                }
                Err(error) => draft.set(Some((typed, Err(error.to_string())))),
            }
        })
    };
    let kind = form.get(&props.path).and_then(|b| b.get("type")).and_then(Value::as_str).unwrap_or("?").to_string();
    let invalid = match &*draft {
        Some((_, Err(error))) => html! { <p class="field-problems" role="alert">{ format!("{}: {error}", t.raw_invalid) }</p> },
        _ => Html::default(),
    };
    html! {
        <div class="field field--long">
            <label for={id.clone()}>{ format!("{} {}", i18n::kind(form.ui, &kind), t.raw_block) }</label>
            <textarea {id} class="code" rows="8" spellcheck="false" value={text} {oninput} aria-describedby={describedby} />
            { invalid }
            { problems }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AddBlockProps {
    /// The section's `blocks` list.
    pub path: Path,
}

/// "Add block" with a choice of kind: every kind the model knows, the new ones included.
#[function_component]
pub fn AddBlock(props: &AddBlockProps) -> Html {
    let form = use_context::<FormCtx>().expect("inside the form");
    let t = ui(form.ui);
    let kind = use_state(|| "text".to_string());
    let id = format!("{}-kind", props.path.dom_id());
    let options = BLOCK_KINDS
        .iter()
        .map(|k| html! { <option value={*k} selected={*kind == *k}>{ i18n::kind(form.ui, k) }</option> })
        .collect::<Html>();
    let onchange = {
        let kind = kind.clone();
        Callback::from(move |e: Event| kind.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let onclick = {
        let (edit, focus_next, path, kind) = (form.edit.clone(), form.focus_next.clone(), props.path.clone(), kind.clone());
        let count = form.get(&props.path).and_then(Value::as_array).map_or(0, Vec::len);
        Callback::from(move |_| {
            *focus_next.borrow_mut() = Some(format!("{}-legend", path.index(count).dom_id()));
            edit.emit(Edit::Push(path.clone(), new_block(&kind)));
        })
    };
    html! {
        <div class="add-block">
            <label for={id.clone()}>{ t.block_kind }</label>
            <select {id} {onchange}>{ options }</select>
            <button type="button" {onclick}>{ add_label(form.ui, t.block) }</button>
        </div>
    }
}
