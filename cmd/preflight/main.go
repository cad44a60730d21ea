package main

import (
	"context"
	"os"

	"github.com/preflight-iac/preflight/internal/gctune"
)

// heapLimit is the heap a small scan may grow to before the garbage
// collector works as by default (internal/gctune): a tenth less CPU time on
// 10,000 resources for the same peak memory.
const heapLimit = 200 << 20

func main() {
	gctune.Start(heapLimit)
	os.Exit(run(context.Background(), os.Args[1:], os.Environ(), os.Stdin, os.Stdout, os.Stderr))
}
