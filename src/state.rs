//! Which sections and country entries are open: the box's only state, changed only through
//! [`Action`] so every way of opening (deep link, find-in-page, what the reader saw before the
//! bundle or has opened since, and in the studio's preview a click or "show all") goes through
//! one reducer. On a page the loader answers clicks and the state follows it (`Restore`).

use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Toggle(String),
    /// Open every section and entry, or close them all when all are open ("show all").
    ToggleAll,
    /// Open each of these ids, e.g. a country and the section around it (deep links, find).
    Reveal(Vec<String>),
    /// Replace the open set, e.g. with what the reader had open before a reload.
    Restore(Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct OpenState {
    /// Every id that can be opened, so that "all open" is known and unknown ids are ignored.
    all: Rc<[String]>,
    /// Open ids in reading order (the order of `all`), without repeats. A handful of ids: a
    /// list is smaller in the bundle than a set, and as fast.
    open: Vec<String>,
}

impl OpenState {
    pub fn new(all: Vec<String>, initially_open: &[String]) -> Self {
        let mut state = OpenState { all: all.into(), open: Vec::new() };
        state.set(initially_open.iter().cloned());
        state
    }

    /// Replaces the open ids, keeping known ones only, in reading order.
    fn set(&mut self, ids: impl IntoIterator<Item = String>) {
        let wanted: Vec<String> = ids.into_iter().collect();
        self.open = self.all.iter().filter(|id| wanted.contains(id)).cloned().collect();
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open.iter().any(|open| open == id)
    }

    pub fn all_open(&self) -> bool {
        self.open.len() == self.all.len()
    }

    pub fn open_ids(&self) -> impl Iterator<Item = &str> {
        self.open.iter().map(String::as_str)
    }

}

impl Reducible for OpenState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let current = self.open.iter().cloned();
        match action {
            Action::Toggle(id) if self.is_open(&id) => next.open.retain(|open| *open != id),
            Action::Toggle(id) => next.set(current.chain([id])),
            Action::Reveal(ids) => next.set(current.chain(ids)),
            Action::ToggleAll => next.open = if self.all_open() { Vec::new() } else { self.all.to_vec() },
            Action::Restore(ids) => next.set(ids),
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
        let s = state(&["a"]).reduce(Action::Reveal(vec!["c".into(), "b".into(), "zz".into()]));
        assert_eq!(s.open_ids().collect::<Vec<_>>(), ["a", "b", "c"]);
    }

    #[test]
    fn toggle_all_and_restore() {
        let s = state(&["a"]).reduce(Action::ToggleAll);
        assert!(s.all_open(), "some open: show all");
        let s = s.reduce(Action::ToggleAll);
        assert_eq!(s.open_ids().count(), 0, "all open: hide all");
        let s = s.reduce(Action::Restore(vec!["c".into(), "nope".into()]));
        assert_eq!(s.open_ids().collect::<Vec<_>>(), ["c"]);
    }
}
