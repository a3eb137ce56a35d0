//! Which sections and country entries are open: the box's only state, changed only through
//! [`Action`] so every way of opening (click, keyboard, "show all", deep link, find-in-page,
//! remembered state) goes through one reducer.

use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Toggle(String),
    Open(String),
    /// Open or close every section and entry.
    SetAll(bool),
    /// Open each of these ids, e.g. a country and the section around it (deep links, find).
    Reveal(Vec<String>),
    /// Replace the open set, e.g. with what the reader had open before a reload.
    Restore(Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct OpenState {
    /// Every id that can be opened, so that "all open" is known and unknown ids are ignored.
    all: Rc<[String]>,
    open: BTreeSet<String>,
}

impl OpenState {
    pub fn new(all: Vec<String>, initially_open: &[String]) -> Self {
        let all: Rc<[String]> = all.into();
        let open = initially_open.iter().filter(|id| all.contains(id)).cloned().collect();
        OpenState { all, open }
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open.contains(id)
    }

    pub fn all_open(&self) -> bool {
        self.open.len() == self.all.len()
    }

    pub fn open_ids(&self) -> impl Iterator<Item = &str> {
        self.open.iter().map(String::as_str)
    }

    fn knows(&self, id: &str) -> bool {
        self.all.iter().any(|known| known == id)
    }
}

impl Reducible for OpenState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Toggle(id) if next.knows(&id) => {
                if !next.open.remove(&id) {
                    next.open.insert(id);
                }
            }
            Action::Open(id) if next.knows(&id) => {
                next.open.insert(id);
            }
            Action::Reveal(ids) => next.open.extend(ids.into_iter().filter(|id| self.knows(id))),
            Action::SetAll(true) => next.open = next.all.iter().cloned().collect(),
            Action::SetAll(false) => next.open.clear(),
            Action::Restore(ids) => {
                next.open = ids.into_iter().filter(|id| next.knows(id)).collect();
            }
            Action::Toggle(_) | Action::Open(_) => return self,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(open: &[&str]) -> Rc<OpenState> {
        let all = ["a", "b", "c"].map(String::from).to_vec();
        Rc::new(OpenState::new(all, &open.iter().map(|s| s.to_string()).collect::<Vec<_>>()))
    }

    #[test]
    fn toggle_flips_one_id() {
        let s = state(&["a"]).reduce(Action::Toggle("b".into()));
        assert!(s.is_open("a") && s.is_open("b") && !s.is_open("c"));
        let s = s.reduce(Action::Toggle("a".into()));
        assert!(!s.is_open("a"));
    }

    #[test]
    fn unknown_ids_are_ignored() {
        let before = state(&["zz", "a"]);
        assert_eq!(before.open_ids().collect::<Vec<_>>(), ["a"]);
        let after = before.clone().reduce(Action::Toggle("zz".into()));
        assert!(Rc::ptr_eq(&before, &after));
    }

    #[test]
    fn reveal_opens_a_path_and_ignores_unknown_ids() {
        let s = state(&["a"]).reduce(Action::Reveal(vec!["b".into(), "c".into(), "zz".into()]));
        assert_eq!(s.open_ids().collect::<Vec<_>>(), ["a", "b", "c"]);
    }

    #[test]
    fn set_all_and_restore() {
        let s = state(&[]).reduce(Action::SetAll(true));
        assert!(s.all_open());
        let s = s.reduce(Action::SetAll(false));
        assert_eq!(s.open_ids().count(), 0);
        let s = s.reduce(Action::Restore(vec!["c".into(), "nope".into()]));
        assert_eq!(s.open_ids().collect::<Vec<_>>(), ["c"]);
    }
}
