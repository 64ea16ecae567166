#!/usr/bin/env python3
"""Serve a static site the way the association's web server does, for local crawls and benchmarks.

    scripts/serve-site.py DIR [PORT]      (default port 8080, listens on 127.0.0.1 only)

The page of path /a/b is DIR/a/b.html and / is DIR/index.html; other files are served as they are.
HTML goes out as "text/html" WITHOUT a charset (pages declare their own), with ETag and Last-Modified;
If-None-Match / If-Modified-Since are answered 304. Crawl it with an origin alias, e.g.
    KNOWLEDGEBOT_KnowledgeBot__Crawler__OriginAliases__0__Public=https://asso.example.org
    KNOWLEDGEBOT_KnowledgeBot__Crawler__OriginAliases__0__FetchFrom=http://127.0.0.1:8080
"""
import email.utils
import hashlib
import http.server
import os
import sys
import urllib.parse

TYPES = {".txt": "text/plain", ".xml": "application/xml", ".css": "text/css", ".svg": "image/svg+xml", ".html": "text/html"}


class SiteHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    root = "."

    def resolve(self):
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path).lstrip("/")
        if ".." in path.split("/"):
            return None
        candidates = ["index.html"] if path == "" else [path + ".html", path]
        for candidate in candidates:
            full = os.path.join(self.root, candidate)
            if os.path.isfile(full) and not (candidate == path and path.endswith(".html")):
                return full
        return None

    def do_GET(self):
        full = self.resolve()
        if full is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        with open(full, "rb") as f:
            body = f.read()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(os.path.getmtime(full), usegmt=True)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(os.path.splitext(full)[1], "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    SiteHandler.root = sys.argv[1]
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), SiteHandler)
    server.daemon_threads = True
    print(f"serving {SiteHandler.root} on http://127.0.0.1:{port}", file=sys.stderr, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
