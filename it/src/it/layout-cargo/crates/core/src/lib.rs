//! The core crate.

/// Starts the engine. LC-CORE-1001
pub fn start() -> bool {
    log();
    true
}

/// Logs each start. LC-CORE-1002
pub fn log() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts() {
        // LC-CORE-1001
        assert!(start());
    }
}
