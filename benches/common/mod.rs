//! What the gateway benchmarks share: a gateway assembled in process around
//! one policy and one backend, served on 127.0.0.1:0.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use cordon::api::{self, AppState, Limits};
use cordon::auth::Authenticator;
use cordon::dispatch::Backend;
use cordon::pipeline::{Gateway, Recorder};
use cordon::policy::{Policy, PolicyHandle};
use cordon::response::ResponseSettings;

/// Serves `policy` with `backend` as its destination `destination`, and
/// returns the base URL (`http://127.0.0.1:PORT`).
pub async fn serve_gateway(
    policy: Policy,
    destination: &str,
    backend: Arc<dyn Backend>,
    recorder: Arc<Recorder>,
    response: ResponseSettings,
) -> String {
    let gateway = Arc::new(Gateway {
        policy: Arc::new(PolicyHandle::new(Path::new("bench.yaml"), policy)),
        backends: BTreeMap::from([(destination.to_string(), backend)]),
        authenticator: Authenticator::open(),
        recorder,
        response,
    });
    let app = api::router(AppState { gateway, limits: Limits::default() });
    let listener = cordon::server::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(cordon::server::serve(
        listener,
        None,
        app,
        Duration::from_secs(10),
        Duration::from_secs(1),
        std::future::pending(),
    ));
    format!("http://{addr}")
}
