//! The list of every problem the check finds, each with its path and line:column. Choosing one
//! moves focus to its field in the form, or to its place in the JSON view.

use crate::form::problem_text;
use crate::i18n::ui;
use factbox::content::check::Diagnostic;
use factbox::content::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub diagnostics: Rc<Vec<Diagnostic>>,
    pub ui: Lang,
    pub on_choose: Callback<Diagnostic>,
}

#[function_component]
pub fn Problems(props: &ProblemsProps) -> Html {
    let t = ui(props.ui);
    let count = props.diagnostics.len();
    let items = props
        .diagnostics
        .iter()
        .map(|d| {
            let (choose, d) = (props.on_choose.clone(), d.clone());
            let path = if d.path.is_empty() { String::new() } else { format!("{}: ", d.path) };
            let text = problem_text(props.ui, &d);
            let onclick = Callback::from(move |_| choose.emit(d.clone()));
            html! { <li><button type="button" class="problem" {onclick}>{ path }{ text }</button></li> }
        })
        .collect::<Html>();
    html! {
        <section class="problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{ format!("{} ({count})", t.problems) }</h2>
            // Announced as it changes, so an editor hears a new problem (or the last one fixed).
            <p class={classes!("status", (count == 0).then_some("ok"))} role="status">
                { if count == 0 { t.no_problems.to_string() } else { to_fix(props.ui, count) } }
            </p>
            if count > 0 { <ol>{ items }</ol> }
        </section>
    }
}

/// "1 problem to fix", "3 Probleme zu beheben".
fn to_fix(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::En, 1) => "1 problem to fix".into(),
        (Lang::En, n) => format!("{n} problems to fix"),
        (Lang::De, 1) => "1 Problem zu beheben".into(),
        (Lang::De, n) => format!("{n} Probleme zu beheben"),
    }
}
