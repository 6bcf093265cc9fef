//go:build ignore

// gen draws Hiyari's PNG icons from the same geometry as icon.svg.
// Run once from this directory: go run gen.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

var (
	teal  = color.NRGBA{0x0b, 0x55, 0x63, 0xff}
	white = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

// shape answers, in the 512×512 design space, which colour a point has
// (ok=false: transparent).
func shape(x, y float64, maskable bool) (color.NRGBA, bool) {
	if !maskable {
		if !inRoundRect(x, y, 0, 0, 512, 512, 96) {
			return color.NRGBA{}, false
		}
	} else {
		// Maskable icons are cropped to a circle of 80% diameter: shrink the
		// drawing towards the centre so nothing important is cut.
		x = 256 + (x-256)/0.8
		y = 256 + (y-256)/0.8
	}
	if inTriangle(x, y, 256, 96, 440, 408, 72, 408) {
		if (x >= 234 && x <= 278 && y >= 190 && y <= 318) || math.Hypot(x-256, y-360) <= 24 {
			return teal, true
		}
		return white, true
	}
	return teal, true
}

func inRoundRect(x, y, x0, y0, x1, y1, r float64) bool {
	if x < x0 || x > x1 || y < y0 || y > y1 {
		return false
	}
	cx := math.Max(x0+r, math.Min(x, x1-r))
	cy := math.Max(y0+r, math.Min(y, y1-r))
	return math.Hypot(x-cx, y-cy) <= r
}

func inTriangle(px, py, ax, ay, bx, by, cx, cy float64) bool {
	s := func(x1, y1, x2, y2, x3, y3 float64) float64 { return (x1-x3)*(y2-y3) - (x2-x3)*(y1-y3) }
	d1, d2, d3 := s(px, py, ax, ay, bx, by), s(px, py, bx, by, cx, cy), s(px, py, cx, cy, ax, ay)
	neg := d1 < 0 || d2 < 0 || d3 < 0
	pos := d1 > 0 || d2 > 0 || d3 > 0
	return !(neg && pos)
}

func draw(size int, maskable bool, name string) {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const n = 4 // supersampling per axis, for smooth edges
	scale := 512 / float64(size)
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < n; sy++ {
				for sx := 0; sx < n; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/n) * scale
					y := (float64(py) + (float64(sy)+0.5)/n) * scale
					if c, ok := shape(x, y, maskable); ok {
						r += float64(c.R)
						g += float64(c.G)
						b += float64(c.B)
						a++
					}
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(255 * a / (n * n))})
		}
	}
	f, err := os.Create(name)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		panic(err)
	}
}

func main() {
	draw(192, false, "icon-192.png")
	draw(512, false, "icon-512.png")
	draw(512, true, "maskable-512.png")
}
