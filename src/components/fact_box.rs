//! The whole box, the one container every kind of content shares: header, key numbers,
//! "show all" control, the editor's sections with their blocks, and the generated sources.

use super::accordion::{accordion, Section};
use super::blocks::{blocks, prose, Ctx};
use super::{each, heading_tag};
use crate::content::Content;
use crate::hooks::{use_deep_link, use_header_controls, use_find_in_page, use_seen_state, Opener};
use crate::i18n::strings;
use crate::state::OpenState;
pub use crate::hooks::Toggles;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct FactBoxProps {
    pub content: Rc<Content>,
    /// Level of the box title; sections are one below, profiles two below.
    #[prop_or(2)]
    pub heading_level: u8,
    /// Ids open on first render: what the server rendered for the box's `data-open` setting.
    #[prop_or_default]
    pub initially_open: Rc<[String]>,
    /// What the reader already sees open, when it is not what the box was prerendered with
    /// (the reader opened or closed sections before the bundle arrived, the loader restored
    /// them from an earlier visit, or the stylesheet opened them all before any script came,
    /// see `static/factbox.css`), or had open before a reload: applied right after the first
    /// render, as a change of state.
    #[prop_or_default]
    pub open_after_start: Option<Rc<[String]>>,
    /// Who opens and closes a section on a click or a find (see [`Toggles`]).
    #[prop_or_default]
    pub toggles: Toggles,
    /// Called once the box answers the reader (its controls listen), with the handle through
    /// which a page whose loader answers clicks tells the box what the reader now has open.
    #[prop_or_default]
    pub on_ready: Callback<UseReducerDispatcher<OpenState>>,
}

/// Props compare the content by pointer: a box re-renders for new content, never walks two
/// models to find them equal (and the bundle carries no deep comparison of the model).
impl PartialEq for FactBoxProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.content, &other.content)
            && self.heading_level == other.heading_level
            && self.initially_open == other.initially_open
            && self.open_after_start == other.open_after_start
            && self.toggles == other.toggles
            && self.on_ready == other.on_ready
    }
}

#[function_component]
pub fn FactBox(props: &FactBoxProps) -> Html {
    let content = props.content.clone();
    let state = {
        // Read on the first render only: every toggle renders again, and would list the ids anew.
        let (content, open) = (content.clone(), props.initially_open.clone());
        use_reducer(move || OpenState::new(content.openable_ids(), &open))
    };
    let root = use_node_ref();
    let opener = Opener { content: content.clone(), dispatcher: state.dispatcher() };
    // Declared in this order: what the reader sees comes first, a deep link then opens on top of it.
    use_seen_state(props.open_after_start.clone(), state.dispatcher());
    use_header_controls(root.clone(), state.dispatcher(), props.toggles, props.on_ready.clone());
    use_deep_link(root.clone(), opener.clone(), props.toggles);
    use_find_in_page(root.clone(), opener, props.toggles);

    let t = strings(content.lang);
    // Profile headings sit two levels below the title, and HTML stops at h6.
    let level = props.heading_level.clamp(1, 4);

    let all_open = state.all_open();
    let sections = each(&content.sections, |_, section| {
        let ctx = Ctx { content: &content, level: level + 1, section_title: &section.title, state: &*state };
        let label = prose(&content, |m| m.header_label(&section.title));
        let open = state.is_open(&section.id);
        accordion(Section { id: &section.id, level: level + 1, open }, label, blocks(&ctx, &section.blocks))
    });
    let sources_id = content.sources_id();
    let sources = accordion(
        Section { id: sources_id, level: level + 1, open: state.is_open(sources_id) },
        prose(&content, |m| m.header_label(t.sources)),
        prose(&content, |m| m.source_list()),
    );
    // The header and the key figures only ever read: one raw fragment.
    let head = prose(&content, |m| {
        m.header(heading_tag(level));
        m.glance(heading_tag(level + 1));
    });

    html! {
        // The headers' listeners are on this root (`use_header_controls`). On a page, the loader
        // answers every click and the host page hears of it (`factbox:toggle`), before the
        // bundle and after alike.
        <section class="fb" lang={content.lang.tag()} aria-labelledby="fb-title" ref={root.clone()}>
            { head }
            <div class="fb-tools">
                // Both labels ride along, so that the loader can toggle before the bundle arrives
                // without a second copy of the interface strings.
                <button type="button" class="fb-all" aria-expanded={AttrValue::Static(if all_open { "true" } else { "false" })}
                        data-show={t.show_all} data-hide={t.hide_all}>
                    { if all_open { t.hide_all } else { t.show_all } }
                </button>
            </div>
            { sections }
            { sources }
        </section>
    }
}
