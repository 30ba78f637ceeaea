//! Every shipped policy loads without warnings, has at least ten tests, and
//! passes them all (what `cordon policy test policies/*.yaml` checks in CI).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;

use cordon::policy::Policy;
use cordon::policy::tests_runner::run_all;

#[test]
fn shipped_policies_pass_their_tests() {
    for name in ["hospital.yaml", "law-firm.yaml", "quickstart.yaml"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies").join(name);
        let policy = Policy::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(policy.warnings.is_empty(), "{name}: {:?}", policy.warnings);
        assert!(policy.tests.len() >= 10, "{name} has {} tests", policy.tests.len());
        let report = run_all(&policy);
        for o in &report.outcomes {
            assert!(o.passed(), "{name}: {}: {:?}", o.name, o.failures);
        }
        assert!(report.unexercised.is_empty(), "{name}: {:?}", report.unexercised);
    }
}
