// Package newsroom makes the deterministic corpus of issue 15 ("Newsroom
// scale"), for benchmarks only: a few hundred thousand realistic names
// (CLDR state and subdivision names in every language x/text and package
// subdivision have, and synthetic organisation and person names in
// English, Vietnamese with its diacritics, Chinese and Khmer) and a day of
// 5 KB news articles that mention them. The same seed always gives the
// same names and articles, so that the benchmarks of package names and of
// the acbench module (internal/acbench) compare like with like.
package newsroom

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/statename"
	"github.com/coopframe/cooperation/subdivision"
)

// places are the CLDR names of every state and subdivision, in every
// language there is a name in, distinct, in a fixed order.
var places = sync.OnceValue(func() []names.Name {
	seen := map[string]bool{}
	var out []names.Name
	add := func(n names.Name) {
		if n.Text != "" && !seen[n.Text] {
			seen[n.Text] = true
			out = append(out, n)
		}
	}
	subLangs := subdivision.Languages()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			for _, n := range statename.Names(r) {
				add(n)
			}
			for _, c := range subdivision.Of(r) {
				for _, t := range subLangs {
					if s, ok := c.Name(t); ok {
						add(names.Name{Text: s, Lang: t})
					}
				}
			}
		}
	}
	return out
})

var (
	enOrgKinds  = []string{"Ministry of", "Department of", "Bureau of", "Commission for", "Office of", "Institute of", "Agency for", "Council for", "Centre for", "Authority for"}
	enFields    = []string{"Commerce", "Foreign Affairs", "Digital Economy", "Trade and Industry", "Agriculture", "Transport", "Energy", "Finance", "Health", "Education", "Water Resources", "Tourism", "Customs", "Labour", "Culture", "Science and Technology", "Planning and Investment", "Public Security", "Natural Resources", "Information"}
	enLevels    = []string{"", "Provincial", "Municipal", "National", "Regional", "Joint"}
	enCompanies = []string{"Holdings", "Group", "Corporation", "Bank", "Logistics", "Energy", "Telecom", "Port Company", "Investment Fund", "Railway Company"}
	latGiven    = []string{"Maria", "John", "Ahmad", "Siti", "Anna", "Peter", "Nur", "Jose", "Li", "Sophea", "David", "Aung", "Daniel", "Fatimah", "Thomas", "Rina", "Somchai", "Lucas", "Elena", "Kim"}
	latFamily   = []string{"Santos", "Smith", "Rahman", "Tan", "Lim", "Garcia", "Wong", "Sok", "Müller", "Dubois", "Kowalski", "Novák", "Hernández", "Østergaard", "Łukasik", "Çelik", "Ibrahim", "Reyes", "Chan", "Nakamura"}
	viFamily    = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	viMiddle    = []string{"Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Xuân", "Công", "Đình", "Trọng"}
	viGiven     = []string{"Hùng", "Dũng", "Lan", "Hương", "Tuấn", "Mạnh", "Phúc", "Thảo", "Quang", "Hải", "Long", "Nga", "Bình", "Sơn", "Tâm", "Trí", "Khánh", "Linh", "Việt", "Yến", "Hạnh", "Thắng", "Cường", "Đạt"}
	viOrgKinds  = []string{"Bộ", "Sở", "Cục", "Tổng cục", "Ủy ban", "Viện", "Ban", "Trung tâm"}
	viFields    = []string{"Công Thương", "Ngoại giao", "Kế hoạch và Đầu tư", "Tài chính", "Giao thông Vận tải", "Nông nghiệp và Phát triển Nông thôn", "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Văn hóa, Thể thao và Du lịch", "Tài nguyên và Môi trường", "Y tế", "Giáo dục và Đào tạo"}
	viProvinces = []string{"Hà Nội", "Lào Cai", "Quảng Ninh", "Đà Nẵng", "Cần Thơ", "Lạng Sơn", "Thừa Thiên Huế", "Bà Rịa – Vũng Tàu", "Điện Biên", "Hải Phòng", "Nghệ An", "Khánh Hòa"}
	zhSurnames  = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘")
	zhGiven     = []rune("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文斌宇浩凯")
	zhPlaces    = []string{"云南省", "广西壮族自治区", "广东省", "四川省", "贵州省", "海南省", "昆明市", "南宁市", "北京市", "上海市", "重庆市", "深圳市"}
	zhOrgKinds  = []string{"商务厅", "外事办公室", "发展和改革委员会", "人民政府", "交通运输厅", "农业农村厅", "科学技术厅", "文化和旅游厅", "财政厅", "教育厅", "投资促进局", "口岸办公室"}
	kmGiven     = []string{"សុខ", "ចាន់", "វណ្ណៈ", "សុភា", "ធារី", "រតនា", "បូរ៉ា", "សុផល", "ដារ៉ា", "ស្រីមុំ", "វិចិត្រ", "ពិសិដ្ឋ"}
	kmFamily    = []string{"ហ៊ុន", "សាយ", "ជា", "កែវ", "ម៉ម", "ឈឹម", "គឹម", "នួន", "ទេព", "អ៊ុំ"}
	kmOrgKinds  = []string{"ក្រសួងពាណិជ្ជកម្ម", "ក្រសួងការបរទេស", "ក្រសួងសេដ្ឋកិច្ចនិងហិរញ្ញវត្ថុ", "ក្រសួងកសិកម្ម", "ក្រសួងសាធារណការ", "ក្រសួងទេសចរណ៍", "មន្ទីរពាណិជ្ជកម្ម", "អគ្គនាយកដ្ឋានគយ"}
	kmProvinces = []string{"ភ្នំពេញ", "សៀមរាប", "បាត់ដំបង", "កំពត", "ព្រះសីហនុ", "កណ្ដាល", "តាកែវ", "ស្វាយរៀង"}
)

func pick(r *rand.Rand, s []string) string { return s[r.IntN(len(s))] }

func pickRune(r *rand.Rand, s []rune) string { return string(s[r.IntN(len(s))]) }

// synthetic returns one synthetic organisation or person name; some get a
// number or a place, so that there are enough distinct ones.
func synthetic(r *rand.Rand, ps []names.Name) names.Name {
	place := ps[r.IntN(len(ps))]
	switch r.IntN(10) {
	case 0, 1: // English organisation
		s := strings.TrimSpace(pick(r, enLevels) + " " + pick(r, enOrgKinds) + " " + pick(r, enFields))
		if r.IntN(2) == 0 && place.Lang == language.English {
			s += " of " + place.Text
		} else {
			s = fmt.Sprintf("%s No. %d", s, r.IntN(500)+1)
		}
		return names.Name{Text: s, Lang: language.English}
	case 2: // company
		return names.Name{Text: fmt.Sprintf("%s %s %s", pick(r, latFamily), pick(r, enFields), pick(r, enCompanies)), Lang: language.English}
	case 3: // Latin person
		return names.Name{Text: fmt.Sprintf("%s %s %s", pick(r, latGiven), pick(r, latGiven), pick(r, latFamily)), Lang: language.Und}
	case 4, 5: // Vietnamese person
		return names.Name{Text: fmt.Sprintf("%s %s %s %s", pick(r, viFamily), pick(r, viMiddle), pick(r, viGiven), pick(r, viGiven)), Lang: language.Vietnamese}
	case 6: // Vietnamese organisation
		return names.Name{Text: fmt.Sprintf("%s %s tỉnh %s số %d", pick(r, viOrgKinds), pick(r, viFields), pick(r, viProvinces), r.IntN(200)+1), Lang: language.Vietnamese}
	case 7: // Chinese person or organisation
		if r.IntN(2) == 0 {
			return names.Name{Text: pickRune(r, zhSurnames) + pickRune(r, zhGiven) + pickRune(r, zhGiven), Lang: language.SimplifiedChinese}
		}
		return names.Name{Text: fmt.Sprintf("%s%s第%d分局", pick(r, zhPlaces), pick(r, zhOrgKinds), r.IntN(300)+1), Lang: language.SimplifiedChinese}
	default: // Khmer person or organisation
		if r.IntN(2) == 0 {
			return names.Name{Text: pick(r, kmFamily) + " " + pick(r, kmGiven) + pick(r, kmGiven), Lang: language.Khmer}
		}
		return names.Name{Text: fmt.Sprintf("%sខេត្ត%s %d", pick(r, kmOrgKinds), pick(r, kmProvinces), r.IntN(300)+1), Lang: language.Khmer}
	}
}

// NewsNames returns n distinct names (or as many as seed can make distinct),
// each the only name of an entity called "e-<i>": first the CLDR state and
// subdivision names, then synthetic ones. The result is the same for the
// same n and seed.
func NewsNames(n int, seed uint64) []names.Name {
	ps := places()
	r := rand.New(rand.NewPCG(seed, 15))
	seen := map[string]bool{}
	out := make([]names.Name, 0, n)
	for _, p := range ps {
		if len(out) == n {
			return out
		}
		if k := names.Fold(p.Text); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	for tries := 0; len(out) < n && tries < 20*n; tries++ {
		s := synthetic(r, ps)
		if k := names.Fold(s.Text); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// NewsIndex returns the names as an index of one entity per name, "e-<i>".
func NewsIndex(ns []names.Name) *names.Index {
	return names.NewIndex(func(yield func(string, names.Names) bool) {
		for i, n := range ns {
			if !yield(fmt.Sprint("e-", i), names.Names{n}) {
				return
			}
		}
	})
}

var fillers = []string{
	"Officials met on Monday to discuss digital economy cooperation, e-commerce and connectivity, said a statement. ",
	"The two sides agreed to strengthen trade, investment and people-to-people exchanges in the coming years. ",
	"According to the report, bilateral trade rose by 12.5 per cent year on year to $4.3 billion in the first half. ",
	"Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực thương mại, đầu tư, giao thông và du lịch. ",
	"双方同意进一步深化经贸、互联互通和人文交流等领域的务实合作。",
	"ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការលើវិស័យពាណិជ្ជកម្ម និងវិនិយោគ។ ",
}

// NewsArticle returns a news article of about size bytes, the k-th of the
// day: filler sentences in English, Vietnamese, Chinese and Khmer, with
// one of ns mentioned after each (written as given, in capitals or in
// lower case).
func NewsArticle(ns []names.Name, k, size int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, uint64(k)))
	var b strings.Builder
	b.Grow(size + 256)
	for b.Len() < size {
		b.WriteString(fillers[r.IntN(len(fillers))])
		n := ns[r.IntN(len(ns))].Text
		switch r.IntN(8) {
		case 0:
			n = strings.ToUpper(n)
		case 1:
			n = strings.ToLower(n)
		}
		b.WriteString(n)
		b.WriteString(" took part. ")
	}
	return b.String()
}
