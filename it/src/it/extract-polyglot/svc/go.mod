module example.com/poly/svc/v2

go 1.22
