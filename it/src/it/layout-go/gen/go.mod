module example.com/lg/gen

go 1.22
