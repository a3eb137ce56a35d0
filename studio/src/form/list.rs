//! A list of items in the form (sections, blocks, entries, sources): each item a group named by
//! its position and title, with buttons to move it up or down, duplicate or remove it, and a
//! button to add one. Buttons, not dragging, so the keyboard does everything; after a move,
//! focus follows the item.

use super::fields::shown_keys;
use super::{problem_list, FormCtx};
use crate::doc::{Edit, Path};
use crate::i18n::ui;
use factbox::content::Lang;
use serde_json::Value;
use yew::prelude::*;

pub struct ListOf {
    pub path: Path,
    /// What one item is called: "Section".
    pub noun: &'static str,
    pub heading: &'static str,
    /// What "add" appends; `Value::Null` for lists that add their own way (blocks).
    pub new_item: Value,
    /// An empty optional list leaves the file.
    pub optional: bool,
}

/// "Add section" / "Abschnitt hinzufügen".
pub fn add_label(lang: Lang, noun: &str) -> String {
    match lang {
        Lang::De => format!("{noun} {}", ui(lang).add.to_lowercase()),
        Lang::En => format!("{} {}", ui(lang).add, noun.to_lowercase()),
    }
}

pub fn list(form: &FormCtx, of: &ListOf, item: impl Fn(&FormCtx, &Path) -> Html, title: impl Fn(&Value) -> String) -> Html {
    let t = ui(form.ui);
    let items = form.get(&of.path).and_then(Value::as_array).cloned().unwrap_or_default();
    let count = items.len();
    let list_id = of.path.dom_id();
    let (problems, _) = problem_list(&list_id, form.ui, &form.problems_at(&of.path.check_path()));
    // Problems at any field the form does not show (a typo in a name, say) are shown at the item,
    // where the editor can see which entry has them.
    let shown = shown_keys();
    let rendered = items
        .iter()
        .enumerate()
        .map(|(i, value)| {
            let path = of.path.index(i);
            let id = path.dom_id();
            let name = format!("{} {}", of.noun, i + 1);
            let heading = match title(value).trim() {
                "" => name.clone(),
                text => format!("{name}: {text}"),
            };
            let (item_problems, _) = problem_list(&id, form.ui, &form.object_problems(&path.check_path(), &shown));
            let button = |verb: &str, suffix: &str, enabled: bool, edit: Edit, focus: Option<String>| {
                let (send, focus_next) = (form.edit.clone(), form.focus_next.clone());
                let onclick = Callback::from(move |_| {
                    *focus_next.borrow_mut() = focus.clone();
                    send.emit(edit.clone());
                });
                html! {
                    // Named with the item ("Up: Section 2"), the visible word first, as speech
                    // input users say it.
                    <button type="button" id={format!("{id}-{suffix}")} disabled={!enabled} {onclick} aria-label={format!("{verb}: {name}")}>
                        { verb.to_string() }
                    </button>
                }
            };
            let sibling = |j: usize, suffix: &str| Some(format!("{}-{suffix}", of.path.index(j).dom_id()));
            let removed_focus = if count > 1 { sibling(i.saturating_sub(1).min(count - 2), "legend") } else { Some(format!("{list_id}-add")) };
            let remove = if of.optional && count == 1 { Edit::Remove(of.path.clone()) } else { Edit::Remove(path.clone()) };
            html! {
                <fieldset class="item" id={id.clone()} tabindex="-1">
                    <legend id={format!("{id}-legend")} tabindex="-1">{ heading }</legend>
                    <div class="item-tools">
                        { button(t.up, "up", i > 0, Edit::Move(of.path.clone(), i, i.saturating_sub(1)), sibling(i.saturating_sub(1), "up")) }
                        { button(t.down, "down", i + 1 < count, Edit::Move(of.path.clone(), i, i + 1), sibling(i + 1, "down")) }
                        { button(t.duplicate, "duplicate", true, Edit::Duplicate(of.path.clone(), i), sibling(i + 1, "legend")) }
                        { button(t.remove, "remove", true, remove, removed_focus) }
                    </div>
                    { item_problems }
                    { item(form, &path) }
                </fieldset>
            }
        })
        .collect::<Html>();
    let add = (!of.new_item.is_null()).then(|| {
        let (send, focus_next, path, new_item, optional) = (form.edit.clone(), form.focus_next.clone(), of.path.clone(), of.new_item.clone(), of.optional);
        let focus = format!("{}-legend", of.path.index(count).dom_id());
        let onclick = Callback::from(move |_| {
            *focus_next.borrow_mut() = Some(focus.clone());
            // An optional list that is not there yet is made with its first item.
            send.emit(if optional && count == 0 { Edit::Set(path.clone(), Value::Array(vec![new_item.clone()])) } else { Edit::Push(path.clone(), new_item.clone()) });
        });
        html! { <button type="button" class="add" id={format!("{list_id}-add")} {onclick}>{ add_label(form.ui, of.noun) }</button> }
    });
    // Entries of a block need no heading of their own: the block's legend names them.
    let heading_id = (!of.heading.is_empty()).then(|| format!("{list_id}-heading"));
    let heading = heading_id.clone().map(|id| html! { <h3 {id}>{ of.heading }</h3> });
    html! {
        <div class="list" role="group" id={list_id.clone()} tabindex="-1" aria-labelledby={heading_id}>
            { heading }
            { problems }
            { rendered }
            { add }
        </div>
    }
}

