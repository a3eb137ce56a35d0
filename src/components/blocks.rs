//! One plain view per block kind. The section around them is [`super::accordion`]; every kind
//! prints what, the figure, the explanation, the caveat and the source, in that reading order.

use super::accordion::{accordion, Section};
use super::citation::citation;
use super::{each, heading_tag};
use crate::content::{format, Block, Content, Event, Fact, Field, FieldValue, Figure, Profile, Quantity, Statement};
use crate::i18n::strings;
use crate::state::OpenState;
use yew::prelude::*;

/// What a block needs from the box around it.
pub struct Ctx<'a> {
    pub content: &'a Content,
    /// The level of the section heading the block sits under.
    pub level: u8,
    /// The title of the section: names the column of names in a side-by-side table.
    pub section_title: &'a str,
    pub state: &'a OpenState,
    pub on_toggle: &'a Callback<String>,
}

pub fn block(ctx: &Ctx<'_>, block: &Block) -> Html {
    let body = match block {
        Block::Text(statement) => text(ctx.content, statement),
        Block::Facts { items } => html! { <ul class="fb-facts">{ each(items, |_, f| fact(ctx.content, f)) }</ul> },
        Block::Figures { items } => figures(ctx.content, items),
        Block::Timeline { items } => html! { <ol class="fb-timeline">{ each(items, |_, e| event(ctx.content, e)) }</ol> },
        Block::Profiles { items } => profiles(ctx, items),
    };
    let class = match block {
        Block::Text(_) => "fb-block fb-block--text",
        Block::Facts { .. } => "fb-block fb-block--facts",
        Block::Figures { .. } => "fb-block fb-block--figures",
        Block::Timeline { .. } => "fb-block fb-block--timeline",
        Block::Profiles { .. } => "fb-block fb-block--profiles",
    };
    html! { <div {class}>{ body }</div> }
}

fn text(content: &Content, s: &Statement) -> Html {
    html! {
        <>
            <p class="fb-text" dir="auto">{ s.text.clone() }</p>
            { caveat(content, s.caveat.as_deref()) }
            { citation(content, &s.sources) }
        </>
    }
}

/// Read in this order: what, where, the figure, the explanation, the caveat, the source.
fn fact(content: &Content, fact: &Fact) -> Html {
    html! {
        <li class="fb-fact">
            <p class="fb-fact-head" dir="auto">
                <strong class="fb-label">{ fact.label.clone() }</strong>
                { fact.place.as_ref().map(|p| html! { <span class="fb-place">{ p.clone() }</span> }).unwrap_or_default() }
            </p>
            { fact.figure.as_ref().map(|f| html! { <p class="fb-figure" dir="auto">{ f.clone() }</p> }).unwrap_or_default() }
            <p class="fb-text" dir="auto">{ fact.text.clone() }</p>
            { caveat(content, fact.caveat.as_deref()) }
            { citation(content, &fact.sources) }
        </li>
    }
}

/// Key numbers: the number first, large, then what it counts, its caveat and its source.
pub fn figures(content: &Content, items: &[Figure]) -> Html {
    html! {
        <ul class="fb-figures">
            { each(items, |_, f| html! {
                <li class="fb-figure-card">
                    <p class="fb-figure-value" dir="auto">{ format::quantity(&f.quantity, content.lang) }</p>
                    <p class="fb-figure-label" dir="auto">
                        { f.label.clone() }
                        { f.quantity.as_of.as_deref().map(|d| Html::from(format!(" ({})", format::date(d, content.lang)))).unwrap_or_default() }
                    </p>
                    { caveat(content, f.caveat.as_deref()) }
                    { citation(content, &f.sources) }
                </li>
            }) }
        </ul>
    }
}

fn event(content: &Content, e: &Event) -> Html {
    html! {
        <li class="fb-event">
            <p class="fb-event-date"><time datetime={e.date.clone()}>{ format::date(&e.date, content.lang) }</time></p>
            <p class="fb-text" dir="auto">{ e.text.clone() }</p>
            { caveat(content, e.caveat.as_deref()) }
            { citation(content, &e.sources) }
        </li>
    }
}

fn profiles(ctx: &Ctx<'_>, items: &[Profile]) -> Html {
    html! {
        <>
            { compare_table(ctx, items) }
            <div class="fb-profiles">
                { each(items, |_, p| {
                    let entry = Section { id: &p.id, title: &p.name, level: ctx.level + 1, open: ctx.state.is_open(&p.id), on_toggle: ctx.on_toggle, entry: true };
                    accordion(entry, profile(ctx.content, p))
                }) }
            </div>
        </>
    }
}

fn profile(content: &Content, p: &Profile) -> Html {
    html! {
        <dl class="fb-profile">
            { each(&p.fields, |_, f| html! {
                <div class="fb-row">
                    <dt dir="auto">{ f.label.clone() }</dt>
                    <dd dir="auto">
                        { match &f.value {
                            FieldValue::Text { text } => html! { { text.clone() } },
                            FieldValue::Number(q) => html! {
                                <>
                                    <span class="fb-figure-inline">{ format::quantity(q, content.lang) }</span>
                                    { dated(q.basis.as_deref(), q.as_of.as_deref(), content).map(Html::from).unwrap_or_default() }
                                </>
                            },
                        } }
                        { caveat(content, f.caveat.as_deref()) }
                        { if f.sources.is_empty() { Html::default() } else { citation(content, &f.sources) } }
                    </dd>
                </div>
            }) }
        </dl>
    }
}

/// " (Volkszählung 2022)", " (1. Januar 2025)": what a number rests on and when.
fn dated(basis: Option<&str>, as_of: Option<&str>, content: &Content) -> Option<String> {
    let when = as_of.map(|d| format::date(d, content.lang));
    match (basis, when) {
        (Some(b), Some(w)) => Some(format!(" ({b} {w})")),
        (Some(b), None) => Some(format!(" ({b})")),
        (None, Some(w)) => Some(format!(" ({w})")),
        (None, None) => None,
    }
}

/// Profiles that share numeric fields, side by side: one row a profile, one column for each
/// numeric label that at least two profiles give. Readers compare at a glance what the cards
/// below say one by one; the cards keep every date and caveat, the table cites their sources.
fn compare_table(ctx: &Ctx<'_>, items: &[Profile]) -> Html {
    let mut columns: Vec<&str> = Vec::new();
    for p in items {
        for f in &p.fields {
            let shared = items.iter().filter(|other| number(other, &f.label).is_some()).count() >= 2;
            if matches!(f.value, FieldValue::Number(_)) && shared && !columns.contains(&f.label.as_str()) {
                columns.push(&f.label);
            }
        }
    }
    if columns.is_empty() {
        return Html::default();
    }
    let mut cited: Vec<String> = Vec::new();
    for p in items {
        for label in &columns {
            for id in number(p, label).map(|(_, f)| f.sources.as_slice()).unwrap_or_default() {
                if !cited.contains(id) {
                    cited.push(id.clone());
                }
            }
        }
    }
    let t = strings(ctx.content.lang);
    html! {
        <div class="fb-compare">
            <table>
                <caption>{ t.compare }</caption>
                <thead><tr>
                    <th scope="col" dir="auto">{ ctx.section_title.to_string() }</th>
                    { each(&columns, |_, c| html! { <th scope="col" dir="auto">{ c.to_string() }</th> }) }
                </tr></thead>
                <tbody>
                    { each(items, |_, p| html! {
                        <tr>
                            <th scope="row" dir="auto">{ p.name.clone() }</th>
                            { each(&columns, |_, c| html! {
                                <td>{ match number(p, c) {
                                    // The year beside each number: a table may set figures of
                                    // different years side by side, and says so.
                                    Some((q, _)) => html! { <>{ format::quantity(q, ctx.content.lang) }{ year(q.as_of.as_deref()) }</> },
                                    None => html! { "–" },
                                } }</td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            { citation(ctx.content, &cited) }
        </div>
    }
}

/// "2025" under a number in the comparison table, when the number has a date.
fn year(as_of: Option<&str>) -> Html {
    match as_of.and_then(|d| d.get(..4)) {
        Some(y) => html! { <small>{ format!(" ({y})") }</small> },
        None => Html::default(),
    }
}

/// A profile's number under `label`, with the field it stands in.
fn number<'a>(p: &'a Profile, label: &str) -> Option<(&'a Quantity, &'a Field)> {
    p.fields.iter().find_map(|f| match &f.value {
        FieldValue::Number(q) if f.label == label => Some((q, f)),
        _ => None,
    })
}

/// The key numbers above the sections: visible while every section is closed.
pub fn glance(content: &Content, level: u8) -> Html {
    if content.glance.is_empty() {
        return Html::default();
    }
    html! {
        <section class="fb-glance" aria-labelledby="fb-glance-title">
            <@{heading_tag(level)} id="fb-glance-title" class="fb-glance-title">{ strings(content.lang).glance }</@>
            { figures(content, &content.glance) }
        </section>
    }
}

/// A caveat, printed next to its figure, never in a tooltip.
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
