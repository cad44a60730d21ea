package gctune

import (
	"os"
	"testing"
)

func TestPercent(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		live, limit uint64
		want        int
	}{
		{0, 200 * mb, maxPercent},        // not measured yet: minLive
		{10 * mb, 200 * mb, maxPercent},  // 1900% capped
		{50 * mb, 200 * mb, 300},         // heap may grow to 200 MB
		{80 * mb, 200 * mb, 150},         // likewise
		{100 * mb, 200 * mb, 100},        // half the limit: the default
		{255 * mb, 200 * mb, 100},        // likewise
		{256 * mb, 200 * mb, bigPercent}, // a monorepo-sized heap
		{3 << 30, 200 * mb, bigPercent},  // likewise
		{1 * mb, 6 * mb, defaultPercent}, // minLive counts
	}
	for _, tt := range tests {
		if got := Percent(tt.live, tt.limit); got != tt.want {
			t.Errorf("Percent(%d MB, %d MB) = %d, want %d", tt.live/mb, tt.limit/mb, got, tt.want)
		}
	}
}

func TestPhysicalMemory(t *testing.T) {
	if _, err := os.Stat("/proc/meminfo"); err != nil {
		t.Skip("no /proc/meminfo")
	}
	if m := physicalMemory(); m < 64<<20 {
		t.Errorf("physicalMemory() = %d, want the machine's memory", m)
	}
}
