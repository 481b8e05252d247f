// Package names handles the names of the cooperation model in every
// language and script its actors use: the language-tagged [Name] and
// [Names] of an entity and the [Chooser] that picks the one a reader
// should see; [Fold], the matching key two spellings of a name share; an
// [Index] that finds entities by any of their names (exact, without
// honorifics, by prefix, by edit distance) and finds every known name in
// running text ([Index.Mentions]), saying with a [MatchKind] how each
// matched, so that a name spoofed with invisible or look-alike characters
// is not taken for an exact match; locale-aware sorting ([Collator]);
// person names taken apart into honorifics, family and given names in each
// culture's order ([PersonName]); and [CheckText], which finds what makes a
// name unsafe.
//
// It imports nothing from the root package github.com/coopframe/cooperation,
// so that any Go program can use it on its own; the root package holds
// Names in its entities and builds an Index over a dataset
// (Dataset.NameIndex). Start from [Names.Display] and [NewChooser] to show
// names, and from [Fold] and [NewIndex] to find them.
//
// # What x/text does and what is written here
//
// Tags, matching and confidence are x/text's language package; sorting is
// x/text/collate; folding reads x/text's normalisation tables directly.
// Transliteration, Unicode confusables (UTS #39) and person-name parsing
// are not in x/text: the little this package needs of them is written by
// hand, and each place says why.
package names
