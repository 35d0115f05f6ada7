//! The binary: parse arguments, run, map the result to an exit code. A panic becomes
//! an internal-error message and exit 2, never a raw backtrace.

use clap::Parser;

fn main() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!(
            "claimlint: internal error{at}: {msg}\nplease report this with the input that caused it"
        );
    }));
    let cli = match claimlint::cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            std::process::exit(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let code = std::panic::catch_unwind(|| claimlint::cli::run(cli)).unwrap_or(2);
    std::process::exit(code);
}
