//! The browser's content reader: the text goes through the browser's own `JSON.parse`, and this
//! walks the result into the typed model. It replaces serde_json in the bundle (about a third of
//! its bytes: the parser, a visitor per type and float formatting for error messages), with the
//! same guarantees: unknown fields are refused, every error names its JSON path. Native code
//! keeps serde (`Content::from_json`); a property test checks that both read content alike.

use super::validate::unknown_field;
use super::{Content, Country, Fact, Lang, Population, SectionMeta, Sections, Source, Statement, CONTENT_FIELDS};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

type Result<T> = std::result::Result<T, String>;

pub fn parse(text: &str) -> Result<Content> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let message = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
        format!("invalid JSON: {message}")
    })?;
    content(&value)
}

/// An object with exactly these fields (absent optional ones allowed): a typo is an error.
struct Obj<'a> {
    value: &'a JsValue,
    path: &'a str,
}

impl<'a> Obj<'a> {
    fn new(value: &'a JsValue, path: &'a str, fields: &[&str]) -> Result<Self> {
        if !value.is_object() || Array::is_array(value) {
            return Err(wrong(path, "an object", value));
        }
        for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
            let key = key.as_string().unwrap_or_default();
            if !fields.contains(&key.as_str()) {
                return Err(format!("{}: {}", join(path, &key), unknown_field(&key, fields)));
            }
        }
        Ok(Obj { value, path })
    }

    fn get(&self, key: &str) -> (JsValue, String) {
        (Reflect::get(self.value, &key.into()).unwrap_or(JsValue::UNDEFINED), join(self.path, key))
    }

    fn text(&self, key: &str) -> Result<String> {
        let (v, path) = self.get(key);
        text(&v, &path)
    }

    fn optional_text(&self, key: &str) -> Result<Option<String>> {
        match self.get(key) {
            (v, _) if v.is_undefined() || v.is_null() => Ok(None),
            (v, path) => text(&v, &path).map(Some),
        }
    }

    fn flag(&self, key: &str) -> Result<bool> {
        match self.get(key) {
            (v, _) if v.is_undefined() => Ok(false),
            (v, path) => v.as_bool().ok_or_else(|| wrong(&path, "true or false", &v)),
        }
    }

    fn whole_number(&self, key: &str) -> Result<u64> {
        let (v, path) = self.get(key);
        match v.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 => Ok(n as u64),
            _ => Err(wrong(&path, "a whole number", &v)),
        }
    }

    fn ids(&self, key: &str) -> Result<Vec<String>> {
        self.list(key, text)
    }

    fn list<T>(&self, key: &str, item: impl Fn(&JsValue, &str) -> Result<T>) -> Result<Vec<T>> {
        let (v, path) = self.get(key);
        if !Array::is_array(&v) {
            return Err(wrong(&path, "a list", &v));
        }
        let array: &Array = v.unchecked_ref();
        array.iter().enumerate().map(|(i, v)| item(&v, &format!("{path}[{i}]"))).collect()
    }

    fn object<T>(&self, key: &str, read: impl Fn(&JsValue, &str) -> Result<T>) -> Result<T> {
        let (v, path) = self.get(key);
        read(&v, &path)
    }
}

fn text(v: &JsValue, path: &str) -> Result<String> {
    v.as_string().ok_or_else(|| wrong(path, "text", v))
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

/// "title: expected text, found 42" — or "missing field" where nothing was found.
fn wrong(path: &str, expected: &str, found: &JsValue) -> String {
    if found.is_undefined() {
        let (parent, field) = path.rsplit_once('.').unwrap_or(("", path));
        let at = if parent.is_empty() { String::new() } else { format!("{parent}: ") };
        return format!("{at}missing field \"{field}\"");
    }
    let found = if found.is_null() {
        "null".to_string()
    } else if Array::is_array(found) {
        "a list".to_string()
    } else if found.is_object() {
        "an object".to_string()
    } else {
        js_sys::JSON::stringify(found).ok().and_then(|s| s.as_string()).unwrap_or_default()
    };
    format!("{path}: expected {expected}, found {found}")
}

fn content(v: &JsValue) -> Result<Content> {
    let o = Obj::new(v, "", CONTENT_FIELDS)?;
    Ok(Content {
        lang: match o.text("lang")?.as_str() {
            "de" => Lang::De,
            "en" => Lang::En,
            other => return Err(format!("lang: expected \"de\" or \"en\", found \"{other}\"")),
        },
        title: o.text("title")?,
        summary: o.object("summary", statement)?,
        as_of: o.text("as_of")?,
        sections: o.object("sections", sections)?,
        minerals: o.list("minerals", fact)?,
        pledge: o.list("pledge", fact)?,
        countries: o.list("countries", country)?,
        powers: o.list("powers", fact)?,
        sources: o.list("sources", source)?,
    })
}

fn sections(v: &JsValue, path: &str) -> Result<Sections> {
    let o = Obj::new(v, path, &["minerals", "pledge", "countries", "powers", "sources"])?;
    Ok(Sections {
        minerals: o.object("minerals", section)?,
        pledge: o.object("pledge", section)?,
        countries: o.object("countries", section)?,
        powers: o.object("powers", section)?,
        sources: o.object("sources", section)?,
    })
}

fn section(v: &JsValue, path: &str) -> Result<SectionMeta> {
    let o = Obj::new(v, path, &["id", "title"])?;
    Ok(SectionMeta { id: o.text("id")?, title: o.text("title")? })
}

fn statement(v: &JsValue, path: &str) -> Result<Statement> {
    let o = Obj::new(v, path, &["text", "caveat", "sources"])?;
    Ok(Statement { text: o.text("text")?, caveat: o.optional_text("caveat")?, sources: o.ids("sources")? })
}

fn fact(v: &JsValue, path: &str) -> Result<Fact> {
    let o = Obj::new(v, path, &["label", "place", "figure", "text", "caveat", "sources"])?;
    Ok(Fact {
        label: o.text("label")?,
        place: o.optional_text("place")?,
        figure: o.optional_text("figure")?,
        text: o.text("text")?,
        caveat: o.optional_text("caveat")?,
        sources: o.ids("sources")?,
    })
}

fn country(v: &JsValue, path: &str) -> Result<Country> {
    let o = Obj::new(v, path, &["id", "name", "capital", "population", "head_of_state", "resources", "us_ties", "blocs"])?;
    Ok(Country {
        id: o.text("id")?,
        name: o.text("name")?,
        capital: o.text("capital")?,
        population: o.object("population", population)?,
        head_of_state: o.text("head_of_state")?,
        resources: o.object("resources", statement)?,
        us_ties: o.object("us_ties", statement)?,
        blocs: o.object("blocs", statement)?,
    })
}

fn population(v: &JsValue, path: &str) -> Result<Population> {
    let o = Obj::new(v, path, &["value", "approx", "as_of", "basis", "sources"])?;
    Ok(Population {
        value: o.whole_number("value")?,
        approx: o.flag("approx")?,
        as_of: o.text("as_of")?,
        basis: o.optional_text("basis")?,
        sources: o.ids("sources")?,
    })
}

fn source(v: &JsValue, path: &str) -> Result<Source> {
    let o = Obj::new(v, path, &["id", "publisher", "title", "date", "url"])?;
    Ok(Source {
        id: o.text("id")?,
        publisher: o.text("publisher")?,
        title: o.text("title")?,
        date: o.optional_text("date")?,
        url: o.text("url")?,
    })
}
