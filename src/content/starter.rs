//! `factbox new`: the starter file an editor copies from. Valid as written (a test checks it
//! against the reader, the rules and the JSON Schema), with one section of each kind of block
//! and every optional field shown once, so that nothing has to be looked up.

use super::{Block, Content, Event, Fact, Field, FieldValue, Figure, Lang, Profile, Quantity, Qualifier, Section, Source, Statement};

/// The starter as `factbox new` prints it and the studio opens it: the same bytes.
pub fn text(lang: Lang) -> String {
    serde_json::to_string_pretty(&starter(lang)).expect("the model serializes") + "\n"
}

/// The starter an editor copies from (`factbox new`): valid as written, one section of each
/// kind of block, every field shown once.
pub fn starter(lang: Lang) -> Content {
    let de = lang == Lang::De;
    let t = |de_text: &str, en_text: &str| if de { de_text.to_string() } else { en_text.to_string() };
    let cite = || vec!["quelle-1".to_string()];
    let statement = |text: String| Statement { text, caveat: None, sources: cite() };
    let section = |id: &str, title: String, open: bool, block: Block| Section { id: id.into(), title, open, blocks: vec![block] };
    let number = |value: f64, qualifier: Option<Qualifier>, unit: Option<String>| Quantity { value, qualifier, unit, as_of: Some("2025".into()), basis: None };
    Content {
        lang,
        title: t("Titel der Faktenbox", "Title of the fact box"),
        summary: statement(t("Ein bis zwei Sätze: worum es geht und warum es zählt.", "One or two sentences: what this is about and why it matters.")),
        as_of: "2025-11-07".into(),
        glance: vec![Figure {
            quantity: number(100.0, Some(Qualifier::Over), Some(t("Mrd. Euro", "billion euros"))),
            label: t("Was die Zahl zählt", "What the number counts"),
            caveat: Some(t("Eine Einschränkung steht immer bei ihrer Zahl.", "A caveat always stands beside its figure.")),
            sources: cite(),
        }],
        sections: vec![
            section(if de { "ueberblick" } else { "overview" }, t("Überblick", "Overview"), true, Block::Text(statement(t("Ein Absatz mit seinen Quellen.", "A paragraph with its sources.")))),
            section(if de { "fakten" } else { "facts" }, t("Fakten", "Facts"), false, Block::Facts { items: vec![Fact {
                label: t("Stichwort", "Keyword"),
                place: Some(t("Ort", "Place")),
                figure: Some(t("rund 43 %", "about 43%")),
                text: t("Was die Zahl bedeutet, in einem Satz.", "What the figure means, in one sentence."),
                caveat: None,
                sources: cite(),
            }] }),
            section(if de { "zahlen" } else { "numbers" }, t("Zahlen", "Numbers"), false, Block::Figures { items: vec![Figure {
                quantity: number(20_500_000.0, Some(Qualifier::Almost), None),
                label: t("Einwohner", "Population"),
                caveat: None,
                sources: cite(),
            }] }),
            section(if de { "chronik" } else { "timeline" }, t("Chronik", "Timeline"), false, Block::Timeline { items: vec![Event {
                date: "2025-11-06".into(),
                text: t("Was an diesem Tag geschah.", "What happened on that day."),
                caveat: None,
                sources: cite(),
            }] }),
            section(if de { "profile" } else { "profiles" }, t("Profile", "Profiles"), false, Block::Profiles { items: vec![Profile {
                id: if de { "beispiel" } else { "example" }.into(),
                name: t("Name der Person, des Landes oder der Firma", "Name of the person, country or company"),
                fields: vec![
                    Field { label: t("Ein Merkmal", "A property"), value: FieldValue::Text { text: t("Sein Wert als Text", "Its value as text") }, caveat: None, sources: Vec::new() },
                    Field { label: t("Eine Zahl", "A number"), value: FieldValue::Number(number(7_282_000.0, None, None)), caveat: None, sources: cite() },
                ],
            }] }),
        ],
        sources: vec![Source {
            id: "quelle-1".into(),
            publisher: t("Herausgeber", "Publisher"),
            title: t("Die echte Überschrift des Artikels", "The real headline of the article"),
            date: Some("2025-11-07".into()),
            url: "https://example.org/artikel".into(),
        }],
        revision: None,
    }
}
