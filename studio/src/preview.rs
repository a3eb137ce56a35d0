//! The live preview: the real `FactBox` component, in a shadow root with the bundle's own
//! stylesheet, as readers see it. German or English labels, light or dark, phone or desktop
//! width, and the sections as a reader first sees them or all open.

use crate::i18n::ui;
use factbox::components::FactBox;
use factbox::content::{Content, Lang};
use std::rc::Rc;
use web_sys::{Element, HtmlInputElement, ShadowRootInit, ShadowRootMode};
use yew::prelude::*;

/// The stylesheet readers get, from the bundle built next to the studio (dist/factbox/).
const STYLESHEET: &str = "../factbox/factbox.css";

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub content: Option<Rc<Content>>,
    /// False while the text cannot be read: the preview shows the last content that could.
    pub current: bool,
    pub generation: u64,
    pub ui: Lang,
}

#[derive(Clone, Copy, PartialEq)]
struct Look {
    lang: Option<Lang>,
    dark: bool,
    phone: bool,
    all_open: bool,
}

#[function_component]
pub fn Preview(props: &PreviewProps) -> Html {
    let t = ui(props.ui);
    let look = use_state(|| Look { lang: None, dark: false, phone: false, all_open: false });
    let host = use_node_ref();
    // The element inside the shadow root the box renders into, made once the host exists.
    let mount = use_state(|| None::<Element>);
    {
        let (host, mount) = (host.clone(), mount.clone());
        use_effect_with((), move |_| {
            if let Some(host) = host.cast::<Element>() {
                let init = ShadowRootInit::new(ShadowRootMode::Open);
                let document = web_sys::window().and_then(|w| w.document());
                let made = document.zip(host.attach_shadow(&init).ok()).and_then(|(document, shadow)| {
                    let link = document.create_element("link").ok()?;
                    link.set_attribute("rel", "stylesheet").ok()?;
                    link.set_attribute("href", STYLESHEET).ok()?;
                    let root = document.create_element("div").ok()?;
                    root.set_class_name("fb-root");
                    shadow.append_child(&link).ok()?;
                    shadow.append_child(&root).ok()?;
                    Some(root)
                });
                mount.set(made);
            }
        });
    }
    let content = props.content.as_ref().map(|c| {
        let lang = look.lang.unwrap_or(c.lang);
        if lang == c.lang {
            c.clone()
        } else {
            Rc::new(Content { lang, ..(**c).clone() })
        }
    });
    let shown_lang = look.lang.or(props.content.as_ref().map(|c| c.lang)).unwrap_or(props.ui);
    let body = match (&*mount, &content) {
        (Some(mount), Some(content)) => {
            let open: Rc<[String]> = if look.all_open { content.openable_ids() } else { content.default_open() }.into();
            // A new box for new content: the box's state is made for the ids it starts with.
            let key = format!("{}-{}-{}", props.generation, content.lang.tag(), look.all_open);
            create_portal(html! { <FactBox {key} content={content.clone()} initially_open={open} /> }, mount.clone())
        }
        _ => Html::default(),
    };
    let radio = |group: &'static str, label: &'static str, checked: bool, set: fn(&mut Look)| {
        let look = look.clone();
        let onchange = Callback::from(move |e: Event| {
            if e.target_unchecked_into::<HtmlInputElement>().checked() {
                let mut next = *look;
                set(&mut next);
                look.set(next);
            }
        });
        html! {
            <label class="choice"><input type="radio" name={group} {checked} {onchange} />{ label }</label>
        }
    };
    let l = *look;
    let notice = match (&props.content, props.current) {
        (None, _) => Some(t.nothing_to_preview),
        (Some(_), false) => Some(t.stale_preview),
        _ => None,
    };
    html! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading" tabindex="-1">{ t.preview }</h2>
            <div class="preview-controls">
                <fieldset>
                    <legend>{ t.preview_lang }</legend>
                    { radio("preview-lang", "Deutsch", shown_lang == Lang::De, |l| l.lang = Some(Lang::De)) }
                    { radio("preview-lang", "English", shown_lang == Lang::En, |l| l.lang = Some(Lang::En)) }
                </fieldset>
                <fieldset>
                    <legend>{ t.theme }</legend>
                    { radio("preview-theme", t.light, !l.dark, |l| l.dark = false) }
                    { radio("preview-theme", t.dark, l.dark, |l| l.dark = true) }
                </fieldset>
                <fieldset>
                    <legend>{ t.width }</legend>
                    { radio("preview-width", t.phone, l.phone, |l| l.phone = true) }
                    { radio("preview-width", t.desktop, !l.phone, |l| l.phone = false) }
                </fieldset>
                <fieldset>
                    <legend>{ t.shown_sections }</legend>
                    { radio("preview-open", t.as_first_shown, !l.all_open, |l| l.all_open = false) }
                    { radio("preview-open", t.all_open, l.all_open, |l| l.all_open = true) }
                </fieldset>
            </div>
            if let Some(notice) = notice { <p class="notice" role="status">{ notice }</p> }
            <div class={classes!("preview-frame", l.dark.then_some("dark"), l.phone.then_some("phone"))}>
                <div class="preview-host" ref={host} data-theme={if l.dark { "dark" } else { "light" }} data-state="ready"></div>
            </div>
            { body }
        </section>
    }
}
