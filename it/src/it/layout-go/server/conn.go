package main

// LG-SRV-1002: idle connections are closed after a minute.
const idleSeconds = 60
