//! The browser's side of [`super::json::Json`]: the loader parses each content file once with
//! the browser's own `JSON.parse`, and the reader walks the result. This replaces serde_json in
//! the bundle (about a third of its bytes) with the same reader, messages and paths.

use super::json::Json;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};


/// A value from `JSON.parse`.
pub struct Js(pub JsValue);

impl Json for Js {
    fn get(&self, key: &str) -> Option<Self> {
        if !self.0.is_object() || Array::is_array(&self.0) {
            return None;
        }
        let v = Reflect::get(&self.0, &key.into()).ok()?;
        (!v.is_undefined()).then_some(Js(v))
    }

    fn is_null(&self) -> bool {
        self.0.is_null()
    }

    fn keys(&self) -> Option<Vec<String>> {
        (self.0.is_object() && !Array::is_array(&self.0))
            .then(|| Object::keys(self.0.unchecked_ref::<Object>()).iter().filter_map(|k| k.as_string()).collect())
    }

    fn items(&self) -> Option<Vec<Self>> {
        Array::is_array(&self.0).then(|| self.0.unchecked_ref::<Array>().iter().map(Js).collect())
    }

    fn string(&self) -> Option<String> {
        self.0.as_string()
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }

    fn describe(&self) -> String {
        if self.0.is_null() {
            "null".into()
        } else if Array::is_array(&self.0) {
            "a list".into()
        } else if self.0.is_object() {
            "an object".into()
        } else {
            js_sys::JSON::stringify(&self.0).ok().and_then(|s| s.as_string()).unwrap_or_default()
        }
    }
}
