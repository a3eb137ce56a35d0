//! The shipped content against the fact sheet's rules: both languages alike in structure, every
//! printed figure sourced with a web address, ✖ rows never printed, caveats always printed.
#![cfg(not(target_arch = "wasm32"))]

use factbox::config::OpenSpec;
use factbox::content::{is_web_url, validate, Block, Content, FieldValue, Lang, Statement};
use factbox::ssr::render_box;
use std::rc::Rc;

fn shipped() -> [Content; 2] {
    [Content::default_for(Lang::De), Content::default_for(Lang::En)]
}

#[test]
fn shipped_content_is_valid() {
    for content in shipped() {
        assert_eq!(validate::problems(&content), vec![], "{:?} content", content.lang);
    }
}

#[test]
fn both_languages_have_the_same_structure() {
    let [de, en] = shipped();
    assert_eq!(validate::structure_differences(&de, &en), vec![]);
    assert_eq!((de.lang, en.lang), (Lang::De, Lang::En));
}

/// Every source id cited anywhere in the box, with what cites it.
fn citations(content: &Content) -> Vec<(String, &[String])> {
    let mut cited: Vec<(String, &[String])> = vec![("summary".into(), &content.summary.sources)];
    for f in &content.glance {
        cited.push((f.label.clone(), &f.sources));
    }
    for section in &content.sections {
        for block in &section.blocks {
            match block {
                Block::Text(s) => cited.push((section.title.clone(), &s.sources)),
                Block::Facts { items } => cited.extend(items.iter().map(|f| (f.label.clone(), f.sources.as_slice()))),
                Block::Figures { items } | Block::Bars { items, .. } => cited.extend(items.iter().map(|f| (f.label.clone(), f.sources.as_slice()))),
                Block::Map(map) => cited.push((map.title.clone(), &map.sources)),
                Block::Timeline { items } => cited.extend(items.iter().map(|e| (e.date.clone(), e.sources.as_slice()))),
                Block::Profiles { items } => {
                    for p in items {
                        // Plain text (a capital, a name) may stand without a source; numbers and
                        // statements may not.
                        for f in p.fields.iter().filter(|f| matches!(f.value, FieldValue::Number(_)) || !f.sources.is_empty()) {
                            cited.push((format!("{}: {}", p.name, f.label), &f.sources));
                        }
                    }
                }
            }
        }
    }
    cited
}

#[test]
fn every_figure_has_a_web_source() {
    for content in shipped() {
        for (what, ids) in citations(&content) {
            assert!(!ids.is_empty(), "{what} has no source");
            for id in ids {
                let source = content.source(id).unwrap_or_else(|| panic!("{what} cites unknown {id}"));
                assert!(is_web_url(&source.url), "{what}: {} is not http(s)", source.url);
            }
        }
    }
}

/// The fact sheet's ✖ row: the tungsten deposits' location and size are disputed.
const NEVER_PRINTED: &[&str] = &[
    "410.000", "410,000", "410 000", "1,4 Mio", "1.4 Mt", "1,4 Mt", "1.4 million", "WO₃", "WO3",
    "Ostkasachstan", "East Kazakhstan", "eastern Kazakhstan",
];

#[test]
fn no_disputed_content_is_printed() {
    for (lang, html) in [(Lang::De, rendered(Lang::De, OpenSpec::All)), (Lang::En, rendered(Lang::En, OpenSpec::All))] {
        for phrase in NEVER_PRINTED {
            assert!(!html.contains(phrase), "{lang:?} box prints the disputed \"{phrase}\"");
        }
    }
}

#[test]
fn caveats_from_the_sheet_are_printed() {
    let de = rendered(Lang::De, OpenSpec::None);
    // Closed sections are still in the markup (hidden="until-found"), so find-in-page and
    // readers without JavaScript get them.
    for phrase in ["Uran ist also nicht neu, sondern wurde wieder aufgenommen", "Käufe und Investitionen, nicht nur Investitionen",
                   "Keine der beiden Regierungen hat die Zahlen bestätigt", "Nur eine Prognose",
                   "Für die Rechnung selbst gibt es keine externe Quelle"] {
        assert!(de.contains(phrase), "caveat missing: {phrase}");
    }
    let en = rendered(Lang::En, OpenSpec::None);
    for phrase in ["purchases and investment, not investment alone", "Neither government has confirmed the figures",
                   "The calculation itself has no outside source"] {
        assert!(en.contains(phrase), "caveat missing: {phrase}");
    }
}

#[test]
fn header_sections_and_profiles_render_in_order() {
    let html = rendered(Lang::De, OpenSpec::Authored);
    assert!(html.contains("Stand: <time datetime=\"2026-01-01\">1. Januar 2026</time>"));
    let order = ["Kritische Rohstoffe", "Zusagen und Abkommen", "Die fünf Länder", "Kasachstan", "Usbekistan",
                 "Kirgisistan", "Tadschikistan", "Turkmenistan", "Andere Mächte in der Region", "Chronik", "Quellen"];
    let title = |t: &str| format!("class=\"fb-acc-title\" dir=\"auto\">{t}</span>");
    let positions: Vec<usize> = order.iter().map(|t| html.find(&title(t)).unwrap_or_else(|| panic!("{t} missing"))).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "sections out of order: {positions:?}");
    // Numbers as the sources give them, in the box's language.
    assert!(html.contains("knapp 20,5 Mio."), "Kazakhstan: almost 20.5 million");
    assert!(html.contains("7.282.000"), "Kyrgyzstan, every digit");
    assert!(html.contains("(Volkszählung 2022)"));
    assert!(html.contains("über 100 Mrd. Dollar"), "the pledge at a glance");
    let en = rendered(Lang::En, OpenSpec::Authored);
    assert!(en.contains("As of: <time datetime=\"2026-01-01\">1 January 2026</time>"));
    assert!(en.contains("almost 20.5 million") && en.contains("7,282,000"));
    assert!(en.contains("over $100 billion in ten years"));
}

#[test]
fn the_glance_strip_stands_outside_the_sections() {
    let html = rendered(Lang::De, OpenSpec::None);
    let glance = html.find("class=\"fb-glance\"").expect("a glance strip");
    let first_section = html.find("class=\"fb-acc").unwrap();
    assert!(glance < first_section, "visible while every section is closed");
    assert!(html.contains(r#"<h3 id="fb-glance-title" class="fb-glance-title">Auf einen Blick</h3>"#));
}

#[test]
fn profiles_that_share_numbers_are_set_side_by_side() {
    let html = rendered(Lang::De, OpenSpec::None);
    let table = &html[html.find("<div class=\"fb-compare\">").expect("a comparison table")..];
    let table = &table[..table.find("</table>").unwrap()];
    assert!(table.contains("<caption>Im Vergleich</caption>"));
    assert!(table.contains(r#"<th scope="col" dir="auto">Einwohner</th>"#));
    for name in ["Kasachstan", "Usbekistan", "Kirgisistan", "Tadschikistan", "Turkmenistan"] {
        assert!(table.contains(&format!(r#"<th scope="row" dir="auto">{name}</th>"#)), "{name} has a row");
    }
    assert!(table.contains("<tbody>"), "an explicit tbody, as the browser would add");
}

#[test]
fn the_timeline_prints_dates_with_their_precision() {
    let html = rendered(Lang::De, OpenSpec::None);
    assert!(html.contains(r#"<time datetime="2013-09-07">7. September 2013</time>"#));
    assert!(html.contains(r#"<time datetime="2015-11">November 2015</time>"#));
}

#[test]
fn every_source_is_listed_once_and_linked_safely() {
    let [de, _] = shipped();
    let html = rendered(Lang::De, OpenSpec::All);
    let list = &html[html.find("fb-source-list").unwrap()..];
    for source in &de.sources {
        let link = format!("href=\"{}\"", source.url);
        assert_eq!(list.matches(&link).count(), 1, "{} listed once", source.id);
    }
    assert_eq!(html.matches("target=\"_blank\"").count(), html.matches("rel=\"noopener noreferrer\"").count());
}

#[test]
fn headlines_in_another_language_say_which() {
    // WCAG 3.1.2: a screen reader reads "Trump hosts Central Asian leaders …" with an English
    // voice, not a German one.
    let [de, _] = shipped();
    let html = rendered(Lang::De, OpenSpec::All);
    let list = &html[html.find("fb-source-list").unwrap()..];
    let marked: Vec<_> = de.sources.iter().filter(|s| s.title_lang.is_some()).collect();
    assert!(marked.len() > 20, "most of the German box's sources are English headlines");
    for source in &marked {
        let lang = source.title_lang.as_deref().unwrap();
        assert!(list.contains(&format!("<span lang=\"{lang}\" dir=\"auto\">{}</span>", source.title.replace('&', "&amp;"))), "{}", source.id);
    }
    // A description the newsroom wrote in the box's language is not marked.
    let described = de.sources.iter().find(|s| s.title.starts_with('[')).unwrap();
    assert!(described.title_lang.is_none() && list.contains(&format!(": {}", described.title)));

    let problem_with = |tag: &str| {
        let mut wrong = de.clone();
        wrong.sources[0].title_lang = Some(tag.into());
        let problems = validate::problems(&wrong);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path, "sources[0].title_lang");
        problems[0].message.clone()
    };
    assert_eq!(problem_with("English"), "\"English\" is not a language code: write the headline's language as a code, like \"en\" for English or \"ru\" for Russian, or leave it out if the headline is in the box's language (\"de\")");
    assert_eq!(problem_with("de"), "\"de\" is the box's own language: leave it out; it is for a headline in another language");
}

#[test]
fn accordion_markup_follows_the_apg_pattern() {
    let html = rendered(Lang::De, OpenSpec::Ids(vec!["laender".into()]));
    // Open section: expanded button, visible panel.
    assert!(html.contains(r#"<h3 class="fb-acc-heading"><button type="button" id="fb-laender-button" aria-expanded="true" aria-controls="fb-laender-panel""#));
    assert!(html.contains(r#"<div class="fb-acc-panel" id="fb-laender-panel" aria-labelledby="fb-laender-button"><"#));
    // Closed section: collapsed button, panel hidden until found.
    assert!(html.contains(r#"id="fb-rohstoffe-button" aria-expanded="false" aria-controls="fb-rohstoffe-panel""#));
    assert!(html.contains(r#"id="fb-rohstoffe-panel" aria-labelledby="fb-rohstoffe-button" hidden="until-found""#));
    // Profiles are one heading level below sections.
    assert!(html.contains(r#"<h4 class="fb-acc-heading"><button type="button" id="fb-kasachstan-button" aria-expanded="false""#));
}

#[test]
fn heading_level_is_configurable() {
    let html = render_box(Rc::new(Content::default_for(Lang::De)), 3, vec![]);
    assert!(html.contains(r#"<h3 id="fb-title""#));
    assert!(html.contains(r#"<h4 class="fb-acc-heading"><button type="button" id="fb-rohstoffe-button""#));
    assert!(html.contains(r#"<h5 class="fb-acc-heading"><button type="button" id="fb-kasachstan-button""#));
}

#[test]
fn content_text_is_escaped() {
    let mut content = Content::default_for(Lang::En);
    let Some(Block::Facts { items }) = content.sections[0].blocks.iter_mut().find(|b| b.kind() == "facts") else { panic!("the first section lists facts") };
    items[0].text = "<script>alert(1)</script><img src=x onerror=alert(2)>".into();
    content.summary = Statement { text: "\"><svg onload=alert(3)>".into(), caveat: None, sources: vec!["japantimes".into()] };
    let html = render_box(Rc::new(content), 2, vec![]);
    assert!(!html.contains("<script>alert") && !html.contains("<img src=x") && !html.contains("<svg onload"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

fn rendered(lang: Lang, open: OpenSpec) -> String {
    let content = Content::default_for(lang);
    let ids = open.resolve(&content);
    render_box(Rc::new(content), 2, ids)
}

/// The second article's box: a different topic on the same model, without profiles.
const ASYL: &str = include_str!("../static/content/eu-asylreform.de.json");

/// The words a reader sees in a prerendered box, tags and attributes left out.
fn visible_words(html: &str) -> Vec<String> {
    let mut text = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().any(char::is_alphabetic)).map(str::to_lowercase).collect()
}

#[test]
fn the_second_box_is_valid_and_uses_no_profiles() {
    let content = factbox::content::check::check(ASYL).expect("the example box passes the checker");
    assert_eq!(content.lang, Lang::De);
    assert!(content.sections.iter().flat_map(|s| &s.blocks).all(|b| !matches!(b, Block::Profiles { .. })));
    let kinds: Vec<&str> = content.sections.iter().flat_map(|s| &s.blocks).map(Block::kind).collect();
    for kind in ["text", "facts", "figures", "timeline"] {
        assert!(kinds.contains(&kind), "the example shows a {kind} block");
    }
}

/// No topic vocabulary in code: every word either box prints comes from its own content, or is
/// a UI string or a formatted date or number that both boxes share.
#[test]
fn neither_box_prints_a_word_of_the_other_topic() {
    let c5 = Content::default_for(Lang::De);
    let asyl = Content::from_json(ASYL).unwrap();
    let html = |c: &Content| {
        let ids = OpenSpec::All.resolve(c);
        render_box(Rc::new(c.clone()), 2, ids)
    };
    let (c5_words, asyl_words) = (visible_words(&html(&c5)), visible_words(&html(&asyl)));
    let t = factbox::i18n::strings(Lang::De);
    let interface = [t.kicker, t.as_of, t.source, t.sources, t.caveat, t.glance, t.compare, t.highlighted, t.for_orientation, t.over, t.about, t.almost, t.up_to, t.million, t.billion, t.show_all, t.hide_all, t.opens_source];
    let interface = visible_words(&interface.join(" "));
    // Month names come from the dates each box prints.
    let months = visible_words("Januar Februar März April Mai Juni Juli August September Oktober November Dezember");
    for (name, json, words) in [("C5+1", factbox::content::DEFAULT_DE, &c5_words), ("asylum", ASYL, &asyl_words)] {
        let source = json.to_lowercase();
        for w in words.iter().filter(|w| !source.contains(w.as_str())) {
            assert!(interface.contains(w) || months.contains(w), "the {name} box prints \"{w}\", which is neither in its content nor an interface word");
        }
    }
    for w in ["kasachstan", "uran", "zentralasien", "rohstoffe", "länder"] {
        assert!(!asyl_words.contains(&w.to_string()), "the asylum box prints \"{w}\"");
    }
    for w in ["asyl", "migrationspakt", "solidaritätspool"] {
        assert!(!c5_words.contains(&w.to_string()), "the C5+1 box prints \"{w}\"");
    }
}

