//! The `cordon` binary: parses the command line and runs a subcommand.

use std::process::ExitCode;

use clap::Parser;
use cordon::cli::{self, Cli, Command, EXIT_USAGE};

fn main() -> ExitCode {
    cordon::sensitive::install_panic_hook();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cordon: cannot start the async runtime: {e}");
            return ExitCode::from(EXIT_USAGE as u8);
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Serve(args) => cli::serve(args).await,
            Command::Scan(args) => cli::scan(args),
            Command::Policy(command) => cordon::policy::cli::run(command),
            Command::Audit(command) => cli::audit(command).await,
            Command::Keys(args) => cli::keys(args).await,
        }
    });
    match result {
        Ok(code) => ExitCode::from(code.clamp(0, 255) as u8),
        // Errors that escape a command are problems with its input or
        // environment (unreadable files, unreachable database): usage errors.
        Err(e) => {
            eprintln!("cordon: {e:#}");
            ExitCode::from(EXIT_USAGE as u8)
        }
    }
}
