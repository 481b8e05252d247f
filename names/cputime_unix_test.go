//go:build unix

package names_test

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time (user and system, every thread) the
// process has used: on a machine shared with other work, it says what a
// benchmark costs better than the time on the clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
