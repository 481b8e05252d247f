// Package limit bounds what a reader may give: the importers read a file
// through it so that a file with an unterminated quote cannot make the
// CSV reader hold more than the limit in one field.
//
// Written by hand because io.LimitReader ends in io.EOF at the limit,
// which a CSV reader takes for the end of a complete file: past the
// limit, Reader must fail instead.
package limit

import "io"

// Reader returns a reader that reads at most n bytes from r and then
// fails with err (the caller's ErrTooLarge) rather than ending.
func Reader(r io.Reader, n int64, err error) io.Reader {
	return &reader{r: r, n: n, err: err}
}

type reader struct {
	r   io.Reader
	n   int64
	err error
}

func (l *reader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, l.err
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	k, err := l.r.Read(p)
	l.n -= int64(k)
	return k, err
}
