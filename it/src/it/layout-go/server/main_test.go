package main

import "testing"

// LG-SRV-1001
func TestHealth(t *testing.T) {
	if health() != "ok" {
		t.Fatal("no answer")
	}
}

// LG-SRV-1002
func TestIdle(t *testing.T) {
	if idleSeconds != 60 {
		t.Fatal("idle")
	}
}
