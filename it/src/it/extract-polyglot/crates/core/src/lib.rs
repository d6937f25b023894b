// PC-CORE-1001
pub fn start() {}
