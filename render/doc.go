// Package render writes the timelines of the root package
// github.com/coopframe/cooperation for people and for the tools they
// already use: an aligned plain-text table ([WriteText]), Markdown
// ([WriteMarkdown]), CSV ([WriteCSV]), JSON ([WriteJSON]), an iCalendar
// calendar of the meetings ([WriteICS], RFC 5545), an SVG picture with a
// lane per actor or initiative ([WriteSVG]) and the JSON that Knight Lab's
// TimelineJS 3 reads ([WriteTimelineJS]). [Title] gives one entry's
// one-line description.
//
// Every writer takes the dataset, the entries of a timeline
// (Dataset.Timeline, in the order wanted) and [Options] naming the
// reader's languages. Names are chosen for the reader (names.Chooser);
// titles are written from templates in English, Vietnamese, Chinese
// (simplified and traditional), Indonesian, Malay and Thai, English for
// other readers, with text from the data (a post's title, a commitment)
// left as the data gives it. Columns are aligned by display width
// ([StringWidth]: CJK counts two columns, combining marks none).
//
// The package is built on the root package's public API only: anything it
// does, a program of its own can do too. Start from [WriteText].
//
// # Text from the data
//
// Names, commitments, metrics, post titles and IDs come from the data.
// [cooperation.Dataset.Validate] flags names and post titles with control
// or bidi formatting characters (rules name.control and name.bidi) and IDs
// that are not slugs, but a dataset built in Go or by an importer can hold
// anything, and the readers of these formats act on some characters
// instead of showing them: a terminal runs ESC sequences, a spreadsheet
// runs formulas, a line break starts a new calendar property, a Markdown
// renderer makes links and entities, and a right-to-left override (U+202E)
// reorders what a person reads ("Trojan Source"). So each writer passes
// every string from the data through one escaping helper of its format,
// and writes the characters that are acted on, rather than shown, as
// visible escapes in the style of Go's:
//
//   - a C0 control or DEL as \x and two hex digits (ESC as \x1b, a line
//     break as \x0a), a C1 control as \u0085 and the like;
//   - a bidi formatting character (Unicode's Bidi_Control: the overrides,
//     embeddings, isolates and marks, U+202E as \u202e), the line and
//     paragraph separators U+2028 and U+2029, and the noncharacters
//     U+FFFE and U+FFFF, as \u and four hex digits;
//   - a byte that is not UTF-8 as \x and two hex digits (\xff).
//
// The escapes are for a person to see what is there; a backslash of the
// data is written as it is, so they are not for decoding: [WriteJSON]
// gives the text back exactly. Bidi formatting characters are shown, not
// isolated with U+2068 and U+2069: an isolate is closed early by a U+2069
// in the text itself, and a name has no use for them (Validate reports
// them as errors, rule name.bidi).
//
// Per format:
//
//   - [WriteText]: the escapes above; the output holds no control
//     character but the line break that ends each row.
//   - [WriteCSV]: the escapes above in the title; a cell a spreadsheet
//     would run as a formula gets a leading apostrophe
//     ([Options.KeepFormulas]).
//   - [WriteMarkdown]: the escapes above with their backslash escaped, and
//     a backslash before each character CommonMark or GitHub Flavored
//     Markdown gives a meaning (& included, so no entity is decoded, and ~,
//     so nothing is struck through) and before the "://", "www." and "@"
//     of GFM's autolinks: the cell renders as the text it holds.
//   - [WriteICS]: the escapes above with their backslash escaped, as TEXT
//     values escape backslashes, semicolons and commas (RFC 5545); text
//     that is not UTF-8 is written as it is and reported as a *[TextError].
//   - [WriteSVG]: the escapes above, which cover every character XML 1.0
//     does not allow, and & < > " ' as XML entities.
//   - [WriteTimelineJS]: the escapes above, and & < > " ' as HTML entities,
//     in the headline and text, which TimelineJS shows as HTML; groups and
//     display dates hold no text from the data, since TimelineJS decodes
//     their markup before writing them as HTML; an invalid subject or
//     object ID, which makes the slide's unique_id, is refused with an
//     *[IDError].
//   - [WriteJSON]: JSON's own \u escapes, for the C0 and C1 controls, DEL,
//     the bidi formatting characters, U+2028, U+2029, U+FFFE and U+FFFF,
//     so a decoder reads the text back as it was; text that is not UTF-8
//     is written with U+FFFD and reported as a *[TextError].
//
// IDs are slugs once validated ([cooperation.ParseID]). Where an ID is a
// reference a program reads back, in the ID columns of [WriteCSV] and the
// ID fields of [WriteJSON], an invalid one is refused: the writer writes
// nothing and returns an *[IDError]. Where an ID is only shown (in place
// of a missing name, in the sources of Markdown and of a calendar event's
// description, as an SVG lane's label), it is escaped as the rest of the
// text; [WriteICS] escapes the ID in an event's UID as TEXT. WriteSVG
// writes no text from the data in an attribute.
package render
