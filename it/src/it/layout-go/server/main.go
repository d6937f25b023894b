package main

// health answers the health check (LG-SRV-1001).
func health() string { return "ok" }

func main() {}
