//! `factbox new`: the starter file an editor copies from, with one section of each kind of
//! block and every optional field shown once, so that nothing has to be looked up. It reads and
//! has the shape the rules ask for (a test checks it against the reader, the rules and the JSON
//! Schema); what it cannot pass are its example texts, which say what belongs in a field and
//! which the rules name one by one until the editor has replaced them ([`is_example_text`]).

use super::{Block, Content, Event, Fact, Field, FieldValue, Figure, Lang, Profile, Quantity, Qualifier, Section, Source, Statement};

/// A text of the starter's that describes its field instead of filling it: the field it stands
/// in (the last key of its JSON path), then German and English.
type Example = (&'static str, &'static str, &'static str);
const TITLE: Example = ("title", "Titel der Faktenbox", "Title of the fact box");
const SUMMARY: Example = ("text", "Ein bis zwei Sätze: worum es geht und warum es zählt.", "One or two sentences: what this is about and why it matters.");
const GLANCE_LABEL: Example = ("label", "Was die Zahl zählt", "What the number counts");
const CAVEAT: Example = ("caveat", "Eine Einschränkung steht immer bei ihrer Zahl.", "A caveat always stands beside its figure.");
const PARAGRAPH: Example = ("text", "Ein Absatz mit seinen Quellen.", "A paragraph with its sources.");
const FACT_LABEL: Example = ("label", "Stichwort", "Keyword");
const FACT_PLACE: Example = ("place", "Ort", "Place");
const FACT_TEXT: Example = ("text", "Was die Zahl bedeutet, in einem Satz.", "What the figure means, in one sentence.");
const FIGURE_LABEL: Example = ("label", "Wofür die Zahl steht", "What the number stands for");
const EVENT_TEXT: Example = ("text", "Was an diesem Tag geschah.", "What happened on that day.");
const PROFILE_NAME: Example = ("name", "Name der Person, des Landes oder der Firma", "Name of the person, country or company");
const ROW_LABEL: Example = ("label", "Ein Merkmal", "A property");
const ROW_TEXT: Example = ("text", "Sein Wert als Text", "Its value as text");
const NUMBER_LABEL: Example = ("label", "Eine Zahl", "A number");
const PUBLISHER: Example = ("publisher", "Herausgeber", "Publisher");
const HEADLINE: Example = ("title", "Die echte Überschrift des Artikels", "The real headline of the article");
const EXAMPLES: [Example; 16] = [
    TITLE, SUMMARY, GLANCE_LABEL, CAVEAT, PARAGRAPH, FACT_LABEL, FACT_PLACE, FACT_TEXT, FIGURE_LABEL,
    EVENT_TEXT, PROFILE_NAME, ROW_LABEL, ROW_TEXT, NUMBER_LABEL, PUBLISHER, HEADLINE,
];

/// Whether `text`, in the field `field` (a JSON path's last key: `label`, `place`), is one of the
/// starter's example texts, in either language: left in a box, it would be published as if it
/// were news. Only in the field the starter puts it, so that a word like "Ort" stays free for a
/// profile's row; every number of the starter has an example beside it, so none is left unseen.
pub fn is_example_text(field: &str, text: &str) -> bool {
    let text = text.trim();
    EXAMPLES.iter().any(|&(key, de, en)| key == field && (text == de || text == en))
}

/// The starter as `factbox new` prints it and the studio opens it: the same bytes.
#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
pub fn text(lang: Lang) -> String {
    serde_json::to_string_pretty(&starter(lang)).expect("the model serializes") + "\n"
}

/// The starter an editor copies from (`factbox new`): one section of each kind of block, every
/// field shown once, example texts where the editor's own go.
pub fn starter(lang: Lang) -> Content {
    let de = lang == Lang::De;
    let t = |de_text: &str, en_text: &str| if de { de_text.to_string() } else { en_text.to_string() };
    let example = |(_, de_text, en_text): Example| t(de_text, en_text);
    let cite = || vec!["quelle-1".to_string()];
    let statement = |text: String| Statement { text, caveat: None, sources: cite() };
    let section = |id: &str, title: String, open: bool, block: Block| Section { id: id.into(), title, open, blocks: vec![block] };
    let number = |value: f64, qualifier: Option<Qualifier>, unit: Option<String>| Quantity { value, qualifier, unit, as_of: Some("2025".into()), basis: None };
    Content {
        lang,
        title: example(TITLE),
        summary: statement(example(SUMMARY)),
        as_of: "2025-11-07".into(),
        glance: vec![Figure {
            quantity: number(100.0, Some(Qualifier::Over), Some(t("Mrd. Euro", "billion euros"))),
            label: example(GLANCE_LABEL),
            caveat: Some(example(CAVEAT)),
            sources: cite(),
        }],
        sections: vec![
            section(if de { "ueberblick" } else { "overview" }, t("Überblick", "Overview"), true, Block::Text(statement(example(PARAGRAPH)))),
            section(if de { "fakten" } else { "facts" }, t("Fakten", "Facts"), false, Block::Facts { items: vec![Fact {
                label: example(FACT_LABEL),
                place: Some(example(FACT_PLACE)),
                figure: Some(t("rund 43 %", "about 43%")),
                text: example(FACT_TEXT),
                caveat: None,
                sources: cite(),
            }] }),
            section(if de { "zahlen" } else { "numbers" }, t("Zahlen", "Numbers"), false, Block::Figures { items: vec![Figure {
                quantity: number(20_500_000.0, Some(Qualifier::Almost), None),
                label: example(FIGURE_LABEL),
                caveat: None,
                sources: cite(),
            }] }),
            section(if de { "chronik" } else { "timeline" }, t("Chronik", "Timeline"), false, Block::Timeline { items: vec![Event {
                date: "2025-11-06".into(),
                text: example(EVENT_TEXT),
                caveat: None,
                sources: cite(),
            }] }),
            section(if de { "profile" } else { "profiles" }, t("Profile", "Profiles"), false, Block::Profiles { items: vec![Profile {
                id: if de { "beispiel" } else { "example" }.into(),
                name: example(PROFILE_NAME),
                fields: vec![
                    Field { label: example(ROW_LABEL), value: FieldValue::Text { text: example(ROW_TEXT) }, caveat: None, sources: Vec::new() },
                    Field { label: example(NUMBER_LABEL), value: FieldValue::Number(number(7_282_000.0, None, None)), caveat: None, sources: cite() },
                ],
            }] }),
        ],
        sources: vec![Source {
            id: "quelle-1".into(),
            publisher: example(PUBLISHER),
            title: example(HEADLINE),
            title_lang: None,
            date: Some("2025-11-07".into()),
            url: "https://example.org/artikel".into(),
        }],
        revision: None,
    }
}
