//! What a section's panel holds. Reading blocks go in as raw markup ([`super::markup`],
//! through [`prose`]), a run of them as one fragment; only a profile's own header is a live
//! control, since each profile opens on its own.

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
}

/// What readers only read, as one raw fragment: a fragment that does not change is never written
/// to the DOM again, so a toggle costs the controls' diff, not the box's ~50 KB of text.
pub fn prose(content: &Content, write: impl FnOnce(&mut Markup<'_>)) -> Html {
    let mut m = Markup::new(content);
    write(&mut m);
    VNode::from_html_unchecked(AttrValue::from(m.out))
}

/// A panel's blocks. Runs of reading blocks go in as one raw fragment each, so that every
/// render after the first steps over them as one node; only profiles, whose entries open one by
/// one, are live.
pub fn blocks(ctx: &Ctx<'_>, blocks: &[Block]) -> Html {
    let mut nodes = Vec::new();
    // Reading blocks run together; a profiles block always stands alone.
    for run in blocks.chunk_by(|a, b| is_prose(a) && is_prose(b)) {
        nodes.push(match run {
            [Block::Profiles { items }] => html! { <div class="fb-block fb-block--profiles">{ profiles(ctx, items) }</div> },
            _ => prose(ctx.content, |m| run.iter().for_each(|b| m.block(b))),
        });
    }
    match nodes.len() {
        1 => nodes.pop().expect("one node"),
        _ => Html::from(yew::virtual_dom::VList::with_children(nodes, None)),
    }
}

fn is_prose(block: &Block) -> bool {
    !matches!(block, Block::Profiles { .. })
}

fn profiles(ctx: &Ctx<'_>, items: &[Profile]) -> Html {
    html! {
        <>
            { prose(ctx.content, |m| m.compare_table(ctx.section_title, items)) }
            <div class="fb-profiles">
                { each(items, |_, p| {
                    let entry = Section { id: &p.id, level: ctx.level + 1, open: ctx.state.is_open(&p.id) };
                    let label = prose(ctx.content, |m| m.header_label(&p.name));
                    accordion(entry, label, prose(ctx.content, |m| m.profile(p)))
                }) }
            </div>
        </>
    }
}
