//! Sources: the short citation under every figure and the full list at the end.

use crate::content::{format, is_web_url, Content, Source};
use crate::i18n::strings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub ids: Vec<String>,
}

/// "Quelle: Kazinform" after a figure; one link per cited source, by publisher name.
#[function_component]
pub fn Citation(props: &CitationProps) -> Html {
    let content = use_context::<Rc<Content>>().expect("Citation inside FactBox");
    let t = strings(content.lang);
    let label = if props.ids.len() > 1 { t.sources } else { t.source };
    let sources = props.ids.iter().filter_map(|id| content.source(id));
    html! {
        <p class="fb-cite">
            { label }{ ": " }
            { for sources.enumerate().map(|(i, s)| html! {
                <>{ if i > 0 { ", " } else { "" } }<SourceLink source={s.clone()} text={s.publisher.clone()} /></>
            }) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    pub source: Source,
    pub text: AttrValue,
}

/// A link that says where it goes. Only http(s) URLs become links; anything else is printed
/// as plain text so that a `javascript:` URL in content can never run.
#[function_component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    let content = use_context::<Rc<Content>>().expect("SourceLink inside FactBox");
    let t = strings(content.lang);
    if !is_web_url(&props.source.url) {
        return html! { <span class="fb-source-name">{ props.text.clone() }</span> };
    }
    html! {
        <a class="fb-link" href={props.source.url.clone()} target="_blank" rel="noopener noreferrer">
            { props.text.clone() }
            <span class="fb-sr">{ " " }{ t.opens_source }</span>
        </a>
    }
}

/// The sources section: every source once, in order, linked.
#[function_component]
pub fn SourceList() -> Html {
    let content = use_context::<Rc<Content>>().expect("SourceList inside FactBox");
    html! {
        <ol class="fb-source-list">
            { for content.sources.iter().map(|s| html! {
                <li key={s.id.clone()} dir="auto">
                    <SourceLink source={s.clone()} text={s.publisher.clone()} />
                    { ": " }{ s.title.clone() }
                    { for s.date.as_deref().map(|d| html! {
                        <>{ " (" }<time datetime={d.to_string()}>{ format::date(d, content.lang) }</time>{ ")" }</>
                    }) }
                </li>
            }) }
        </ol>
    }
}
