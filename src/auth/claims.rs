//! Verified JWT claims → [`Principal`].
//!
//! Decides how identity-provider claims become the roles and groups the
//! policy sees: roles come from a configurable claim path (`roles` for Entra
//! ID app roles, `groups` for Okta, `realm_access.roles` for Keycloak), groups
//! from an optional second path, and a group → role table adds roles for
//! group members. A claim may be an array of strings or one space-separated
//! string (as `scp` is); anything else contributes nothing.

use std::collections::BTreeMap;

use serde_json::Value;

use super::principal::{Principal, normalise_names};

/// Look up a claim by a dotted path. A top-level claim whose name contains
/// dots (`https://example.org/roles`) is found first by its full name.
pub(crate) fn claim_at<'a>(claims: &'a Value, path: &str) -> Option<&'a Value> {
    if let Some(direct) = claims.get(path) {
        return Some(direct);
    }
    path.split('.').try_fold(claims, |node, part| node.get(part))
}

/// The strings a claim holds.
pub(crate) fn names_at(claims: &Value, path: &str) -> Vec<String> {
    match claim_at(claims, path) {
        Some(Value::Array(items)) => {
            items.iter().filter_map(Value::as_str).filter(|s| !s.is_empty()).map(str::to_owned).collect()
        }
        Some(Value::String(s)) => s.split_whitespace().map(str::to_owned).collect(),
        _ => Vec::new(),
    }
}

/// How one issuer's claims map to a principal.
#[derive(Debug, Clone)]
pub(crate) struct ClaimMapping {
    pub roles_claim: String,
    pub groups_claim: Option<String>,
    pub group_roles: BTreeMap<String, Vec<String>>,
}

impl ClaimMapping {
    /// Build the principal from verified claims; `None` without a string `sub`.
    pub fn principal(&self, issuer: &str, claims: &Value) -> Option<Principal> {
        let subject = claims.get("sub")?.as_str()?.to_owned();
        if subject.is_empty() {
            return None;
        }
        let mut roles = names_at(claims, &self.roles_claim);
        let mut groups = self.groups_claim.as_deref().map(|path| names_at(claims, path)).unwrap_or_default();
        for group in &groups {
            if let Some(extra) = self.group_roles.get(group) {
                roles.extend(extra.iter().cloned());
            }
        }
        normalise_names(&mut roles);
        normalise_names(&mut groups);
        let text = |name: &str| claims.get(name).and_then(Value::as_str).map(str::to_owned);
        Some(Principal {
            subject,
            issuer: issuer.to_owned(),
            roles,
            groups,
            display_name: text("name").or_else(|| text("preferred_username")),
            email: text("email"),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

    use super::*;
    use serde_json::json;

    fn mapping(roles: &str, groups: Option<&str>) -> ClaimMapping {
        ClaimMapping { roles_claim: roles.into(), groups_claim: groups.map(Into::into), group_roles: BTreeMap::new() }
    }

    #[test]
    fn keycloak_realm_roles_by_dotted_path() {
        let claims = json!({"sub": "u1", "realm_access": {"roles": ["staff", "offline_access"]}, "name": "Dr Who", "email": "who@example.org"});
        let p = mapping("realm_access.roles", None).principal("https://kc/realms/h", &claims).unwrap();
        assert_eq!(p.roles, vec!["offline_access", "staff"]);
        assert_eq!(p.display_name.as_deref(), Some("Dr Who"));
        assert_eq!(p.email.as_deref(), Some("who@example.org"));
        assert_eq!(p.issuer, "https://kc/realms/h");
    }

    #[test]
    fn namespaced_claim_names_with_dots() {
        let claims = json!({"sub": "u1", "https://example.org/roles": ["a"]});
        let p = mapping("https://example.org/roles", None).principal("i", &claims).unwrap();
        assert_eq!(p.roles, vec!["a"]);
    }

    #[test]
    fn group_to_role_table_and_space_separated_strings() {
        let mut m = mapping("scp", Some("groups"));
        m.group_roles.insert("Clinicians".into(), vec!["clinician".into(), "staff".into()]);
        let claims = json!({"sub": "u1", "scp": "chat.read  chat.write", "groups": ["Clinicians", "Everyone", 7]});
        let p = m.principal("i", &claims).unwrap();
        assert_eq!(p.roles, vec!["chat.read", "chat.write", "clinician", "staff"]);
        assert_eq!(p.groups, vec!["Clinicians", "Everyone"]);
    }

    #[test]
    fn subject_is_required() {
        assert!(mapping("roles", None).principal("i", &json!({"roles": []})).is_none());
        assert!(mapping("roles", None).principal("i", &json!({"sub": ""})).is_none());
        assert!(mapping("roles", None).principal("i", &json!({"sub": 5})).is_none());
    }
}
