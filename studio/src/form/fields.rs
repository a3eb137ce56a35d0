//! The form's controls, one per field of the content model, described by a table per kind of
//! object ([`Spec`]): a new field is a row in a table, not a new widget.

use super::{problem_list, FormCtx};
use crate::doc::{shown, Edit, Path};
use crate::i18n::{self, ui};
use factbox::content::{Lang, QUALIFIERS};
use serde_json::{Number, Value};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    /// One line of text.
    Line,
    /// A paragraph.
    Long,
    /// A number (the file's `value`).
    Number,
    /// `over`, `about`, `almost`, `up_to` or nothing.
    Qualifier,
    /// The entry's source ids, chosen from the box's sources by name.
    Sources,
    /// true, or left out.
    Flag,
    /// `de` or `en`.
    Lang,
}

pub struct Spec {
    /// The field's name in the file.
    pub key: &'static str,
    /// Its label ([`i18n::field`]), when not the key's.
    pub label: &'static str,
    pub kind: Kind,
    /// Emptied, an optional field leaves the file, rather than staying as `""`.
    pub optional: bool,
}

const fn req(key: &'static str, kind: Kind) -> Spec {
    Spec { key, label: key, kind, optional: false }
}

const fn opt(key: &'static str, label: &'static str, kind: Kind) -> Spec {
    Spec { key, label, kind, optional: true }
}

/// Every field of the box itself, for problems at fields the form does not show.
pub const CONTENT_KEYS: &[&str] = &["lang", "title", "as_of", "summary", "glance", "sections", "sources"];
pub const BOX: &[Spec] = &[req("lang", Kind::Lang), req("title", Kind::Line), req("as_of", Kind::Line)];
pub const STATEMENT: &[Spec] = &[req("text", Kind::Long), opt("caveat", "caveat", Kind::Long), req("sources", Kind::Sources)];
pub const SECTION: &[Spec] = &[req("title", Kind::Line), req("id", Kind::Line), opt("open", "open", Kind::Flag)];
pub const FACT: &[Spec] = &[
    req("label", Kind::Line),
    opt("place", "place", Kind::Line),
    opt("figure", "figure", Kind::Line),
    req("text", Kind::Long),
    opt("caveat", "caveat", Kind::Long),
    req("sources", Kind::Sources),
];
/// What a number says besides itself, in figures and profile rows alike.
pub const QUANTITY: &[Spec] = &[
    opt("qualifier", "qualifier", Kind::Qualifier),
    opt("unit", "unit", Kind::Line),
    opt("as_of", "number_as_of", Kind::Line),
    opt("basis", "basis", Kind::Line),
    opt("caveat", "caveat", Kind::Long),
];
pub const FIGURE: &[&[Spec]] = &[&[req("label", Kind::Line), req("value", Kind::Number)], QUANTITY, &[req("sources", Kind::Sources)]];
pub const EVENT: &[Spec] = &[req("date", Kind::Line), req("text", Kind::Long), opt("caveat", "caveat", Kind::Long), req("sources", Kind::Sources)];
pub const BARS: &[Spec] = &[req("title", Kind::Line)];
pub const PROFILE: &[Spec] = &[req("name", Kind::Line), req("id", Kind::Line)];
/// A profile's row holds a text or a number: both are offered, and the check says if both or
/// neither is given. A row's sources are optional (a capital needs none).
pub const ROW: &[&[Spec]] = &[
    &[req("label", Kind::Line), opt("text", "row_text", Kind::Line), opt("value", "row_value", Kind::Number)],
    QUANTITY,
    &[opt("sources", "sources", Kind::Sources)],
];
pub const SOURCE: &[Spec] = &[
    req("publisher", Kind::Line),
    opt("title", "source_title", Kind::Line),
    opt("title_lang", "source_title_lang", Kind::Line),
    req("url", Kind::Line),
    opt("date", "source_date", Kind::Line),
    req("id", Kind::Line),
];

/// The controls for an object's fields.
pub fn fields(form: &FormCtx, object: &Path, specs: &[Spec]) -> Html {
    specs.iter().map(|spec| field(form, object, spec)).collect()
}

/// Every field the form has a control for in some item, read from the tables above, and the
/// lists it edits in place: a new field is a row in one table and nothing else.
pub fn shown_keys() -> Vec<&'static str> {
    let tables: [&[Spec]; 8] = [BOX, STATEMENT, SECTION, FACT, EVENT, BARS, PROFILE, SOURCE];
    let parts = FIGURE.iter().chain(ROW).copied();
    let mut keys: Vec<&str> = tables.into_iter().chain(parts).flatten().map(|spec| spec.key).collect();
    keys.extend(["summary", "blocks", "type", "items", "fields"]);
    keys
}

/// The controls for fields listed in parts (shared runs of fields, such as [`QUANTITY`]).
pub fn fields_of(form: &FormCtx, object: &Path, parts: &[&[Spec]]) -> Html {
    parts.iter().map(|specs| fields(form, object, specs)).collect()
}

fn field(form: &FormCtx, object: &Path, spec: &Spec) -> Html {
    let path = object.key(spec.key);
    let id = path.dom_id();
    let label = match i18n::field(form.ui, spec.label) {
        "" if spec.kind == Kind::Sources => ui(form.ui).sources,
        "" => spec.key,
        label => label,
    };
    let (problems, describedby) = problem_list(&id, form.ui, &form.problems_at(&path.check_path()));
    let invalid = describedby.as_ref().map(|_| "true");
    let current = form.get(&path);
    let edit = form.edit.clone();
    let optional = spec.optional;
    let set_text = {
        let path = path.clone();
        move |text: String| {
            if optional && text.is_empty() {
                Edit::Remove(path.clone())
            } else {
                Edit::Set(path.clone(), Value::String(text))
            }
        }
    };
    let control = match spec.kind {
        Kind::Line | Kind::Long => {
            let oninput = Callback::from(move |e: InputEvent| edit.emit(set_text(e.target_unchecked_into::<HtmlInputElement>().value())));
            if spec.kind == Kind::Long {
                html! { <textarea {id} rows="3" value={shown(current)} {oninput} aria-invalid={invalid} aria-describedby={describedby} /> }
            } else {
                html! { <input {id} type="text" value={shown(current)} {oninput} aria-invalid={invalid} aria-describedby={describedby} /> }
            }
        }
        Kind::Number => {
            let path = path.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                let typed = e.target_unchecked_into::<HtmlInputElement>().value();
                edit.emit(if optional && typed.is_empty() { Edit::Remove(path.clone()) } else { Edit::Set(path.clone(), number(&typed)) })
            });
            html! { <input {id} type="text" inputmode="decimal" value={shown(current)} {oninput} aria-invalid={invalid} aria-describedby={describedby} /> }
        }
        Kind::Qualifier | Kind::Lang => {
            let selected = shown(current);
            let options = if spec.kind == Kind::Lang {
                i18n::lang_options(Lang::from_tag(&selected))
            } else {
                [""].iter()
                    .chain(QUALIFIERS)
                    .map(|name| html! { <option value={*name} selected={selected == *name}>{ i18n::qualifier(form.ui, name) }</option> })
                    .collect::<Html>()
            };
            let onchange = Callback::from(move |e: Event| edit.emit(set_text(e.target_unchecked_into::<HtmlSelectElement>().value())));
            html! { <select {id} {onchange} aria-invalid={invalid} aria-describedby={describedby}>{ options }</select> }
        }
        Kind::Flag => {
            let flag = path.clone();
            let checked = current.and_then(Value::as_bool).unwrap_or(false);
            let onchange = Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                edit.emit(if on { Edit::Set(flag.clone(), Value::Bool(true)) } else { Edit::Remove(flag.clone()) })
            });
            return html! {
                <div class="field field--flag">
                    <input {id} type="checkbox" {checked} {onchange} aria-invalid={invalid} aria-describedby={describedby} />
                    <label for={path.dom_id()}>{ label }</label>
                    { problems }
                </div>
            };
        }
        // A group of checkboxes with its own legend, not one labelled control.
        Kind::Sources => return sources(form, &path, label, spec.optional),
    };
    html! {
        <div class={classes!("field", (spec.kind == Kind::Long).then_some("field--long"))}>
            <label for={path.dom_id()}>{ label }</label>
            { control }
            { problems }
        </div>
    }
}

/// What the editor typed into a number field: a JSON number when it is one, written back as
/// typed; otherwise the text itself, which the check reports ("expected a number") beside the
/// field. Never silently changed: "1." stays "1." while the editor types "1.5".
fn number(typed: &str) -> Value {
    let trimmed = typed.trim();
    match trimmed.parse::<f64>() {
        Ok(n) if n.is_finite() && (n.to_string() == trimmed || format!("{n:.0}") == trimmed) => {
            if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
                Value::Number(Number::from(n as i64))
            } else {
                Number::from_f64(n).map(Value::Number).unwrap_or_else(|| Value::String(typed.into()))
            }
        }
        _ => Value::String(typed.into()),
    }
}

/// The sources an entry cites: a checkbox per source of the box, by name. Ids that name no
/// source stay listed (checked) until the editor unticks them.
fn sources(form: &FormCtx, path: &Path, label: &str, optional: bool) -> Html {
    let t = ui(form.ui);
    let id = path.dom_id();
    let check_path = path.check_path();
    let problems: Vec<_> = form.diagnostics.iter().filter(|d| d.path == check_path || d.path.starts_with(&format!("{check_path}["))).collect();
    let (problems, describedby) = problem_list(&id, form.ui, &problems);
    let cited: Vec<String> = form.get(path).and_then(Value::as_array).map(|l| l.iter().map(shown_id).collect()).unwrap_or_default();
    let mut choices = form.sources();
    let unknown: Vec<String> = cited.iter().filter(|c| !choices.iter().any(|(id, _)| id == *c)).cloned().collect();
    choices.extend(unknown.into_iter().map(|id| (id.clone(), format!("{id} ({})", t.unknown_source))));
    let boxes = choices
        .iter()
        .enumerate()
        .map(|(i, (source, name))| {
            let checked = cited.contains(source);
            let (edit, path, cited, source, all) = (form.edit.clone(), path.clone(), cited.clone(), source.clone(), choices.clone());
            let onchange = Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                // Cited in the order of the box's sources, as readers see them listed.
                let ids: Vec<Value> = all
                    .iter()
                    .map(|(id, _)| id)
                    .filter(|id| if **id == source { on } else { cited.contains(id) })
                    .map(|id| Value::String(id.clone()))
                    .collect();
                edit.emit(if optional && ids.is_empty() { Edit::Remove(path.clone()) } else { Edit::Set(path.clone(), Value::Array(ids)) });
            });
            let box_id = format!("{id}-{i}");
            html! {
                <div class="choice">
                    <input id={box_id.clone()} type="checkbox" {checked} {onchange} />
                    <label for={box_id}>{ name }</label>
                </div>
            }
        })
        .collect::<Html>();
    let empty = choices.is_empty().then(|| html! { <p class="hint">{ t.no_sources_yet }</p> });
    html! {
        <fieldset class="field sources" id={id.clone()} tabindex="-1" aria-describedby={describedby}>
            <legend>{ label }</legend>
            { boxes }
            { empty }
            { problems }
        </fieldset>
    }
}

fn shown_id(v: &Value) -> String {
    shown(Some(v))
}

#[cfg(test)]
mod tests {
    use super::{number, shown_keys};
    use serde_json::json;

    #[test]
    fn a_number_field_keeps_what_is_typed() {
        assert_eq!(number("20500000"), json!(20500000));
        assert_eq!(number("1.5"), json!(1.5));
        assert_eq!(number("1."), json!("1."), "still being typed: kept as text, and reported");
        assert_eq!(number("12,5"), json!("12,5"));
        assert_eq!(number("NaN"), json!("NaN"));
    }

    #[test]
    fn every_field_with_a_control_keeps_its_problems_and_no_other_does() {
        let keys = shown_keys();
        for key in [
            "lang", "title", "as_of", "summary", "id", "open", "blocks", "type", "items", "text", "caveat", "sources", "label", "place", "figure",
            "value", "qualifier", "unit", "basis", "date", "name", "fields", "publisher", "url", "title_lang",
        ] {
            assert!(keys.contains(&key), "{key} has a control");
        }
        // A map's drawing is edited as JSON, and a typo has no control: shown at their item.
        for key in ["frame", "countries", "caveta"] {
            assert!(!keys.contains(&key), "{key} has no control");
        }
    }
}
