module example.com/lg/server/v2

go 1.22
