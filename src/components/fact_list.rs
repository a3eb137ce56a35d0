//! The entries of the minerals, pledge and powers sections.

use super::citation::Citation;
use crate::content::{Content, Fact};
use crate::i18n::strings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FactListProps {
    pub facts: Vec<Fact>,
}

#[function_component]
pub fn FactList(props: &FactListProps) -> Html {
    html! {
        <ul class="fb-facts">
            { for props.facts.iter().map(|fact| html! { <FactItem fact={fact.clone()} /> }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct FactItemProps {
    fact: Fact,
}

/// Read in this order: what, where, the figure, the explanation, the caveat, the source.
#[function_component]
fn FactItem(props: &FactItemProps) -> Html {
    let fact = &props.fact;
    html! {
        <li class="fb-fact">
            <p class="fb-fact-head" dir="auto">
                <strong class="fb-label">{ fact.label.clone() }</strong>
                { for fact.place.as_ref().map(|p| html! { <span class="fb-place">{ p.clone() }</span> }) }
            </p>
            { for fact.figure.as_ref().map(|f| html! { <p class="fb-figure" dir="auto">{ f.clone() }</p> }) }
            <p class="fb-text" dir="auto">{ fact.text.clone() }</p>
            <Caveat text={fact.caveat.clone()} />
            <Citation ids={fact.sources.clone()} />
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct CaveatProps {
    pub text: Option<String>,
}

/// A ⚠️ caveat from the fact sheet, printed next to its figure, never in a tooltip.
#[function_component]
pub fn Caveat(props: &CaveatProps) -> Html {
    let content = use_context::<Rc<Content>>().expect("Caveat inside FactBox");
    match &props.text {
        Some(text) => html! {
            <p class="fb-caveat" dir="auto">
                <span class="fb-caveat-icon" aria-hidden="true">{ "⚠" }</span>
                <strong>{ strings(content.lang).caveat }{ ": " }</strong>{ text.clone() }
            </p>
        },
        None => Html::default(),
    }
}
