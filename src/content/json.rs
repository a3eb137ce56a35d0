//! What the reader needs from a parsed JSON value. Two parsers stand behind it: serde_json in
//! the CLI and the tests, and the browser's own `JSON.parse` in the bundle (`js.rs`), which
//! keeps a JSON parser out of every reader's download. The reader ([`super::read`]) is written
//! once against this trait, so both read the schema the same way.

pub trait Json: Sized {
    /// The value of `key`, if this is an object that has it (`null` included).
    fn get(&self, key: &str) -> Option<Self>;
    fn is_null(&self) -> bool;
    /// Keys, if this is an object (in document order in the browser, sorted in the CLI).
    fn keys(&self) -> Option<Vec<String>>;
    /// The items, if this is a list.
    fn items(&self) -> Option<Vec<Self>>;
    fn string(&self) -> Option<String>;
    fn number(&self) -> Option<f64>;
    fn boolean(&self) -> Option<bool>;
    /// How the value reads in an error message: `42`, `"viele"`, `a list`, `an object`.
    fn describe(&self) -> String;
}

#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
impl Json for &serde_json::Value {
    fn get(&self, key: &str) -> Option<Self> {
        self.as_object()?.get(key)
    }

    fn is_null(&self) -> bool {
        serde_json::Value::is_null(self)
    }

    fn keys(&self) -> Option<Vec<String>> {
        Some(self.as_object()?.keys().cloned().collect())
    }

    fn items(&self) -> Option<Vec<Self>> {
        Some(self.as_array()?.iter().collect())
    }

    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }

    fn describe(&self) -> String {
        use serde_json::Value;
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.to_string(),
            Value::String(s) => format!("{s:?}"),
            Value::Array(_) => "a list".into(),
            Value::Object(_) => "an object".into(),
        }
    }
}
