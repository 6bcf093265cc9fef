package report

import (
	"strings"
	"time"
	"unicode"
)

// maxNameRunes keeps file names short enough for every file system and for
// a download bar: the company part is cut, never the date.
const maxNameRunes = 60

// FileName names a file for one company on one day:
// "<company>-<yyyy-mm-dd><suffix>", such as "Sato-Shoji-2026-12-03.hiyari.json".
// A consultant keeps many clients' files in one folder, so the company
// comes first; the company keeps its letters and digits in any script
// (株式会社さくら stays readable), and everything else (spaces,
// slashes, dots, quotes, control characters) becomes a single "-". Without
// a usable company name the file is "hiyari-<date><suffix>".
func FileName(company string, day time.Time, suffix string) string {
	var b strings.Builder
	dash := false
	n := 0
	for _, r := range company {
		if n >= maxNameRunes {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
				n++
			}
			b.WriteRune(r)
			n++
			dash = false
			continue
		}
		dash = true
	}
	name := b.String()
	if name == "" {
		name = "hiyari"
	}
	return name + "-" + day.Format("2006-01-02") + suffix
}
