/// LC-API-1001
pub fn accept(token: &str) -> bool {
    !token.is_empty()
}

#[test]
fn rejects_empty_tokens() {
    // LC-API-1001
    assert!(!accept(""));
}
