//! The map and bars blocks as the server renders them, and the editor's rules for them: what a
//! reader without JavaScript gets in the snippet, and what `factbox check` says about mistakes.
#![cfg(not(target_arch = "wasm32"))]

use factbox::content::{validate, Block, Content, Lang, Map, Qualifier};
use factbox::ssr::render_box;
use std::rc::Rc;

fn rendered(content: Content) -> String {
    render_box(Rc::new(content), 2, vec![])
}

fn problems(content: &Content) -> Vec<String> {
    validate::problems(content).iter().map(ToString::to_string).collect()
}

fn map_mut(content: &mut Content) -> &mut Map {
    content.sections.iter_mut().flat_map(|s| s.blocks.iter_mut()).find_map(|b| if let Block::Map(m) = b { Some(m) } else { None }).expect("a map")
}

fn bars_mut(content: &mut Content, nth: usize) -> &mut Vec<factbox::content::Figure> {
    content.sections.iter_mut().flat_map(|s| s.blocks.iter_mut()).filter_map(|b| if let Block::Bars { items, .. } = b { Some(items) } else { None }).nth(nth).expect("bars")
}

#[test]
fn the_map_is_an_svg_of_links_to_the_entries_in_reading_order() {
    let html = rendered(Content::default_for(Lang::De));
    let map = &html[html.find("<figure class=\"fb-map\">").expect("a map")..];
    let map = &map[..map.find("</figure>").unwrap()];
    assert!(map.starts_with("<figure class=\"fb-map\"><svg role=\"group\" aria-label=\"Die fünf Länder zwischen Russland, China, Afghanistan und Iran\" viewBox=\"0 0 540 "));
    let links: Vec<&str> = map.match_indices("<a href=\"").map(|(i, _)| &map[i + 9..i + 9 + map[i + 9..].find('"').unwrap()]).collect();
    assert_eq!(links, ["#factbox-kasachstan", "#factbox-usbekistan", "#factbox-kirgisistan", "#factbox-tadschikistan", "#factbox-turkmenistan"]);
    // Each link holds its shape and its name, the name being the link's accessible name.
    assert!(map.contains("<a href=\"#factbox-kasachstan\"><path d=\"M"));
    assert!(map.contains(">Kasachstan</text></a>"));
    // The neighbours are drawn and named, hidden from assistive technology, and listed in the
    // caption instead, with the map's source.
    for name in ["Russland", "China", "Afghanistan", "Iran"] {
        assert!(map.contains(&format!(">{name}</text>")), "{name} named on the map");
    }
    // A sea's name one word per line, the lines centred on its point (scripts/map.mjs placed it so).
    let sea = &map[map.find("<text class=\"fb-map-sea\"").expect("the sea named")..];
    let sea = &sea[..sea.find("</text>").unwrap()];
    assert!(sea.contains("dy=\"-0.6em\">Kaspisches</tspan>") && sea.contains("dy=\"1.2em\">Meer</tspan>"), "{sea}");
    assert!(map.contains("<g class=\"fb-map-names\" aria-hidden=\"true\"><text"));
    assert!(map.contains("Zur Orientierung: Russland, China, Afghanistan, Iran, Kaspisches Meer."));
    assert!(map.contains("Quelle: <a class=\"fb-link\" href=\"https://www.naturalearthdata.com/"));
}

#[test]
fn bars_share_one_scale_from_zero_and_an_over_value_ends_open() {
    let html = rendered(Content::default_for(Lang::En));
    let widths: Vec<&str> = html.match_indices("<rect height=\"10\" width=\"").map(|(i, m)| &html[i + m.len()..i + m.len() + html[i + m.len()..].find('"').unwrap()]).collect();
    // Uranium, shares in per cent: 43 and 7 of the whole 100. The pledge: 35 and over 100 on a
    // scale that leaves a fifth for the open end.
    assert_eq!(widths, ["430", "70", "292", "833"]);
    assert_eq!(html.matches("<path vector-effect=\"non-scaling-stroke\" d=\"M833 5h150\"/>").count(), 1, "only the \"over\" bar ends open");
    let pledge = &html[html.find("<figure class=\"fb-bars\"><figcaption dir=\"auto\">Uzbekistan’s pledge").expect("the pledge's bars")..];
    let pledge = &pledge[..pledge.find("</figure>").unwrap()];
    let values: Vec<&str> = pledge.match_indices("<p class=\"fb-figure-value\" dir=\"auto\">").map(|(i, m)| &pledge[i + m.len()..i + m.len() + pledge[i + m.len()..].find('<').unwrap()]).collect();
    assert_eq!(values, ["almost 35 billion US dollars", "over 100 billion US dollars"]);
    assert_eq!(pledge.matches("Confirmed by neither government (Fox Business).").count(), 2, "the caveat beside each bar");
}

#[test]
fn shares_are_drawn_against_the_whole_and_an_open_end_stays_on_it() {
    let widths = |html: &str| -> Vec<String> {
        html.match_indices("<rect height=\"10\" width=\"").map(|(i, m)| html[i + m.len()..].split('"').next().unwrap().to_string()).collect()
    };
    let mut content = Content::default_for(Lang::De);
    let uranium = bars_mut(&mut content, 0);
    uranium[0].quantity.value = 90.0;
    uranium[0].quantity.qualifier = Some(Qualifier::Over);
    let html = rendered(content.clone());
    assert_eq!(widths(&html)[..2], ["900", "70"], "over 90 % is drawn at 90 % of the whole, 7 % at 7 %");
    assert!(html.contains("d=\"M900 5h100\""), "its open end runs to the end of the track, not past it");
    // Over 100 % (a rate, not a share): the largest sets the scale, as for any unit.
    let uranium = bars_mut(&mut content, 0);
    uranium[0].quantity.value = 140.0;
    uranium[0].quantity.qualifier = None;
    assert_eq!(widths(&rendered(content))[..2], ["1000", "50"]);
}

#[test]
fn map_and_bar_text_is_escaped() {
    let mut content = Content::default_for(Lang::De);
    map_mut(&mut content).countries[0].name = "<img src=x onerror=alert(1)>".into();
    map_mut(&mut content).countries[0].link = Some("x\"onmouseover=\"alert(2)".into());
    bars_mut(&mut content, 0)[0].label = "<script>alert(3)</script>".into();
    let html = rendered(content);
    assert!(!html.contains("<img src=x") && !html.contains("\"onmouseover=\"") && !html.contains("<script>alert"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;</text>"));
}

#[test]
fn the_rules_name_what_is_wrong_with_a_map() {
    let mut content = Content::default_for(Lang::De);
    let map = map_mut(&mut content);
    map.countries[1].link = Some("usbekstan".into());
    map.countries[2].code = Some("kg".into());
    map.neighbours[0].code = Some("KZ".into());
    map.neighbours[1].link = Some("kasachstan".into());
    map.frame = vec![90.0, 34.0, 45.0, 56.0];
    map.countries[4].link = None;
    let found = problems(&content);
    let expect = [
        "sections[2].blocks[0].frame: expected [west, south, east, north] in degrees",
        "sections[2].blocks[0].countries[1].link: \"usbekstan\" is no section or profile of this box (the ids are: rohstoffe, zusagen, laender, kasachstan, usbekistan",
        "sections[2].blocks[0].countries[2].code: expected an ISO 3166-1 alpha-2 code in capitals, like \"KZ\"; found \"kg\"",
        "sections[2].blocks[0].neighbours[0].code: \"KZ\" is already on the map (at sections[2].blocks[0].countries[0].code)",
        "sections[2].blocks[0].neighbours[1].link: only highlighted countries (\"countries\") lead to an entry",
        "sections[2].blocks[0].countries[4]: missing field \"link\": the id of the section or profile this country opens",
    ];
    for e in expect {
        assert!(found.iter().any(|p| p.starts_with(e)), "missing {e:?} in {found:#?}");
    }
    assert_eq!(found.len(), expect.len(), "{found:#?}");
}

#[test]
fn a_map_without_its_drawing_says_how_to_draw_it() {
    let mut content = Content::default_for(Lang::En);
    let map = map_mut(&mut content);
    map.size.clear();
    map.land = None;
    for place in map.countries.iter_mut().chain(&mut map.neighbours).chain(&mut map.water) {
        place.path = None;
        place.label.clear();
    }
    let found = problems(&content);
    assert_eq!(found, ["sections[2].blocks[0]: the map has no drawing yet: run `node scripts/map.mjs` on this file (README, \"Maps\"), which projects the countries into the frame"]);
    // Undrawn, the box still renders: the caption says what the map would show.
    let html = rendered(content);
    assert!(!html.contains("<svg role=\"group\""));
    assert!(html.contains("Highlighted: Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan."));
}

#[test]
fn the_rules_keep_bars_on_one_honest_scale() {
    let mut content = Content::default_for(Lang::De);
    let uranium = bars_mut(&mut content, 0);
    uranium[1].quantity.unit = Some("Tonnen".into());
    uranium[0].quantity.value = -3.0;
    let found = problems(&content);
    assert!(found.contains(&"sections[0].blocks[0].items[1].unit: \"Tonnen\" here, \"%\" in the first bar: bars on one scale need one unit (make them agree, or use two bars blocks)".to_string()), "{found:#?}");
    assert!(found.iter().any(|p| p.starts_with("sections[0].blocks[0].items[0].value: -3 is below zero: bars start at zero")), "{found:#?}");
}

#[test]
fn a_map_block_reads_with_every_mistake_named() {
    let json = Content::default_for(Lang::De);
    let mut value = serde_json::to_value(&json).unwrap();
    let map = &mut value["sections"][2]["blocks"][0];
    map["frame"] = serde_json::json!([45, "34", 89, 56]);
    map["countries"][0]["colour"] = serde_json::json!("red");
    map["water"][0].as_object_mut().unwrap().remove("name");
    let problems = Content::from_json(&value.to_string()).unwrap_err();
    let found: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(found, [
        "sections[2].blocks[0].frame[1]: expected a number, found \"34\"",
        "sections[2].blocks[0].countries[0].colour: unknown field \"colour\" (a typo? expected one of: code, name, link, at, path, label)",
        "sections[2].blocks[0].water[0]: missing field \"name\"",
    ]);
}
