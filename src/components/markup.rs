//! The box's static parts as HTML text: the header, the key figures, and what each panel shows.
//! Only the controls (the buttons and the panels' open state) are live Yew nodes; everything a
//! reader only reads goes in as raw fragments: a header's label, a panel's run of reading
//! blocks, the header and key figures, the sources. A render compares each fragment as one node
//! rather than walking some 900 nodes for 12 controls, and the bundle carries a string writer
//! rather than the virtual-DOM code for every element.
//!
//! Every piece of content goes through [`Markup::text`] or [`Markup::attr`], which escape it;
//! only `http:` and `https:` URLs become links.

use crate::content::{format, is_web_url, Block, Content, Event, Fact, Field, FieldValue, Figure, Map, Place, Profile, Quantity, Qualifier, Source, Statement};
use crate::i18n::strings;

/// HTML being written for one box's content.
pub struct Markup<'c> {
    pub out: String,
    pub content: &'c Content,
}

impl<'c> Markup<'c> {
    pub fn new(content: &'c Content) -> Self {
        Markup { out: String::new(), content }
    }

    /// Markup written by this module, never content.
    fn tag(&mut self, html: &str) {
        self.out.push_str(html);
    }

    /// Content as text: `&`, `<` and `>` escaped, so that nothing in it can open a tag.
    fn text(&mut self, text: &str) {
        self.escaped(text, false);
    }

    fn escaped(&mut self, text: &str, in_attribute: bool) {
        for ch in text.chars() {
            match ch {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '"' if in_attribute => self.out.push_str("&quot;"),
                c => self.out.push(c),
            }
        }
    }

    /// ` name="value"`, the value escaped, quotes too, so that it cannot leave the attribute.
    fn attr(&mut self, name: &str, value: &str) {
        self.tag(" ");
        self.tag(name);
        self.tag("=\"");
        self.escaped(value, true);
        self.tag("\"");
    }

    /// `<p class="…" dir="auto">text</p>`: a paragraph of content in any script direction.
    fn paragraph(&mut self, class: &str, text: &str) {
        self.tag("<p class=\"");
        self.tag(class);
        self.tag("\" dir=\"auto\">");
        self.text(text);
        self.tag("</p>");
    }

    fn time(&mut self, iso: &str) {
        self.tag("<time");
        self.attr("datetime", iso);
        self.tag(">");
        let date = format::date(iso, self.content.lang);
        self.text(&date);
        self.tag("</time>");
    }

    /// A caveat, printed next to its figure, never in a tooltip.
    pub fn caveat(&mut self, caveat: Option<&str>) {
        let Some(caveat) = caveat else { return };
        self.tag("<p class=\"fb-caveat\" dir=\"auto\"><span class=\"fb-caveat-icon\" aria-hidden=\"true\">⚠</span><strong>");
        self.tag(strings(self.content.lang).caveat);
        self.tag(":</strong> ");
        self.text(caveat);
        self.tag("</p>");
    }

    /// "Quelle: Kazinform" after a figure; one link per cited source, by publisher name.
    pub fn citation(&mut self, ids: &[String]) {
        let t = strings(self.content.lang);
        self.tag("<p class=\"fb-cite\">");
        self.tag(if ids.len() > 1 { t.sources } else { t.source });
        self.tag(": ");
        let content = self.content;
        for (i, source) in ids.iter().filter_map(|id| content.source(id)).enumerate() {
            if i > 0 {
                self.tag(", ");
            }
            self.source_link(source);
        }
        self.tag("</p>");
    }

    /// A link that says where it goes. Only http(s) URLs become links; anything else is printed
    /// as plain text so that a `javascript:` URL in content can never run.
    fn source_link(&mut self, source: &Source) {
        if !is_web_url(&source.url) {
            self.tag("<span class=\"fb-source-name\">");
            self.text(&source.publisher);
            self.tag("</span>");
            return;
        }
        self.tag("<a class=\"fb-link\"");
        self.attr("href", &source.url);
        self.tag(" target=\"_blank\" rel=\"noopener noreferrer\">");
        self.text(&source.publisher);
        self.tag("<span class=\"fb-sr\"> ");
        self.tag(strings(self.content.lang).opens_source);
        self.tag("</span></a>");
    }

    /// The box's header: kicker, title, summary, its caveat and sources, the as-of date.
    pub fn header(&mut self, title_tag: &str) {
        let (content, t) = (self.content, strings(self.content.lang));
        self.tag("<header class=\"fb-header\"><p class=\"fb-kicker\">");
        self.tag(t.kicker);
        self.tag("</p><");
        self.tag(title_tag);
        self.tag(" id=\"fb-title\" class=\"fb-title\" dir=\"auto\">");
        self.text(&content.title);
        self.tag("</");
        self.tag(title_tag);
        self.tag(">");
        self.statement("fb-summary", &content.summary);
        self.tag("<p class=\"fb-asof\">");
        self.tag(t.as_of);
        self.tag(": ");
        self.time(&content.as_of);
        self.tag("</p></header>");
    }

    /// The key numbers above the sections: visible while every section is closed.
    pub fn glance(&mut self, heading_tag: &str) {
        if self.content.glance.is_empty() {
            return;
        }
        self.tag("<section class=\"fb-glance\" aria-labelledby=\"fb-glance-title\"><");
        self.tag(heading_tag);
        self.tag(" id=\"fb-glance-title\" class=\"fb-glance-title\">");
        self.tag(strings(self.content.lang).glance);
        self.tag("</");
        self.tag(heading_tag);
        self.tag(">");
        let content = self.content;
        self.figures(&content.glance);
        self.tag("</section>");
    }

    fn statement(&mut self, class: &str, s: &Statement) {
        self.paragraph(class, &s.text);
        self.caveat(s.caveat.as_deref());
        self.citation(&s.sources);
    }

    /// One reading block in its wrapper, `<div class="fb-block fb-block--<kind>">`. Profiles
    /// are live (their entries open one by one): `blocks::blocks` renders them.
    pub fn block(&mut self, block: &Block) {
        let kind = match block {
            Block::Text(_) => "text",
            Block::Facts { .. } => "facts",
            Block::Figures { .. } => "figures",
            Block::Timeline { .. } => "timeline",
            Block::Bars { .. } => "bars",
            Block::Map(_) => "map",
            Block::Profiles { .. } => return,
        };
        self.tag("<div class=\"fb-block fb-block--");
        self.tag(kind);
        self.tag("\">");
        match block {
            Block::Text(statement) => self.text_block(statement),
            Block::Facts { items } => self.facts(items),
            Block::Figures { items } => self.figures(items),
            Block::Timeline { items } => self.timeline(items),
            Block::Bars { title, items } => self.bars(title, items),
            Block::Map(map) => self.map(map),
            Block::Profiles { .. } => {}
        }
        self.tag("</div>");
    }

    /// What a section's header button shows: its title, and the open/closed icon.
    pub fn header_label(&mut self, title: &str) {
        self.tag("<span class=\"fb-acc-title\" dir=\"auto\">");
        self.text(title);
        self.tag("</span><span class=\"fb-acc-icon\" aria-hidden=\"true\"></span>");
    }

    fn text_block(&mut self, s: &Statement) {
        self.statement("fb-text", s);
    }

    /// Read in this order: what, where, the figure, the explanation, the caveat, the source.
    fn facts(&mut self, items: &[Fact]) {
        self.tag("<ul class=\"fb-facts\">");
        for fact in items {
            self.tag("<li class=\"fb-fact\"><p class=\"fb-fact-head\" dir=\"auto\"><strong class=\"fb-label\">");
            self.text(&fact.label);
            self.tag("</strong>");
            if let Some(place) = &fact.place {
                self.tag("<span class=\"fb-place\">");
                self.text(place);
                self.tag("</span>");
            }
            self.tag("</p>");
            if let Some(figure) = &fact.figure {
                self.paragraph("fb-figure", figure);
            }
            self.paragraph("fb-text", &fact.text);
            self.caveat(fact.caveat.as_deref());
            self.citation(&fact.sources);
            self.tag("</li>");
        }
        self.tag("</ul>");
    }

    /// Key numbers: the number first, large, then what it counts, its caveat and its source.
    fn figures(&mut self, items: &[Figure]) {
        self.cards(items, false);
    }

    /// Figures as cards, each with its bar when `bars` is set: all on the scale of the largest,
    /// with room for an open end when that one is an "over" (at 1.2 times its value the scale
    /// leaves it the last 167 thousandths, for [`Markup::bar`]'s 150). Bars in per cent are
    /// shares of a whole, drawn against all of it: 43 % fills 43 % of the track, not all of it,
    /// and an "over" ends open within the whole (a share is never over 100 %).
    fn cards(&mut self, items: &[Figure], bars: bool) {
        let room = |f: &Figure| if f.quantity.qualifier == Some(Qualifier::Over) { 1.2 } else { 1.0 };
        let shares = items.iter().all(|f| f.quantity.unit.as_deref() == Some("%"));
        let top = match (bars, shares) {
            (false, _) => 0.0,
            (true, true) => items.iter().map(|f| f.quantity.value).fold(100.0, f64::max),
            (true, false) => items.iter().map(|f| f.quantity.value * room(f)).fold(0.0, f64::max),
        };
        self.tag("<ul class=\"fb-figures\">");
        for f in items {
            self.tag("<li class=\"fb-figure-card\">");
            let value = format::quantity(&f.quantity, self.content.lang);
            self.paragraph("fb-figure-value", &value);
            self.tag("<p class=\"fb-figure-label\" dir=\"auto\">");
            self.text(&f.label);
            if let Some(as_of) = &f.quantity.as_of {
                self.tag(" (");
                self.text(&format::date(as_of, self.content.lang));
                self.tag(")");
            }
            self.tag("</p>");
            if bars && top > 0.0 {
                self.bar(f, top);
            }
            self.caveat(f.caveat.as_deref());
            self.citation(&f.sources);
            self.tag("</li>");
        }
        self.tag("</ul>");
    }

    fn timeline(&mut self, items: &[Event]) {
        self.tag("<ol class=\"fb-timeline\">");
        for e in items {
            self.tag("<li class=\"fb-event\"><p class=\"fb-event-date\">");
            self.time(&e.date);
            self.tag("</p>");
            self.paragraph("fb-text", &e.text);
            self.caveat(e.caveat.as_deref());
            self.citation(&e.sources);
            self.tag("</li>");
        }
        self.tag("</ol>");
    }

    /// Figures of one unit as bars on one scale from zero: the figures' cards, stacked, each
    /// with its bar. An "over" value is a lower bound: its bar ends in a dashed open end, never
    /// a clean edge, and the scale leaves room for it.
    fn bars(&mut self, title: &str, items: &[Figure]) {
        self.tag("<figure class=\"fb-bars\"><figcaption dir=\"auto\">");
        self.text(title);
        self.tag("</figcaption>");
        self.cards(items, true);
        self.tag("</figure>");
    }

    /// A bar in thousandths of the scale, so that the drawing needs no float formatting.
    fn bar(&mut self, f: &Figure, top: f64) {
        // A negative value (`factbox check` refuses it) is drawn as nothing, not as an error.
        let length = (f.quantity.value / top * 1000.0).clamp(0.0, 1000.0).round();
        self.tag("<svg class=\"fb-bar\" viewBox=\"0 0 1000 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect height=\"10\" width=\"");
        self.tag(&whole(length));
        self.tag("\"/>");
        // The open end stays on the track: on a scale of shares it may have less than 150 left.
        let open_end = (1000.0 - length).min(150.0);
        if f.quantity.qualifier == Some(Qualifier::Over) && open_end > 0.0 {
            self.tag("<path vector-effect=\"non-scaling-stroke\" d=\"M");
            self.tag(&whole(length));
            self.tag(" 5h");
            self.tag(&whole(open_end));
            self.tag("\"/>");
        }
        self.tag("</svg>");
    }

    /// A locator map drawn from the block's generated drawing: the background is water, every
    /// other country muted, the neighbours named for orientation, and the highlighted
    /// countries links to their entries, in the editor's order, so that Tab visits them in
    /// reading order. The caption lists what the map shows, for readers who cannot see it.
    fn map(&mut self, map: &Map) {
        self.tag("<figure class=\"fb-map\">");
        // Not drawn yet (`factbox check` says so): the caption still says what it shows.
        if let [width, height] = map.size[..] {
            self.drawing(map, width, height);
        }
        self.tag("<figcaption><p class=\"fb-map-title\" dir=\"auto\">");
        self.text(&map.title);
        let t = strings(self.content.lang);
        self.tag("</p><p class=\"fb-map-alt\" dir=\"auto\">");
        self.tag(t.highlighted);
        self.names(map.countries.iter());
        if !map.neighbours.is_empty() || !map.water.is_empty() {
            self.tag(". ");
            self.tag(t.for_orientation);
            self.names(map.neighbours.iter().chain(&map.water));
        }
        self.tag(".</p>");
        self.citation(&map.sources);
        self.tag("</figcaption></figure>");
    }

    fn drawing(&mut self, map: &Map, width: f64, height: f64) {
        self.tag("<svg role=\"group\"");
        self.attr("aria-label", &map.title);
        self.tag(" viewBox=\"0 0 ");
        self.tag(&whole(width));
        self.tag(" ");
        self.tag(&whole(height));
        self.tag("\">");
        self.shape("fb-map-land", &map.land);
        for place in &map.neighbours {
            self.shape("fb-map-nb", &place.path);
        }
        self.tag("<g class=\"fb-map-hl\">");
        for place in &map.countries {
            self.shape("", &place.path);
        }
        // Each link holds its name and its shape again, unpainted until hovered or focused, as
        // the area a pointer hits. Without a link, an SVG `a` is a plain group: not focusable.
        self.tag("</g>");
        for place in &map.countries {
            self.tag("<a");
            if let Some(link) = &place.link {
                self.attr("href", &(String::from("#factbox-") + link));
            }
            self.tag(">");
            self.shape("", &place.path);
            self.place_name(place, false);
            self.tag("</a>");
        }
        // The other names last, above every shape, a hovered one included; hidden from
        // assistive technology, as the caption names them.
        self.tag("<g class=\"fb-map-names\" aria-hidden=\"true\">");
        for place in &map.neighbours {
            self.place_name(place, false);
        }
        for place in &map.water {
            self.place_name(place, true);
        }
        self.tag("</g></svg>");
    }

    /// ": Kasachstan, Kirgisistan, Usbekistan"
    fn names<'p>(&mut self, places: impl Iterator<Item = &'p Place>) {
        for (i, place) in places.enumerate() {
            self.tag(if i == 0 { ": " } else { ", " });
            self.text(&place.name);
        }
    }

    fn shape(&mut self, class: &str, d: &Option<String>) {
        let Some(d) = d else { return };
        self.tag("<path");
        if !class.is_empty() {
            self.attr("class", class);
        }
        self.attr("d", d);
        self.tag("/>");
    }

    /// A place's name at its point. A sea's name (`sea`) is set one word per line, the lines
    /// centred on its point, as scripts/map.mjs (`linesOf`, `LINE_EM`) placed it: a sea is seldom
    /// as wide as its name on a phone.
    fn place_name(&mut self, place: &Place, sea: bool) {
        let [x, y] = place.label[..] else { return };
        self.tag(if sea { "<text class=\"fb-map-sea\"" } else { "<text" });
        self.attr("x", &whole(x));
        self.attr("y", &whole(y));
        self.tag(">");
        if sea {
            // 1.2 em between lines; the first line lifted by half the block's height (a sea's
            // name has a few words at most).
            const LIFT: [&str; 5] = ["0", "-0.6em", "-1.2em", "-1.8em", "-2.4em"];
            let x = whole(x);
            let lines = place.name.split(' ').count();
            for (i, word) in place.name.split(' ').enumerate() {
                self.tag("<tspan");
                self.attr("x", &x);
                self.attr("dy", if i == 0 { LIFT[(lines - 1).min(4)] } else { "1.2em" });
                self.tag(">");
                self.text(word);
                self.tag("</tspan>");
            }
        } else {
            self.text(&place.name);
        }
        self.tag("</text>");
    }

    /// One profile's rows: label, then the text or the number with what it rests on and when.
    pub fn profile(&mut self, p: &Profile) {
        self.tag("<dl class=\"fb-profile\">");
        for f in &p.fields {
            self.tag("<div class=\"fb-row\"><dt dir=\"auto\">");
            self.text(&f.label);
            self.tag("</dt><dd dir=\"auto\">");
            match &f.value {
                FieldValue::Text { text } => self.text(text),
                FieldValue::Number(q) => {
                    self.tag("<span class=\"fb-figure-inline\">");
                    self.text(&format::quantity(q, self.content.lang));
                    self.tag("</span>");
                    let when = q.as_of.as_deref().map(|d| format::date(d, self.content.lang));
                    let rests_on: Vec<&str> = q.basis.as_deref().into_iter().chain(when.as_deref()).collect();
                    if !rests_on.is_empty() {
                        self.tag(" (");
                        self.text(&format::joined(&rests_on, " "));
                        self.tag(")");
                    }
                }
            }
            self.caveat(f.caveat.as_deref());
            if !f.sources.is_empty() {
                self.citation(&f.sources);
            }
            self.tag("</dd></div>");
        }
        self.tag("</dl>");
    }

    /// Profiles that share numeric fields, side by side: one row a profile, one column for each
    /// numeric label that at least two profiles give, each number with its year. Readers compare
    /// at a glance what the cards say one by one; the cards keep every date and caveat, the
    /// table cites their sources.
    pub fn compare_table(&mut self, section_title: &str, items: &[Profile]) {
        let mut columns: Vec<&str> = Vec::new();
        for p in items {
            for f in &p.fields {
                let shared = items.iter().filter(|other| number(other, &f.label).is_some()).count() >= 2;
                if matches!(f.value, FieldValue::Number(_)) && shared && !columns.contains(&f.label.as_str()) {
                    columns.push(&f.label);
                }
            }
        }
        if columns.is_empty() {
            return;
        }
        let mut cited: Vec<String> = Vec::new();
        for p in items {
            for label in &columns {
                for id in number(p, label).map(|(_, f)| f.sources.as_slice()).unwrap_or_default() {
                    if !cited.contains(id) {
                        cited.push(id.clone());
                    }
                }
            }
        }
        self.tag("<div class=\"fb-compare\"><table><caption>");
        self.tag(strings(self.content.lang).compare);
        self.tag("</caption><thead><tr><th scope=\"col\" dir=\"auto\">");
        self.text(section_title);
        self.tag("</th>");
        for c in &columns {
            self.tag("<th scope=\"col\" dir=\"auto\">");
            self.text(c);
            self.tag("</th>");
        }
        self.tag("</tr></thead><tbody>");
        for p in items {
            self.tag("<tr><th scope=\"row\" dir=\"auto\">");
            self.text(&p.name);
            self.tag("</th>");
            for c in &columns {
                self.tag("<td>");
                match number(p, c) {
                    Some((q, _)) => {
                        self.text(&format::quantity(q, self.content.lang));
                        // The year beside each number: a table may set figures of different
                        // years side by side, and says so.
                        if let Some(year) = q.as_of.as_deref().and_then(|d| d.get(..4)) {
                            self.tag("<small> (");
                            self.text(year);
                            self.tag(")</small>");
                        }
                    }
                    None => self.tag("–"),
                }
                self.tag("</td>");
            }
            self.tag("</tr>");
        }
        self.tag("</tbody></table>");
        self.citation(&cited);
        self.tag("</div>");
    }

    /// The sources section: every source once, in order, linked.
    pub fn source_list(&mut self) {
        self.tag("<ol class=\"fb-source-list\">");
        let content = self.content;
        for s in &content.sources {
            self.tag("<li dir=\"auto\">");
            self.source_link(s);
            self.tag(": ");
            // A headline in another language is marked, so that a screen reader switches voice.
            match &s.title_lang {
                Some(lang) => {
                    self.tag("<span");
                    self.attr("lang", lang);
                    // Its own direction too: a Hebrew headline after a Latin publisher's name.
                    self.tag(" dir=\"auto\">");
                    self.text(&s.title);
                    self.tag("</span>");
                }
                None => self.text(&s.title),
            }
            if let Some(date) = &s.date {
                self.tag(" (");
                self.time(date);
                self.tag(")");
            }
            self.tag("</li>");
        }
        self.tag("</ol>");
    }
}

/// A drawing's coordinate, rounded: integer formatting only, no float formatting in the bundle.
fn whole(value: f64) -> String {
    (value.round() as i64).to_string()
}

/// A profile's number under `label`, with the field it stands in.
fn number<'a>(p: &'a Profile, label: &str) -> Option<(&'a Quantity, &'a Field)> {
    p.fields.iter().find_map(|f| match &f.value {
        FieldValue::Number(q) if f.label == label => Some((q, f)),
        _ => None,
    })
}
