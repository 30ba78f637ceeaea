//! Source positions for semantic errors.
//!
//! serde_yaml reports line and column for syntax and type errors only; once a
//! policy has parsed, a reference to an unknown destination still has to be
//! shown where it was written. [`SourceMap`] walks the YAML events once
//! (yaml-rust2's marked parser) and records where every mapping key and
//! sequence item starts, addressed by a path such as `rules[2].then`.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Where each node of a YAML document starts (1-based line and column).
#[derive(Debug, Default)]
pub(crate) struct SourceMap {
    positions: HashMap<String, (usize, usize)>,
}

enum Frame {
    Mapping {
        path: String,
        key: Option<String>,
        /// Set for a mapping that is a sequence item: block mappings are
        /// marked at their first `:`, so the item takes its first key's
        /// position instead.
        item: Option<String>,
    },
    Sequence {
        path: String,
        next: usize,
    },
}

#[derive(Default)]
struct Walker {
    stack: Vec<Frame>,
    positions: HashMap<String, (usize, usize)>,
}

impl Walker {
    /// Called at the start of every node; returns the node's path when it is
    /// a value (and not a mapping key).
    fn node_start(&mut self, mark: Marker, scalar: Option<&str>) -> Option<String> {
        let at = (mark.line(), mark.col() + 1);
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Mapping { path, key, item }) => match key.take() {
                None => {
                    // This node is a key.
                    let name = scalar.unwrap_or("?").to_string();
                    let full = join(path, &name);
                    self.positions.entry(full).or_insert(at);
                    if let Some(item) = item.take() {
                        self.positions.insert(item, at);
                    }
                    *key = Some(name);
                    None
                }
                Some(name) => Some(join(path, &name)),
            },
            Some(Frame::Sequence { path, next }) => {
                let full = format!("{path}[{next}]");
                *next += 1;
                self.positions.entry(full.clone()).or_insert(at);
                Some(full)
            }
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

impl MarkedEventReceiver for Walker {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, ..) => {
                self.node_start(mark, Some(&value));
            }
            Event::Alias(_) => {
                self.node_start(mark, None);
            }
            Event::MappingStart(..) => {
                let in_sequence = matches!(self.stack.last(), Some(Frame::Sequence { .. }));
                if let Some(path) = self.node_start(mark, None) {
                    let item = in_sequence.then(|| path.clone());
                    self.stack.push(Frame::Mapping { path, key: None, item });
                } else {
                    // A complex key: track it so the stack stays balanced.
                    self.stack.push(Frame::Mapping { path: "?".into(), key: None, item: None });
                }
            }
            Event::SequenceStart(..) => {
                let path = self.node_start(mark, None).unwrap_or_else(|| "?".into());
                self.stack.push(Frame::Sequence { path, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

impl SourceMap {
    /// Positions of `text`; empty when the text is not YAML (serde_yaml has
    /// reported that already, with its own position).
    pub fn new(text: &str) -> SourceMap {
        let mut walker = Walker::default();
        let mut parser = Parser::new_from_str(text);
        if parser.load(&mut walker, false).is_err() {
            return SourceMap::default();
        }
        SourceMap { positions: walker.positions }
    }

    /// The position of `path`, or of its nearest ancestor that has one.
    pub fn find(&self, path: &str) -> Option<(usize, usize)> {
        let mut path = path;
        loop {
            if let Some(at) = self.positions.get(path) {
                return Some(*at);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly by design
mod tests {
    use super::*;

    #[test]
    fn finds_keys_and_items() {
        let text = "a: 1\nrules:\n  - id: x\n    then: deny\n  - { id: y, then: allow }\n";
        let map = SourceMap::new(text);
        assert_eq!(map.find("a"), Some((1, 1)));
        assert_eq!(map.find("rules[0].then"), Some((4, 5)));
        assert_eq!(map.find("rules[0]"), Some((3, 5)));
        assert_eq!(map.find("rules[1]"), Some((5, 7)));
        assert_eq!(map.find("rules[1].then"), Some((5, 14)));
        assert_eq!(map.find("rules[1].then.nothing"), Some((5, 14)));
    }
}
