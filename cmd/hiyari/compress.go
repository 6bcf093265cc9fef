package main

import (
	"bytes"
	"compress/gzip"
	"mime"
	"net/http"
	"strconv"
	"strings"
)

// compressText sends the text responses of next (pages, scripts, styles,
// the manifest, SVG) gzip-compressed to browsers that accept it: on a slow
// phone connection the page, its stylesheets and go-app's scripts are
// about 75 kB as they are and a quarter of that compressed, all of it
// before the first paint. The wasm has its own, better compression
// (serveWasm) and passes through.
func compressText(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || r.Header.Get("Range") != "" || strings.HasSuffix(r.URL.Path, "/web/app.wasm") {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Add("Vary", "Accept-Encoding")
		if !acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
			next.ServeHTTP(w, r)
			return
		}
		// A compressed response's ETag names its encoding; the handler
		// knows only its own.
		if inm := r.Header.Get("If-None-Match"); strings.Contains(inm, gzipETag) {
			r = r.Clone(r.Context())
			r.Header.Set("If-None-Match", strings.ReplaceAll(inm, gzipETag, `"`))
		}
		bw := &bufferedResponse{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(bw, r)
		body := bw.body.Bytes()
		hd := w.Header()
		if compressible(hd, bw.status, len(body)) {
			var gz bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
			zw.Write(body)
			zw.Close()
			body = gz.Bytes()
			hd.Set("Content-Encoding", "gzip")
			if etag := hd.Get("ETag"); strings.HasSuffix(etag, `"`) {
				hd.Set("ETag", strings.TrimSuffix(etag, `"`)+gzipETag)
			}
			hd.Del("Accept-Ranges")
		}
		if bw.status != http.StatusNotModified && bw.status != http.StatusNoContent {
			hd.Set("Content-Length", strconv.Itoa(len(body)))
		}
		w.WriteHeader(bw.status)
		w.Write(body)
	})
}

// gzipETag ends the ETag of a gzip-compressed response.
const gzipETag = `-gzip"`

// compressible reports whether a response is text worth compressing.
func compressible(hd http.Header, status, size int) bool {
	if (status != http.StatusOK && status != http.StatusNotFound) || size < 1024 || hd.Get("Content-Encoding") != "" {
		return false
	}
	t, _, _ := mime.ParseMediaType(hd.Get("Content-Type"))
	switch {
	case strings.HasPrefix(t, "text/"), t == "application/javascript", t == "text/javascript",
		t == "application/json", t == "application/manifest+json", t == "image/svg+xml":
		return true
	}
	return false
}

// bufferedResponse holds a response's status and body until it is sent;
// its headers are the real ones.
type bufferedResponse struct {
	http.ResponseWriter
	status int
	wrote  bool
	body   bytes.Buffer
}

func (b *bufferedResponse) WriteHeader(status int) {
	if !b.wrote {
		b.wrote = true
		b.status = status
	}
}

func (b *bufferedResponse) Write(p []byte) (int, error) {
	b.WriteHeader(http.StatusOK)
	return b.body.Write(p)
}
