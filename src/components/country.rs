//! One country's profile: capital, population, head of state, resources, ties, blocs.

use super::citation::Citation;
use super::fact_list::Caveat;
use crate::content::{format, Content, Country, Statement};
use crate::i18n::strings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountryProfileProps {
    pub country: Country,
}

#[function_component]
pub fn CountryProfile(props: &CountryProfileProps) -> Html {
    let content = use_context::<Rc<Content>>().expect("CountryProfile inside FactBox");
    let (c, lang) = (&props.country, content.lang);
    let t = strings(lang);
    let p = &c.population;
    let when = format::date(&p.as_of, lang);
    let when = match &p.basis {
        Some(basis) => format!("{basis} {when}"),
        None => when,
    };
    html! {
        <dl class="fb-profile">
            <div class="fb-row"><dt>{ t.capital }</dt><dd dir="auto">{ c.capital.clone() }</dd></div>
            <div class="fb-row">
                <dt>{ t.population }</dt>
                <dd dir="auto">
                    <span class="fb-figure-inline">{ format::population(p.value, p.approx, lang) }</span>
                    { " (" }{ when }{ ")" }
                    <Citation ids={p.sources.clone()} />
                </dd>
            </div>
            <div class="fb-row"><dt>{ t.head_of_state }</dt><dd dir="auto">{ c.head_of_state.clone() }</dd></div>
            <StatementRow term={t.resources} statement={c.resources.clone()} />
            <StatementRow term={t.us_ties} statement={c.us_ties.clone()} />
            <StatementRow term={t.blocs} statement={c.blocs.clone()} />
        </dl>
    }
}

#[derive(Properties, PartialEq)]
struct StatementRowProps {
    term: &'static str,
    statement: Statement,
}

#[function_component]
fn StatementRow(props: &StatementRowProps) -> Html {
    let s = &props.statement;
    html! {
        <div class="fb-row">
            <dt>{ props.term }</dt>
            <dd dir="auto">
                { s.text.clone() }
                <Caveat text={s.caveat.clone()} />
                <Citation ids={s.sources.clone()} />
            </dd>
        </div>
    }
}
