//! The engine: turns (principal, model, direction, findings) into a
//! [`Decision`].
//!
//! Every rule is checked in file order; which of the matching rules decides
//! is fixed by action precedence, not by position (`docs/policy.md`,
//! "Combining rules"):
//!
//! 1. any matching `deny` denies;
//! 2. the first matching `route` picks the destination;
//! 3. unmet `require` at the final destination denies;
//! 4. `redact`/`pseudonymize` masks accumulate (never dropped by a route);
//! 5. only `allow` grants: a request no `allow` rule matches is denied by
//!    default; a response passes unless restricted (its request was allowed).
//!
//! So a rule either controls access (`allow`, `deny`) or shapes how data is
//! handled (`route`, `redact`, `pseudonymize`, `require`); a data-handling
//! rule never lets in a caller no `allow` rule admits.
//!
//! Deny wins because a reviewer must be able to read one deny rule and know
//! it holds regardless of what else the file says. The result depends only
//! on the set of matching rules and their order, so it is deterministic.
//! Anything that stops evaluation (an unknown model) fails closed.
//!
//! Everything a rule needs is compiled at load time: class references become
//! bit sets over a class table, so a decision costs a few hundred
//! nanoseconds for a 50-rule policy.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::decision::{Action, Decision, Direction, EvalInput};
use super::{Destination, Network, Policy};
use crate::detect::Finding;

/// Every class the policy knows (built-in + `custom.*`), numbered.
#[derive(Debug, Clone, Default)]
pub(crate) struct ClassTable {
    pub names: Vec<String>,
    pub index: HashMap<String, usize>,
}

impl ClassTable {
    pub fn new(names: impl IntoIterator<Item = String>) -> ClassTable {
        let mut names: Vec<String> = names.into_iter().collect();
        names.sort();
        names.dedup();
        let index = names.iter().enumerate().map(|(i, n)| (n.clone(), i)).collect();
        ClassTable { names, index }
    }
}

/// A set of classes as written (`phi`, `pii.*`, `phi.mrn`) and compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassSet {
    /// The references as written, for explanations.
    pub written: Vec<String>,
    /// The concrete known classes they cover, sorted.
    pub classes: Vec<String>,
    bits: Vec<u64>,
    /// Glob prefixes (`phi.`), for classes the table does not know (a newer
    /// detector may emit classes this policy was not checked against).
    prefixes: Vec<String>,
}

impl ClassSet {
    pub(crate) fn new(
        written: Vec<String>,
        classes: Vec<String>,
        prefixes: Vec<String>,
        table: &ClassTable,
    ) -> ClassSet {
        let mut bits = vec![0u64; table.names.len().div_ceil(64)];
        for class in &classes {
            if let Some(&i) = table.index.get(class) {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        ClassSet { written, classes, bits, prefixes }
    }

    fn contains(&self, finding: &Seen<'_>) -> bool {
        match finding.index {
            Some(i) => self.bits.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0),
            None => self.prefixes.iter().any(|p| finding.class.starts_with(p.as_str())),
        }
    }
}

/// Whether a rule is enforced or only recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Enforce,
    /// Evaluated and reported in [`Decision::shadow_rules`], never enforced.
    Shadow,
}

/// What a rule does when it matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleAction {
    Allow,
    Deny,
    Redact(ClassSet),
    Pseudonymize(ClassSet),
    Route(String),
    Require(Vec<String>),
}

impl RuleAction {
    pub fn name(&self) -> &'static str {
        match self {
            RuleAction::Allow => "allow",
            RuleAction::Deny => "deny",
            RuleAction::Redact(_) => "redact",
            RuleAction::Pseudonymize(_) => "pseudonymize",
            RuleAction::Route(_) => "route",
            RuleAction::Require(_) => "require",
        }
    }

    pub fn describe(&self) -> String {
        match self {
            RuleAction::Allow => "allow".into(),
            RuleAction::Deny => "deny".into(),
            RuleAction::Redact(s) => format!("redact [{}]", s.written.join(", ")),
            RuleAction::Pseudonymize(s) => format!("pseudonymize [{}]", s.written.join(", ")),
            RuleAction::Route(d) => format!("route to `{d}`"),
            RuleAction::Require(a) => format!("require [{}]", a.join(", ")),
        }
    }
}

/// Which directions a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectionCondition {
    Request,
    Response,
    Both,
}

impl DirectionCondition {
    fn admits(self, d: Direction) -> bool {
        matches!(
            (self, d),
            (DirectionCondition::Both, _)
                | (DirectionCondition::Request, Direction::Request)
                | (DirectionCondition::Response, Direction::Response)
        )
    }
}

/// `principal:`: each listed field must hold one of its values.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PrincipalCondition {
    pub roles: Option<Vec<String>>,
    pub groups: Option<Vec<String>>,
    pub subject: Option<Vec<String>>,
    pub issuer: Option<Vec<String>>,
}

/// `destination:` (of the requested model).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DestinationCondition {
    pub name: Option<Vec<String>>,
    pub network: Option<Network>,
    /// Must carry all of these.
    pub attributes: Option<Vec<String>>,
    /// Must lack at least one of these.
    pub lacks: Option<Vec<String>>,
}

/// `found:` / `findings:`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FindingsCondition {
    pub any: Option<ClassSet>,
    pub all: Option<Vec<ClassSet>>,
    pub none: Option<ClassSet>,
    /// Findings scoring below this are ignored by this condition.
    pub min_score: f32,
    /// At least this many counted findings (of `any` classes if given).
    pub min_count: u32,
}

/// A rule's `when:`; every present condition must hold.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Conditions {
    pub principal: Option<PrincipalCondition>,
    pub model: Option<Vec<String>>,
    pub destination: Option<DestinationCondition>,
    pub findings: Option<FindingsCondition>,
    pub direction: Option<DirectionCondition>,
}

impl Conditions {
    fn direction(&self) -> DirectionCondition {
        self.direction.unwrap_or(DirectionCondition::Request)
    }
}

/// One checked rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub id: String,
    pub description: Option<String>,
    pub message: Option<String>,
    pub when: Conditions,
    pub action: RuleAction,
    pub mode: Mode,
    /// Where the rule is written (line, column).
    pub location: Option<(usize, usize)>,
}

/// A finding as the engine sees it: its class number, if known.
struct Seen<'a> {
    index: Option<usize>,
    class: &'a str,
    score: f32,
}

struct Context<'a> {
    input: &'a EvalInput<'a>,
    /// The destination conditions are checked against.
    destination: &'a Destination,
    seen: &'a [Seen<'a>],
}

/// The rules that matched one context: indices into `Policy::rules`, in
/// file order.
struct Matches {
    enforced: Vec<usize>,
    shadow: Vec<usize>,
}

/// Why one condition held or failed, for `policy explain`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionTrace {
    pub condition: String,
    pub holds: bool,
    pub detail: String,
}

/// One rule's outcome on one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleTrace {
    pub id: String,
    pub matched: bool,
    pub mode: Mode,
    pub action: String,
    pub conditions: Vec<ConditionTrace>,
}

fn one_of(have: &[String], wanted: &[String]) -> bool {
    wanted.iter().any(|w| have.iter().any(|h| h == w))
}

fn list(values: &[String]) -> String {
    values.join(", ")
}

impl PrincipalCondition {
    fn check(&self, p: &crate::auth::Principal) -> bool {
        self.roles.as_ref().is_none_or(|w| one_of(&p.roles, w))
            && self.groups.as_ref().is_none_or(|w| one_of(&p.groups, w))
            && self.subject.as_ref().is_none_or(|w| w.contains(&p.subject))
            && self.issuer.as_ref().is_none_or(|w| w.contains(&p.issuer))
    }
}

impl DestinationCondition {
    fn check(&self, d: &Destination) -> bool {
        self.name.as_ref().is_none_or(|n| n.contains(&d.name))
            && self.network.is_none_or(|n| n == d.network)
            && self.attributes.as_ref().is_none_or(|a| a.iter().all(|x| d.attributes.contains(x)))
            && self.lacks.as_ref().is_none_or(|a| a.iter().any(|x| !d.attributes.contains(x)))
    }
}

impl FindingsCondition {
    fn counted<'s, 'a>(&'s self, seen: &'s [Seen<'a>]) -> impl Iterator<Item = &'s Seen<'a>> + 's {
        let min = self.min_score;
        seen.iter().filter(move |f| f.score >= min)
    }

    fn check(&self, seen: &[Seen<'_>]) -> bool {
        let hits = match &self.any {
            Some(set) => self.counted(seen).filter(|f| set.contains(f)).count(),
            None => self.counted(seen).count(),
        };
        let any_ok =
            if self.any.is_some() || self.min_count > 0 { hits >= self.min_count.max(1) as usize } else { true };
        any_ok
            && self.all.as_ref().is_none_or(|sets| sets.iter().all(|s| self.counted(seen).any(|f| s.contains(f))))
            && self.none.as_ref().is_none_or(|s| !self.counted(seen).any(|f| s.contains(f)))
    }
}

impl Rule {
    fn matches(&self, cx: &Context<'_>) -> bool {
        let w = &self.when;
        w.direction().admits(cx.input.direction)
            && w.principal.as_ref().is_none_or(|p| p.check(cx.input.principal))
            && w.model.as_ref().is_none_or(|m| m.iter().any(|x| x == cx.input.model))
            && w.destination.as_ref().is_none_or(|d| d.check(cx.destination))
            && w.findings.as_ref().is_none_or(|f| f.check(cx.seen))
    }

    fn trace(&self, cx: &Context<'_>) -> RuleTrace {
        let w = &self.when;
        let mut conditions = Vec::new();
        let direction = w.direction();
        conditions.push(ConditionTrace {
            condition: "direction".into(),
            holds: direction.admits(cx.input.direction),
            detail: format!(
                "rule applies to {}; this is a {}",
                match direction {
                    DirectionCondition::Request => "requests",
                    DirectionCondition::Response => "responses",
                    DirectionCondition::Both => "requests and responses",
                },
                cx.input.direction.as_str()
            ),
        });
        if let Some(p) = &w.principal {
            let who = cx.input.principal;
            let mut wanted = Vec::new();
            for (field, values) in
                [("roles", &p.roles), ("groups", &p.groups), ("subject", &p.subject), ("issuer", &p.issuer)]
            {
                if let Some(v) = values {
                    wanted.push(format!("{field} in [{}]", list(v)));
                }
            }
            conditions.push(ConditionTrace {
                condition: "principal".into(),
                holds: p.check(who),
                detail: format!(
                    "wants {}; caller has roles [{}], groups [{}], subject `{}`, issuer `{}`",
                    wanted.join(" and "),
                    list(&who.roles),
                    list(&who.groups),
                    who.subject,
                    who.issuer
                ),
            });
        }
        if let Some(m) = &w.model {
            conditions.push(ConditionTrace {
                condition: "model".into(),
                holds: m.iter().any(|x| x == cx.input.model),
                detail: format!("wants one of [{}]; requested `{}`", list(m), cx.input.model),
            });
        }
        if let Some(d) = &w.destination {
            let dest = cx.destination;
            let mut wanted = Vec::new();
            if let Some(n) = &d.name {
                wanted.push(format!("name in [{}]", list(n)));
            }
            if let Some(n) = d.network {
                wanted.push(format!("network {n}"));
            }
            if let Some(a) = &d.attributes {
                wanted.push(format!("attributes [{}]", list(a)));
            }
            if let Some(a) = &d.lacks {
                wanted.push(format!("lacking one of [{}]", list(a)));
            }
            let attrs: Vec<String> = dest.attributes.iter().cloned().collect();
            conditions.push(ConditionTrace {
                condition: "destination".into(),
                holds: d.check(dest),
                detail: format!(
                    "wants {}; destination `{}` is {} with attributes [{}]",
                    wanted.join(" and "),
                    dest.name,
                    dest.network,
                    list(&attrs)
                ),
            });
        }
        if let Some(f) = &w.findings {
            let mut wanted = Vec::new();
            if let Some(s) = &f.any {
                wanted.push(format!("any of [{}]", list(&s.written)));
            }
            if let Some(sets) = &f.all {
                let names: Vec<String> = sets.iter().map(|s| s.written.join("|")).collect();
                wanted.push(format!("all of [{}]", list(&names)));
            }
            if let Some(s) = &f.none {
                wanted.push(format!("none of [{}]", list(&s.written)));
            }
            if f.min_count > 1 {
                wanted.push(format!("at least {} findings", f.min_count));
            }
            if f.min_score > 0.0 {
                wanted.push(format!("score ≥ {}", f.min_score));
            }
            let mut found: Vec<String> = cx.seen.iter().map(|s| format!("{} ({:.2})", s.class, s.score)).collect();
            found.dedup();
            conditions.push(ConditionTrace {
                condition: "findings".into(),
                holds: f.check(cx.seen),
                detail: format!("wants {}; found [{}]", wanted.join(" and "), list(&found)),
            });
        }
        RuleTrace {
            id: self.id.clone(),
            matched: conditions.iter().all(|c| c.holds),
            mode: self.mode,
            action: self.action.describe(),
            conditions,
        }
    }
}

impl Policy {
    fn seen<'a>(&self, input: &'a EvalInput<'a>) -> Vec<Seen<'a>> {
        input
            .findings
            .iter()
            .map(|f: &Finding| Seen {
                index: self.class_table.index.get(f.class.as_str()).copied(),
                class: f.class.as_str(),
                // A NaN score counts as certain: failing towards detection.
                score: if f.score.is_nan() { 1.0 } else { f.score },
            })
            .collect()
    }

    /// Decides one request or response. Never panics; an input the engine
    /// cannot evaluate (a model the policy does not have) is denied with
    /// [`Decision::error`] set.
    pub fn evaluate(&self, input: &EvalInput) -> Decision {
        let Some((_, destination)) = self.route(input.model) else {
            return self.failed_closed(input, format!("model `{}` is not in the policy", input.model));
        };
        let seen = self.seen(input);
        self.decide(&Context { input, destination, seen: &seen })
    }

    /// Every rule with whether it matched this input and why, checked
    /// against the requested model's destination and, when a rule routes
    /// the request, again against the destination it is routed to.
    pub fn trace(&self, input: &EvalInput) -> Vec<RuleTrace> {
        let Some((_, destination)) = self.route(input.model) else {
            return Vec::new();
        };
        let seen = self.seen(input);
        let cx = Context { input, destination, seen: &seen };
        let mut traces: Vec<RuleTrace> = self.rules.iter().map(|r| r.trace(&cx)).collect();
        if let Some(target) = self.routed_to(&self.collect(&cx)).map(|(_, d)| d) {
            let routed = Context { destination: target, ..cx };
            for rule in &self.rules {
                let mut t = rule.trace(&routed);
                t.id = format!("{} (at routed destination `{}`)", t.id, target.name);
                traces.push(t);
            }
        }
        traces
    }

    /// Ids of the rules (enforced or shadow) whose conditions hold for this
    /// input, at the requested destination and, when routed, at the routed
    /// one; in file order. `policy test` uses it to report rules no test
    /// exercises.
    pub fn matching_rules(&self, input: &EvalInput) -> Vec<String> {
        let Some((_, destination)) = self.route(input.model) else {
            return Vec::new();
        };
        let seen = self.seen(input);
        let cx = Context { input, destination, seen: &seen };
        let routed = self.routed_to(&self.collect(&cx)).map(|(_, d)| d);
        self.rules
            .iter()
            .filter(|r| r.matches(&cx) || routed.is_some_and(|d| r.matches(&Context { destination: d, ..cx })))
            .map(|r| r.id.clone())
            .collect()
    }

    /// The winning route of a first evaluation, unless a deny decided: the
    /// route rule's index and its destination.
    fn routed_to(&self, m: &Matches) -> Option<(usize, &Destination)> {
        let mut route = None;
        for &i in &m.enforced {
            match &self.rules[i].action {
                RuleAction::Deny => return None,
                RuleAction::Route(target) if route.is_none() => {
                    route = self.destinations.get(target).map(|d| (i, d));
                }
                _ => {}
            }
        }
        route
    }

    fn failed_closed(&self, input: &EvalInput, error: String) -> Decision {
        Decision {
            action: Action::Deny,
            destination: String::new(),
            network: Network::Internal,
            upstream_model: input.model.to_string(),
            redact: Vec::new(),
            pseudonymize: Vec::new(),
            rules: Vec::new(),
            shadow_rules: Vec::new(),
            message: Some("The request could not be evaluated against the policy.".into()),
            explanation: format!("denied because evaluation failed: {error}"),
            policy_revision: self.revision.clone(),
            error: Some(error),
        }
    }

    fn collect(&self, cx: &Context<'_>) -> Matches {
        let mut m = Matches { enforced: Vec::new(), shadow: Vec::new() };
        for (i, rule) in self.rules.iter().enumerate() {
            if rule.matches(cx) {
                match rule.mode {
                    Mode::Enforce => m.enforced.push(i),
                    Mode::Shadow => m.shadow.push(i),
                }
            }
        }
        m
    }

    fn ids(&self, indices: impl Iterator<Item = usize>) -> Vec<String> {
        indices.map(|i| self.rules[i].id.clone()).collect()
    }

    fn decide(&self, cx: &Context<'_>) -> Decision {
        let input = cx.input;
        let requested = cx.destination;
        let first = self.collect(cx);
        // A route (unless a deny already decided) moves the request; every
        // rule is then checked again where the data actually goes, so deny,
        // require, masks and allow are judged at the final destination.
        let route = self.routed_to(&first);
        let (matches, destination) = match route {
            Some((_, target)) => {
                let mut again = self.collect(&Context { destination: target, ..*cx });
                // Shadow rules that matched at either destination.
                again.shadow.extend_from_slice(&first.shadow);
                again.shadow.sort_unstable();
                again.shadow.dedup();
                (again, target)
            }
            None => (first, requested),
        };
        let rules = &self.rules;
        let of_kind =
            |pick: fn(&RuleAction) -> bool| matches.enforced.iter().copied().filter(move |&i| pick(&rules[i].action));
        let mut decision = Decision {
            action: Action::Deny,
            destination: destination.name.clone(),
            network: destination.network,
            upstream_model: self.upstream_model_for(input.model, destination),
            redact: Vec::new(),
            pseudonymize: Vec::new(),
            rules: Vec::new(),
            shadow_rules: self.ids(matches.shadow.iter().copied()),
            message: None,
            explanation: String::new(),
            policy_revision: self.revision.clone(),
            error: None,
        };

        // 1. deny overrides everything.
        let mut denies = of_kind(|a| matches!(a, RuleAction::Deny)).peekable();
        if let Some(&first_deny) = denies.peek() {
            let rule = &rules[first_deny];
            decision.rules = self.ids(denies);
            decision.message = Some(deny_message(rule));
            decision.explanation = format!("denied by rule `{}`", rule.id);
            if decision.rules.len() > 1 {
                let _ = write!(decision.explanation, " (also denied by {})", decision.rules.len() - 1);
            }
            if let Some((r, _)) = route {
                let _ = write!(
                    decision.explanation,
                    " at destination `{}`, where rule `{}` routed the request",
                    destination.name, rules[r].id
                );
            }
            return decision;
        }

        // 3. require: the final destination must carry the attributes.
        let lacks = |attrs: &[String]| attrs.iter().any(|a| !destination.attributes.contains(a));
        let mut unmet = of_kind(|a| matches!(a, RuleAction::Require(_)))
            .filter(|&i| match &rules[i].action {
                RuleAction::Require(attrs) => lacks(attrs),
                _ => false,
            })
            .peekable();
        if let Some(&first_unmet) = unmet.peek() {
            let rule = &rules[first_unmet];
            let missing: Vec<&str> = match &rule.action {
                RuleAction::Require(attrs) => {
                    attrs.iter().filter(|a| !destination.attributes.contains(*a)).map(String::as_str).collect()
                }
                _ => Vec::new(),
            };
            decision.rules = self.ids(unmet);
            decision.message = Some(rule.message.clone().unwrap_or_else(|| {
                format!("Destination `{}` lacks required attributes: {}.", destination.name, missing.join(", "))
            }));
            decision.explanation = format!(
                "denied by rule `{}`: destination `{}` lacks [{}]",
                rule.id,
                destination.name,
                missing.join(", ")
            );
            return decision;
        }

        // 5. only `allow` grants a request; responses pass unless restricted.
        let first_allow = of_kind(|a| matches!(a, RuleAction::Allow)).next();
        if first_allow.is_none() && input.direction == Direction::Request {
            decision.message = Some("No policy rule allows this request.".into());
            decision.explanation = "denied by default: no `allow` rule matches this request".into();
            return decision;
        }

        // 4. masks accumulate from every matching transform rule.
        let mut redact: Vec<&str> = Vec::new();
        let mut pseudonymize: Vec<&str> = Vec::new();
        for i in of_kind(|a| matches!(a, RuleAction::Redact(_) | RuleAction::Pseudonymize(_))) {
            let (set, out) = match &rules[i].action {
                RuleAction::Redact(set) => (set, &mut redact),
                RuleAction::Pseudonymize(set) => (set, &mut pseudonymize),
                _ => continue,
            };
            out.extend(cx.seen.iter().filter(|f| set.contains(f)).map(|f| f.class));
        }
        redact.sort_unstable();
        redact.dedup();
        pseudonymize.sort_unstable();
        pseudonymize.dedup();
        // Redaction is the stronger mask: a class in both is redacted.
        pseudonymize.retain(|c| redact.binary_search(c).is_err());
        decision.redact = redact.iter().map(|c| c.to_string()).collect();
        decision.pseudonymize = pseudonymize.iter().map(|c| c.to_string()).collect();
        let mut masks = String::new();
        if !redact.is_empty() {
            let _ = write!(masks, "; redacting [{}]", redact.join(", "));
        }
        if !pseudonymize.is_empty() {
            let _ = write!(masks, "; pseudonymizing [{}]", pseudonymize.join(", "));
        }

        // Determining rules, in file order: the winning route, every
        // transform, every allow.
        let mut determining: Vec<usize> =
            of_kind(|a| matches!(a, RuleAction::Allow | RuleAction::Redact(_) | RuleAction::Pseudonymize(_))).collect();
        if let Some((r, _)) = route {
            determining.push(r);
            determining.sort_unstable();
            determining.dedup();
        }
        decision.rules = self.ids(determining.into_iter());

        let granted_by = match first_allow {
            Some(i) => format!("allowed by rule `{}`", rules[i].id),
            None => "a response the request already allowed".to_string(),
        };
        decision.action = if let Some((r, _)) = route {
            decision.explanation = format!(
                "{granted_by}; routed from `{}` to `{}` by rule `{}`{masks}",
                requested.name, destination.name, rules[r].id
            );
            Action::Route
        } else {
            decision.explanation = format!("{granted_by}, to `{}`{masks}", destination.name);
            if !redact.is_empty() {
                Action::Redact
            } else if !pseudonymize.is_empty() {
                Action::Pseudonymize
            } else {
                Action::Allow
            }
        };
        if first_allow.is_none() && decision.rules.is_empty() {
            decision.explanation = "no rule restricts this response; the request was already allowed".into();
        }
        decision
    }

    /// The upstream model name at `destination`: the requested model's own
    /// when it is served there, else that of the first model (by name) the
    /// destination serves, else the requested model's.
    fn upstream_model_for(&self, model: &str, destination: &Destination) -> String {
        if let Some(route) = self.models.get(model)
            && route.destination == destination.name
        {
            return route.upstream_model.clone();
        }
        self.models
            .values()
            .find(|m| m.destination == destination.name)
            .or_else(|| self.models.get(model))
            .map_or_else(|| model.to_string(), |m| m.upstream_model.clone())
    }
}

fn deny_message(rule: &super::Rule) -> String {
    rule.message.clone().unwrap_or_else(|| format!("Denied by policy rule `{}`.", rule.id))
}
