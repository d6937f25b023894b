package demo;

// HINT-1001
// HINT-1002
class PoolTest {
}
