//! Every string the box prints that is not content: labels, button texts, notices.

use crate::content::Lang;

pub struct Strings {
    pub kicker: &'static str,
    pub as_of: &'static str,
    pub source: &'static str,
    pub sources: &'static str,
    pub caveat: &'static str,
    /// Id of the generated sources section (deep link `#factbox-quellen`).
    pub sources_id: &'static str,
    /// Heading of the key numbers above the sections.
    pub glance: &'static str,
    /// Caption of the table that sets profiles' numbers side by side.
    pub compare: &'static str,
    /// A map's text alternative: what it highlights, and what it names for orientation.
    pub highlighted: &'static str,
    pub for_orientation: &'static str,
    pub over: &'static str,
    pub about: &'static str,
    pub almost: &'static str,
    pub up_to: &'static str,
    pub million: &'static str,
    pub billion: &'static str,
    pub show_all: &'static str,
    pub hide_all: &'static str,
    /// Read after each external link: where it goes and that it opens a new tab.
    pub opens_source: &'static str,
    pub load_failed: &'static str,
}

const DE: Strings = Strings {
    kicker: "Faktenbox",
    as_of: "Stand",
    source: "Quelle",
    sources: "Quellen",
    caveat: "Einschränkung",
    sources_id: "quellen",
    glance: "Auf einen Blick",
    compare: "Im Vergleich",
    highlighted: "Hervorgehoben",
    for_orientation: "Zur Orientierung",
    over: "über",
    about: "rund",
    almost: "knapp",
    up_to: "bis zu",
    million: "Mio.",
    billion: "Mrd.",
    show_all: "Alle Abschnitte einblenden",
    hide_all: "Alle Abschnitte ausblenden",
    opens_source: "(Quelle, öffnet in neuem Tab)",
    load_failed: "Die Inhalte der Faktenbox konnten nicht aktualisiert werden.",
};

const EN: Strings = Strings {
    kicker: "Fact box",
    as_of: "As of",
    source: "Source",
    sources: "Sources",
    caveat: "Caveat",
    sources_id: "sources",
    glance: "At a glance",
    compare: "Side by side",
    highlighted: "Highlighted",
    for_orientation: "For orientation",
    over: "over",
    about: "about",
    almost: "almost",
    up_to: "up to",
    million: "million",
    billion: "billion",
    show_all: "Show all sections",
    hide_all: "Hide all sections",
    opens_source: "(source, opens in a new tab)",
    load_failed: "The fact box content could not be updated.",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}
