//! The editor's rules beyond shape: every figure sourced, every source a web address and cited,
//! ids unique and readable, nothing empty or left as the starter's example text, dates
//! well-formed, and the as-of date never earlier than anything the box prints. `factbox check`,
//! the studio and the tests call [`problems`], so a rule reads the same everywhere. The browser
//! does not repeat them: a reader's bundle only needs content that parses.

use super::starter::is_example_text;
use super::{is_web_url, Block, Content, Event, Fact, Field, FieldValue, Figure, Map, Place, Profile, Quantity, Statement};
use std::fmt;

/// One thing wrong, with the JSON path of the value it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Everything wrong with one content file; empty when it may be published.
pub fn problems(content: &Content) -> Vec<Problem> {
    let mut c = Checker { content, problems: Vec::new(), cited: Vec::new(), dated: Vec::new() };
    c.text("title", &content.title);
    c.statement("summary", &content.summary);
    if !is_iso_day(&content.as_of) {
        c.report("as_of", format!("expected a date like 2025-11-07, found \"{}\"", content.as_of));
    }
    for (i, figure) in content.glance.iter().enumerate() {
        c.figure(&format!("glance[{i}]"), figure);
    }

    if content.sections.is_empty() {
        c.report("sections", "no section: a box needs at least one (see `factbox new` for a starter)");
    }
    // Sections and profiles share one id space with the generated sources section: all are
    // deep-link targets and DOM ids.
    let mut ids = Vec::new();
    for (s, section) in content.sections.iter().enumerate() {
        let at = format!("sections[{s}]");
        ids.push((format!("{at}.id"), section.id.as_str()));
        c.text(&format!("{at}.title"), &section.title);
        if section.blocks.is_empty() {
            c.report(&at, "has no blocks: add a block or remove the section");
        }
        for (b, block) in section.blocks.iter().enumerate() {
            let at = format!("{at}.blocks[{b}]");
            if block.is_empty() {
                let list = if let Block::Map(_) = block { "countries" } else { "items" };
                c.report(format!("{at}.{list}"), format!("empty {} block: add an entry or remove the block", block.kind()));
            }
            match block {
                Block::Text(statement) => c.statement(&at, statement),
                Block::Facts { items } => items.iter().enumerate().for_each(|(i, f)| c.fact(&format!("{at}.items[{i}]"), f)),
                Block::Figures { items } => items.iter().enumerate().for_each(|(i, f)| c.figure(&format!("{at}.items[{i}]"), f)),
                Block::Timeline { items } => c.timeline(&at, items),
                Block::Profiles { items } => {
                    for (i, profile) in items.iter().enumerate() {
                        ids.push((format!("{at}.items[{i}].id"), profile.id.as_str()));
                        c.profile(&format!("{at}.items[{i}]"), profile);
                    }
                }
                Block::Bars { title, items } => c.bars(&at, title, items),
                Block::Map(map) => c.map(&at, map),
            }
        }
    }
    let sources_id = content.sources_id();
    if let Some((path, _)) = ids.iter().find(|(_, id)| *id == sources_id) {
        c.report(path.clone(), format!("\"{sources_id}\" is the id of the generated sources section: choose another"));
    }
    c.unique("section or profile", &ids);

    if content.sources.is_empty() {
        c.report("sources", "no sources: every figure needs one");
    }
    let source_ids: Vec<(String, &str)> =
        content.sources.iter().enumerate().map(|(i, s)| (format!("sources[{i}].id"), s.id.as_str())).collect();
    c.unique("source", &source_ids);
    for (i, source) in content.sources.iter().enumerate() {
        let at = format!("sources[{i}]");
        c.text(&format!("{at}.publisher"), &source.publisher);
        c.text(&format!("{at}.title"), &source.title);
        if let Some(tag) = &source.title_lang {
            let box_lang = content.lang.tag();
            if !is_language_tag(tag) {
                c.report(
                    format!("{at}.title_lang"),
                    format!("\"{tag}\" is not a language code: write the headline's language as a code, like \"en\" for English or \"ru\" for Russian, or leave it out if the headline is in the box's language (\"{box_lang}\")"),
                );
            } else if tag.eq_ignore_ascii_case(box_lang) {
                c.report(format!("{at}.title_lang"), format!("\"{tag}\" is the box's own language: leave it out; it is for a headline in another language"));
            }
        }
        if !is_web_url(&source.url) {
            c.report(format!("{at}.url"), format!("must start with http:// or https://, found \"{}\"", source.url));
        } else if is_example_address(&source.url) {
            c.report(format!("{at}.url"), format!("\"{}\" is an example address, not a source: put the address of the page cited", source.url));
        }
        if let Some(date) = &source.date {
            c.date(&format!("{at}.date"), date, false);
        }
        if !c.cited.contains(&source.id.as_str()) && !content.sections.is_empty() {
            c.report(format!("{at}.id"), format!("source \"{}\" is cited nowhere: cite it or remove it", source.id));
        }
    }
    if let Some(r) = &content.revision {
        if !is_timestamp(&r.published) {
            c.report("revision.published", format!("expected a UTC time like 2026-01-02T10:15:00Z, found \"{}\" (the revision is written by `factbox publish`: remove it rather than edit it)", r.published));
        }
        if r.sha256.len() != 64 || !r.sha256.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            c.report("revision.sha256", "expected 64 hexadecimal digits (the revision is written by `factbox publish`: remove it rather than edit it)");
        }
    }
    c.as_of_is_newest();
    c.problems
}

struct Checker<'a> {
    content: &'a Content,
    problems: Vec<Problem>,
    cited: Vec<&'a str>,
    /// Every well-formed date the box prints or rests on, with its path, for the as-of rule.
    dated: Vec<(String, &'a str)>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem { path: path.into(), message: message.into() });
    }

    fn text(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(path, "is empty: write the text");
        } else if is_example_text(field_of(path), value) {
            self.report(path, format!("\"{}\" is the starter's example: write this box's own text", value.trim()));
        }
    }

    fn optional(&mut self, path: &str, value: &Option<String>) {
        if let Some(value) = value {
            if value.trim().is_empty() {
                self.report(path, "is empty: write it or leave the field out");
            } else if is_example_text(field_of(path), value) {
                self.report(path, format!("\"{}\" is the starter's example: write this box's own or leave the field out", value.trim()));
            }
        }
    }

    /// `required`: a figure must carry a source; plain text (a capital, a name) may.
    fn sources(&mut self, path: &str, ids: &'a [String], required: bool) {
        if required && ids.is_empty() {
            self.report(path, "no source: every figure and statement needs at least one source id from \"sources\"");
        }
        for (i, id) in ids.iter().enumerate() {
            if self.content.source(id).is_none() {
                let known: Vec<&str> = self.content.sources.iter().map(|s| s.id.as_str()).collect();
                self.report(format!("{path}[{i}]"), format!("unknown source id \"{id}\" (the sources are: {})", known.join(", ")));
            }
            self.cited.push(id);
        }
    }

    fn date(&mut self, path: &str, value: &'a str, day_only: bool) {
        let ok = if day_only { is_iso_day(value) } else { is_iso_date(value) };
        if ok {
            self.dated.push((path.to_string(), value));
        } else if day_only {
            self.report(path, format!("expected a date like 2025-11-07, found \"{value}\""));
        } else {
            self.report(path, format!("expected a year, month or day like 2025, 2025-11 or 2025-11-07, found \"{value}\""));
        }
    }

    fn statement(&mut self, path: &str, s: &'a Statement) {
        self.text(&format!("{path}.text"), &s.text);
        self.optional(&format!("{path}.caveat"), &s.caveat);
        self.sources(&format!("{path}.sources"), &s.sources, true);
    }

    fn fact(&mut self, at: &str, fact: &'a Fact) {
        self.text(&format!("{at}.label"), &fact.label);
        self.text(&format!("{at}.text"), &fact.text);
        self.optional(&format!("{at}.place"), &fact.place);
        self.optional(&format!("{at}.figure"), &fact.figure);
        self.optional(&format!("{at}.caveat"), &fact.caveat);
        self.sources(&format!("{at}.sources"), &fact.sources, true);
    }

    fn quantity(&mut self, at: &str, q: &'a Quantity) {
        self.optional(&format!("{at}.unit"), &q.unit);
        self.optional(&format!("{at}.basis"), &q.basis);
        if let Some(as_of) = &q.as_of {
            self.date(&format!("{at}.as_of"), as_of, false);
        }
    }

    fn figure(&mut self, at: &str, figure: &'a Figure) {
        self.quantity(at, &figure.quantity);
        self.text(&format!("{at}.label"), &figure.label);
        self.optional(&format!("{at}.caveat"), &figure.caveat);
        self.sources(&format!("{at}.sources"), &figure.sources, true);
    }

    fn timeline(&mut self, at: &str, items: &'a [Event]) {
        for (i, event) in items.iter().enumerate() {
            let path = format!("{at}.items[{i}]");
            self.date(&format!("{path}.date"), &event.date, false);
            self.text(&format!("{path}.text"), &event.text);
            self.optional(&format!("{path}.caveat"), &event.caveat);
            self.sources(&format!("{path}.sources"), &event.sources, true);
            // "2025-11" after "2025-11-06" may well be in order; only a date that surely comes
            // first (its last possible day before the other's first) is out of order.
            if i > 0 && is_iso_date(&items[i - 1].date) && is_iso_date(&event.date) && latest_day(&event.date) < earliest_day(&items[i - 1].date) {
                self.report(format!("{path}.date"), format!("{} comes before the entry above it ({}): a timeline runs oldest first", event.date, items[i - 1].date));
            }
        }
    }

    fn profile(&mut self, at: &str, profile: &'a Profile) {
        self.text(&format!("{at}.name"), &profile.name);
        if profile.fields.is_empty() {
            self.report(format!("{at}.fields"), "no fields: add one or remove the profile");
        }
        for (i, field) in profile.fields.iter().enumerate() {
            self.field(&format!("{at}.fields[{i}]"), field);
        }
    }

    fn field(&mut self, at: &str, field: &'a Field) {
        self.text(&format!("{at}.label"), &field.label);
        self.optional(&format!("{at}.caveat"), &field.caveat);
        match &field.value {
            FieldValue::Text { text } => {
                self.text(&format!("{at}.text"), text);
                self.sources(&format!("{at}.sources"), &field.sources, false);
            }
            FieldValue::Number(q) => {
                self.quantity(at, q);
                self.sources(&format!("{at}.sources"), &field.sources, true);
            }
        }
    }

    /// Bars share one scale from zero, so they must measure the same thing in the same unit.
    fn bars(&mut self, at: &str, title: &str, items: &'a [Figure]) {
        self.text(&format!("{at}.title"), title);
        for (i, f) in items.iter().enumerate() {
            let path = format!("{at}.items[{i}]");
            self.figure(&path, f);
            if f.quantity.value < 0.0 {
                self.report(format!("{path}.value"), format!("{} is below zero: bars start at zero, so a negative value cannot be drawn (use a figures block)", f.quantity.value));
            }
            if let Some(first) = items.first().filter(|first| first.quantity.unit != f.quantity.unit) {
                let unit = |u: &Option<String>| u.as_deref().map(|u| format!("\"{u}\"")).unwrap_or_else(|| "no unit".into());
                self.report(format!("{path}.unit"), format!("{} here, {} in the first bar: bars on one scale need one unit (make them agree, or use two bars blocks)", unit(&f.quantity.unit), unit(&first.quantity.unit)));
            }
        }
        if !items.is_empty() && items.iter().all(|f| f.quantity.value == 0.0) {
            self.report(format!("{at}.items"), "every value is 0: there is nothing to draw");
        }
    }

    fn map(&mut self, at: &str, map: &'a Map) {
        self.text(&format!("{at}.title"), &map.title);
        self.sources(&format!("{at}.sources"), &map.sources, true);
        match map.frame[..] {
            [west, south, east, north] => {
                let (lon, lat) = (-180.0..=180.0, -90.0..=90.0);
                if !lon.contains(&west) || !lon.contains(&east) || !lat.contains(&south) || !lat.contains(&north) || west >= east || south >= north {
                    self.report(format!("{at}.frame"), "expected [west, south, east, north] in degrees: west < east within -180..180, south < north within -90..90");
                }
            }
            _ => self.report(format!("{at}.frame"), format!("expected four numbers, [west, south, east, north] in degrees, like [46, 34, 90, 56]; found {}", map.frame.len())),
        }
        let drawn = !map.size.is_empty();
        if drawn && (map.size.len() != 2 || map.land.is_none()) {
            self.report(format!("{at}.size"), "the drawing is incomplete: run `node scripts/map.mjs` on this file again (README, \"Maps\")");
        }
        let mut codes: Vec<(String, &str)> = Vec::new();
        for (list, places) in [("countries", &map.countries), ("neighbours", &map.neighbours), ("water", &map.water)] {
            for (i, place) in places.iter().enumerate() {
                let path = format!("{at}.{list}[{i}]");
                self.text(&format!("{path}.name"), &place.name);
                self.place(&path, list, place, drawn);
                if let Some(code) = &place.code {
                    if let Some((first, _)) = codes.iter().find(|(_, c)| c == code) {
                        self.report(format!("{path}.code"), format!("\"{code}\" is already on the map (at {first})"));
                    }
                    codes.push((format!("{path}.code"), code));
                }
            }
        }
        if !drawn {
            self.report(at, "the map has no drawing yet: run `node scripts/map.mjs` on this file (README, \"Maps\"), which projects the countries into the frame");
        }
    }

    fn place(&mut self, path: &str, list: &str, place: &'a Place, drawn: bool) {
        let water = list == "water";
        match &place.code {
            Some(code) if water => self.report(format!("{path}.code"), format!("water has no country code (found \"{code}\"): give \"at\", [longitude, latitude]")),
            Some(code) if !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())) => {
                self.report(format!("{path}.code"), format!("expected an ISO 3166-1 alpha-2 code in capitals, like \"KZ\"; found \"{code}\""))
            }
            None if !water => self.report(path, "missing field \"code\": the country's ISO 3166-1 alpha-2 code, like \"KZ\""),
            _ => {}
        }
        if water && place.at.len() != 2 {
            self.report(format!("{path}.at"), "expected [longitude, latitude] in degrees: where the name goes");
        }
        if list == "countries" && place.link.is_none() {
            self.report(path, "missing field \"link\": the id of the section or profile this country opens");
        }
        if let Some(link) = &place.link {
            if list != "countries" {
                self.report(format!("{path}.link"), "only highlighted countries (\"countries\") lead to an entry");
            } else if self.content.path_to(link).is_none() {
                let ids = self.content.openable_ids();
                self.report(format!("{path}.link"), format!("\"{link}\" is no section or profile of this box (the ids are: {})", ids.join(", ")));
            }
        }
        if let Some(d) = &place.path {
            if !d.bytes().all(|b| b"MmLlHhVvZz0123456789 .,-".contains(&b)) {
                self.report(format!("{path}.path"), "is not path data from `scripts/map.mjs` (only M, L, H, V, Z, numbers): run the script again rather than edit it");
            }
        }
        if drawn && (place.label.len() != 2 || (!water && place.path.is_none())) {
            self.report(path, "not drawn yet: run `node scripts/map.mjs` on this file again (README, \"Maps\")");
        }
    }

    fn unique(&mut self, what: &str, ids: &[(String, &str)]) {
        for (i, (path, id)) in ids.iter().enumerate() {
            if !is_readable_id(id) {
                self.report(path, format!("{what} id \"{id}\" must be lowercase letters, digits and hyphens, like \"kasachstan\" or \"eu-gipfel\""));
            }
            if let Some((first, _)) = ids[..i].iter().find(|(_, other)| other == id) {
                self.report(path, format!("duplicate {what} id \"{id}\" (first at {first}): ids name deep links and must differ"));
            }
        }
    }

    /// The fact sheet's rule: a box that says "as of 7 November" must not print what was
    /// published or measured later.
    fn as_of_is_newest(&mut self) {
        let as_of = self.content.as_of.as_str();
        if !is_iso_day(as_of) {
            return;
        }
        let late: Vec<(String, &str)> = self.dated.iter().filter(|(_, d)| earliest_day(d) > as_of.to_string()).cloned().collect();
        // One date that settles them all: the latest of them.
        let Some(newest) = late.iter().map(|(_, d)| earliest_day(d)).max() else { return };
        for (path, date) in late {
            self.report(path, format!("{date} is after the box's as_of {as_of}: move \"as_of\" to {newest} or later (the newest date in the box), or leave out what rests on this date"));
        }
    }
}

/// The first day a date can mean: `2026` → `2026-01-01`.
fn earliest_day(date: &str) -> String {
    match date.len() {
        4 => format!("{date}-01-01"),
        7 => format!("{date}-01"),
        _ => date.to_string(),
    }
}

/// The last day a date can mean: `2026` → `2026-12-31`, `2025-11` → `2025-11-31` (compared as
/// text, a day past the month's end is harmless).
fn latest_day(date: &str) -> String {
    match date.len() {
        4 => format!("{date}-12-31"),
        7 => format!("{date}-31"),
        _ => date.to_string(),
    }
}

/// Ids become deep-link fragments (`#factbox-<id>`) and DOM ids, so they stay plain.
fn is_readable_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') && !id.starts_with('-')
}

/// A BCP 47 language tag as HTML's `lang` takes it: a language of two or three letters, then
/// any subtags of one to eight letters or digits (`en`, `ru`, `uz-Latn`, `de-CH`).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn is_iso_day(value: &str) -> bool {
    value.len() == 10 && is_iso_date(value)
}

/// `2026-01-02T10:15:00Z`: a day, a time to the second, UTC.
pub fn is_timestamp(value: &str) -> bool {
    let (day, time) = value.split_once('T').unwrap_or(("", ""));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let time_ok = time.len() == 9 && time.ends_with('Z') && time[..8].split(':').all(|p| p.len() == 2 && digits(p)) && time[..8].split(':').count() == 3;
    is_iso_day(day) && time_ok
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn is_iso_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let ok = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    let month = |m: &str| ok(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap_or(0));
    match parts.as_slice() {
        [y] => ok(y, 4),
        [y, m] => ok(y, 4) && month(m),
        [y, m, d] => ok(y, 4) && month(m) && ok(d, 2) && {
            let (year, month, day) = (y.parse::<u32>().unwrap_or(0), m.parse::<u32>().unwrap_or(0), d.parse::<u32>().unwrap_or(0));
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            let days = match month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            (1..=days).contains(&day)
        },
        _ => false,
    }
}

/// Differences between two language versions of the same box: the same sections and blocks,
/// entry for entry, citing the same sources, with the same numbers and dates, and a caveat in
/// one wherever the other has one. Each difference names the one value that differs.
pub fn structure_differences(a: &Content, b: &Content) -> Vec<Problem> {
    let (la, lb) = (a.lang.tag(), b.lang.tag());
    let (ra, rb) = (shape(a), shape(b));
    let mut out = Vec::new();
    for (x, y) in ra.iter().zip(&rb) {
        if x.0 != y.0 {
            // From here on the two files no longer line up: one difference says where.
            out.push(Problem { path: x.0.clone(), message: format!("{la} and {lb} differ in structure from here on: {la} has {}, {lb} has {}", x.0, y.0) });
            return out;
        }
        if x.1 != y.1 {
            out.push(Problem { path: x.0.clone(), message: format!("{la}: {}; {lb}: {}", x.1, y.1) });
        }
    }
    if ra.len() != rb.len() {
        let (longer, extra) = if ra.len() > rb.len() { (la, &ra[rb.len()]) } else { (lb, &rb[ra.len()]) };
        out.push(Problem { path: extra.0.clone(), message: format!("only {longer} has this") });
    }
    out
}

/// The language-independent facts of a box, one value per row, by path.
fn shape(c: &Content) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = Vec::new();
    let mut row = |path: String, value: String| rows.push((path, value));
    let present = |o: &Option<String>| if o.is_some() { "a caveat".to_string() } else { "no caveat".to_string() };
    let ids = |s: &[String]| format!("sources [{}]", s.join(", "));
    row("as_of".into(), c.as_of.clone());
    row("summary.sources".into(), ids(&c.summary.sources));
    row("summary.caveat".into(), present(&c.summary.caveat));
    let quantity = |row: &mut dyn FnMut(String, String), at: &str, q: &Quantity| {
        row(format!("{at}.value"), format!("{}", q.value));
        row(format!("{at}.qualifier"), format!("{:?}", q.qualifier).to_lowercase());
        row(format!("{at}.as_of"), q.as_of.clone().unwrap_or_else(|| "no date".into()));
    };
    for (i, f) in c.glance.iter().enumerate() {
        let at = format!("glance[{i}]");
        quantity(&mut row, &at, &f.quantity);
        row(format!("{at}.sources"), ids(&f.sources));
        row(format!("{at}.caveat"), present(&f.caveat));
    }
    for (s, section) in c.sections.iter().enumerate() {
        for (b, block) in section.blocks.iter().enumerate() {
            let at = format!("sections[{s}].blocks[{b}]");
            row(at.clone(), format!("a {} block of {} entries", block.kind(), block.len()));
            match block {
                Block::Text(st) => {
                    row(format!("{at}.sources"), ids(&st.sources));
                    row(format!("{at}.caveat"), present(&st.caveat));
                }
                Block::Facts { items } => {
                    for (i, f) in items.iter().enumerate() {
                        let at = format!("{at}.items[{i}]");
                        row(format!("{at}.sources"), ids(&f.sources));
                        row(format!("{at}.caveat"), present(&f.caveat));
                        row(format!("{at}.figure"), if f.figure.is_some() { "a figure".into() } else { "no figure".into() });
                    }
                }
                Block::Figures { items } | Block::Bars { items, .. } => {
                    for (i, f) in items.iter().enumerate() {
                        let at = format!("{at}.items[{i}]");
                        quantity(&mut row, &at, &f.quantity);
                        row(format!("{at}.sources"), ids(&f.sources));
                        row(format!("{at}.caveat"), present(&f.caveat));
                    }
                }
                Block::Timeline { items } => {
                    for (i, e) in items.iter().enumerate() {
                        let at = format!("{at}.items[{i}]");
                        row(format!("{at}.date"), e.date.clone());
                        row(format!("{at}.sources"), ids(&e.sources));
                        row(format!("{at}.caveat"), present(&e.caveat));
                    }
                }
                Block::Map(map) => {
                    row(format!("{at}.frame"), format!("{:?}", map.frame));
                    row(format!("{at}.sources"), ids(&map.sources));
                    for (list, places) in [("countries", &map.countries), ("neighbours", &map.neighbours), ("water", &map.water)] {
                        let codes: Vec<String> = places.iter().map(|p| p.code.clone().unwrap_or_else(|| format!("{:?}", p.at))).collect();
                        row(format!("{at}.{list}"), codes.join(", "));
                    }
                }
                Block::Profiles { items } => {
                    for (i, p) in items.iter().enumerate() {
                        row(format!("{at}.items[{i}]"), format!("{} fields", p.fields.len()));
                        for (j, f) in p.fields.iter().enumerate() {
                            let at = format!("{at}.items[{i}].fields[{j}]");
                            match &f.value {
                                FieldValue::Text { .. } => row(at.clone(), "text".into()),
                                FieldValue::Number(q) => quantity(&mut row, &at, q),
                            }
                            row(format!("{at}.sources"), ids(&f.sources));
                            row(format!("{at}.caveat"), present(&f.caveat));
                        }
                    }
                }
            }
        }
    }
    for (i, source) in c.sources.iter().enumerate() {
        row(format!("sources[{i}].id"), source.id.clone());
        row(format!("sources[{i}].url"), source.url.clone());
        row(format!("sources[{i}].date"), source.date.clone().unwrap_or_else(|| "no date".into()));
    }
    rows
}

/// The field a JSON path ends in: `label` for `sections[1].blocks[0].items[0].label`.
fn field_of(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

/// The names reserved for examples and tests (RFC 2606): the starter's source points there, and
/// no real page does.
fn is_example_address(url: &str) -> bool {
    let rest = url.trim().splitn(2, "//").nth(1).unwrap_or("");
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = host_port.split(':').next().unwrap_or("").to_ascii_lowercase();
    let host = host.trim_end_matches('.');
    let under = |name: &str| host == name || host.ends_with(&format!(".{name}"));
    ["example.org", "example.com", "example.net", "example", "test", "invalid", "localhost"].iter().any(|name| under(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_exist_in_their_month() {
        assert!(is_iso_date("2024-02-29") && !is_iso_date("2025-02-29") && !is_iso_date("2025-02-31") && !is_iso_date("2025-04-31"));
        assert!(is_iso_date("2025-12-31") && !is_iso_date("2025-12-32"));
    }

    #[test]
    fn partial_dates_count_from_their_first_day() {
        assert_eq!(earliest_day("2026"), "2026-01-01");
        assert_eq!(earliest_day("2025-11"), "2025-11-01");
        assert!(is_iso_date("2025-11") && !is_iso_day("2025-11") && !is_iso_date("2025-13"));
    }

    #[test]
    fn language_tags_are_a_language_and_its_subtags() {
        for tag in ["en", "ru", "kk", "uz-Latn", "de-CH", "zh-Hant-TW", "fil"] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in ["", "e", "English", "en_GB", "en-", "-en", "de-Schweizerdeutsch", "d3"] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }

    #[test]
    fn example_addresses_are_the_reserved_domains_only() {
        for url in ["https://example.org/artikel", "http://www.example.com", "https://EXAMPLE.net:8080/x", "https://cdn.example.org./a?b", "https://user@example.org/", "https://news.test/a", "https://x.invalid", "http://localhost:8080/"] {
            assert!(is_example_address(url), "{url}");
        }
        for url in ["https://notexample.org/", "https://example.de/", "https://www.reuters.com/example.org", "https://example.organic.com/", "https://example.org@www.reuters.com/", "https://www.latest.com/"] {
            assert!(!is_example_address(url), "{url}");
        }
    }
}
