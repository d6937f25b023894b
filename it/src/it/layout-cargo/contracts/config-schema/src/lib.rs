/// Validates a configuration. LC-CFG-1001
pub fn validate(text: &str) -> Result<(), String> {
    if text.is_empty() {
        Err("empty".into())
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rejects_empty() {
        assert!(super::validate("").is_err()); // LC-CFG-1001
    }
}
