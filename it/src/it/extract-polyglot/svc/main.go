// PC-SVC-1001
package main
