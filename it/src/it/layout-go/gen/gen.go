// Package gen writes the client (LG-GEN-1001).
package gen

func Generate() string { return "client" }
