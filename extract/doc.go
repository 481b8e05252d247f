// Package extract reads a news article and proposes draft data from it:
// the temporal expressions, the amounts, the known actors and the persons
// it names, each with its byte offsets in the text and a confidence, and,
// from those, a draft dataset layered on the catalog (or any base) for a
// person to review.
//
// [Extract] takes an [Article] (text, language, publication date as EDTF,
// possibly partial, and optionally the dateline) and returns a [Result];
// [Result.Draft] turns it into a *cooperation.Dataset layer whose every
// entity cites the article's Source entity and notes that it is
// machine-extracted, with offsets and confidence ([MachineExtracted]).
//
// # Dates
//
// Absolute dates ("September 6-15, 2021", "Sept. 13, 2015", "20th
// September 2021", "2019-2020", "from 2021 to 2025"), partial ones ("on
// November 8", "in March"), relative ones ("yesterday", "on Monday", "from
// Sunday to Monday", "last year", "this month", "next week"), deadlines
// ("by 2025"), open periods ("since 2013": 2013/.., "until 2026":
// ../2026), durations after a start ("the two-day forum") and times of day
// ("at 1:30 pm", "15:21") become EDTF values. Nothing is invented: a year
// the text does not give is taken from the publication date and marked
// uncertain ("2022?-11-08"), or left unspecified when there is none
// ("XXXX-11-08"); it is taken as certain only for a date within the seven
// days before a certain, full publication day (a dateline "Nov. 4" in a
// report of 2024-11-05). Relative expressions are resolved against the
// dateline's day when there is one, else the publication day, and skipped
// when neither is a full day. A weekday names the last such day on or
// before the reference, or the next one when the sentence says "will",
// "to be held" or "scheduled"; "last Friday" on a Friday is a week before.
// A time of day takes the UTC offset of the dateline's place or of the first
// place named (a table of the region's single-zone states), and belongs to
// the date next to it in its sentence.
//
// Languages: English for all of the above; Vietnamese for days ("ngày 8
// tháng 11 năm 2022", "ngày 8/11/2022", "8/11/2022"), ranges ("ngày 6-15
// tháng 9"), months ("tháng 9 năm 2021"), years ("năm 2021"), times ("lúc
// 13h30") and relative expressions ("hôm qua", "năm ngoái", "tháng này",
// "thứ Hai"); Chinese for days, ranges, months and years in Arabic or
// full-width digits ("2022年11月8日", "2021年9月6日至15日", "9月13日", "２０２２年")
// and relative expressions ("昨天", "去年", "本月", "星期一"). Chinese numerals
// (二〇二二年) and Vietnamese or Chinese durations are not read.
//
// # Amounts
//
// A number with a unit, a currency or a qualifier ("more than 200 people",
// "approximately 250 participants", "up 65.9 percent", "US$1,250,000",
// "20.9 billion yuan (3.3 billion U.S. dollars)") becomes a
// [quantity.Quantity] with an exact [quantity.Decimal] built from the digits
// and the scale word (never a float64), an ISO 4217 currency checked with
// golang.org/x/text/currency, and the equivalents given in parentheses. A
// bare number (a code, an ordinal, a phone number) is no amount. English
// reads 1,000.5 with "thousand" to "trillion"; Vietnamese reads 1.000,5
// with "nghìn", "triệu", "tỷ", "đồng", "USD", "người", "hơn", "khoảng";
// Chinese reads 万, 亿, 元, 人民币, 美元, 人, 超过, 约 and "200多人".
//
// # Actors and persons
//
// Known actors and initiatives are found by the base's name index
// ([cooperation.Dataset.NameIndex], names.Index.Mentions), in any language
// the index holds names in. Persons are read in English: a post before the
// name ("Cambodian Minister of Economy and Finance Aun Pornmoniroth",
// "Laos Post and Telecommunications Minister Hiem Phommachanh"), honorifics
// ("Dr Zaw Myint Maung", "Daw Aung San Suu Kyi", set apart with
// names.ParsePersonName) and a post in apposition ("Lu Wei, minister of the
// State Council's Cyberspace Administration of China"). A post is tied to
// a known organisation when the text names one, when its portfolio names a
// known ministry ("Minister of X": the Ministry of X, of the state its
// adjective names), or, for a chief minister or governor, to the
// government of the place named; a person is tied to the known person with
// that name; an ambassador's, to the embassy of the state the adjective
// names in the host state. In Vietnamese and Chinese only the dataset's
// known persons are found, with the post written just before the name
// ("Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng",
// "中国驻柬埔寨大使汪文斌").
//
// # Quality
//
// The tests measure precision and recall of dates and amounts on the five
// seed reports against the catalog's values, and the accuracy of dates on
// a corpus of over a hundred news sentences (testdata/dates.tsv) beside
// chrono-node's when node and the npm package are installed (COOP_NPM).
package extract
