package arm

import (
	"time"

	"github.com/preflight-iac/preflight/graph"
)

func fnDateTimeFromEpoch(c *callCtx, args []any) (any, error) {
	secs, err := intArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	return time.Unix(int64(secs), 0).UTC().Format(time.RFC3339), nil
}

func fnDateTimeToEpoch(c *callCtx, args []any) (any, error) {
	s, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return nil, c.errorf("%q is not an ISO 8601 date and time", s)
	}
	return int(t.Unix()), nil
}

// fnDateTimeAdd is almost always called on utcNow(), whose unknown the
// generic handling has already returned. With a known base ARM formats
// the result with .NET culture rules that are not reproduced here, so
// that case is an error rather than a guess.
func fnDateTimeAdd(c *callCtx, args []any) (any, error) {
	// ARM formats the result with .NET culture rules that are not
	// reproduced here. A valid template must not fail the scan, so the
	// result is an unknown (never a guess), like a deploy-time value.
	return graph.Unknown(c.node.text), nil
}
