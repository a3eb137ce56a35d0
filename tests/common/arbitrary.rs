//! Generated content for property tests: anything the checker accepts, with text drawn from all
//! of Unicode (markup characters, right-to-left scripts, emoji), every kind of block, and lists
//! of varying length.

use factbox::content::{Block, Content, Event, Fact, Field, FieldValue, Figure, Lang, Profile, Quantity, Qualifier, Section, Source, Statement};
use proptest::prelude::*;
use proptest::sample::select;

/// Printable text that is not blank (the checker refuses blank text).
fn text() -> impl Strategy<Value = String> {
    "[^\\s\\p{C}][^\\p{C}]{0,60}"
}

fn source_ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("s{i}")).collect()
}

fn cites(n: usize) -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(select(source_ids(n)), 1..3)
}

fn statement(n: usize) -> impl Strategy<Value = Statement> {
    (text(), proptest::option::of(text()), cites(n)).prop_map(|(text, caveat, sources)| Statement { text, caveat, sources })
}

fn fact(n: usize) -> impl Strategy<Value = Fact> {
    (text(), proptest::option::of(text()), proptest::option::of(text()), text(), proptest::option::of(text()), cites(n))
        .prop_map(|(label, place, figure, text, caveat, sources)| Fact { label, place, figure, text, caveat, sources })
}

fn quantity() -> impl Strategy<Value = Quantity> {
    let value = prop_oneof![(0u64..10_000_000_000).prop_map(|v| v as f64), (0u32..100_000).prop_map(|v| v as f64 / 100.0)];
    let qualifier = proptest::option::of(select(vec![Qualifier::Over, Qualifier::About, Qualifier::Almost, Qualifier::UpTo]));
    (value, qualifier, proptest::option::of(text()), proptest::option::of(select(vec!["2022", "2025-01", "2025-11-07"])), proptest::option::of(text()))
        .prop_map(|(value, qualifier, unit, as_of, basis)| Quantity { value, qualifier, unit, as_of: as_of.map(str::to_string), basis })
}

fn figure(n: usize) -> impl Strategy<Value = Figure> {
    (quantity(), text(), proptest::option::of(text()), cites(n)).prop_map(|(quantity, label, caveat, sources)| Figure { quantity, label, caveat, sources })
}

fn event(n: usize) -> impl Strategy<Value = Event> {
    (select(vec!["2013", "2015-11", "2025-11-06"]), text(), proptest::option::of(text()), cites(n))
        .prop_map(|(date, text, caveat, sources)| Event { date: date.into(), text, caveat, sources })
}

fn field(n: usize) -> impl Strategy<Value = Field> {
    let value = prop_oneof![text().prop_map(|text| FieldValue::Text { text }), quantity().prop_map(FieldValue::Number)];
    // A small set of labels, so that profiles share some and get a side-by-side table.
    (select(vec!["Einwohner", "Fläche", "Hauptstadt", "Name"]), value, proptest::option::of(text()), cites(n))
        .prop_map(|(label, value, caveat, sources)| Field { label: label.into(), value, caveat, sources })
}

fn block(n: usize, section: usize) -> impl Strategy<Value = Block> {
    prop_oneof![
        statement(n).prop_map(Block::Text),
        proptest::collection::vec(fact(n), 1..4).prop_map(|items| Block::Facts { items }),
        proptest::collection::vec(figure(n), 1..4).prop_map(|items| Block::Figures { items }),
        proptest::collection::vec(event(n), 1..4).prop_map(|mut items| {
            items.sort_by(|a, b| a.date.cmp(&b.date));
            Block::Timeline { items }
        }),
        proptest::collection::vec((text(), proptest::collection::vec(field(n), 1..4)), 1..4).prop_map(move |items| Block::Profiles {
            items: items.into_iter().enumerate().map(|(i, (name, fields))| Profile { id: format!("p{section}-{i}"), name, fields }).collect(),
        }),
    ]
}

fn section(n: usize, index: usize) -> impl Strategy<Value = Section> {
    (text(), any::<bool>(), proptest::collection::vec(block(n, index), 1..3))
        .prop_map(move |(title, open, mut blocks)| {
            // Profile ids are deep links: unique across the box.
            for (b, block) in blocks.iter_mut().enumerate() {
                if let Block::Profiles { items } = block {
                    for (i, p) in items.iter_mut().enumerate() {
                        p.id = format!("p{index}-{b}-{i}");
                    }
                }
            }
            Section { id: format!("s{index}-x"), title, open, blocks }
        })
}

fn url() -> impl Strategy<Value = String> {
    "[a-z0-9/._~-]{0,30}".prop_map(|path| format!("https://www.reuters.com/{path}"))
}

pub fn content() -> impl Strategy<Value = Content> {
    (1usize..5, 1usize..5).prop_flat_map(|(n, sections)| {
        let sources = (0..n)
            .map(|i| (text(), text(), url()).prop_map(move |(publisher, title, url)| Source { id: format!("s{i}"), publisher, title, title_lang: None, date: None, url }))
            .collect::<Vec<_>>();
        let sections = (0..sections).map(|i| section(n, i)).collect::<Vec<_>>();
        (text(), select(vec![Lang::De, Lang::En]), proptest::collection::vec(figure(n), 0..3), sections, sources, text())
            .prop_map(move |(title, lang, glance, sections, sources, summary)| Content {
                lang,
                title,
                // The summary cites every source, so that none is uncited.
                summary: Statement { text: summary, caveat: None, sources: source_ids(n) },
                as_of: "2025-11-07".into(),
                glance,
                sections,
                sources,
                revision: None,
            })
    })
}
