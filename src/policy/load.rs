//! From YAML bytes to a checked [`Policy`].
//!
//! Loading decides whether a policy may run at all. It is strict so that a
//! reviewer can trust that what they read is what runs: unknown keys, unknown
//! references (destination, model, class, group, rule id in tests), bad
//! regexes and unreadable included files are errors. All problems are
//! collected and reported together, each with file, line and column: the
//! syntax is parsed first (serde_yaml's own position), then every section
//! entry is converted separately so that one bad rule does not hide the
//! next. Rules that can never decide anything are reported as warnings.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use regex::RegexBuilder;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_yaml::Value;

use super::decision::{Action, Direction};
use super::eval::{
    ClassSet, ClassTable, Conditions, DestinationCondition, DirectionCondition, FindingsCondition, Mode,
    PrincipalCondition, Rule, RuleAction,
};
use super::locate::SourceMap;
use super::raw::{
    RawDestination, RawDetector, RawDirection, RawKind, RawMode, RawModel, RawRule, RawTestEntry, RawWhen,
};
use super::tests_runner::{self, PolicyTest};
use super::{Destination, DestinationKind, ModelRoute, Policy, PolicyError, PolicyIssue, Severity, revision_of_files};
use crate::detect::{self, Detector};

/// Compiled-program limit for every regex a policy supplies.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;
/// Largest file a policy may include (terms, tests).
const INCLUDE_LIMIT: u64 = 8 << 20;

/// The top level, with each section kept as YAML so entries can be
/// converted (and fail) one by one.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sections {
    version: u32,
    name: String,
    #[serde(default)]
    default: Option<String>,
    #[serde(default)]
    destinations: BTreeMap<String, Value>,
    #[serde(default)]
    models: BTreeMap<String, Value>,
    #[serde(default)]
    classes: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    detectors: Vec<Value>,
    #[serde(default)]
    rules: Vec<Value>,
    #[serde(default)]
    tests: Vec<Value>,
}

/// A file being read and where its nodes are.
pub(crate) struct Source {
    pub file: PathBuf,
    pub map: SourceMap,
}

/// Problems found so far.
#[derive(Default)]
pub(crate) struct Issues {
    pub list: Vec<PolicyIssue>,
}

impl Issues {
    pub fn error(&mut self, src: &Source, path: &str, message: impl Into<String>) {
        self.push(src, path, message.into(), Severity::Error);
    }

    pub fn warn(&mut self, src: &Source, path: &str, message: impl Into<String>) {
        self.push(src, path, message.into(), Severity::Warning);
    }

    fn push(&mut self, src: &Source, path: &str, message: String, severity: Severity) {
        self.list.push(PolicyIssue { file: src.file.clone(), location: src.map.find(path), message, severity });
    }

    fn has_errors(&self) -> bool {
        self.list.iter().any(|i| i.severity == Severity::Error)
    }
}

/// Converts one YAML node; a failure is recorded at the node (or at the
/// unknown field it names) and yields `None`.
pub(crate) fn convert<T: DeserializeOwned>(
    value: Value,
    src: &Source,
    path: &str,
    what: &str,
    issues: &mut Issues,
) -> Option<T> {
    match serde_yaml::from_value(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let message = e.to_string();
            let at = field_named(&message).map(|f| format!("{path}.{f}")).unwrap_or_else(|| path.to_string());
            issues.error(src, &at, format!("{what}: {message}"));
            None
        }
    }
}

/// The field named in a serde "unknown field `x`" / "missing field" message.
fn field_named(message: &str) -> Option<&str> {
    let rest = message.split("unknown field `").nth(1)?;
    rest.split('`').next()
}

/// A syntax or top-level type error, positioned by serde_yaml.
pub(crate) fn syntax_error(file: &Path, e: &serde_yaml::Error) -> PolicyIssue {
    PolicyIssue {
        file: file.to_path_buf(),
        location: e.location().map(|l| (l.line(), l.column())),
        message: e.to_string(),
        severity: Severity::Error,
    }
}

/// Reads a file the policy includes, relative to the policy's directory.
/// Only relative paths that stay below the policy's directory are allowed,
/// so a policy cannot pull arbitrary files of the gateway host into its
/// detector or its revision.
pub(crate) fn read_included(base: &Path, name: &str) -> Result<(PathBuf, Vec<u8>), String> {
    let relative = Path::new(name);
    if name.is_empty()
        || relative.is_absolute()
        || relative.components().any(|c| !matches!(c, std::path::Component::Normal(_) | std::path::Component::CurDir))
    {
        return Err(format!(
            "included file `{name}` must be a relative path below the policy's directory (no `..`, no absolute path)"
        ));
    }
    let path = base.parent().unwrap_or(Path::new("")).join(relative);
    let meta = std::fs::metadata(&path).map_err(|e| format!("cannot read included file `{}`: {e}", path.display()))?;
    if meta.len() > INCLUDE_LIMIT {
        return Err(format!("included file `{}` is larger than {INCLUDE_LIMIT} bytes", path.display()));
    }
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read included file `{}`: {e}", path.display()))?;
    Ok((path, bytes))
}

/// Names of rules, groups: lower-case letters, digits, `-`, `_`.
fn is_identifier(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Dotted lower-case class names.
fn is_class_name(s: &str) -> bool {
    s.contains('.')
        && s.split('.').all(|part| {
            !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

fn compile_regex(pattern: &str) -> Result<regex::Regex, String> {
    RegexBuilder::new(pattern)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map_err(|e| format!("invalid regex: {e}"))
}

pub(crate) fn load(path: &Path, bytes: &[u8]) -> Result<Policy, PolicyError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        PolicyError::Invalid(vec![PolicyIssue {
            file: path.to_path_buf(),
            location: None,
            message: format!("policy is not valid UTF-8 ({e})"),
            severity: Severity::Error,
        }])
    })?;
    let sections: Sections =
        serde_yaml::from_str(text).map_err(|e| PolicyError::Invalid(vec![syntax_error(path, &e)]))?;
    let src = Source { file: path.to_path_buf(), map: SourceMap::new(text) };
    let mut issues = Issues::default();
    let mut included: Vec<(PathBuf, Vec<u8>)> = Vec::new();

    if sections.version != 1 {
        issues.error(
            &src,
            "version",
            format!("unsupported policy version {} (this cordon reads version 1)", sections.version),
        );
    }
    if let Some(default) = sections.default.as_deref()
        && default != "deny"
    {
        issues.error(&src, "default", format!("`default: {default}` is not supported; the default is always `deny`"));
    }
    if sections.name.trim().is_empty() {
        issues.error(&src, "name", "the policy needs a non-empty `name`");
    }

    let destinations = load_destinations(sections.destinations, &src, &mut issues);
    let models = load_models(sections.models, &destinations, &src, &mut issues);

    // Site detectors define the custom classes, so they come before classes.
    let (builder, custom_classes) = load_detectors(sections.detectors, &src, &mut issues, &mut included);
    let table = ClassTable::new(detect::CLASSES.iter().map(|c| c.to_string()).chain(custom_classes.iter().cloned()));
    let groups = load_groups(&sections.classes, &table, &src, &mut issues);
    let resolver = Resolver { table: &table, groups: &groups };

    let mut rule_ids = BTreeSet::new();
    let rules = load_rules(&mut rule_ids, sections.rules, &resolver, &destinations, &models, &src, &mut issues);
    warn_unreachable(&rules, &src, &mut issues);

    let mut tests = Vec::new();
    load_tests(sections.tests, &src, &mut issues, &mut included, &mut tests, true);
    check_tests(&tests, &models, &destinations, &rule_ids, &table, &mut issues);

    let detector = match builder.build() {
        Ok(d) => Some(Arc::new(d)),
        Err(e) => {
            issues.error(&src, "detectors", format!("cannot build the detector: {e}"));
            None
        }
    };

    // Report in reading order: the policy file first, then included files.
    issues.list.sort_by_key(|i| (i.file != src.file, i.file.clone(), i.location));
    if issues.has_errors() {
        return Err(PolicyError::Invalid(issues.list.into_iter().filter(|i| i.severity == Severity::Error).collect()));
    }
    let Some(detector) = detector else {
        return Err(PolicyError::Invalid(issues.list));
    };
    let contents: Vec<Vec<u8>> = included.iter().map(|(_, b)| b.clone()).collect();
    Ok(Policy {
        name: sections.name,
        revision: revision_of_files(bytes, &contents),
        path: path.to_path_buf(),
        included_files: included.into_iter().map(|(p, _)| p).collect(),
        destinations,
        models,
        classes: groups.into_iter().map(|(name, set)| (name, set.classes)).collect(),
        custom_classes,
        rules,
        tests,
        warnings: issues.list,
        class_table: table,
        detector,
    })
}

fn load_destinations(raw: BTreeMap<String, Value>, src: &Source, issues: &mut Issues) -> BTreeMap<String, Destination> {
    let mut destinations = BTreeMap::new();
    for (name, value) in raw {
        let path = format!("destinations.{name}");
        let Some(d) = convert::<RawDestination>(value, src, &path, "destination", issues) else {
            continue;
        };
        if !is_identifier(&name) {
            issues.error(
                src,
                &path,
                format!("destination name `{name}` must be lower-case letters, digits, `-` or `_`"),
            );
        }
        let kind = match d.kind {
            RawKind::Llama => {
                if d.base_url.is_some() || d.api_key_env.is_some() {
                    issues.error(
                        src,
                        &path,
                        format!("destination `{name}`: `base_url` and `api_key_env` apply only to `kind: openai`"),
                    );
                }
                match &d.model_file {
                    Some(model_file) => DestinationKind::Llama { model_file: model_file.clone() },
                    None => {
                        issues.error(src, &path, format!("destination `{name}`: `kind: llama` needs `model_file`"));
                        continue;
                    }
                }
            }
            RawKind::Openai => {
                if d.model_file.is_some() {
                    issues.error(
                        src,
                        &format!("{path}.model_file"),
                        format!("destination `{name}`: `model_file` applies only to `kind: llama`"),
                    );
                }
                let Some(base_url) = &d.base_url else {
                    issues.error(src, &path, format!("destination `{name}`: `kind: openai` needs `base_url`"));
                    continue;
                };
                match parse_base_url(base_url) {
                    Ok(base_url) => DestinationKind::OpenAi { base_url, api_key_env: d.api_key_env.clone() },
                    Err(message) => {
                        issues.error(src, &format!("{path}.base_url"), format!("destination `{name}`: {message}"));
                        continue;
                    }
                }
            }
        };
        for attribute in &d.attributes {
            if attribute.trim().is_empty() {
                issues.error(src, &format!("{path}.attributes"), "empty attribute");
            }
        }
        destinations.insert(
            name.clone(),
            Destination { name, kind, network: d.network, attributes: d.attributes.into_iter().collect() },
        );
    }
    destinations
}

fn load_models(
    raw: BTreeMap<String, Value>,
    destinations: &BTreeMap<String, Destination>,
    src: &Source,
    issues: &mut Issues,
) -> BTreeMap<String, ModelRoute> {
    if raw.is_empty() {
        issues.error(src, "models", "the policy exposes no models");
    }
    let mut models = BTreeMap::new();
    for (name, value) in raw {
        let path = format!("models.{name}");
        let Some(m) = convert::<RawModel>(value, src, &path, "model", issues) else {
            continue;
        };
        if !destinations.contains_key(&m.destination) {
            issues.error(
                src,
                &format!("{path}.destination"),
                format!("model `{name}` names unknown destination `{}`", m.destination),
            );
            continue;
        }
        models.insert(
            name.clone(),
            ModelRoute {
                upstream_model: m.upstream_model.unwrap_or_else(|| name.clone()),
                name,
                destination: m.destination,
            },
        );
    }
    models
}

fn load_detectors(
    raw: Vec<Value>,
    src: &Source,
    issues: &mut Issues,
    included: &mut Vec<(PathBuf, Vec<u8>)>,
) -> (detect::DetectorBuilder, BTreeSet<String>) {
    let mut builder = Detector::builder();
    let mut custom = BTreeSet::new();
    for (i, value) in raw.into_iter().enumerate() {
        let path = format!("detectors[{i}]");
        let Some(d) = convert::<RawDetector>(value, src, &path, "detector", issues) else {
            continue;
        };
        let sources = [d.regex.is_some(), d.terms.is_some(), d.terms_file.is_some()].iter().filter(|b| **b).count();
        match (&d.class, &d.allow, &d.allow_regex) {
            (Some(class), None, None) => {
                if sources != 1 {
                    issues.error(
                        src,
                        &path,
                        format!("detector for `{class}` needs exactly one of `regex`, `terms`, `terms_file`"),
                    );
                    continue;
                }
                let builtin = detect::CLASSES.contains(&class.as_str());
                if !(builtin || class.starts_with("custom.") && is_class_name(class)) {
                    issues.error(
                        src,
                        &format!("{path}.class"),
                        format!("detector class `{class}` must be a built-in class or `custom.<name>` (lower-case, dotted)"),
                    );
                    continue;
                }
                if !builtin {
                    custom.insert(class.clone());
                }
                if let Some(pattern) = &d.regex {
                    match compile_regex(pattern) {
                        Ok(_) => builder = builder.site_regex(class, pattern),
                        Err(e) => issues.error(src, &format!("{path}.regex"), format!("detector `{class}`: {e}")),
                    }
                } else if let Some(terms) = &d.terms {
                    if terms.iter().all(|t| t.trim().is_empty()) {
                        issues.error(src, &format!("{path}.terms"), format!("detector `{class}` has no terms"));
                    }
                    builder = builder.site_terms(class, terms.iter().cloned());
                } else if let Some(name) = &d.terms_file {
                    match read_included(&src.file, name) {
                        Ok((file, bytes)) => {
                            let terms = parse_terms(&bytes);
                            if terms.is_empty() {
                                issues.error(src, &format!("{path}.terms_file"), format!("terms file `{name}` has no terms"));
                            }
                            builder = builder.site_terms(class, terms);
                            if !included.iter().any(|(p, _)| *p == file) {
                                included.push((file, bytes));
                            }
                        }
                        Err(e) => issues.error(src, &format!("{path}.terms_file"), e),
                    }
                }
            }
            (None, Some(values), None) if sources == 0 => {
                for v in values {
                    builder = builder.allow_value(v);
                }
            }
            (None, None, Some(pattern)) if sources == 0 => match compile_regex(pattern) {
                Ok(_) => builder = builder.allow_pattern(pattern),
                Err(e) => issues.error(src, &format!("{path}.allow_regex"), e),
            },
            _ => issues.error(
                src,
                &path,
                "a detector is either `class` with one of `regex`/`terms`/`terms_file`, or an allow-list: `allow: [values]` or `allow_regex: PATTERN`",
            ),
        }
    }
    (builder, custom)
}

/// One term per line; blank lines and `#` comments are skipped.
fn parse_terms(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// Turns class references into [`ClassSet`]s.
struct Resolver<'a> {
    table: &'a ClassTable,
    groups: &'a BTreeMap<String, ClassSet>,
}

/// What one class reference expands to: concrete classes and, for a glob,
/// its prefix.
fn expand(
    reference: &str,
    table: &ClassTable,
    groups: Option<&BTreeMap<String, ClassSet>>,
) -> Result<(Vec<String>, Vec<String>), String> {
    if reference == "*" {
        return Ok((table.names.clone(), vec![String::new()]));
    }
    if let Some(prefix) = reference.strip_suffix('*') {
        if prefix.contains('*') || !prefix.ends_with('.') || !is_class_name(&format!("{prefix}x")) {
            return Err(format!("class pattern `{reference}`: `*` may only end a dotted prefix, as in `phi.*`"));
        }
        let classes: Vec<String> = table.names.iter().filter(|n| n.starts_with(prefix)).cloned().collect();
        if classes.is_empty() {
            return Err(format!("class pattern `{reference}` matches no known class"));
        }
        return Ok((classes, vec![prefix.to_string()]));
    }
    if reference.contains('*') {
        return Err(format!("class pattern `{reference}`: `*` may only end a dotted prefix, as in `phi.*`"));
    }
    if reference.contains('.') {
        if table.index.contains_key(reference) {
            return Ok((vec![reference.to_string()], Vec::new()));
        }
        return Err(if reference.starts_with("custom.") {
            format!("unknown class `{reference}`: define it with a site detector in `detectors`")
        } else {
            format!("unknown class `{reference}`")
        });
    }
    match groups {
        Some(groups) => match groups.get(reference) {
            Some(set) => Ok((set.classes.clone(), set_prefixes(set))),
            None => Err(format!("unknown class group `{reference}`")),
        },
        None => Err(format!("`{reference}` is not a class; a group may list classes and globs, not other groups")),
    }
}

fn set_prefixes(set: &ClassSet) -> Vec<String> {
    set.written.iter().filter_map(|w| w.strip_suffix('*').map(str::to_string)).collect()
}

fn build_set(
    references: &[String],
    table: &ClassTable,
    groups: Option<&BTreeMap<String, ClassSet>>,
) -> Result<ClassSet, Vec<String>> {
    let mut classes = BTreeSet::new();
    let mut prefixes = Vec::new();
    let mut errors = Vec::new();
    let mut written = Vec::new();
    if references.is_empty() {
        errors.push("empty class list".to_string());
    }
    for r in references {
        match expand(r, table, groups) {
            Ok((c, p)) => {
                classes.extend(c);
                prefixes.extend(p);
                // Written form of a group is its own members, for prefixes.
                match groups.and_then(|g| g.get(r)) {
                    Some(set) => written.extend(set.written.iter().cloned()),
                    None => written.push(r.clone()),
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    prefixes.sort();
    prefixes.dedup();
    let mut set = ClassSet::new(written, classes.into_iter().collect(), prefixes, table);
    set.written = references.to_vec();
    Ok(set)
}

fn load_groups(
    raw: &BTreeMap<String, Vec<String>>,
    table: &ClassTable,
    src: &Source,
    issues: &mut Issues,
) -> BTreeMap<String, ClassSet> {
    let mut groups = BTreeMap::new();
    for (name, members) in raw {
        let path = format!("classes.{name}");
        if !is_identifier(name) {
            issues.error(
                src,
                &path,
                format!("class group `{name}` must be lower-case letters, digits, `-` or `_` (no dots)"),
            );
            continue;
        }
        match build_set(members, table, None) {
            Ok(set) => {
                groups.insert(name.clone(), set);
            }
            Err(errors) => {
                for e in errors {
                    issues.error(src, &path, format!("class group `{name}`: {e}"));
                }
            }
        }
    }
    groups
}

impl Resolver<'_> {
    fn set(&self, references: &[String], src: &Source, path: &str, issues: &mut Issues) -> Option<ClassSet> {
        match build_set(references, self.table, Some(self.groups)) {
            Ok(set) => Some(set),
            Err(errors) => {
                for e in errors {
                    issues.error(src, path, e);
                }
                None
            }
        }
    }
}

fn non_empty(values: Vec<String>, src: &Source, path: &str, issues: &mut Issues) -> Vec<String> {
    if values.is_empty() {
        issues.error(src, path, "empty list: the condition could never hold");
    }
    values
}

fn load_rules(
    ids: &mut BTreeSet<String>,
    raw: Vec<Value>,
    resolver: &Resolver<'_>,
    destinations: &BTreeMap<String, Destination>,
    models: &BTreeMap<String, ModelRoute>,
    src: &Source,
    issues: &mut Issues,
) -> Vec<Rule> {
    let mut rules = Vec::new();
    for (i, value) in raw.into_iter().enumerate() {
        let path = format!("rules[{i}]");
        let Some(r) = convert::<RawRule>(value, src, &path, "rule", issues) else {
            continue;
        };
        let before = issues.list.len();
        if !is_identifier(&r.id) {
            issues.error(
                src,
                &format!("{path}.id"),
                format!("rule id `{}` must be lower-case letters, digits, `-` or `_`", r.id),
            );
        }
        if !ids.insert(r.id.clone()) {
            issues.error(src, &format!("{path}.id"), format!("duplicate rule id `{}`", r.id));
        }
        let when = load_when(r.when, resolver, destinations, models, src, &path, issues);
        let action = load_action(r.then, &r.id, resolver, destinations, src, &path, issues);
        if let (Some(when), Some(RuleAction::Route(_) | RuleAction::Require(_))) = (&when, &action)
            && when.direction.is_some_and(|d| d != DirectionCondition::Request)
        {
            issues.error(
                src,
                &format!("{path}.then"),
                format!(
                    "rule `{}`: `route` and `require` apply to requests only; a response has already been served",
                    r.id
                ),
            );
        }
        if issues.list.len() != before {
            continue;
        }
        let (Some(when), Some(action)) = (when, action) else {
            continue;
        };
        rules.push(Rule {
            id: r.id,
            description: r.description,
            message: r.message,
            when,
            action,
            mode: match r.mode {
                Some(RawMode::Shadow) => Mode::Shadow,
                Some(RawMode::Enforce) | None => Mode::Enforce,
            },
            location: src.map.find(&path),
        });
    }
    rules
}

fn load_action(
    then: Value,
    id: &str,
    resolver: &Resolver<'_>,
    destinations: &BTreeMap<String, Destination>,
    src: &Source,
    rule_path: &str,
    issues: &mut Issues,
) -> Option<RuleAction> {
    let path = format!("{rule_path}.then");
    const SHAPE: &str = "`then` is `allow`, `deny`, or one of `{ redact: [classes] }`, `{ pseudonymize: [classes] }`, `{ route: DESTINATION }`, `{ require: [attributes] }`";
    let strings = |v: Value, issues: &mut Issues| -> Option<Vec<String>> {
        match serde_yaml::from_value::<Vec<String>>(v) {
            Ok(list) => Some(list),
            Err(_) => {
                issues.error(src, &path, format!("rule `{id}`: expected a list of names; {SHAPE}"));
                None
            }
        }
    };
    match then {
        Value::String(word) => match word.as_str() {
            "allow" => Some(RuleAction::Allow),
            "deny" => Some(RuleAction::Deny),
            other => {
                issues.error(src, &path, format!("rule `{id}`: unknown action `{other}`; {SHAPE}"));
                None
            }
        },
        Value::Mapping(map) if map.len() == 1 => {
            let (key, value) = map.into_iter().next()?;
            match key.as_str().unwrap_or("") {
                "redact" => {
                    strings(value, issues).and_then(|c| resolver.set(&c, src, &path, issues)).map(RuleAction::Redact)
                }
                "pseudonymize" => strings(value, issues)
                    .and_then(|c| resolver.set(&c, src, &path, issues))
                    .map(RuleAction::Pseudonymize),
                "route" => match value {
                    Value::String(d) if destinations.contains_key(&d) => Some(RuleAction::Route(d)),
                    Value::String(d) => {
                        issues.error(src, &path, format!("rule `{id}` routes to unknown destination `{d}`"));
                        None
                    }
                    _ => {
                        issues.error(src, &path, format!("rule `{id}`: `route` takes a destination name"));
                        None
                    }
                },
                "require" => {
                    let attrs = strings(value, issues)?;
                    if attrs.is_empty() {
                        issues.error(src, &path, format!("rule `{id}`: `require` needs at least one attribute"));
                    }
                    Some(RuleAction::Require(attrs))
                }
                other => {
                    issues.error(src, &path, format!("rule `{id}`: unknown action `{other}`; {SHAPE}"));
                    None
                }
            }
        }
        _ => {
            issues.error(src, &path, format!("rule `{id}`: {SHAPE}"));
            None
        }
    }
}

fn load_when(
    w: RawWhen,
    resolver: &Resolver<'_>,
    destinations: &BTreeMap<String, Destination>,
    models: &BTreeMap<String, ModelRoute>,
    src: &Source,
    rule_path: &str,
    issues: &mut Issues,
) -> Option<Conditions> {
    let path = format!("{rule_path}.when");
    let before = issues.list.len();
    let principal = w.principal.map(|p| {
        let at = format!("{path}.principal");
        if p.roles.is_none() && p.groups.is_none() && p.subject.is_none() && p.issuer.is_none() {
            issues.error(src, &at, "empty `principal` condition");
        }
        let mut field = |v: Option<super::raw::OneOrMany>, name: &str| {
            v.map(|v| non_empty(v.into_vec(), src, &format!("{at}.{name}"), issues))
        };
        PrincipalCondition {
            roles: field(p.roles, "roles"),
            groups: field(p.groups, "groups"),
            subject: field(p.subject, "subject"),
            issuer: field(p.issuer, "issuer"),
        }
    });
    let model = w.model.map(|m| {
        let m = non_empty(m.into_vec(), src, &format!("{path}.model"), issues);
        for name in &m {
            if !models.contains_key(name) {
                issues.error(src, &format!("{path}.model"), format!("unknown model `{name}`"));
            }
        }
        m
    });
    let destination = w.destination.map(|d| {
        let at = format!("{path}.destination");
        let name = d.name.map(|n| {
            let n = non_empty(n.into_vec(), src, &format!("{at}.name"), issues);
            for x in &n {
                if !destinations.contains_key(x) {
                    issues.error(src, &format!("{at}.name"), format!("unknown destination `{x}`"));
                }
            }
            n
        });
        let attributes = d.attributes.map(|a| non_empty(a, src, &format!("{at}.attributes"), issues));
        let lacks = d.lacks.map(|a| non_empty(a, src, &format!("{at}.lacks"), issues));
        if name.is_none() && d.network.is_none() && attributes.is_none() && lacks.is_none() {
            issues.error(src, &at, "empty `destination` condition");
        }
        DestinationCondition { name, network: d.network, attributes, lacks }
    });
    let mut findings = None;
    if w.found.is_some() || w.findings.is_some() {
        let f = w.findings.unwrap_or_default();
        let any_refs = match (w.found, f.any) {
            (Some(_), Some(_)) => {
                issues.error(src, &path, "use either `found` or `findings.any`, not both");
                None
            }
            (a, b) => a.or(b),
        };
        let at = format!("{path}.findings");
        let any = any_refs.and_then(|r| {
            let p = if src.map.find(&format!("{path}.found")).is_some() {
                format!("{path}.found")
            } else {
                format!("{at}.any")
            };
            resolver.set(&r, src, &p, issues)
        });
        let all = f.all.map(|refs| {
            if refs.is_empty() {
                issues.error(src, &format!("{at}.all"), "empty class list");
            }
            refs.iter()
                .filter_map(|r| resolver.set(std::slice::from_ref(r), src, &format!("{at}.all"), issues))
                .collect::<Vec<_>>()
        });
        let none = f.none.and_then(|r| resolver.set(&r, src, &format!("{at}.none"), issues));
        let min_score = f.min_score.unwrap_or(0.0);
        if !(0.0..=1.0).contains(&min_score) {
            issues.error(src, &format!("{at}.min_score"), "`min_score` must be between 0 and 1");
        }
        if f.min_count == Some(0) {
            issues.error(src, &format!("{at}.min_count"), "`min_count` must be at least 1");
        }
        findings = Some(FindingsCondition { any, all, none, min_score, min_count: f.min_count.unwrap_or(0) });
    }
    let direction = w.direction.map(|d| match d {
        RawDirection::Request => DirectionCondition::Request,
        RawDirection::Response => DirectionCondition::Response,
        RawDirection::Both => DirectionCondition::Both,
    });
    if issues.list.len() != before {
        return None;
    }
    Some(Conditions { principal, model, destination, findings, direction })
}

/// Whether every input that satisfies `later` also satisfies `earlier`,
/// judged conservatively: each condition `earlier` has, `later` has too,
/// identically. (`None` in `earlier` holds for everything.)
fn implies(later: &Conditions, earlier: &Conditions) -> bool {
    fn covered<T: PartialEq>(e: &Option<T>, l: &Option<T>) -> bool {
        e.is_none() || e == l
    }
    let dir = |c: &Conditions| c.direction.unwrap_or(DirectionCondition::Request);
    let direction_ok = dir(earlier) == DirectionCondition::Both || dir(earlier) == dir(later);
    direction_ok
        && covered(&earlier.principal, &later.principal)
        && covered(&earlier.model, &later.model)
        && covered(&earlier.destination, &later.destination)
        && covered(&earlier.findings, &later.findings)
}

/// Warns about enforced rules that can never determine a decision because an
/// earlier enforced rule matches whenever they do and always wins: a `deny`
/// beats everything but another deny; the first `route` beats later routes.
fn warn_unreachable(rules: &[Rule], src: &Source, issues: &mut Issues) {
    for (j, later) in rules.iter().enumerate() {
        if later.mode != Mode::Enforce {
            continue;
        }
        let shadowing = rules[..j].iter().find(|earlier| {
            earlier.mode == Mode::Enforce
                && implies(&later.when, &earlier.when)
                && match (&earlier.action, &later.action) {
                    (RuleAction::Deny, RuleAction::Deny) => false,
                    (RuleAction::Deny, _) => true,
                    (RuleAction::Route(_), RuleAction::Route(_)) => true,
                    _ => false,
                }
        });
        if let Some(earlier) = shadowing {
            issues.warn(
                src,
                &format!("rules[{j}]"),
                format!(
                    "rule `{}` can never fire: rule `{}` above matches whenever it does and its `{}` wins",
                    later.id,
                    earlier.id,
                    earlier.action.name()
                ),
            );
        }
    }
}

/// Reads `tests:` entries, following `include:` (one level) into test files.
pub(crate) fn load_tests(
    raw: Vec<Value>,
    src: &Source,
    issues: &mut Issues,
    included: &mut Vec<(PathBuf, Vec<u8>)>,
    tests: &mut Vec<PolicyTest>,
    allow_include: bool,
) {
    for (i, value) in raw.into_iter().enumerate() {
        let path = format!("tests[{i}]");
        let Some(entry) = convert::<RawTestEntry>(value, src, &path, "test", issues) else {
            continue;
        };
        if let Some(name) = &entry.include {
            if entry.name.is_some() || entry.request.is_some() || entry.expect.is_some() {
                issues.error(src, &path, "an `include` entry has no other fields");
                continue;
            }
            if !allow_include {
                issues.error(src, &path, "test files cannot include other test files");
                continue;
            }
            let (file, bytes) = match read_included(&src.file, name) {
                Ok(x) => x,
                Err(e) => {
                    issues.error(src, &format!("{path}.include"), e);
                    continue;
                }
            };
            let Some((sub, entries)) = parse_test_file(&file, &bytes, issues) else {
                continue;
            };
            if !included.iter().any(|(p, _)| *p == file) {
                included.push((file, bytes));
            }
            load_tests(entries, &sub, issues, included, tests, false);
            continue;
        }
        if let Some(test) = tests_runner::convert_test(entry, src, &path, issues, true) {
            tests.push(test);
        }
    }
}

/// Parses a test file (`tests:` list) into its entries.
pub(crate) fn parse_test_file(file: &Path, bytes: &[u8], issues: &mut Issues) -> Option<(Source, Vec<Value>)> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            issues.list.push(PolicyIssue {
                file: file.to_path_buf(),
                location: None,
                message: format!("not valid UTF-8 ({e})"),
                severity: Severity::Error,
            });
            return None;
        }
    };
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct TestSections {
        tests: Vec<Value>,
    }
    match serde_yaml::from_str::<TestSections>(text) {
        Ok(s) => Some((Source { file: file.to_path_buf(), map: SourceMap::new(text) }, s.tests)),
        Err(e) => {
            issues.list.push(syntax_error(file, &e));
            None
        }
    }
}

/// Reference checks of tests against the policy they test.
fn check_tests(
    tests: &[PolicyTest],
    models: &BTreeMap<String, ModelRoute>,
    destinations: &BTreeMap<String, Destination>,
    rule_ids: &BTreeSet<String>,
    table: &ClassTable,
    issues: &mut Issues,
) {
    let mut names = HashSet::new();
    for t in tests {
        let mut error = |message: String| {
            issues.list.push(PolicyIssue {
                file: t.file.clone(),
                location: t.location,
                message: format!("test `{}`: {message}", t.name),
                severity: Severity::Error,
            });
        };
        if !names.insert((t.file.clone(), t.name.clone())) {
            error("duplicate test name".into());
        }
        if !models.contains_key(&t.request.model) {
            error(format!("unknown model `{}`", t.request.model));
        }
        for f in &t.request.findings {
            if !table.index.contains_key(&f.class) {
                error(format!("unknown class `{}` in findings", f.class));
            }
        }
        let Some(expect) = &t.expect else {
            error("needs `expect`".into());
            continue;
        };
        if let Some(d) = &expect.destination
            && !destinations.contains_key(d)
        {
            error(format!("expects unknown destination `{d}`"));
        }
        for id in expect.rules.iter().chain(expect.shadow_rules.iter()).flatten() {
            if !rule_ids.contains(id) {
                error(format!("expects unknown rule id `{id}`"));
            }
        }
        for class in expect.redact.iter().chain(expect.pseudonymize.iter()).flatten() {
            if !table.index.contains_key(class) {
                error(format!("expects unknown class `{class}`"));
            }
        }
        if t.request.direction == Direction::Response && matches!(expect.action, Action::Route) {
            error("a response is never routed".into());
        }
    }
}

fn parse_base_url(raw: &str) -> Result<url::Url, String> {
    let url = url::Url::parse(raw).map_err(|e| format!("`base_url` is not a valid URL ({e})"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!("`base_url` must be http or https, not `{}`", url.scheme()));
    }
    if url.host_str().is_none() {
        return Err("`base_url` has no host".to_string());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("`base_url` must not carry credentials; use `api_key_env`".to_string());
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("`base_url` must not have a query or fragment".to_string());
    }
    Ok(url)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design
mod tests {
    use std::path::Path;

    use super::super::{Policy, PolicyError, Severity};

    fn load(text: &str) -> Result<Policy, PolicyError> {
        Policy::from_bytes(Path::new("p.yaml"), text.as_bytes())
    }

    fn errors(text: &str) -> Vec<String> {
        match load(text) {
            Ok(_) => panic!("expected errors"),
            Err(e) => e.issues().iter().map(ToString::to_string).collect(),
        }
    }

    const GOOD: &str = r#"
version: 1
name: t
default: deny
destinations:
  local: { kind: llama, model_file: models/m.gguf, network: internal }
  cloud: { kind: openai, base_url: "https://api.example.test/v1", api_key_env: KEY, network: external, attributes: [baa] }
models:
  small: { destination: local }
  big: { destination: cloud, upstream_model: big-2024 }
"#;

    #[test]
    fn loads_destinations_and_models() {
        let p = load(GOOD).unwrap();
        assert_eq!(p.models.len(), 2);
        let (route, dest) = p.route("big").unwrap();
        assert_eq!(route.upstream_model, "big-2024");
        assert_eq!(dest.network, super::super::Network::External);
        assert!(dest.attributes.contains("baa"));
        assert_eq!(p.route("small").unwrap().0.upstream_model, "small");
        assert!(p.route("nope").is_none());
        assert!(p.revision.starts_with("sha256:") && p.revision.len() == 71);
        assert_eq!(p.revision, super::super::revision_of(GOOD.as_bytes()));
    }

    #[test]
    fn revision_changes_with_any_byte() {
        let a = load(GOOD).unwrap();
        let b = load(&GOOD.replace("name: t", "name: u")).unwrap();
        assert_ne!(a.revision, b.revision);
    }

    #[test]
    fn reports_every_problem_with_locations() {
        let text = r#"
version: 1
name: t
destinations:
  a: { kind: openai, base_url: "ftp://x", network: internal }
  b: { kind: llama, network: internal }
models:
  m1: { destination: a }
  m2: { destination: nowhere }
rules:
  - id: r1
    when: { found: [phy] }
    then: deny
  - id: r2
    then: { route: mars }
  - id: r3
    when: { principal: { roles: [x] } }
    then: allow
    mood: happy
tests:
  - name: t
    request: { model: m9 }
    expect: { decision: allow, rules: [r7] }
"#;
        let m = errors(text);
        let has = |needle: &str| m.iter().any(|x| x.contains(needle));
        assert!(has("p.yaml:5:22: error: destination `a`: `base_url` must be http or https"), "{m:#?}");
        assert!(has("needs `model_file`"), "{m:#?}");
        assert!(has("p.yaml:9:9: error: model `m2` names unknown destination `nowhere`"), "{m:#?}");
        assert!(has("p.yaml:12:13: error: unknown class group `phy`"), "{m:#?}");
        assert!(has("p.yaml:15:5: error: rule `r2` routes to unknown destination `mars`"), "{m:#?}");
        assert!(has("p.yaml:19:5: error: rule: unknown field `mood`"), "{m:#?}");
        assert!(has("p.yaml:21:5: error: test `t`: unknown model `m9`"), "{m:#?}");
        assert!(has("test `t`: expects unknown rule id `r7`"), "{m:#?}");
    }

    #[test]
    fn unknown_fields_are_rejected_with_position() {
        let text = "version: 1\nname: t\nmodels: {}\nsurprise: true\n";
        let PolicyError::Invalid(issues) = load(text).unwrap_err() else { panic!() };
        assert!(issues[0].message.contains("unknown field `surprise`"));
        assert_eq!(issues[0].location.map(|l| l.0), Some(4));
    }

    #[test]
    fn syntax_errors_have_positions() {
        let PolicyError::Invalid(issues) = load("version: 1\nname: [\n").unwrap_err() else { panic!() };
        assert!(issues[0].location.is_some());
    }

    #[test]
    fn default_other_than_deny_is_rejected() {
        let m = errors(&GOOD.replace("default: deny", "default: allow"));
        assert!(m[0].contains("p.yaml:4:1"), "{m:?}");
    }

    #[test]
    fn credentials_in_base_url_are_rejected() {
        let text = GOOD.replace("https://api.example.test/v1", "https://u:p@api.example.test/v1");
        let err = load(&text).unwrap_err().to_string();
        assert!(err.contains("must not carry credentials"));
    }

    #[test]
    fn class_references_are_checked() {
        let text = format!(
            "{GOOD}classes:\n  bad: [\"x*\", \"nothing.*\", pii.nope, phi]\n  ok: [\"phi.*\"]\nrules:\n  - {{ id: r, when: {{ found: [ok, custom.unknown] }}, then: deny }}\n"
        );
        let m = errors(&text);
        let has = |needle: &str| m.iter().any(|x| x.contains(needle));
        assert!(has("`*` may only end a dotted prefix"), "{m:#?}");
        assert!(has("`nothing.*` matches no known class"), "{m:#?}");
        assert!(has("unknown class `pii.nope`"), "{m:#?}");
        assert!(has("a group may list classes and globs, not other groups"), "{m:#?}");
        assert!(has("unknown class `custom.unknown`: define it with a site detector"), "{m:#?}");
    }

    #[test]
    fn site_detectors_define_custom_classes() {
        let text = format!(
            "{GOOD}detectors:\n  - {{ class: custom.matter_number, regex: '\\bM-\\d{{6}}\\b' }}\n  - {{ class: custom.project, terms: [Bluebird] }}\n  - {{ allow: [\"M-000000\"] }}\nrules:\n  - {{ id: r, when: {{ found: [\"custom.*\"] }}, then: deny }}\n"
        );
        let p = load(&text).unwrap();
        assert!(p.custom_classes.contains("custom.matter_number"));
        let found = p.detector().scan("see M-123456 and project bluebird, not M-000000");
        let classes: Vec<&str> = found.iter().map(|f| f.class.as_str()).collect();
        assert_eq!(classes, vec!["custom.matter_number", "custom.project"]);
    }

    #[test]
    fn regexes_are_compiled_with_a_size_limit() {
        let text = format!("{GOOD}detectors:\n  - {{ class: custom.big, regex: '(\\w{{100}}){{100}}' }}\n");
        let m = errors(&text);
        assert!(m.iter().any(|x| x.contains("invalid regex")), "{m:#?}");
        let text = format!("{GOOD}detectors:\n  - {{ class: custom.bad, regex: '(' }}\n  - {{ allow_regex: '[' }}\n");
        assert_eq!(errors(&text).len(), 2);
    }

    #[test]
    fn detector_entries_are_checked() {
        let text = format!(
            "{GOOD}detectors:\n  - {{ class: custom.x }}\n  - {{ class: Custom.Y, regex: a }}\n  - {{ class: custom.z, regex: a, allow: [b] }}\n"
        );
        assert_eq!(errors(&text).len(), 3);
    }

    #[test]
    fn included_files_are_read_relative_and_hashed_into_the_revision() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("clients.txt"), "# clients\nAcme Holdings\n\nNorthwind\n").unwrap();
        std::fs::create_dir(dir.path().join("t")).unwrap();
        std::fs::write(
            dir.path().join("t/more.yaml"),
            "tests:\n  - name: included\n    request: { model: small, text: \"Acme Holdings\" }\n    expect: { decision: deny }\n",
        )
        .unwrap();
        let text = format!(
            "{GOOD}detectors:\n  - {{ class: custom.client, terms_file: clients.txt }}\ntests:\n  - include: t/more.yaml\n"
        );
        let path = dir.path().join("p.yaml");
        std::fs::write(&path, &text).unwrap();
        let p = Policy::load(&path).unwrap();
        assert_eq!(p.included_files.len(), 2);
        assert_eq!(p.tests.len(), 1);
        assert_eq!(p.tests[0].file, dir.path().join("t/more.yaml"));
        assert_eq!(p.tests[0].location, Some((2, 5)));
        assert_ne!(p.revision, super::super::revision_of(text.as_bytes()));
        let found = p.detector().scan("acme holdings and NORTHWIND");
        assert_eq!(found.len(), 2);

        std::fs::write(dir.path().join("clients.txt"), "Acme Holdings\n").unwrap();
        let q = Policy::load(&path).unwrap();
        assert_ne!(p.revision, q.revision, "a terms file change is a new revision");

        std::fs::write(dir.path().join("t/more.yaml"), "tests:\n  - include: other.yaml\n").unwrap();
        let m = Policy::load(&path).unwrap_err().to_string();
        assert!(m.contains("more.yaml:2:5: error: test files cannot include"), "{m}");
    }

    #[test]
    fn included_files_stay_below_the_policy_directory() {
        for name in ["/etc/hostname", "../x.txt", "a/../../x.txt"] {
            let text = format!("{GOOD}detectors:\n  - {{ class: custom.c, terms_file: \"{name}\" }}\n");
            let m = errors(&text);
            assert!(m[0].contains("must be a relative path below"), "{name}: {m:?}");
        }
    }

    #[test]
    fn a_missing_terms_file_is_an_error() {
        let text = format!("{GOOD}detectors:\n  - {{ class: custom.c, terms_file: nowhere.txt }}\n");
        let m = errors(&text);
        assert!(m[0].contains("cannot read included file"), "{m:?}");
        assert!(m[0].contains("p.yaml:12:"), "{m:?}");
    }

    #[test]
    fn rules_that_can_never_fire_are_warnings() {
        let text = format!(
            "{GOOD}rules:\n  - {{ id: stop, when: {{ model: big }}, then: deny }}\n  - {{ id: never, when: {{ model: big, principal: {{ roles: [x] }} }}, then: allow }}\n  - {{ id: fine, when: {{ model: small }}, then: allow }}\n  - {{ id: r1, then: {{ route: local }} }}\n  - {{ id: r2, when: {{ model: small }}, then: {{ route: cloud }} }}\n"
        );
        let p = load(&text).unwrap();
        let w: Vec<String> = p.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(w.len(), 2, "{w:#?}");
        assert!(w[0].contains("p.yaml:13:7: warning: rule `never` can never fire: rule `stop`"), "{w:#?}");
        assert!(w[1].contains("rule `r2` can never fire: rule `r1`"), "{w:#?}");
        assert!(p.warnings.iter().all(|i| i.severity == Severity::Warning));
    }

    #[test]
    fn response_rules_cannot_route_or_require() {
        let text = format!(
            "{GOOD}rules:\n  - {{ id: a, when: {{ direction: response }}, then: {{ route: local }} }}\n  - {{ id: b, when: {{ direction: both }}, then: {{ require: [baa] }} }}\n"
        );
        assert_eq!(errors(&text).len(), 2);
    }

    #[test]
    fn conditions_are_checked() {
        let text = format!(
            "{GOOD}rules:\n  - {{ id: a, when: {{ principal: {{}} }}, then: allow }}\n  - {{ id: b, when: {{ model: [] }}, then: allow }}\n  - {{ id: c, when: {{ found: [phi.mrn], findings: {{ any: [phi.mrn] }} }}, then: allow }}\n  - {{ id: d, when: {{ findings: {{ min_count: 0 }} }}, then: allow }}\n  - {{ id: e, when: {{ destination: {{ name: mars }} }}, then: allow }}\n  - {{ id: f, when: {{ model: huge }}, then: allow }}\n  - {{ id: G!, then: allow }}\n"
        );
        assert_eq!(errors(&text).len(), 7, "{:#?}", errors(&text));
    }

    #[test]
    fn loading_never_panics_on_odd_input() {
        for text in ["", "[]", "version: x", "~", "version: 1\nname: t\nrules: 5\n", "\u{0}", "a: &x [*x]"] {
            let _ = load(text);
        }
        assert!(Policy::from_bytes(Path::new("p.yaml"), &[0xff, 0xfe]).is_err());
    }
}
