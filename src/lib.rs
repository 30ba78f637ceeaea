//! cordon: an audited inference gateway.
//!
//! The request path is assembled in [`pipeline`]; each stage lives in its
//! own module: [`auth`] (who is calling), [`detect`] and [`inspect`] (what
//! sensitive data a request or response carries), [`policy`] (what may go
//! where), [`audit`] (the tamper-evident record), [`dispatch`] (the model
//! backends) and [`api`] (the HTTP surface).

pub mod api;
pub mod audit;
pub mod auth;
pub mod cli;
pub mod config;
pub mod detect;
pub mod dispatch;
pub mod inspect;
pub mod pipeline;
pub mod policy;
pub mod response;
pub mod sensitive;
pub mod server;
