package edtf_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/coopframe/cooperation/edtf"
)

func ExampleParse() {
	for _, s := range []string{"2021-09-10", "2020?-07-09", "XXXX-07-10", "2019/2020", "2021-02-29"} {
		d, err := edtf.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: level %d, %s precision, year known: %v\n", d, d.Level(), d.Precision(), d.YearKnown())
	}
	// Output:
	// 2021-09-10: level 0, day precision, year known: true
	// 2020?-07-09: level 2, day precision, year known: true
	// XXXX-07-10: level 2, day precision, year known: false
	// 2019/2020: level 0, year precision, year known: true
	// edtf: cannot parse "2021-02-29": 29 February 2021 does not exist (2021 is not a leap year) (at byte 8)
}

func ExampleDate_Earliest() {
	for _, s := range []string{"2021-09", "156X-12-25", "2001-24", "1950S2", "../1985", "[1667,1670..1672]"} {
		d := edtf.MustParse(s)
		lo, lok := d.Earliest()
		hi, hok := d.Latest()
		show := func(x edtf.Day, ok bool) string {
			if !ok {
				return "unbounded"
			}
			return x.String()
		}
		fmt.Printf("%-18s %s .. %s\n", s, show(lo, lok), show(hi, hok))
	}
	// Output:
	// 2021-09            2021-09-01 .. 2021-09-30
	// 156X-12-25         1560-12-25 .. 1569-12-25
	// 2001-24            2001-12-01 .. 2002-02-28
	// 1950S2             1900-01-01 .. 1999-12-31
	// ../1985            unbounded .. 1985-12-31
	// [1667,1670..1672]  1667-01-01 .. 1672-12-31
}

func ExampleDate_Compare() {
	var ds []edtf.Date
	for _, s := range []string{"2021", "2019/2020", "2021-09-10", "../2018", "2015-09-13"} {
		ds = append(ds, edtf.MustParse(s))
	}
	slices.SortFunc(ds, edtf.Date.Compare)
	fmt.Println(ds)
	a, b := edtf.MustParse("2019/2020"), edtf.MustParse("2020-07")
	fmt.Println(a.CertainlyBefore(b), a.Overlaps(b), a.Contains(b))
	// Output:
	// [../2018 2015-09-13 2019/2020 2021 2021-09-10]
	// false true true
}

func ExampleInterval() {
	start, _ := edtf.DayDate(2021, time.September, 6)
	end, _ := edtf.DayDate(2021, time.September, 15)
	aem53, err := edtf.Interval(start, end)
	fmt.Println(aem53, err)
	emm13 := edtf.MustParse("2021-09-10")
	fmt.Println(aem53.Contains(emm13))
	// Output:
	// 2021-09-06/2021-09-15 <nil>
	// true
}

func ExampleDate_Instant() {
	d := edtf.MustParse("2020-07-09T13:30:00+06:30")
	t, _ := d.Instant()
	fmt.Println(t.UTC())
	// Output:
	// 2020-07-09 07:00:00 +0000 UTC
}
