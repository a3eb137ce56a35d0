//! The studio's one document state, changed only through [`Action`]: typing in the JSON view,
//! an edit in the form, opening a file, undo and redo all go through [`State::reduce`], so the
//! text, the form's value, the problems and the preview can never disagree.

use crate::doc::{pretty, Edit};
use crate::history::History;
use factbox::content::check::{check, Diagnostic};
use factbox::content::Content;
use serde_json::Value;
use std::rc::Rc;
use yew::Reducible;

pub enum Action {
    /// The editor typed in the JSON view.
    Text(String),
    /// The form changed a value.
    Edit(Edit),
    /// A new document: the starter, the example, a file. One step of undo.
    Load(String),
    Undo,
    Redo,
}

pub struct State {
    /// The content file as it will be saved, downloaded and rendered.
    pub text: Rc<str>,
    /// The same, parsed, for the form; `None` while the JSON has a syntax error.
    pub value: Option<Rc<Value>>,
    /// Every problem `factbox check` reports for the text.
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// The last content the reader could read, for the preview, and whether it is the text's.
    pub content: Option<Rc<Content>>,
    pub content_is_current: bool,
    /// Counts changes, so that views keyed by it start afresh for new content.
    pub generation: u64,
    history: History,
}

impl State {
    pub fn new(text: String) -> State {
        let mut state = State {
            text: Rc::from(""),
            value: None,
            diagnostics: Rc::default(),
            content: None,
            content_is_current: false,
            generation: 0,
            history: History::new(text.clone()),
        };
        state.analyse(text);
        state
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Takes a new text: parses it for the form, checks it, reads it for the preview.
    fn analyse(&mut self, text: String) {
        self.value = serde_json::from_str::<Value>(&text).ok().map(Rc::new);
        let (diagnostics, content) = match check(&text) {
            Ok(content) => (Vec::new(), Some(content)),
            // Rules broken but the shape readable: the preview still shows it.
            Err(diagnostics) => (diagnostics, Content::from_json(&text).ok()),
        };
        self.content_is_current = content.is_some();
        if let Some(content) = content {
            self.content = Some(Rc::new(content));
        }
        self.diagnostics = Rc::new(diagnostics);
        self.text = Rc::from(text);
        self.generation += 1;
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = State {
            text: self.text.clone(),
            value: self.value.clone(),
            diagnostics: self.diagnostics.clone(),
            content: self.content.clone(),
            content_is_current: self.content_is_current,
            generation: self.generation,
            history: History::new(String::new()),
        };
        // Yew keeps the current state while the next is made, so the history is copied: a few
        // hundred short texts at most.
        let mut history = self.history.clone();
        let text = match action {
            Action::Text(text) => {
                history.record(text.clone(), Some("json".into()));
                text
            }
            Action::Edit(edit) => {
                let Some(mut value) = next.value.as_deref().cloned() else {
                    next.history = history;
                    return Rc::new(next);
                };
                if !edit.apply(&mut value) {
                    next.history = history;
                    return Rc::new(next);
                }
                let text = pretty(&value);
                history.record(text.clone(), edit.group());
                text
            }
            Action::Load(text) => {
                history.record(text.clone(), None);
                text
            }
            Action::Undo => match history.undo() {
                Some(text) => text.to_string(),
                None => next.text.to_string(),
            },
            Action::Redo => match history.redo() {
                Some(text) => text.to_string(),
                None => next.text.to_string(),
            },
        };
        next.history = history;
        if *next.text != *text {
            next.analyse(text);
        }
        Rc::new(next)
    }
}
