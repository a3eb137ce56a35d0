//! `factbox`: render embed snippets and check content files. See `factbox::cli`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    factbox::cli::run()
}

// The command line is native only; under wasm32 (when cargo builds test targets) it is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}
