//! Rules a content file must keep beyond its types: every figure sourced, every source a web
//! address, ids unique, no empty section, and the box's "as of" date never earlier than a
//! source or figure it prints. The editor's `factbox check`, the tests and the browser all call
//! [`problems`], so an error reads the same everywhere.

use super::{is_web_url, Content, Fact, Statement};
use std::fmt;

/// One thing wrong, with the JSON path of the value it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

struct Checker<'a> {
    content: &'a Content,
    problems: Vec<Problem>,
    used_sources: Vec<&'a str>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem { path: path.into(), message: message.into() });
    }

    fn text(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(path, "is empty");
        }
    }

    fn sources(&mut self, path: &str, ids: &'a [String]) {
        if ids.is_empty() {
            self.report(path, "no source: every printed figure needs at least one");
        }
        for (i, id) in ids.iter().enumerate() {
            if self.content.source(id).is_none() {
                self.report(format!("{path}[{i}]"), format!("unknown source id \"{id}\""));
            }
            self.used_sources.push(id);
        }
    }

    fn statement(&mut self, path: &str, s: &'a Statement) {
        self.text(&format!("{path}.text"), &s.text);
        if let Some(caveat) = &s.caveat {
            self.text(&format!("{path}.caveat"), caveat);
        }
        self.sources(&format!("{path}.sources"), &s.sources);
    }

    fn facts(&mut self, path: &str, facts: &'a [Fact]) {
        if facts.is_empty() {
            self.report(path, "empty section: add an entry or remove the section");
        }
        for (i, fact) in facts.iter().enumerate() {
            let at = format!("{path}[{i}]");
            self.text(&format!("{at}.label"), &fact.label);
            self.text(&format!("{at}.text"), &fact.text);
            for (field, value) in [("place", &fact.place), ("figure", &fact.figure), ("caveat", &fact.caveat)] {
                if let Some(value) = value {
                    self.text(&format!("{at}.{field}"), value);
                }
            }
            self.sources(&format!("{at}.sources"), &fact.sources);
        }
    }

    fn unique<'b>(&mut self, what: &str, ids: impl IntoIterator<Item = (String, &'b str)>) {
        let mut seen: Vec<&str> = Vec::new();
        for (path, id) in ids {
            if !is_readable_id(id) {
                self.report(&path, format!("{what} id \"{id}\" must be lowercase letters, digits and hyphens"));
            }
            if seen.contains(&id) {
                self.report(&path, format!("duplicate {what} id \"{id}\""));
            }
            seen.push(id);
        }
    }
}

/// A field the model does not have: most likely a typo, so the message lists the right names.
/// The editor's check and the browser's reader both say it in these words.
pub(crate) fn unknown_field(name: &str, expected: &[&str]) -> String {
    format!("unknown field \"{name}\" (a typo? expected one of: {})", expected.join(", "))
}

/// Ids become deep-link fragments (`#factbox-<id>`) and DOM ids, so they stay plain.
fn is_readable_id(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

fn is_iso_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let ok = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => ok(y, 4),
        [y, m] => ok(y, 4) && ok(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap_or(0)),
        [y, m, d] => {
            ok(y, 4)
                && ok(m, 2)
                && ok(d, 2)
                && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
                && (1..=31).contains(&d.parse::<u8>().unwrap_or(0))
        }
        _ => false,
    }
}

/// The first and last day a date of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD` can mean, as
/// `(year, month, day)` triples that compare in calendar order (a month's last day is taken as
/// 31, which orders correctly for every month). `None` for anything else.
fn day_range(value: &str) -> Option<((u16, u8, u8), (u16, u8, u8))> {
    if !is_iso_date(value) {
        return None;
    }
    let parts: Vec<&str> = value.split('-').collect();
    let year: u16 = parts[0].parse().ok()?;
    let month: Option<u8> = parts.get(1).and_then(|m| m.parse().ok());
    let day: Option<u8> = parts.get(2).and_then(|d| d.parse().ok());
    let first = (year, month.unwrap_or(1), day.unwrap_or(1));
    let last = (year, month.unwrap_or(12), day.unwrap_or(31));
    Some((first, last))
}

/// The fact sheet's rule for the box's "as of" date: never earlier than the newest source or
/// figure it prints. A date counts as later than the box's `as_of` when the earliest day it can
/// mean is after the latest day `as_of` can mean: `2026` is after `2025-12-31`, `2025-11` is
/// not after `2025-11-07`. The message names both dates and the way out.
fn after_as_of(as_of: &str, date: &str) -> Option<String> {
    let (_, box_last) = day_range(as_of)?;
    let ((y, m, d), _) = day_range(date)?;
    ((y, m, d) > box_last).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Everything wrong with one content file; empty when it may be published.
pub fn problems(content: &Content) -> Vec<Problem> {
    let mut c = Checker { content, problems: Vec::new(), used_sources: Vec::new() };
    c.text("title", &content.title);
    c.statement("summary", &content.summary);
    if !is_iso_date(&content.as_of) {
        c.report("as_of", format!("expected a date like 2025-11-07, found \"{}\"", content.as_of));
    }

    let s = &content.sections;
    let metas = [
        ("minerals", &s.minerals),
        ("pledge", &s.pledge),
        ("countries", &s.countries),
        ("powers", &s.powers),
        ("sources", &s.sources),
    ];
    for (key, meta) in metas {
        c.text(&format!("sections.{key}.title"), &meta.title);
    }
    // Sections and countries share one id space: both are deep-link targets.
    let openable = metas
        .iter()
        .map(|(key, meta)| (format!("sections.{key}.id"), meta.id.as_str()))
        .chain(content.countries.iter().enumerate().map(|(i, k)| (format!("countries[{i}].id"), k.id.as_str())));
    c.unique("section or country", openable.collect::<Vec<_>>());

    c.facts("minerals", &content.minerals);
    c.facts("pledge", &content.pledge);
    c.facts("powers", &content.powers);

    if content.countries.is_empty() {
        c.report("countries", "empty section: add an entry or remove the section");
    }
    for (i, country) in content.countries.iter().enumerate() {
        let at = format!("countries[{i}]");
        for (field, value) in [("name", &country.name), ("capital", &country.capital), ("head_of_state", &country.head_of_state)] {
            c.text(&format!("{at}.{field}"), value);
        }
        let population = &country.population;
        if population.value == 0 {
            c.report(format!("{at}.population.value"), "must be greater than 0");
        }
        if !is_iso_date(&population.as_of) {
            c.report(
                format!("{at}.population.as_of"),
                format!("expected a year or date like 2025 or 2025-01-01, found \"{}\"", population.as_of),
            );
        }
        if let Some(earliest) = after_as_of(&content.as_of, &population.as_of) {
            c.report(
                format!("{at}.population.as_of"),
                format!(
                    "{} is after the box's as_of {}: move \"as_of\" to {earliest} or later, or print an older figure",
                    population.as_of, content.as_of
                ),
            );
        }
        c.sources(&format!("{at}.population.sources"), &population.sources);
        c.statement(&format!("{at}.resources"), &country.resources);
        c.statement(&format!("{at}.us_ties"), &country.us_ties);
        c.statement(&format!("{at}.blocs"), &country.blocs);
    }

    if content.sources.is_empty() {
        c.report("sources", "empty section: every figure needs a source");
    }
    c.unique("source", content.sources.iter().enumerate().map(|(i, s)| (format!("sources[{i}].id"), s.id.as_str())).collect::<Vec<_>>());
    for (i, source) in content.sources.iter().enumerate() {
        let at = format!("sources[{i}]");
        c.text(&format!("{at}.publisher"), &source.publisher);
        c.text(&format!("{at}.title"), &source.title);
        if !is_web_url(&source.url) {
            c.report(format!("{at}.url"), format!("must start with http:// or https://, found \"{}\"", source.url));
        }
        if let Some(date) = &source.date {
            if !is_iso_date(date) {
                c.report(format!("{at}.date"), format!("expected a date like 2025-11-07, found \"{date}\""));
            } else if let Some(earliest) = after_as_of(&content.as_of, date) {
                c.report(
                    format!("{at}.date"),
                    format!(
                        "{date} is after the box's as_of {}: move \"as_of\" to {earliest} or later, or drop what this source supports",
                        content.as_of
                    ),
                );
            }
        }
        if !c.used_sources.contains(&source.id.as_str()) {
            c.report(format!("{at}.id"), format!("source \"{}\" is cited nowhere: remove it or cite it", source.id));
        }
    }
    c.problems
}

/// Differences in shape between two language versions of the same box: entry counts, cited
/// sources, caveats and figures must correspond one to one, and numbers must be equal.
pub fn structure_differences(a: &Content, b: &Content) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut differ = |path: String, what: String| out.push(Problem { path, message: what });
    let (la, lb) = (a.lang.tag(), b.lang.tag());

    for (key, fa, fb) in [("minerals", &a.minerals, &b.minerals), ("pledge", &a.pledge, &b.pledge), ("powers", &a.powers, &b.powers)] {
        if fa.len() != fb.len() {
            differ(key.into(), format!("{la} has {} entries, {lb} has {}", fa.len(), fb.len()));
        }
        for (i, (x, y)) in fa.iter().zip(fb).enumerate() {
            let at = format!("{key}[{i}]");
            if x.sources != y.sources {
                differ(format!("{at}.sources"), format!("{la} cites {:?}, {lb} cites {:?}", x.sources, y.sources));
            }
            for (field, p, q) in [("place", &x.place, &y.place), ("figure", &x.figure, &y.figure), ("caveat", &x.caveat, &y.caveat)] {
                if p.is_some() != q.is_some() {
                    differ(format!("{at}.{field}"), format!("present in {} only", if p.is_some() { la } else { lb }));
                }
            }
        }
    }

    if a.countries.len() != b.countries.len() {
        differ("countries".into(), format!("{la} has {} countries, {lb} has {}", a.countries.len(), b.countries.len()));
    }
    for (i, (x, y)) in a.countries.iter().zip(&b.countries).enumerate() {
        let at = format!("countries[{i}]");
        let (px, py) = (&x.population, &y.population);
        if (px.value, px.approx, &px.as_of, &px.sources) != (py.value, py.approx, &py.as_of, &py.sources) {
            differ(format!("{at}.population"), format!("{la} and {lb} give different figures, dates or sources"));
        }
        for (field, sx, sy) in [("resources", &x.resources, &y.resources), ("us_ties", &x.us_ties, &y.us_ties), ("blocs", &x.blocs, &y.blocs)] {
            if sx.sources != sy.sources || sx.caveat.is_some() != sy.caveat.is_some() {
                differ(format!("{at}.{field}"), format!("{la} and {lb} differ in sources or caveat"));
            }
        }
    }

    let ids = |c: &Content| c.sources.iter().map(|s| (s.id.clone(), s.url.clone())).collect::<Vec<_>>();
    if ids(a) != ids(b) {
        differ("sources".into(), format!("{la} and {lb} list different sources or URLs"));
    }
    if a.as_of != b.as_of {
        differ("as_of".into(), format!("{la} is as of {}, {lb} as of {}", a.as_of, b.as_of));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Content, Lang};

    /// The shipped German content with its box date and one source date replaced.
    fn content(as_of: &str, source: usize, date: Option<&str>) -> Content {
        let mut c = Content::default_for(Lang::De);
        c.as_of = as_of.into();
        c.sources[source].date = date.map(String::from);
        c
    }

    fn as_of_problems(c: &Content) -> Vec<String> {
        problems(c).into_iter().filter(|p| p.message.contains("as_of")).map(|p| p.to_string()).collect()
    }

    #[test]
    fn the_shipped_content_keeps_the_as_of_rule() {
        for lang in [Lang::De, Lang::En] {
            assert_eq!(problems(&Content::default_for(lang)), vec![], "{lang:?}");
        }
    }

    #[test]
    fn a_source_newer_than_the_box_is_named_with_both_dates() {
        // Pull the box back to the newest date in the shipped content but one: everything
        // dated later than that is reported, each at its own path.
        let mut c = Content::default_for(Lang::De);
        let newsline = c.sources.iter().position(|s| s.id == "newsline").unwrap();
        let tajik = c.sources.iter().position(|s| s.id == "qazinform-tj").unwrap();
        c.as_of = "2025-12-02".into();
        assert_eq!(
            as_of_problems(&c),
            [
                "countries[3].population.as_of: 2026-01-01 is after the box's as_of 2025-12-02: move \"as_of\" to 2026-01-01 or later, or print an older figure".to_string(),
                format!("sources[{tajik}].date: 2026 is after the box's as_of 2025-12-02: move \"as_of\" to 2026-01-01 or later, or drop what this source supports"),
            ]
        );
        c.as_of = "2025-12-01".into();
        assert!(as_of_problems(&c).contains(&format!(
            "sources[{newsline}].date: 2025-12-02 is after the box's as_of 2025-12-01: move \"as_of\" to 2025-12-02 or later, or drop what this source supports"
        )));
    }

    #[test]
    fn a_date_is_later_only_when_its_earliest_day_is() {
        let later = |as_of: &str, date: &str| after_as_of(as_of, date);
        assert_eq!(later("2025-12-31", "2026"), Some("2026-01-01".into()));
        assert_eq!(later("2025-11-07", "2025-11"), None, "November 2025 may mean the 1st");
        assert_eq!(later("2025-11-07", "2025-12"), Some("2025-12-01".into()));
        assert_eq!(later("2025-11-07", "2025-11-07"), None, "the same day is not later");
        assert_eq!(later("2025-11-07", "2025-11-08"), Some("2025-11-08".into()));
        assert_eq!(later("2025-11-07", "2025"), None);
        // A box dated by month or year reaches to the end of it.
        assert_eq!(later("2025-11", "2025-11-30"), None);
        assert_eq!(later("2025", "2025-12-31"), None);
        assert_eq!(later("2025", "2026-01-01"), Some("2026-01-01".into()));
        // Malformed dates are reported by their own rule, not this one.
        assert_eq!(later("7.11.2025", "2026"), None);
        assert_eq!(later("2025-11-07", "gestern"), None);
    }

    #[test]
    fn partial_source_dates_follow_the_same_rule() {
        let tajik = Content::default_for(Lang::De).sources.iter().position(|s| s.id == "qazinform-tj").unwrap();
        let c = content("2026-01-01", tajik, Some("2026-01"));
        assert_eq!(as_of_problems(&c), Vec::<String>::new(), "January 2026 is not after 1 January 2026");
        let c = content("2026-01-01", tajik, Some("2026-02"));
        assert_eq!(
            as_of_problems(&c),
            [format!("sources[{tajik}].date: 2026-02 is after the box's as_of 2026-01-01: move \"as_of\" to 2026-02-01 or later, or drop what this source supports")]
        );
    }

    #[test]
    fn a_malformed_box_date_is_reported_once() {
        let c = content("7.11.2025", 0, Some("2025-11-07"));
        let messages: Vec<String> = problems(&c).into_iter().map(|p| p.to_string()).collect();
        assert_eq!(messages, ["as_of: expected a date like 2025-11-07, found \"7.11.2025\""]);
    }
}
