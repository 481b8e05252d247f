package cooperation

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

// SortByName sorts ids in place by the names a reader of tag sees
// ([Names.Display]), in tag's collation order, then by ID. IDs of entities
// without names sort by their ID, after the named ones.
func (ds *Dataset) SortByName(ids []ID, tag language.Tag) {
	type item struct {
		id   ID
		name string
	}
	items := make([]item, len(ids))
	for i, id := range ids {
		n, _ := ds.Names(id).Display(tag)
		items[i] = item{id, n.Text}
	}
	col := collate.New(tag)
	slices.SortStableFunc(items, func(a, b item) int {
		switch {
		case a.name == "" && b.name != "":
			return 1
		case a.name != "" && b.name == "":
			return -1
		}
		if r := col.CompareString(a.name, b.name); r != 0 {
			return r
		}
		switch {
		case a.id < b.id:
			return -1
		case a.id > b.id:
			return 1
		}
		return 0
	})
	for i := range items {
		ids[i] = items[i].id
	}
}
