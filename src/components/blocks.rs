//! One view per block kind, inside a section's panel. Reading text goes in as raw markup
//! ([`super::markup`], through [`prose`]); only a profile's own header is a live control, since
//! each profile opens on its own.

use super::accordion::{accordion, Section};
use super::{div_of_class, each};
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
    /// The box hydrates the server's markup (see [`prose`]).
    pub hydrating: bool,
}

/// What readers only read, as one node that hydration steps over rather than walks. A box that
/// hydrates prerendered markup writes none of it, on its first render or any later one:
/// hydration adopts the server's nodes without reading the markup, and a fragment that does not
/// change is never written to the DOM again, so an empty one serves as well. A toggle then
/// costs the controls' diff, not the box's ~50 KB of text written out again.
pub fn prose(content: &Content, hydrating: bool, write: impl FnOnce(&mut Markup<'_>)) -> Html {
    if hydrating {
        return VNode::from_html_unchecked(AttrValue::Static(""));
    }
    let mut m = Markup::new(content);
    write(&mut m);
    VNode::from_html_unchecked(AttrValue::from(m.out))
}

pub fn block(ctx: &Ctx<'_>, block: &Block) -> Html {
    let (content, hydrating) = (ctx.content, ctx.hydrating);
    let (class, body) = match block {
        Block::Text(statement) => ("fb-block fb-block--text", prose(content, hydrating, |m| m.text_block(statement))),
        Block::Facts { items } => ("fb-block fb-block--facts", prose(content, hydrating, |m| m.facts(items))),
        Block::Figures { items } => ("fb-block fb-block--figures", prose(content, hydrating, |m| m.figures(items))),
        Block::Timeline { items } => ("fb-block fb-block--timeline", prose(content, hydrating, |m| m.timeline(items))),
        Block::Bars { title, items } => ("fb-block fb-block--bars", prose(content, hydrating, |m| m.bars(title, items))),
        Block::Map(map) => ("fb-block fb-block--map", prose(content, hydrating, |m| m.map(map))),
        Block::Profiles { items } => return html! { <div class="fb-block fb-block--profiles">{ profiles(ctx, items) }</div> },
    };
    div_of_class(class, body)
}

fn profiles(ctx: &Ctx<'_>, items: &[Profile]) -> Html {
    html! {
        <>
            { prose(ctx.content, ctx.hydrating, |m| m.compare_table(ctx.section_title, items)) }
            <div class="fb-profiles">
                { each(items, |_, p| {
                    let entry = Section { id: &p.id, title: &p.name, level: ctx.level + 1, open: ctx.state.is_open(&p.id) };
                    accordion(entry, prose(ctx.content, ctx.hydrating, |m| m.profile(p)))
                }) }
            </div>
        </>
    }
}
