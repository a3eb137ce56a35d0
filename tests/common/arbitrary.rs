//! Generated content for property tests: anything the checker accepts, with text drawn from all
//! of Unicode (markup characters, right-to-left scripts, emoji) and lists of varying length.

use factbox::content::{Content, Country, Fact, Lang, Population, SectionMeta, Sections, Source, Statement};
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

fn facts(n: usize) -> impl Strategy<Value = Vec<Fact>> {
    proptest::collection::vec(fact(n), 1..5)
}

fn country(n: usize, index: usize) -> impl Strategy<Value = Country> {
    (text(), text(), 1u64..10_000_000_000, any::<bool>(), select(vec!["2022", "2025-01", "2026-01-01"]), text(), statement(n), statement(n), statement(n), cites(n))
        .prop_map(move |(name, capital, value, approx, as_of, head_of_state, resources, us_ties, blocs, sources)| Country {
            id: format!("c{index}"),
            name,
            capital,
            population: Population { value, approx, as_of: as_of.to_string(), basis: None, sources },
            head_of_state,
            resources,
            us_ties,
            blocs,
        })
}

fn url() -> impl Strategy<Value = String> {
    "[a-z0-9/._~-]{0,30}".prop_map(|path| format!("https://example.org/{path}"))
}

pub fn content() -> impl Strategy<Value = Content> {
    (1usize..5, 1usize..4).prop_flat_map(|(n, countries)| {
        let sources = (0..n)
            .map(|i| (text(), text(), url()).prop_map(move |(publisher, title, url)| Source { id: format!("s{i}"), publisher, title, date: None, url }))
            .collect::<Vec<_>>();
        let countries = (0..countries).map(|i| country(n, i)).collect::<Vec<_>>();
        let titles = proptest::collection::vec(text(), 5);
        (text(), select(vec![Lang::De, Lang::En]), titles, facts(n), facts(n), countries, facts(n), sources, text())
            .prop_map(move |(title, lang, titles, minerals, pledge, countries, powers, sources, summary)| {
                let meta = |i: usize, id: &str| SectionMeta { id: id.into(), title: titles[i].clone() };
                Content {
                    lang,
                    title,
                    // The summary cites every source, so that none is uncited.
                    summary: Statement { text: summary, caveat: None, sources: source_ids(n) },
                    // Not earlier than any population date drawn above (the as-of rule).
                    as_of: "2026-01-01".into(),
                    sections: Sections {
                        minerals: meta(0, "a"),
                        pledge: meta(1, "b"),
                        countries: meta(2, "c"),
                        powers: meta(3, "d"),
                        sources: meta(4, "e"),
                    },
                    minerals,
                    pledge,
                    countries,
                    powers,
                    sources,
                }
            })
    })
}
