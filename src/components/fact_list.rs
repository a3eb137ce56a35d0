//! The entries of the minerals, pledge and powers sections.

use super::citation::citation;
use crate::content::{Content, Fact};
use crate::i18n::strings;
use yew::prelude::*;

pub fn fact_list(content: &Content, facts: &[Fact]) -> Html {
    html! {
        <ul class="fb-facts">
            { for facts.iter().map(|fact| fact_item(content, fact)) }
        </ul>
    }
}

/// Read in this order: what, where, the figure, the explanation, the caveat, the source.
fn fact_item(content: &Content, fact: &Fact) -> Html {
    html! {
        <li class="fb-fact">
            <p class="fb-fact-head" dir="auto">
                <strong class="fb-label">{ fact.label.clone() }</strong>
                { for fact.place.as_ref().map(|p| html! { <span class="fb-place">{ p.clone() }</span> }) }
            </p>
            { for fact.figure.as_ref().map(|f| html! { <p class="fb-figure" dir="auto">{ f.clone() }</p> }) }
            <p class="fb-text" dir="auto">{ fact.text.clone() }</p>
            { caveat(content, fact.caveat.as_deref()) }
            { citation(content, &fact.sources) }
        </li>
    }
}

/// A ⚠️ caveat from the fact sheet, printed next to its figure, never in a tooltip.
pub fn caveat(content: &Content, text: Option<&str>) -> Html {
    match text {
        Some(text) => html! {
            <p class="fb-caveat" dir="auto">
                <span class="fb-caveat-icon" aria-hidden="true">{ "⚠" }</span>
                <strong>{ strings(content.lang).caveat }{ ": " }</strong>{ text.to_string() }
            </p>
        },
        None => Html::default(),
    }
}
