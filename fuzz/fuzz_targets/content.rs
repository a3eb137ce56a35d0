//! Fuzzes everything that reads a content file: the editor's checker, the parse and rules the
//! browser bundle runs, the number and date formatting, and, for input the checker accepts, the
//! server-side rendering. None of it may panic, whatever the bytes.
#![no_main]

use factbox::content::{check, format, validate, Content};
use libfuzzer_sys::fuzz_target;
use std::rc::Rc;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let checked = check::check(text);
    if let Ok(content) = Content::from_json(text) {
        let _ = validate::problems(&content);
        let _ = format::date(&content.as_of, content.lang);
        for country in &content.countries {
            let p = &country.population;
            let _ = format::population(p.value, p.approx, content.lang);
            let _ = format::date(&p.as_of, content.lang);
        }
    }
    if let Ok(content) = checked {
        let open = content.openable_ids();
        let _ = factbox::ssr::render_box(Rc::new(content), 2, open);
    }
});
