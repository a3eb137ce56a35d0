//! Publishing: the content file to download, the snippet for the article page (server
//! rendering compiled to wasm: the same bytes `factbox render` prints for the same file and
//! options), and the iframe code. Nothing can leave the studio while a problem remains.

use crate::i18n::ui;
use crate::store;
use factbox::config::Theme;
use factbox::content::{Content, Lang};
use factbox::ssr::{snippet_async, ContentRef, SnippetOptions};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PublishProps {
    pub text: Rc<str>,
    /// No problem remains.
    pub ready: bool,
    pub content: Option<Rc<Content>>,
    pub ui: Lang,
    /// The text left the studio (downloaded or copied).
    pub on_exported: Callback<()>,
}

#[derive(Clone, PartialEq)]
struct Options {
    base_url: String,
    article: String,
    heading_level: u8,
    theme: Theme,
}

/// Where the bundle is, by default: next to the studio, as `make demo` and `make dist` lay out.
fn default_base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|href| web_sys::Url::new_with_base("../factbox/", &href).ok())
        .map(|u| u.href())
        .unwrap_or_else(|| "/factbox/".into())
}

/// As the CLI reads `--base`: always ending in `/`.
fn with_slash(base: &str) -> String {
    let base = base.trim();
    if base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    }
}

/// A file name made of the article name's safe characters.
fn file_name(article: &str) -> String {
    let name: String = article.trim().chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' { c } else { '-' }).collect();
    if name.is_empty() { "factbox".into() } else { name }
}

#[function_component]
pub fn Publish(props: &PublishProps) -> Html {
    let t = ui(props.ui);
    let options = use_state(|| Options {
        base_url: store::load(store::BASE_URL).unwrap_or_else(default_base),
        article: store::load(store::ARTICLE).unwrap_or_else(|| "factbox".into()),
        heading_level: 2,
        theme: Theme::Auto,
    });
    let snippet = use_state(|| None::<Result<String, String>>);
    let status = use_state(String::new);
    // A new snippet for every change of text or options, made once typing pauses; until then
    // there is none (never an older text's to copy), and a render that a newer change
    // overtook is dropped.
    let latest = use_mut_ref(|| 0u64);
    {
        let (snippet, latest) = (snippet.clone(), latest.clone());
        use_effect_with((props.text.clone(), (*options).clone(), props.ready), move |(text, o, ready)| {
            *latest.borrow_mut() += 1;
            let mine = *latest.borrow();
            snippet.set(None);
            if *ready {
                let opts = SnippetOptions {
                    content: ContentRef::Inline { text: text.to_string() },
                    base_url: with_slash(&o.base_url),
                    heading_level: o.heading_level,
                    open: Default::default(),
                    theme: o.theme,
                    id: None,
                    remember: true,
                    with_script: true,
                    lang: None,
                };
                wasm_bindgen_futures::spawn_local(async move {
                    pause(PAUSE_MS).await;
                    if *latest.borrow() != mine {
                        return;
                    }
                    let made = snippet_async(&opts).await;
                    if *latest.borrow() == mine {
                        snippet.set(Some(made));
                    }
                });
            }
        });
    }
    // Text fields update on every key (`oninput`), not when they lose focus: a render in
    // between (a snippet that just finished) would otherwise put the old value back.
    let set = |apply: fn(&mut Options, String), key: Option<&'static str>| {
        let options = options.clone();
        Callback::from(move |e: Event| {
            let value = match e.target_dyn_into::<HtmlSelectElement>() {
                Some(select) => select.value(),
                None => e.target_unchecked_into::<HtmlInputElement>().value(),
            };
            if let Some(key) = key {
                store::save(key, &value);
            }
            let mut next = (*options).clone();
            apply(&mut next, value);
            options.set(next);
        })
    };
    let set_text = |apply: fn(&mut Options, String), key: &'static str| {
        let set = set(apply, Some(key));
        Callback::from(move |e: InputEvent| set.emit(e.into()))
    };
    let name = file_name(&options.article);
    let base = with_slash(&options.base_url);
    let iframe = props.content.as_ref().map(|c| factbox::ssr::iframe_code(&factbox::ssr::embed_page_url(&base, &name), "factbox", c.lang, &c.title, &base));
    let ready_snippet = snippet.as_ref().and_then(|s| s.as_ref().ok()).cloned();
    let download = {
        let (text, name, status, exported, done) = (props.text.clone(), name.clone(), status.clone(), props.on_exported.clone(), t.downloaded);
        Callback::from(move |_| {
            if download_file(&format!("{name}.json"), &text).is_ok() {
                status.set(format!("{done}: {name}.json"));
                exported.emit(());
            }
        })
    };
    let copy = |what: Option<String>| {
        let (status, exported, t) = (status.clone(), props.on_exported.clone(), t);
        Callback::from(move |_| {
            let Some(text) = what.clone() else { return };
            let (status, exported) = (status.clone(), exported.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let copied = copy_text(&text).await;
                status.set(if copied { t.copied } else { t.copy_failed }.to_string());
                if copied {
                    exported.emit(());
                }
            });
        })
    };
    let problem = snippet.as_ref().and_then(|s| s.as_ref().err()).cloned();
    let disabled = !props.ready || ready_snippet.is_none();
    let theme_options = [Theme::Auto, Theme::Light, Theme::Dark]
        .map(|theme| {
            let label = match theme {
                Theme::Auto => t.auto,
                Theme::Light => t.light,
                Theme::Dark => t.dark,
            };
            html! { <option value={theme.name()} selected={options.theme == theme}>{ label }</option> }
        })
        .into_iter()
        .collect::<Html>();
    let level_options = (1..=4u8).map(|l| html! { <option value={l.to_string()} selected={options.heading_level == l}>{ format!("h{l}") }</option> }).collect::<Html>();
    let cli = format!(
        "factbox render --content {name}.json --base {base}{}{}",
        if options.heading_level != 2 { format!(" --heading-level {}", options.heading_level) } else { String::new() },
        if options.theme != Theme::Auto { format!(" --theme {}", options.theme.name()) } else { String::new() },
    );
    html! {
        <section class="publish" aria-labelledby="publish-heading" data-own-undo="">
            <h2 id="publish-heading" tabindex="-1">{ t.publish }</h2>
            if !props.ready { <p class="notice">{ t.publish_blocked }</p> }
            <div class="field">
                <label for="publish-base">{ t.base_url }</label>
                <input id="publish-base" type="url" value={options.base_url.clone()} oninput={set_text(|o, v| o.base_url = v, store::BASE_URL)} />
            </div>
            <div class="field">
                <label for="publish-article">{ t.article }</label>
                <input id="publish-article" type="text" value={options.article.clone()} oninput={set_text(|o, v| o.article = v, store::ARTICLE)} />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="publish-level">{ t.heading_level }</label>
                    <select id="publish-level" onchange={set(|o, v| o.heading_level = v.parse().unwrap_or(2), None)}>{ level_options }</select>
                </div>
                <div class="field">
                    <label for="publish-theme">{ t.theme }</label>
                    <select id="publish-theme" onchange={set(|o, v| o.theme = Theme::parse(&v).unwrap_or_default(), None)}>{ theme_options }</select>
                </div>
            </div>
            <div class="actions">
                <button type="button" disabled={!props.ready} onclick={download}>{ t.download }</button>
                <button type="button" {disabled} onclick={copy(ready_snippet.clone())}>{ t.copy_snippet }</button>
                <button type="button" disabled={!props.ready} onclick={copy(iframe.clone())}>{ t.copy_iframe }</button>
            </div>
            <p class="status" role="status">{ (*status).clone() }</p>
            if let Some(problem) = problem { <p class="field-problems" role="alert">{ problem }</p> }
            <div class="field field--long">
                <label for="publish-snippet">{ t.snippet }</label>
                <textarea id="publish-snippet" class="code" readonly=true rows="6" value={ready_snippet.unwrap_or_default()} />
                <p class="hint">{ format!("{} ", t.same_as) }<code>{ cli }</code></p>
            </div>
            <div class="field field--long">
                <label for="publish-iframe">{ t.iframe }</label>
                <textarea id="publish-iframe" class="code" readonly=true rows="3" value={if props.ready { iframe.unwrap_or_default() } else { String::new() }} />
                <p class="hint">{ t.iframe_hint.0 }<code>{ "factbox publish" }</code>{ t.iframe_hint.1 }</p>
            </div>
        </section>
    }
}

/// How long typing must pause before the snippet is rendered again (a whole box, on the
/// server renderer): long enough to skip it between keys, short enough to feel immediate.
const PAUSE_MS: i32 = 200;

/// Resolves after `ms` milliseconds, on the browser's timer.
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Saves `text` as a file through the browser's download.
fn download_file(name: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Freed once the browser has started the download, not before.
    let free = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window()
        .ok_or(JsValue::NULL)?
        .set_timeout_with_callback_and_timeout_and_arguments_0(free.unchecked_ref(), 10_000)?;
    Ok(())
}

async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
