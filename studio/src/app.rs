//! The studio page: start, edit (form or JSON, with the problems), preview and publish. It owns
//! the document state ([`State`]), saves every change in the browser, restores it on the next
//! visit, and asks before the editor leaves with work that exists only here.

use crate::doc::{ancestors, dom_id, offset_of, Edit};
use crate::form::{Form, FormCtx};
use crate::i18n::ui;
use crate::json_view::JsonView;
use crate::preview::Preview;
use crate::problems::Problems;
use crate::publish::Publish;
use crate::start::{read_file, Start};
use crate::state::{Action, State};
use crate::store;
use factbox::content::check::Diagnostic;
use factbox::content::{starter, Lang};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum View {
    Form,
    Json,
}

/// The interface language: as chosen before, else the browser's.
fn initial_ui() -> Lang {
    store::load(store::UI_LANG)
        .or_else(|| web_sys::window()?.navigator().language())
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Focuses an element; a group (fieldset, section) focuses its first control, which a screen
/// reader announces with the group's name.
fn focus_element(element: Element) {
    let group = element.get_attribute("role").as_deref() == Some("group");
    let target = match element.tag_name().as_str() {
        "FIELDSET" | "SECTION" => element.query_selector("input, textarea, select").ok().flatten().unwrap_or(element),
        _ if group => element.query_selector("input, textarea, select").ok().flatten().unwrap_or(element),
        _ => element,
    };
    if let Ok(target) = target.dyn_into::<HtmlElement>() {
        let _ = target.focus();
    }
}

/// Focuses the form's control for a problem's path, or the nearest group around it.
fn focus_path(check_path: &str) -> bool {
    let Some(document) = document() else { return false };
    for path in ancestors(check_path) {
        if let Some(element) = document.get_element_by_id(&dom_id(path)) {
            focus_element(element);
            return true;
        }
    }
    false
}

/// Puts the caret at a line and column of the JSON view and scrolls it into sight.
fn focus_text(textarea: &NodeRef, text: &str, line: usize, column: usize) {
    if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
        let at = offset_of(text, line, column) as u32;
        let _ = area.focus();
        let _ = area.set_selection_range(at, at);
        // About where the line is: 1.5em lines, as studio.css sets them.
        let line_height = 1.5 * 14.0;
        area.set_scroll_top(((line as f64 - 3.0).max(0.0) * line_height) as i32);
    }
}

#[function_component]
pub fn App() -> Html {
    let ui_lang = use_state(initial_ui);
    let t = ui(*ui_lang);
    let restored = use_memo((), |_| store::load(store::DRAFT).filter(|d| !d.trim().is_empty()));
    let first = use_memo((), |_| (*restored).clone().unwrap_or_else(|| starter::text(*ui_lang)));
    let state = {
        let first = (*first).clone();
        use_reducer(move || State::new(first))
    };
    // The last text that left the studio (downloaded or copied). The untouched starter of a
    // first visit is nobody's work: leaving it asks nothing.
    let exported = use_state(|| store::load(store::EXPORTED).or_else(|| restored.is_none().then(|| (*first).clone())));
    let saved = use_state(|| true);
    let view = use_state(|| View::Form);
    let message = use_state(|| if restored.is_some() { t.restored.to_string() } else { String::new() });
    let focus_next = use_mut_ref(|| None::<String>);
    let caret_next = use_mut_ref(|| None::<(usize, usize)>);
    let textarea = use_node_ref();

    // Every change is saved at once.
    {
        let saved = saved.clone();
        use_effect_with(state.text.clone(), move |text| saved.set(store::save(store::DRAFT, text)));
    }
    // Leaving with work that exists only in this browser (or nowhere, if it cannot save) asks first.
    let unsaved = use_mut_ref(|| false);
    *unsaved.borrow_mut() = !*saved || exported.as_deref() != Some(&*state.text);
    {
        let unsaved = unsaved.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn(web_sys::BeforeUnloadEvent)>::new(move |e: web_sys::BeforeUnloadEvent| {
                if *unsaved.borrow() {
                    e.prevent_default();
                    e.set_return_value("unsaved");
                }
            });
            if let Some(window) = web_sys::window() {
                let _ = window.add_event_listener_with_callback("beforeunload", listener.as_ref().unchecked_ref());
            }
            // The listener lives as long as the page.
            listener.forget();
        });
    }
    // After each render: focus what an action asked for (an item moved or added, a problem chosen).
    {
        let (focus_next, caret_next, textarea, text) = (focus_next.clone(), caret_next.clone(), textarea.clone(), state.text.clone());
        use_effect(move || {
            if let Some(id) = focus_next.borrow_mut().take() {
                if !focus_id(&id) {
                    web_sys::console::warn_1(&format!("studio: nothing to focus at {id}").into());
                }
            }
            if let Some((line, column)) = caret_next.borrow_mut().take() {
                focus_text(&textarea, &text, line, column);
            }
        });
    }

    let edit = {
        let state = state.clone();
        Callback::from(move |e: Edit| state.dispatch(Action::Edit(e)))
    };
    let on_text = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Action::Text(text)))
    };
    let on_load = {
        let (state, message) = (state.clone(), message.clone());
        Callback::from(move |(text, note): (String, String)| {
            if !text.is_empty() {
                state.dispatch(Action::Load(text));
            }
            message.set(note);
        })
    };
    let on_choose = {
        let (view, caret_next, focus_next, has_form) = (view.clone(), caret_next.clone(), focus_next.clone(), state.value.is_some());
        Callback::from(move |d: Diagnostic| {
            if *view == View::Form && has_form && focus_path(&d.path) {
                return;
            }
            // No field for it (a syntax error, or the JSON view is open): its place in the text,
            // focused by the effect above once the JSON view has rendered. Setting the view
            // renders even when it is already the JSON view.
            *focus_next.borrow_mut() = None;
            *caret_next.borrow_mut() = Some((d.line, d.column));
            view.set(View::Json);
        })
    };
    let undo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Undo))
    };
    let redo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Redo))
    };
    // Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo the whole document, in every field: a field's
    // own undo would only know its own text.
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                return;
            }
            // Fields that are not part of the document (the ArchieML text, the publishing
            // options) keep the browser's own undo.
            let own = e.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|el| el.closest("[data-own-undo]").ok().flatten());
            if own.is_some() {
                return;
            }
            let action = match e.key().to_lowercase().as_str() {
                "z" if e.shift_key() => Action::Redo,
                "z" => Action::Undo,
                "y" => Action::Redo,
                _ => return,
            };
            e.prevent_default();
            state.dispatch(action);
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let (on_load, ui_lang) = (on_load.clone(), *ui_lang);
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                read_file(file, ui_lang, on_load.clone());
            }
        })
    };
    // A content file's text pasted anywhere but into a field opens as a new document. Listened
    // for on the document: with nothing focused, the page's body gets the paste.
    {
        let (on_load, label) = (on_load.clone(), t.pasted);
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn(web_sys::ClipboardEvent)>::new(move |e: web_sys::ClipboardEvent| {
                let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
                let in_field = target.is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
                let text = e.clipboard_data().and_then(|d| d.get_data("text/plain").ok()).unwrap_or_default();
                if !in_field && text.trim_start().starts_with('{') {
                    e.prevent_default();
                    on_load.emit((text, label.to_string()));
                }
            });
            if let Some(document) = document() {
                let _ = document.add_event_listener_with_callback("paste", listener.as_ref().unchecked_ref());
            }
            // The listener lives as long as the page.
            listener.forget();
        });
    }
    let on_ui = {
        let ui_lang = ui_lang.clone();
        Callback::from(move |e: Event| {
            let tag = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            store::save(store::UI_LANG, &tag);
            ui_lang.set(Lang::from_tag(&tag).unwrap_or(Lang::En));
        })
    };
    let on_exported = {
        let (exported, text) = (exported.clone(), state.text.clone());
        Callback::from(move |_| {
            store::save(store::EXPORTED, &text);
            exported.set(Some(text.to_string()));
        })
    };
    let set_view = |v: View| {
        let view = view.clone();
        Callback::from(move |_| view.set(v))
    };

    let editor = match (*view, &state.value) {
        (View::Form, Some(value)) => {
            let ctx = FormCtx { doc: value.clone(), diagnostics: state.diagnostics.clone(), ui: *ui_lang, edit, focus_next: focus_next.clone() };
            html! { <Form {ctx} /> }
        }
        (View::Form, None) => html! { <p class="notice">{ t.form_blocked }</p> },
        (View::Json, _) => html! {
            <JsonView text={AttrValue::from(state.text.to_string())} ui={*ui_lang} on_input={on_text} textarea={textarea.clone()}
                      invalid={!state.diagnostics.is_empty()} />
        },
    };
    let save_status = if !*saved {
        t.not_saved.to_string()
    } else if *unsaved.borrow() {
        format!("{} · {}", t.saved, t.not_exported)
    } else {
        t.saved.to_string()
    };
    let ready = state.diagnostics.is_empty();
    html! {
        <div class="studio" lang={ui_lang.tag()} {onkeydown} {ondragover} {ondrop}>
            <header class="top">
                <h1>{ t.app_title }</h1>
                <div class="tools">
                    <button type="button" onclick={undo} disabled={!state.can_undo()} aria-keyshortcuts="Control+Z">{ t.undo }</button>
                    <button type="button" onclick={redo} disabled={!state.can_redo()} aria-keyshortcuts="Control+Shift+Z">{ t.redo }</button>
                    <label for="ui-lang">{ t.ui_language }</label>
                    <select id="ui-lang" onchange={on_ui}>
                        { crate::i18n::lang_options(Some(*ui_lang)) }
                    </select>
                </div>
                <p class={classes!("saved", (!*saved).then_some("warn"))} role="status">{ save_status }</p>
                // On a tablet the panels stack: these jump between them.
                <nav class="jump" aria-label={t.jump}>
                    <a href="#edit-heading">{ t.edit }</a>
                    <a href="#preview-heading">{ t.preview }</a>
                    <a href="#publish-heading">{ t.publish }</a>
                </nav>
            </header>
            <main>
                <Start ui={*ui_lang} {on_load} message={AttrValue::from((*message).clone())} />
                <div class="columns">
                    <section class="editor" aria-labelledby="edit-heading">
                        <h2 id="edit-heading" tabindex="-1">{ t.edit }</h2>
                        <div class="views" role="group" aria-label={t.views}>
                            <button type="button" aria-pressed={(*view == View::Form).to_string()} onclick={set_view(View::Form)}>{ t.view_form }</button>
                            <button type="button" aria-pressed={(*view == View::Json).to_string()} onclick={set_view(View::Json)}>{ t.view_json }</button>
                        </div>
                        <Problems diagnostics={state.diagnostics.clone()} ui={*ui_lang} {on_choose} />
                        { editor }
                    </section>
                    <div class="side">
                        <Preview content={state.content.clone()} current={state.content_is_current} generation={state.generation} ui={*ui_lang} />
                        <Publish text={state.text.clone()} {ready} content={state.content.clone()} ui={*ui_lang} {on_exported} />
                    </div>
                </div>
            </main>
        </div>
    }
}

/// Focuses an element by id (a legend, a button).
fn focus_id(id: &str) -> bool {
    match document().and_then(|d| d.get_element_by_id(id)) {
        Some(element) => {
            focus_element(element);
            true
        }
        None => false,
    }
}
