//! One view per block kind, inside a section's panel. Reading text goes in as raw markup
//! ([`super::markup`]); only a profile's own header is a live control, since each profile opens
//! on its own.

use super::accordion::{accordion, Section};
use super::each;
use super::markup::Markup;
use crate::content::{Block, Content, Profile};
use crate::state::OpenState;
use yew::prelude::*;
use yew::virtual_dom::VNode;

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

/// Markup as one node that hydration steps over rather than walks.
pub fn raw(markup: Markup<'_>) -> Html {
    VNode::from_html_unchecked(AttrValue::from(markup.out))
}

pub fn block(ctx: &Ctx<'_>, block: &Block) -> Html {
    let mut m = Markup::new(ctx.content);
    let class = match block {
        Block::Text(statement) => {
            m.text_block(statement);
            "fb-block fb-block--text"
        }
        Block::Facts { items } => {
            m.facts(items);
            "fb-block fb-block--facts"
        }
        Block::Figures { items } => {
            m.figures(items);
            "fb-block fb-block--figures"
        }
        Block::Timeline { items } => {
            m.timeline(items);
            "fb-block fb-block--timeline"
        }
        Block::Bars { title, items } => {
            m.bars(title, items);
            "fb-block fb-block--bars"
        }
        Block::Map(map) => {
            m.map(map);
            "fb-block fb-block--map"
        }
        Block::Profiles { items } => return html! { <div class="fb-block fb-block--profiles">{ profiles(ctx, items) }</div> },
    };
    html! { <div {class}>{ raw(m) }</div> }
}

fn profiles(ctx: &Ctx<'_>, items: &[Profile]) -> Html {
    let mut table = Markup::new(ctx.content);
    table.compare_table(ctx.section_title, items);
    html! {
        <>
            { raw(table) }
            <div class="fb-profiles">
                { each(items, |_, p| {
                    let mut body = Markup::new(ctx.content);
                    body.profile(p);
                    let entry = Section { id: &p.id, title: &p.name, level: ctx.level + 1, open: ctx.state.is_open(&p.id), on_toggle: ctx.on_toggle, entry: true };
                    accordion(entry, raw(body))
                }) }
            </div>
        </>
    }
}
