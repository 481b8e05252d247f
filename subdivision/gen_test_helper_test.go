package subdivision

import (
	"os/exec"
	"testing"
)

func goRun(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not on PATH")
	}
	return exec.Command(gobin, append([]string{"run"}, args...)...)
}
