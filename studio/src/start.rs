//! Where a box begins: the starter (the same file `factbox new` writes), the shipped C5+1 box,
//! or an editor's own file, opened with the file picker, dropped on the page or pasted. Each
//! replaces the draft as one step that undo takes back.

use crate::doc::pretty;
use crate::i18n::ui;
use factbox::content::{starter, Lang, DEFAULT_DE, DEFAULT_EN};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Files larger than this are not content files (the C5+1 box is 40 KB).
const MAX_BYTES: f64 = 2_000_000.0;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub ui: Lang,
    /// A new document's text, and what to tell the editor about it.
    pub on_load: Callback<(String, String)>,
    pub message: AttrValue,
}

#[function_component]
pub fn Start(props: &StartProps) -> Html {
    let t = ui(props.ui);
    let lang = use_state(|| props.ui);
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |e: Event| {
            lang.set(Lang::from_tag(&e.target_unchecked_into::<HtmlSelectElement>().value()).unwrap_or(Lang::De))
        })
    };
    let starter = {
        let (load, lang, label) = (props.on_load.clone(), *lang, t.starter);
        Callback::from(move |_| load.emit((starter::text(lang), label.to_string())))
    };
    let example = {
        let (load, lang, label) = (props.on_load.clone(), *lang, t.example);
        Callback::from(move |_| load.emit(((if lang == Lang::De { DEFAULT_DE } else { DEFAULT_EN }).to_string(), label.to_string())))
    };
    let on_file = {
        let load = props.on_load.clone();
        let ui = props.ui;
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file(file, ui, load.clone());
            }
            // The same file can be opened again.
            input.set_value("");
        })
    };
    let archieml = use_node_ref();
    let from_archieml = {
        let (load, archieml, made, nothing) = (props.on_load.clone(), archieml.clone(), t.aml_made, t.aml_nothing);
        Callback::from(move |_| {
            let text = archieml.cast::<HtmlTextAreaElement>().map(|a| a.value()).unwrap_or_default();
            let value = crate::archieml::to_json(&text);
            if value.as_object().is_none_or(|o| o.is_empty()) {
                load.emit((String::new(), nothing.to_string()));
            } else {
                load.emit((pretty(&value), made.to_string()));
            }
        })
    };
    html! {
        <section class="start" aria-labelledby="start-heading">
            <h2 id="start-heading">{ t.start }</h2>
            <div class="start-row">
                <div class="field">
                    <label for="start-lang">{ t.starter_lang }</label>
                    <select id="start-lang" onchange={on_lang}>
                        { crate::i18n::lang_options(Some(*lang)) }
                    </select>
                </div>
                <button type="button" onclick={starter}>{ t.starter }</button>
                <button type="button" onclick={example}>{ t.example }</button>
                <div class="field">
                    <label for="start-file">{ t.open_file }</label>
                    <input id="start-file" type="file" accept=".json,application/json" onchange={on_file} />
                </div>
            </div>
            <p class="hint">{ t.drop_hint }</p>
            <details class="archieml" data-own-undo="">
                <summary>{ t.aml_summary }</summary>
                <div class="field field--long">
                    <label for="start-aml">{ t.aml_label }</label>
                    <textarea id="start-aml" ref={archieml} rows="8" class="code" spellcheck="false" aria-describedby="start-aml-hint" />
                    <p class="hint" id="start-aml-hint">{ t.aml_hint }</p>
                </div>
                <button type="button" onclick={from_archieml}>{ t.aml_button }</button>
            </details>
            <p class="status" role="status">{ props.message.clone() }</p>
        </section>
    }
}

/// Reads a file the editor chose or dropped, and loads its text.
pub fn read_file(file: web_sys::File, ui_lang: Lang, load: Callback<(String, String)>) {
    let t = ui(ui_lang);
    let name = file.name();
    if file.size() > MAX_BYTES {
        load.emit((String::new(), format!("{}: {name} ({} KB): not a content file", t.unreadable_file, (file.size() / 1000.0) as u64)));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
            Some(text) => load.emit((text, format!("{}: {name}", t.loaded))),
            None => load.emit((String::new(), format!("{}: {name}", t.unreadable_file))),
        }
    });
}
