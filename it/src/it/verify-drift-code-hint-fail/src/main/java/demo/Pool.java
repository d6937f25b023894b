package demo;

// HINT-1001
class Pool {
}
