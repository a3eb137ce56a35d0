//! The form view: every field of a content file as a labelled control, built from the JSON
//! value so that anything the file holds stays editable. Each control is named by its path
//! (`doc::dom_id`), so a problem from the check is shown beside it and can move focus to it.

mod blocks;
mod fields;
mod list;

use crate::doc::{Edit, Path};
use crate::i18n::{self, ui};
use factbox::content::check::Diagnostic;
use factbox::content::Lang;
use fields::{fields, fields_of, BOX, FIGURE, SECTION, SOURCE, STATEMENT};
use list::{list, ListOf};
use serde_json::{json, Value};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What every control needs: the document, its problems, the interface language, and how to
/// change the document. Provided once by [`Form`] as a context.
#[derive(Clone)]
pub struct FormCtx {
    pub doc: Rc<Value>,
    pub diagnostics: Rc<Vec<Diagnostic>>,
    pub ui: Lang,
    pub edit: Callback<Edit>,
    /// The id of the control to focus after the next render (an item that moved or appeared).
    pub focus_next: Rc<RefCell<Option<String>>>,
}

impl PartialEq for FormCtx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc) && Rc::ptr_eq(&self.diagnostics, &other.diagnostics) && self.ui == other.ui
    }
}

impl FormCtx {
    pub fn get(&self, path: &Path) -> Option<&Value> {
        path.get(&self.doc)
    }

    /// The problems reported exactly at a path.
    pub fn problems_at(&self, path: &str) -> Vec<&Diagnostic> {
        self.diagnostics.iter().filter(|d| d.path == path).collect()
    }

    /// The problems of an object: at the object itself, or at a field the form has no control
    /// for (a misspelt name, say), which only the object can show.
    pub fn object_problems(&self, path: &str, known: &[&str]) -> Vec<&Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| {
                d.path == path
                    || d.path.strip_prefix(path).and_then(|rest| if path.is_empty() { Some(rest) } else { rest.strip_prefix('.') }).is_some_and(|key| {
                        let name = key.split(['.', '[']).next().unwrap_or(key);
                        !name.is_empty() && !known.contains(&name) && !key.contains(['.', '['])
                    })
            })
            .collect()
    }

    /// The sources entries can cite: id and a readable name.
    pub fn sources(&self) -> Vec<(String, String)> {
        let list = self.doc.get("sources").and_then(Value::as_array).cloned().unwrap_or_default();
        list.iter()
            .filter_map(|s| {
                let id = s.get("id")?.as_str()?.to_string();
                let text = |k: &str| s.get(k).and_then(Value::as_str).unwrap_or("").trim().to_string();
                let name = match (text("publisher"), text("title")) {
                    (p, t) if p.is_empty() && t.is_empty() => id.clone(),
                    (p, t) if t.is_empty() => format!("{p} ({id})"),
                    (p, t) => format!("{p}: {t} ({id})"),
                };
                Some((id, name))
            })
            .collect()
    }
}

/// A problem as it is shown beside its field.
pub fn problem_text(ui_lang: Lang, d: &Diagnostic) -> Html {
    let t = ui(ui_lang);
    // The rules speak English (the CLI's words, one definition); marked so, a screen reader in
    // the German interface reads them in English, and the line and column in German.
    html! { <><span lang="en">{ d.message.clone() }</span>{ format!(" ({} {}, {} {})", t.line, d.line, t.column, d.column) }</> }
}

/// The problems beside a control, and the id that describes it, if any.
pub fn problem_list(id: &str, ui: Lang, problems: &[&Diagnostic]) -> (Html, Option<String>) {
    if problems.is_empty() {
        return (Html::default(), None);
    }
    let describedby = format!("{id}-problem");
    let items = problems.iter().map(|d| html! { <li>{ problem_text(ui, d) }</li> }).collect::<Html>();
    (html! { <ul class="field-problems" id={describedby.clone()}>{ items }</ul> }, Some(describedby))
}

#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub ctx: FormCtx,
}

#[function_component]
pub fn Form(props: &FormProps) -> Html {
    let form = &props.ctx;
    let t = ui(form.ui);
    let root = Path::root();
    let (box_problems, _) = problem_list("f-box", form.ui, &form.object_problems("", fields::CONTENT_KEYS));
    let summary = root.key("summary");
    let (summary_problems, _) = problem_list(&summary.dom_id(), form.ui, &form.object_problems("summary", &["text", "caveat", "sources"]));
    let glance = ListOf {
        path: root.key("glance"),
        noun: t.glance_item,
        heading: t.glance,
        new_item: json!({ "value": 0, "label": "", "sources": [] }),
        optional: true,
    };
    let sections = ListOf { path: root.key("sections"), noun: t.section, heading: t.sections, new_item: new_section(), optional: false };
    let sources = ListOf {
        path: root.key("sources"),
        noun: t.source,
        heading: t.sources,
        new_item: json!({ "id": "", "publisher": "", "title": "", "url": "" }),
        optional: false,
    };
    html! {
        <ContextProvider<FormCtx> context={form.clone()}>
            <div class="form">
                <fieldset class="group" id="f-box" tabindex="-1">
                    <legend>{ t.the_box }</legend>
                    { box_problems }
                    { fields(form, &root, BOX) }
                    <fieldset class="group" id={summary.dom_id()} tabindex="-1">
                        <legend>{ i18n::field(form.ui, "summary") }</legend>
                        { summary_problems }
                        { fields(form, &summary, STATEMENT) }
                    </fieldset>
                </fieldset>
                { list(form, &glance, |form, path| fields_of(form, path, FIGURE), title_of("label")) }
                { list(form, &sections, section, title_of("title")) }
                { list(form, &sources, |form, path| fields(form, path, SOURCE), title_of("publisher")) }
            </div>
        </ContextProvider<FormCtx>>
    }
}

fn new_section() -> Value {
    json!({ "id": "", "title": "", "blocks": [blocks::new_block("text")] })
}

/// An item's title in its legend: the text of one of its fields.
fn title_of(key: &'static str) -> impl Fn(&Value) -> String {
    move |v| v.get(key).and_then(Value::as_str).unwrap_or("").to_string()
}

fn section(form: &FormCtx, path: &Path) -> Html {
    let t = ui(form.ui);
    let blocks = ListOf { path: path.key("blocks"), noun: t.block, heading: t.blocks, new_item: Value::Null, optional: false };
    html! {
        <>
            { fields(form, path, SECTION) }
            { list(form, &blocks, |_, path| html! { <blocks::BlockEditor path={path.clone()} /> }, blocks::kind_title(form.ui)) }
            <blocks::AddBlock path={path.key("blocks")} />
        </>
    }
}
