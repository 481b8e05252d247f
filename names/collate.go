package names

import (
	"slices"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Collator orders strings as a locale sorts them (x/text/collate with
// CLDR's rules): Vietnamese letters in the Vietnamese alphabet's order
// (a ă â b c d đ e ê ...), Chinese by pinyin in zh and zh-Hans and by
// stroke count in zh-Hant, Khmer, Thai and Lao by their scripts' rules.
//
// Unlike x/text's collate.Collator, which keeps buffers and must not be
// shared, a Collator is safe for concurrent use: each call takes a
// collate.Collator from a pool.
type Collator struct {
	tag  language.Tag
	opts []collate.Option
	pool sync.Pool
}

// NewCollator returns a Collator for tag. Options are x/text's
// (collate.IgnoreCase, collate.Numeric, ...). A tag x/text has no rules
// for sorts by the root (DUCET) order.
func NewCollator(tag language.Tag, opts ...collate.Option) *Collator {
	c := &Collator{tag: tag, opts: opts}
	c.pool.New = func() any { return collate.New(c.tag, c.opts...) }
	return c
}

// Tag returns the locale the Collator sorts for.
func (c *Collator) Tag() language.Tag { return c.tag }

// Compare returns -1, 0 or +1 as a sorts before, with or after b.
func (c *Collator) Compare(a, b string) int {
	col := c.pool.Get().(*collate.Collator)
	r := col.CompareString(a, b)
	c.pool.Put(col)
	return r
}

// Sort sorts s in place, stably.
func (c *Collator) Sort(s []string) {
	col := c.pool.Get().(*collate.Collator)
	slices.SortStableFunc(s, col.CompareString)
	c.pool.Put(col)
}

// SortBy sorts s in place, stably, by the text key gives each element in
// c's collation order. Elements whose key is empty sort after the others,
// in their order: an entity without a name in the reader's language goes
// last. It calls key once per element.
func SortBy[T any](c *Collator, s []T, key func(T) string) {
	type item struct {
		v   T
		key string
	}
	items := make([]item, len(s))
	for i, v := range s {
		items[i] = item{v, key(v)}
	}
	col := c.pool.Get().(*collate.Collator)
	slices.SortStableFunc(items, func(a, b item) int {
		switch {
		case a.key == "" && b.key != "":
			return 1
		case a.key != "" && b.key == "":
			return -1
		}
		return col.CompareString(a.key, b.key)
	})
	c.pool.Put(col)
	for i := range items {
		s[i] = items[i].v
	}
}
