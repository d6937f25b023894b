package gen

import "testing"

func TestGenerate(t *testing.T) { // LG-GEN-1001
	if Generate() == "" {
		t.Fatal("empty")
	}
}
