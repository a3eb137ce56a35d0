//! Fuzzes everything that reads a content file: the editor's checker, the parse and rules the
//! browser bundle runs, the number and date formatting, and, for input the checker accepts, the
//! server-side rendering. None of it may panic, whatever the bytes.
#![no_main]

use factbox::content::{check, format, validate, Block, Content, FieldValue, Figure};
use libfuzzer_sys::fuzz_target;
use std::rc::Rc;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let checked = check::check(text);
    if let Ok(content) = Content::from_json(text) {
        let _ = validate::problems(&content);
        let _ = format::date(&content.as_of, content.lang);
        let figure = |f: &Figure| format::quantity(&f.quantity, content.lang);
        content.glance.iter().for_each(|f| drop(figure(f)));
        for block in content.sections.iter().flat_map(|s| &s.blocks) {
            match block {
                Block::Figures { items } | Block::Bars { items, .. } => items.iter().for_each(|f| drop(figure(f))),
                Block::Timeline { items } => items.iter().for_each(|e| drop(format::date(&e.date, content.lang))),
                Block::Profiles { items } => {
                    for field in items.iter().flat_map(|p| &p.fields) {
                        if let FieldValue::Number(q) = &field.value {
                            let _ = format::quantity(q, content.lang);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    if let Ok(content) = checked {
        let open = content.openable_ids();
        let _ = factbox::ssr::render_box(Rc::new(content), 2, open);
    }
});
