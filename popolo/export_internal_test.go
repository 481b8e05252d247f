package popolo

import "testing"

func TestToURI(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://example.org/a?b=c#d", "https://example.org/a?b=c#d"},
		{"https://cn.nhandan.vn/item/1-东盟.html", "https://cn.nhandan.vn/item/1-%E4%B8%9C%E7%9B%9F.html"},
		{"https://x.org/?q=Việt Nam", "https://x.org/?q=Vi%E1%BB%87t%20Nam"},
		{"https://mỹ.vn/", "https://m%E1%BB%B9.vn/"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := toURI(tc.in); got != tc.want {
				t.Errorf("toURI(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
