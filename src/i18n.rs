//! Every string the box prints that is not content: labels, button texts, notices.

use crate::content::Lang;

pub struct Strings {
    pub kicker: &'static str,
    pub as_of: &'static str,
    pub source: &'static str,
    pub sources: &'static str,
    pub caveat: &'static str,
    pub capital: &'static str,
    pub population: &'static str,
    pub head_of_state: &'static str,
    pub resources: &'static str,
    pub us_ties: &'static str,
    pub blocs: &'static str,
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
    capital: "Hauptstadt",
    population: "Einwohner",
    head_of_state: "Staatsoberhaupt",
    resources: "Wichtige Rohstoffe",
    us_ties: "Beziehungen zu den USA",
    blocs: "Bündnisse",
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
    capital: "Capital",
    population: "Population",
    head_of_state: "Head of state",
    resources: "Key resources",
    us_ties: "Ties to the US",
    blocs: "Blocs",
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
