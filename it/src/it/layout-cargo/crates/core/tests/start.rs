// LC-CORE-1002: logging is visible from outside the crate.
#[test]
fn logs() {
    lc_core::log();
}
