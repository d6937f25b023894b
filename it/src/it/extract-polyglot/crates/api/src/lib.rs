// PC-API-1001
pub fn expire() {}

#[cfg(test)]
mod tests {
    #[test]
    fn expires() {} // PC-API-1001
}
