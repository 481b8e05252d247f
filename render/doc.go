// Package render writes the timelines of the root package
// github.com/coopframe/cooperation for people and for the tools they
// already use: an aligned plain-text table ([WriteText]), Markdown
// ([WriteMarkdown]), CSV ([WriteCSV]), JSON ([WriteJSON]), an iCalendar
// calendar of the meetings ([WriteICS], RFC 5545) and an SVG picture with a
// lane per actor or initiative ([WriteSVG]). [Title] gives one entry's
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
package render
