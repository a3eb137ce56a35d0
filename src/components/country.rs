//! One country's profile: capital, population, head of state, resources, ties, blocs.

use super::citation::citation;
use super::fact_list::caveat;
use crate::content::{format, Content, Country, Statement};
use crate::i18n::strings;
use yew::prelude::*;

pub fn country_profile(content: &Content, c: &Country) -> Html {
    let lang = content.lang;
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
                    { citation(content, &p.sources) }
                </dd>
            </div>
            <div class="fb-row"><dt>{ t.head_of_state }</dt><dd dir="auto">{ c.head_of_state.clone() }</dd></div>
            { statement_row(content, t.resources, &c.resources) }
            { statement_row(content, t.us_ties, &c.us_ties) }
            { statement_row(content, t.blocs, &c.blocs) }
        </dl>
    }
}

fn statement_row(content: &Content, term: &'static str, s: &Statement) -> Html {
    html! {
        <div class="fb-row">
            <dt>{ term }</dt>
            <dd dir="auto">
                { s.text.clone() }
                { caveat(content, s.caveat.as_deref()) }
                { citation(content, &s.sources) }
            </dd>
        </div>
    }
}
