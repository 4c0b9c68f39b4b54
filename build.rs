//! Links the binaries as fixed-address (non-PIE) executables on Linux.
//!
//! jp-query is a short-lived process a site backend spawns per search. As
//! a position-independent executable it spends a good part of its start-up
//! applying ~27,000 relocations, writing (and so copying) about 170 pages
//! of tables before `main` runs. At a fixed address those are resolved at
//! link time. Address-space layout randomisation of the program image is
//! the price; the libraries, heap and stack are still randomised.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    if os == "linux" && arch == "x86_64" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
