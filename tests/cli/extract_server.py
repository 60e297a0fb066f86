#!/usr/bin/env python3
"""Tiny HTTP server for tests/cli/extract.sh: binds a free localhost port,
prints it, and serves /article.html, /redirect (302 to the article), /slow
(answers after 5 s), /koi8 (a page whose charset only the Content-Type
header gives), /image.png (not a page) and 404 for anything else."""
import http.server
import sys
import time

ARTICLE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry runs aground - Coast Times</title>
<meta property="og:site_name" content="Coast Times">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry runs aground</h1>
<p>A passenger ferry ran aground in thick fog on Tuesday morning, and all forty passengers were brought ashore safely by the coast guard.</p>
<p>The operator said the vessel, which had left the harbour at seven, would be towed back once the tide turned, and that an inquiry had begun.</p>
</article><footer>Copyright Coast Times</footer></body></html>"""


KOI8 = ("<html><head><title>Новости дня</title></head><body><article><p>"
        + "Паром сел на мель в густом тумане во вторник утром, и все сорок "
        + "пассажиров были благополучно доставлены на берег.</p></article></body></html>").encode("koi8-r")

IMAGE = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


class Handler(http.server.BaseHTTPRequestHandler):
    def send_body(self, ctype, body):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/article.html":
            self.send_body("text/html; charset=utf-8", ARTICLE)
        elif self.path == "/koi8":
            self.send_body("text/html; charset=KOI8-R", KOI8)
        elif self.path == "/image.png":
            self.send_body("image/png", IMAGE)
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(5)
            self.send_response(200)
            self.end_headers()
        else:
            self.send_error(404)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


srv = Server(("127.0.0.1", 0), Handler)
print(srv.server_address[1], flush=True)
srv.serve_forever()
