//! Any content the checker accepts renders on the server without panicking, escapes every piece
//! of text, and parses back from its JSON to the same model. (In the browser,
//! `generated_content_is_resumed_as_prerendered` in `web/tests/wasm.rs` checks that such content,
//! inline as JSON, keys the same there as here, so that its box is resumed.)
#![cfg(not(target_arch = "wasm32"))]

mod common;

use factbox::config::OpenSpec;
use factbox::content::{check, Content};
use factbox::ssr::render_box;
use proptest::prelude::*;
use std::rc::Rc;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn accepted_content_renders_on_the_server(content in common::arbitrary::content()) {
        let json = serde_json::to_string_pretty(&content).unwrap();
        let checked = check::check(&json);
        prop_assert!(checked.is_ok(), "generated content is accepted: {:?}", checked.err());
        prop_assert_eq!(checked.unwrap(), content.clone());

        for open in [OpenSpec::None, OpenSpec::All] {
            let ids = open.resolve(&content);
            let html = render_box(Rc::new(content.clone()), 2, ids);
            let escaped = content.title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            prop_assert!(html.contains(&escaped), "the title is printed, escaped");
            prop_assert!(!html.contains("<script"), "no markup from content");
        }
    }
}

#[test]
fn generated_json_round_trips_through_the_parser() {
    let json = serde_json::to_string(&Content::default_for(factbox::content::Lang::De)).unwrap();
    assert_eq!(Content::from_json(&json).unwrap(), Content::default_for(factbox::content::Lang::De));
}
