//! Sources: the short citation under every figure and the full list at the end.

use crate::content::{format, is_web_url, Content, Source};
use crate::i18n::strings;
use super::each;
use yew::prelude::*;

/// "Quelle: Kazinform" after a figure; one link per cited source, by publisher name.
pub fn citation(content: &Content, ids: &[String]) -> Html {
    let t = strings(content.lang);
    let label = if ids.len() > 1 { t.sources } else { t.source };
    let sources: Vec<&Source> = ids.iter().filter_map(|id| content.source(id)).collect();
    html! {
        <p class="fb-cite">
            { label }{ ": " }
            { each(&sources, |i, s| html! {
                <>{ if i > 0 { ", " } else { "" } }{ source_link(content, s) }</>
            }) }
        </p>
    }
}

/// A link that says where it goes. Only http(s) URLs become links; anything else is printed
/// as plain text so that a `javascript:` URL in content can never run.
fn source_link(content: &Content, source: &Source) -> Html {
    if !is_web_url(&source.url) {
        return html! { <span class="fb-source-name">{ source.publisher.clone() }</span> };
    }
    html! {
        <a class="fb-link" href={source.url.clone()} target="_blank" rel="noopener noreferrer">
            { source.publisher.clone() }
            <span class="fb-sr">{ " " }{ strings(content.lang).opens_source }</span>
        </a>
    }
}

/// The sources section: every source once, in order, linked.
pub fn source_list(content: &Content) -> Html {
    html! {
        <ol class="fb-source-list">
            { each(&content.sources, |_, s| html! {
                <li key={s.id.clone()} dir="auto">
                    { source_link(content, s) }
                    { ": " }{ s.title.clone() }
                    { s.date.as_deref().map(|d| html! {
                        <>{ " (" }<time datetime={d.to_string()}>{ format::date(d, content.lang) }</time>{ ")" }</>
                    }).unwrap_or_default() }
                </li>
            }) }
        </ol>
    }
}
