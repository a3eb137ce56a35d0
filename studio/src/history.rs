//! Undo and redo over whole texts of the document. Content files are a few kilobytes, so a
//! text per step is simpler and safer than inverse operations, and undo can never corrupt.
//! Texts are shared (`Rc<str>`): the history is copied with every change of state, and a copy
//! then costs a pointer per step, not the texts.

use std::rc::Rc;

/// The most steps kept; the oldest go first.
const LIMIT: usize = 300;

#[derive(Clone)]
pub struct History {
    entries: Vec<Rc<str>>,
    at: usize,
    /// The field the last step typed into: more typing there joins the same step.
    group: Option<String>,
}

impl History {
    pub fn new(text: String) -> History {
        History { entries: vec![Rc::from(text)], at: 0, group: None }
    }

    /// Records a new text. Steps of the same `group` (one field being typed in) merge.
    pub fn record(&mut self, text: String, group: Option<String>) {
        if *self.entries[self.at] == *text {
            return;
        }
        self.entries.truncate(self.at + 1);
        if group.is_some() && group == self.group && self.at > 0 {
            self.entries[self.at] = Rc::from(text);
            return;
        }
        self.entries.push(Rc::from(text));
        if self.entries.len() > LIMIT {
            self.entries.remove(0);
        }
        self.at = self.entries.len() - 1;
        self.group = group;
    }

    pub fn undo(&mut self) -> Option<&str> {
        self.group = None;
        self.at = self.at.checked_sub(1)?;
        Some(&self.entries[self.at])
    }

    pub fn redo(&mut self) -> Option<&str> {
        self.group = None;
        if self.at + 1 >= self.entries.len() {
            return None;
        }
        self.at += 1;
        Some(&self.entries[self.at])
    }

    pub fn can_undo(&self) -> bool {
        self.at > 0
    }

    pub fn can_redo(&self) -> bool {
        self.at + 1 < self.entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut h = History::new("a".into());
        h.record("ab".into(), Some("title".into()));
        h.record("abc".into(), Some("title".into()));
        h.record("abc!".into(), Some("summary".into()));
        assert_eq!(h.undo(), Some("abc"));
        assert_eq!(h.undo(), Some("a"));
        assert_eq!(h.undo(), None);
        assert_eq!(h.redo(), Some("abc"));
        // A new change drops what could have been redone.
        h.record("x".into(), None);
        assert!(!h.can_redo());
        assert_eq!(h.undo(), Some("abc"));
    }
}
